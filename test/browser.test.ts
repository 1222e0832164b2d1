// The main entry in a real browser: the built package bundled for the browser (esbuild, the
// `browser` conditions) into a page, opened in Debian's headless Chromium, extracts a seed
// there to the sessions Node gives. `.ci/run` installs Chromium; a machine without it skips
// this test, unless CI is set.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {chromium} from 'playwright-core'
import {afterAll, describe, expect, test} from 'vitest'
import {extract} from '../src/index.js'

const browser = '/usr/bin/chromium'
const root = new URL('../', import.meta.url)
const directory = mkdtempSync(join(tmpdir(), 'agenda-browser-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

// The main entry as a page script: `agendaExtract.extract` on the page.
async function bundleMainEntry() {
  const entry = join(directory, 'entry.js')
  writeFileSync(entry, `export {extract} from ${JSON.stringify(new URL('dist/index.js', root).pathname)}\n`)
  return build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'agendaExtract',
    platform: 'browser',
    outfile: join(directory, 'bundle.js'),
    nodePaths: [new URL('node_modules/', root).pathname],
    metafile: true,
    logLevel: 'silent'
  })
}

describe('the main entry in a browser', () => {
  test('bundles for the browser without a Node built-in', async () => {
    // esbuild refuses to resolve a built-in for the browser platform: the build itself is the proof.
    const {metafile} = await bundleMainEntry()
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
    const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.map((item) => item.path))
    expect(imported.filter((path) => builtins.has(path))).toEqual([])
    expect(Object.keys(metafile.inputs).some((path) => path.includes('node_modules/vfile/lib/minpath.browser.js'))).toBe(true)
  })

  test.skipIf(!existsSync(browser) && process.env['CI'] === undefined)('extracts a seed in headless Chromium to the sessions Node gives', async () => {
    await bundleMainEntry()
    const page = join(directory, 'index.html')
    writeFileSync(page, '<!doctype html><meta charset="utf-8"><title>agenda-extract</title><script src="bundle.js"></script>')
    const text = readFileSync(new URL('fixtures/mip-2022.md', root), 'utf8')
    const launched = await chromium.launch({
      executablePath: browser,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    try {
      const tab = await launched.newPage()
      await tab.goto(pathToFileURL(page).href)
      const inBrowser = await tab.evaluate(
        (document) => (globalThis as unknown as {agendaExtract: {extract: typeof extract}}).agendaExtract.extract(document, {path: 'mip-2022.md'}),
        text
      )
      const inNode = extract(text, {path: 'mip-2022.md'})
      expect(inBrowser.sessions).toHaveLength(5)
      expect(inBrowser.sessions).toEqual(inNode.sessions)
      expect(inBrowser.diagnostics).toEqual(inNode.diagnostics)
    } finally {
      await launched.close()
    }
  }, 60_000)
})
