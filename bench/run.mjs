// `npm run bench`: the cost of extract() against a bare remark-parse of the
// same document, and how it grows with document size. Timings live here,
// never in tests.
import {readFileSync, readdirSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeRaw from 'rehype-raw'
import {unified} from 'unified'
import {extract, toCSV, toICS, toJSONLD} from '../dist/index.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const bare = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
const toHast = unified().use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).freeze()

/**
 * Milliseconds per call of each function, measured in interleaved rounds
 * (so machine noise hits all alike); the fastest round of each is kept,
 * the usual estimate of the cost without interference.
 */
function timeAll(fns, rounds = 25, minMs = 20) {
  for (const fn of fns) for (let i = 0; i < 10; i++) fn()
  const best = fns.map(() => Infinity)
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, index) => {
      let calls = 0
      const start = process.hrtime.bigint()
      let elapsed = 0
      while (elapsed < minMs) {
        fn()
        calls++
        elapsed = Number(process.hrtime.bigint() - start) / 1e6
      }
      best[index] = Math.min(best[index], elapsed / calls)
    })
  }
  return best
}

const documents = readdirSync(fixtures)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')])
// A pipeline reads many documents: the code is compiled on all of them
// before any is timed, so the first document does not pay for the others.
for (let pass = 0; pass < 30; pass++) for (const [name, text] of documents) (bare.parse(text), toHast.runSync(bare.parse(text)), extract(text, {path: name}))
const rows = []
for (const [name, text] of documents) {
  const [parse, hast, full] = timeAll([() => bare.parse(text), () => toHast.runSync(bare.parse(text)), () => extract(text, {path: name})])
  rows.push({name, kb: (text.length / 1024).toFixed(1), parse, hast, full})
}
console.log('document                    KiB  remark-parse  md→hast (×)    extract (×)')
for (const r of rows) {
  console.log(
    `${r.name.padEnd(26)} ${r.kb.padStart(5)}  ${r.parse.toFixed(3).padStart(8)} ms  ${r.hast.toFixed(3).padStart(7)} ms ${(r.hast / r.parse).toFixed(2).padStart(4)}  ${r.full.toFixed(3).padStart(7)} ms ${(r.full / r.parse).toFixed(2).padStart(4)}`
  )
}
const sum = (key) => rows.reduce((total, row) => total + row[key], 0)
console.log(`all fixtures: md→hast ${(sum('hast') / sum('parse')).toFixed(2)}× remark-parse, extract ${(sum('full') / sum('parse')).toFixed(2)}× remark-parse`)

// Linearity: the agenda body of mip-2022 repeated n times under one front matter.
const agenda = readFileSync(new URL('mip-2022.md', fixtures), 'utf8')
const end = agenda.indexOf('\n---\n', 4) + 5
const [head, body] = [agenda.slice(0, end), agenda.slice(end)]
console.log('\nsize (copies of the mip-2022 body)   extract ms   per copy   × remark-parse   sessions   heap Δ MiB')
for (const copies of [1, 4, 16, 64]) {
  const text = head + body.repeat(copies)
  const [ms, parseMs] = timeAll([() => extract(text), () => bare.parse(text)], 7, 60)
  globalThis.gc?.()
  const before = process.memoryUsage().heapUsed
  const result = extract(text)
  const heap = (process.memoryUsage().heapUsed - before) / 1048576
  console.log(
    `${String(copies).padStart(4)} (${(text.length / 1024).toFixed(0).padStart(4)} KiB)                   ${ms.toFixed(2).padStart(8)}   ${(ms / copies).toFixed(3).padStart(7)}   ${(ms / parseMs).toFixed(2).padStart(10)}   ${String(result.sessions.length).padStart(8)}   ${heap.toFixed(1).padStart(8)}`
  )
}

// Exporters: every session of every fixture, each written by the three.
const all = readdirSync(fixtures)
  .filter((n) => n.endsWith('.md'))
  .flatMap((name) => extract(readFileSync(new URL(name, fixtures), 'utf8'), {path: name}).sessions)
const stamp = new Date(0)
const [ics, csv, jsonld] = timeAll([() => toICS(all, {stamp}), () => toCSV(all), () => toJSONLD(all)], 9, 40)
console.log(`\nexporters, ${all.length} sessions: toICS ${ics.toFixed(2)} ms, toCSV ${csv.toFixed(2)} ms, toJSONLD ${jsonld.toFixed(2)} ms`)
