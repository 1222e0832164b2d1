// `node bench/adversarial.mjs [name…]`: the CLI on inputs that used to be
// slow or crash it, each in its own process, with a time limit. Reports the
// wall time, whether stdout is a JSON array, and whether stderr holds a
// stack trace. Timings live here, never in tests.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const agenda = readFileSync(new URL('../fixtures/mip-2022.md', import.meta.url), 'utf8')
const body = agenda.slice(agenda.indexOf('\n---\n', 4) + 5)

/** Distinct dated list items: a list that ends before an unindented line, then a paragraph, n times. */
function sessions(count) {
  const blocks = []
  for (let i = 0; i < count; i++) {
    const day = (i % 28) + 1
    const month = (Math.floor(i / 28) % 12) + 1
    blocks.push(`- **Le ${day}/${month}/2025 de 10h à 11h** Atelier numéro ${i}\ntexte ${i}`)
  }
  return blocks.join('\n\n') + '\n'
}

const inputs = {
  'sessions-20000': {make: () => sessions(20_000), limit: 15},
  // Many brackets, entities and runs of text in one line.
  'paragraph-5MB': {make: () => 'Le 3 mars 2025 à 10h, [atelier] &amp; texte '.repeat(Math.ceil(5_000_000 / 44)).slice(0, 5_000_000) + '\n', limit: 5},
  // Emphasis in one huge paragraph: micromark's attention resolver was quadratic (patches/micromark-core-commonmark.patch).
  'emphasis-paragraph-500KB': {make: () => 'Le 3 mars 2025 à 10h, *texte* '.repeat(Math.ceil(500_000 / 30)).slice(0, 500_000) + '\n', limit: 5},
  'brackets-100000': {make: () => '['.repeat(100_000) + 'Le 3 mars 2025' + ']'.repeat(100_000) + '\n', limit: 3},
  'list-depth-10000': {make: () => `${'- '.repeat(10_000)}Le 3 mars 2025\n`, limit: 1},
  'indented-list-depth-2000': {make: () => Array.from({length: 2000}, (_, depth) => `${'  '.repeat(depth)}- Le 3 mars 2025 niveau ${depth}`).join('\n') + '\n', limit: 1},
  'quote-depth-10000': {make: () => '>'.repeat(10_000) + ' Le 3 mars 2025\n', limit: 1},
  'agenda-3MiB': {make: () => body.repeat(Math.ceil((3 * 1048576) / body.length)), limit: 60}
}

const wanted = process.argv.slice(2)
const dir = mkdtempSync(join(tmpdir(), 'agenda-adversarial-'))
console.log('input                 size      time      limit   stdout JSON array   stack trace')
for (const [name, {make, limit}] of Object.entries(inputs)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue
  const file = join(dir, `${name}.md`)
  const text = make()
  writeFileSync(file, text)
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [cli, file], {encoding: 'utf8', timeout: Math.max(limit * 4, 30) * 1000, maxBuffer: 1 << 30})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  let array = false
  try {
    array = Array.isArray(JSON.parse(run.stdout))
  } catch {}
  const trace = /\n\s+at /.test(run.stderr ?? '')
  const timedOut = run.error?.code === 'ETIMEDOUT'
  console.log(
    `${name.padEnd(20)} ${(text.length / 1048576).toFixed(2).padStart(5)} MiB ${timedOut ? '  timeout' : `${seconds.toFixed(2).padStart(7)} s`}  ${String(limit).padStart(4)} s   ${array ? 'yes' : 'no '}                 ${trace ? 'yes' : 'no'}`
  )
}
rmSync(dir, {recursive: true, force: true})
