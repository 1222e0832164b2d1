// `npm run bench`: the cost of extract() against a bare remark-parse of the
// same document, and how it grows with document size. Timings live here,
// never in tests.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeRaw from 'rehype-raw'
import {unified} from 'unified'
import {extract, toCSV, toICS, toJSONLD} from '../dist/index.js'

const fixtures = new URL('../fixtures/', import.meta.url)
// `node --expose-gc bench/run.mjs [ratio|sizes|memory|exporters|cold …]`: the sections named, or all.
const sections = process.argv.slice(2)
const runs = (section) => sections.length === 0 || sections.includes(section)
const bare = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
const toHast = unified().use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).freeze()

/**
 * Milliseconds per call of each function, measured in interleaved rounds
 * (so machine noise hits all alike); the fastest round of each is kept,
 * the usual estimate of the cost without interference.
 */
function timeAll(fns, rounds = 25, minMs = 20, warmUp = 10) {
  for (const fn of fns) for (let i = 0; i < warmUp; i++) fn()
  const best = fns.map(() => Infinity)
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, index) => {
      let calls = 0
      const start = process.hrtime.bigint()
      let elapsed = 0
      do {
        fn()
        calls++
        elapsed = Number(process.hrtime.bigint() - start) / 1e6
      } while (elapsed < minMs)
      best[index] = Math.min(best[index], elapsed / calls)
    })
  }
  return best
}

// The agenda body of mip-2022 repeated under one front matter, to a size.
const agenda = readFileSync(new URL('mip-2022.md', fixtures), 'utf8')
const agendaEnd = agenda.indexOf('\n---\n', 4) + 5
const [head, body] = [agenda.slice(0, agendaEnd), agenda.slice(agendaEnd)]
const ofSize = (kib) => head + body.repeat(Math.max(1, Math.round((kib * 1024 - head.length) / body.length)))

if (runs('ratio')) {
  // The Markdown documents of fixtures/, and of the answer keys beside the repository when they are there.
  const shared = new URL('../../shared/', import.meta.url)
  const sets = [
    ['fixtures', fixtures],
    ['corpus', new URL('corpus/', shared)],
    ['wild', new URL('wild/docs/', shared)]
  ].filter(([, folder]) => existsSync(folder))
  const documents = sets.flatMap(([set, folder]) =>
    readdirSync(folder)
      .filter((n) => /\.(?:md|markdown)$/u.test(n))
      .sort()
      .map((name) => ({set, name, text: readFileSync(new URL(name, folder), 'utf8')}))
  )
  // A pipeline reads many documents: the code is compiled on all of them
  // before any is timed, so the first document does not pay for the others.
  for (let pass = 0; pass < 30; pass++) for (const {name, text} of documents) (bare.parse(text), toHast.runSync(bare.parse(text)), extract(text, {path: name}))
  const rows = []
  for (const {set, name, text} of documents) {
    const [parse, hast, full] = timeAll([() => bare.parse(text), () => toHast.runSync(bare.parse(text)), () => extract(text, {path: name})], 15)
    rows.push({set, name, kb: (text.length / 1024).toFixed(1), parse, hast, full})
  }
  console.log('document                             KiB  remark-parse  md→hast (×)    extract (×)')
  for (const r of rows) {
    console.log(
      `${`${r.set}/${r.name}`.slice(0, 34).padEnd(34)} ${r.kb.padStart(5)}  ${r.parse.toFixed(3).padStart(8)} ms  ${r.hast.toFixed(3).padStart(7)} ms ${(r.hast / r.parse).toFixed(2).padStart(4)}  ${r.full.toFixed(3).padStart(7)} ms ${(r.full / r.parse).toFixed(2).padStart(4)}`
    )
  }
  // Each set and all documents: summed costs, so a document weighs by its size.
  for (const [set, of] of [...sets.map(([name]) => [name, rows.filter((row) => row.set === name)]), ['all documents', rows]]) {
    const sum = (key) => of.reduce((total, row) => total + row[key], 0)
    console.log(`${set} (${of.length}): md→hast ${(sum('hast') / sum('parse')).toFixed(2)}× remark-parse, extract ${(sum('full') / sum('parse')).toFixed(2)}× remark-parse`)
  }
}

if (runs('sizes')) {
  // Linearity: the agenda body of mip-2022 repeated under one front matter, to
  // 100 KiB, 1 MiB and 3 MiB: the cost per KiB should not grow with the size.
  // (No bare parse here: the unpatched micromark in node_modules is quadratic on
  // these lists, docs/decisions/0015-linear-markdown-parse.md, and takes minutes at 3 MiB.)
  console.log('\nsize (copies of the mip-2022 body)   extract ms   ms per KiB   × per KiB at 100 KiB')
  let perKiB100 = null
  for (const kib of [100, 1024, 3072]) {
    const text = ofSize(kib)
    const [ms] = kib > 1000 ? timeAll([() => extract(text)], 5, 0, 1) : timeAll([() => extract(text)], 9, 60)
    const perKiB = ms / (text.length / 1024)
    perKiB100 ??= perKiB
    console.log(`${(text.length / 1024).toFixed(0).padStart(5)} KiB                            ${ms.toFixed(1).padStart(8)}   ${perKiB.toFixed(3).padStart(9)}   ${(perKiB / perKiB100).toFixed(2).padStart(20)}`)
  }
}

if (runs('memory')) {
  // Peak memory of a fresh process extracting a 5 MiB document (resident set, as the OS sees it).
  const {spawnSync} = await import('node:child_process')
  const {mkdtempSync, writeFileSync, rmSync} = await import('node:fs')
  const {tmpdir} = await import('node:os')
  const {join} = await import('node:path')
  const directory = mkdtempSync(join(tmpdir(), 'agenda-bench-'))
  const file = join(directory, 'five.md')
  writeFileSync(file, ofSize(5120))
  const script = `import {readFileSync} from 'node:fs'; import {extract} from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}; const r = extract(readFileSync(${JSON.stringify(file)}, 'utf8')); console.log(JSON.stringify({sessions: r.sessions.length, maxRSS: process.resourceUsage().maxRSS}))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
  const {sessions, maxRSS} = JSON.parse(run.stdout)
  console.log(`\n5 MiB document in a fresh process: peak resident memory ${(maxRSS / 1024).toFixed(0)} MiB, ${sessions} sessions`)
  rmSync(directory, {recursive: true, force: true})
}

if (runs('exporters')) {
  // Exporters: every session of every fixture, each written by the three.
  const all = readdirSync(fixtures)
    .filter((n) => n.endsWith('.md'))
    .flatMap((name) => extract(readFileSync(new URL(name, fixtures), 'utf8'), {path: name}).sessions)
  const stamp = new Date(0)
  const [ics, csv, jsonld] = timeAll([() => toICS(all, {stamp}), () => toCSV(all), () => toJSONLD(all)], 9, 40)
  console.log(`\nexporters, ${all.length} sessions: toICS ${ics.toFixed(2)} ms, toCSV ${csv.toFixed(2)} ms, toJSONLD ${jsonld.toFixed(2)} ms`)
}

if (runs('cold')) {
  // Cold start: a fresh process importing the package, and the CLI on one seed
  // document, each 11 times; the median of each.
  const {spawnSync} = await import('node:child_process')
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const entry = JSON.stringify(new URL('../dist/index.js', import.meta.url).href)
  const imports = []
  const cli = []
  const node = []
  for (let run = 0; run < 11; run++) {
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${entry}); console.log(performance.now() - t)`], {encoding: 'utf8'})
    imports.push(Number(out.stdout))
    for (const [times, args] of [
      [cli, [new URL('../dist/cli.js', import.meta.url).pathname, new URL('../fixtures/mip-2022.md', import.meta.url).pathname]],
      [node, ['-e', '0']]
    ]) {
      const start = process.hrtime.bigint()
      spawnSync(process.execPath, args, {encoding: 'utf8'})
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  }
  console.log(`\ncold start (median of 11): import ${median(imports).toFixed(0)} ms; CLI on one document ${median(cli).toFixed(0)} ms (an empty \`node -e 0\`: ${median(node).toFixed(0)} ms)`)
}

