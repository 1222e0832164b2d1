// `esbuild-plugin-license` ships types its `exports` do not point to: the part the build uses.
declare module 'esbuild-plugin-license' {
  import type {Plugin} from 'esbuild'
  interface Dependency {
    readonly packageJson: {readonly name: string; readonly version: string; readonly license?: string}
    readonly licenseText: string
  }
  export default function esbuildPluginLicense(options?: {
    readonly banner?: string
    readonly thirdParty?: {readonly includePrivate?: boolean; readonly output?: {readonly file?: string; readonly template?: string | ((dependencies: ReadonlyArray<Dependency>) => string)}}
  }): Plugin
}
