import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'
import {patchDependencies} from './scripts/patched-dependencies.mjs'

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

export default defineConfig({
  // The library and the bin; the bin imports the library's chunk, not a copy.
  entry: {index: 'src/index.ts', cli: 'src/cli/index.ts'},
  // ESM only: the unified ecosystem is ESM-only (SPEC §2); Node ≥ 20.19 can require() it.
  format: ['esm'],
  // Node 20.19 is the floor (package.json engines).
  target: 'node20',
  // Types for `exports["."].types`.
  dts: {entry: {index: 'src/index.ts'}},
  // No stale files from an earlier build in the package.
  clean: true,
  // Readable output: the package is small and users debug into it.
  minify: false,
  sourcemap: false,
  // The CLI prints the package version without reading package.json at run time.
  define: {__VERSION__: JSON.stringify(version)},
  // The Markdown parser is bundled with its patches (patches/, decision 0015), so the
  // package's users get a parse that stays linear, whatever micromark their tree holds.
  noExternal: [/^remark-parse$/, /^mdast-util-from-markdown$/, /^micromark(?:$|-)/],
  esbuildPlugins: [patchDependencies()]
})
