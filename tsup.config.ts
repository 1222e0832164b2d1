import {mkdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'tsup'
import esbuildPluginLicense from 'esbuild-plugin-license'
import {patchDependencies} from './scripts/patched-dependencies.mjs'
import {installedPackage, thirdPartyLicenses} from './scripts/third-party-licenses.mjs'

const yamlEsm = fileURLToPath(new URL('node_modules/yaml/browser/index.js', import.meta.url))
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

export default defineConfig({
  // The pure library, its Node entry and the bin; they share one chunk, not copies.
  entry: {index: 'src/index.ts', node: 'src/node/index.ts', cli: 'src/cli/index.ts', worker: 'src/cli/worker.ts'},
  // ESM only: the unified ecosystem is ESM-only (SPEC §2); Node ≥ 20.19 can require() it.
  format: ['esm'],
  // Node 20.19 is the floor (package.json engines).
  target: 'node20',
  // Types for `exports["."].types`.
  dts: {entry: {index: 'src/index.ts', node: 'src/node/index.ts'}},
  // No stale files from an earlier build in the package.
  clean: true,
  // Minified: the bundle compiles at every cold start; minifying it takes about
  // 20 ms off an `import` (decision 0017). Misuse errors carry their own messages.
  minify: true,
  sourcemap: false,
  // The CLI prints the package version without reading package.json at run time.
  define: {__VERSION__: JSON.stringify(version)},
  // Every dependency but `vfile` is bundled: a cold `import` read 335 modules of 70
  // packages and took 300–440 ms; one bundle takes about a third of that
  // (docs/decisions/0017-bundled-dist.md). The Markdown parser is bundled with its
  // patches (patches/, decision 0015), so users get a parse that stays linear.
  // `vfile` stays a dependency: `extract` takes the user's own `VFile`s. So does
  // `tinypool`, which the CLI's `--jobs` needs: it starts its workers from its own files.
  noExternal: [/^(?!(?:vfile|tinypool)$)/],
  esbuildPlugins: [
    patchDependencies(),
    // `yaml`'s Node build is CommonJS and requires `process`; its ESM build is the same code.
    {name: 'yaml-esm', setup: (build) => void build.onResolve({filter: /^yaml$/}, () => ({path: yamlEsm}))},
    // The bundled packages' licenses ship beside the code (the plugin writes them at
    // the end of the build, before tsup has made the output folder of a fresh clone).
    {name: 'out-dir', setup: (build) => void mkdirSync(build.initialOptions.outdir ?? 'dist', {recursive: true})},
    esbuildPluginLicense({banner: '', thirdParty: {output: {file: 'THIRD_PARTY_LICENSES.md', template: (bundled) => thirdPartyLicenses([...bundled, installedPackage('yaml')])}}})
  ]
})
