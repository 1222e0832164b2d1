// Smoke test of the packed tarball, as a user gets it: pack, install into a
// temporary project, import `extract` and the JSON Schema, and run the bin.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'agenda-extract-smoke-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
try {
  const [{filename, files}] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], {cwd: root, encoding: 'utf8'}))
  // Every README link into the package works from the installed package (npm shows the README).
  const packed = new Set(files.map((file) => file.path))
  const links = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\((?!https?:|#)([^)#\s]+)/gu)].map((match) => match[1].replace(/\/$/u, ''))
  const broken = links.filter((link) => !packed.has(link) && ![...packed].some((path) => path.startsWith(`${link}/`)))
  if (broken.length > 0) throw new Error(`README links missing from the tarball: ${broken.join(', ')}`)
  for (const path of ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/THIRD_PARTY_LICENSES.md']) if (!packed.has(path)) throw new Error(`${path} is not in the tarball`)
  writeFileSync(join(work, 'package.json'), JSON.stringify({name: 'smoke', private: true, type: 'module'}))
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)], {cwd: work, stdio: 'ignore'})

  const fixture = join(root, 'fixtures', 'mip-2022.md')
  writeFileSync(
    join(work, 'check.mjs'),
    `import {readFileSync} from 'node:fs'
import {extract, sessionSchema, toCSV, toICS, toJSONLD} from 'agenda-extract'
import schema from 'agenda-extract/session.schema.json' with {type: 'json'}
import {extractFile} from 'agenda-extract/node'
import {VFile} from 'vfile'
const {sessions} = extract(readFileSync(${JSON.stringify(fixture)}, 'utf8'))
if ((await extractFile(${JSON.stringify(fixture)})).sessions.length !== 5) throw new Error('agenda-extract/node: expected 5 sessions')
if (sessions.length !== 5) throw new Error('expected 5 sessions, got ' + sessions.length)
// The user's own VFile (dist bundles its dependencies but vfile).
const fromFile = extract(new VFile({path: 'mip-2022.md', value: readFileSync(${JSON.stringify(fixture)}, 'utf8')}))
if (fromFile.sessions.length !== 5) throw new Error('VFile: expected 5 sessions, got ' + fromFile.sessions.length)
sessionSchema.parse(sessions[0])
if (schema.type !== 'object' || !schema.required.includes('occurrences')) throw new Error('bad JSON Schema')
if (!toICS(sessions).startsWith('BEGIN:VCALENDAR\\r\\n')) throw new Error('toICS: no calendar')
if (toCSV(sessions).split('\\r\\n').length !== 7) throw new Error('toCSV: expected a header and 5 rows')
if (toJSONLD(sessions)[0]['@type'] !== 'Event') throw new Error('toJSONLD: no Event')
console.log('import ok:', sessions.length, 'sessions, and their exports')
`
  )
  console.log(execFileSync(process.execPath, ['check.mjs'], {cwd: work, encoding: 'utf8'}).trim())
  // Only the packages the types need are installed with it.
  const installed = readdirSync(join(work, 'node_modules')).filter((name) => !name.startsWith('.'))
  const expectedDependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies)
  for (const name of ['unified', 'parse5', 'yaml', 'micromark']) if (installed.includes(name)) throw new Error(`${name} is bundled, yet installed with the package`)
  for (const name of expectedDependencies) if (!installed.includes(name.split('/')[0])) throw new Error(`${name} is not installed with the package`)
  if (!readdirSync(join(work, 'node_modules', 'agenda-extract', 'dist')).includes('THIRD_PARTY_LICENSES.md')) throw new Error('the bundled licenses are not shipped')

  const out = execFileSync(join(work, 'node_modules', '.bin', 'agenda-extract'), [fixture], {cwd: work, encoding: 'utf8'})
  const sessions = JSON.parse(out)
  if (sessions.length !== 5) throw new Error('bin: expected 5 sessions, got ' + sessions.length)
  const version = execFileSync(join(work, 'node_modules', '.bin', 'agenda-extract'), ['--version'], {encoding: 'utf8'}).trim()
  const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  if (version !== expected) throw new Error(`bin --version: ${version} !== ${expected}`)
  const calendar = execFileSync(join(work, 'node_modules', '.bin', 'agenda-extract'), [fixture, '--format', 'ics'], {cwd: work, encoding: 'utf8'})
  if ((calendar.match(/^BEGIN:VEVENT\r$/gm) ?? []).length !== 5) throw new Error('bin --format ics: expected 5 events')
  console.log('bin ok:', sessions.length, 'sessions, a calendar of them, version', version)
} finally {
  rmSync(work, {recursive: true, force: true})
}
