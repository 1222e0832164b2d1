// The dependency files the build replaces with a patched copy (patches/*.patch,
// each ready to send upstream: docs/decisions/0015-linear-markdown-parse.md).
// The patched copies are bundled into dist, so they reach the package's users.
import {readFileSync} from 'node:fs'
import {applyPatch, parsePatch} from 'diff'

const root = new URL('../', import.meta.url)

/** package name → the version its patch is written for and the files it changes. */
export const patchedDependencies = {
  'micromark-util-edit-map': {version: '1.0.0', files: ['index.js']},
  micromark: {version: '4.0.3', files: ['lib/initialize/text.js', 'lib/parse.js']},
  'micromark-core-commonmark': {version: '2.0.4', files: ['lib/label-end.js', 'lib/attention.js']},
  'mdast-util-from-markdown': {version: '2.1.0', files: ['lib/index.js']},
  'unist-util-visit-parents': {version: '6.1.0', files: ['lib/index.js']},
  'micromark-util-subtokenize': {version: '2.1.0', files: ['index.js']},
  'hast-util-to-text': {version: '4.0.3', files: ['lib/index.js']}
}

/** The patched text of `path` when it is one of the files above, else `null`. Throws when a patch no longer applies. */
export function patchedSource(path) {
  const normalized = path.replaceAll('\\', '/')
  for (const [name, {version, files}] of Object.entries(patchedDependencies)) {
    const file = files.find((candidate) => normalized.endsWith(`/node_modules/${name}/${candidate}`))
    if (file === undefined) continue
    const manifest = JSON.parse(readFileSync(normalized.slice(0, -file.length) + 'package.json', 'utf8'))
    if (manifest.version !== version) throw new Error(`patches/${name}.patch is written for ${name}@${version}, not ${manifest.version}: check it still applies and is still needed`)
    // A patch may change several files of its package: the part for this one.
    const part = parsePatch(readFileSync(new URL(`patches/${name}.patch`, root), 'utf8')).find((candidate) => candidate.newFileName === `b/${file}`)
    if (part === undefined) throw new Error(`patches/${name}.patch has no part for ${file}`)
    const patched = applyPatch(readFileSync(normalized, 'utf8'), part)
    if (patched === false) throw new Error(`patches/${name}.patch does not apply to ${normalized}`)
    return patched
  }
  return null
}

// The files of the patched packages (which of them is patched is `patchedSource`'s business).
const patchedFiles = new RegExp(`[\\\\/]node_modules[\\\\/](?:${Object.keys(patchedDependencies).join('|')})[\\\\/].*\\.js$`)

/** An esbuild plugin that loads the patched copies. */
export function patchDependencies() {
  return {
    name: 'patch-dependencies',
    setup(build) {
      build.onLoad({filter: patchedFiles}, (args) => {
        const contents = patchedSource(args.path)
        return contents === null ? undefined : {contents, loader: 'js'}
      })
    }
  }
}
