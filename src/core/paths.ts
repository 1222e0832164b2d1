/**
 * A file path as provenance and id key: `/` between segments, no `.`
 * segment, no `name/..` pair, so that `fixtures/a.md`, `./fixtures/a.md`,
 * `fixtures\a.md` and `fixtures/x/../a.md` are one document with one set of
 * ids. Pure: a relative path stays relative (the Node side makes paths
 * relative to the working directory first), a leading `..` is kept, an
 * absolute path stays absolute.
 */
export function normalizePath(path: string): string {
  const slashed = path.replaceAll('\\', '/')
  const absolute = slashed.startsWith('/')
  const segments: string[] = []
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop()
    else if (segment !== '..' || !absolute) segments.push(segment)
  }
  const joined = segments.join('/')
  return absolute ? `/${joined}` : joined === '' ? '.' : joined
}
