// `commonmark-spec` ships no types: the shape of its examples.
declare module 'commonmark-spec' {
  const spec: {
    readonly text: string
    readonly tests: ReadonlyArray<{readonly markdown: string; readonly html: string; readonly section: string; readonly number: number}>
  }
  export default spec
}
