// The dependency files the build replaces with a patched copy (patches/*.patch,
// each ready to send upstream: docs/decisions/0015-linear-markdown-parse.md).
// The patched copies are bundled into dist, so they reach the package's users.
import {readFileSync} from 'node:fs'
import {applyPatch} from 'diff'

const root = new URL('../', import.meta.url)

/** package name → its patched file and the version the patch is written for. */
export const patchedDependencies = {
  'micromark-util-edit-map': {file: 'index.js', version: '1.0.0'},
  micromark: {file: 'lib/initialize/text.js', version: '4.0.3'},
  'micromark-core-commonmark': {file: 'lib/label-end.js', version: '2.0.4'},
  'mdast-util-from-markdown': {file: 'lib/index.js', version: '2.1.0'},
  'unist-util-visit-parents': {file: 'lib/index.js', version: '6.1.0'}
}

/** The patched text of `path` when it is one of the files above, else `null`. Throws when a patch no longer applies. */
export function patchedSource(path) {
  const normalized = path.replaceAll('\\', '/')
  for (const [name, {file, version}] of Object.entries(patchedDependencies)) {
    if (!normalized.endsWith(`/node_modules/${name}/${file}`)) continue
    const manifest = JSON.parse(readFileSync(normalized.slice(0, -file.length) + 'package.json', 'utf8'))
    if (manifest.version !== version) throw new Error(`patches/${name}.patch is written for ${name}@${version}, not ${manifest.version}: check it still applies and is still needed`)
    const patched = applyPatch(readFileSync(normalized, 'utf8'), readFileSync(new URL(`patches/${name}.patch`, root), 'utf8'))
    if (patched === false) throw new Error(`patches/${name}.patch does not apply to ${normalized}`)
    return patched
  }
  return null
}

/** An esbuild plugin that loads the patched copies. */
export function patchDependencies() {
  return {
    name: 'patch-dependencies',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/](?:micromark|micromark-util-edit-map|micromark-core-commonmark|mdast-util-from-markdown|unist-util-visit-parents)[\\/].*\.js$/}, (args) => {
        const contents = patchedSource(args.path)
        return contents === null ? undefined : {contents, loader: 'js'}
      })
    }
  }
}
