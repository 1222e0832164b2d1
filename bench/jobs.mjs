// `node bench/jobs.mjs [count]`: the CLI's throughput on a batch of documents
// (copies of fixtures/*.md under distinct names), read with --jobs 1 and with
// --jobs 2, interleaved three times; the outputs must be identical.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const count = Number(process.argv[2] ?? 2000)
const cli = new URL('../dist/cli.js', import.meta.url).pathname
const fixtures = new URL('../fixtures/', import.meta.url)
const texts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))
const directory = mkdtempSync(join(tmpdir(), 'agenda-jobs-'))
for (let index = 0; index < count; index++) writeFileSync(join(directory, `doc-${String(index).padStart(5, '0')}.md`), texts[index % texts.length])

const outputs = new Map()
const times = {1: [], 2: []}
for (let round = 0; round < 3; round++) {
  for (const jobs of [1, 2]) {
    const start = process.hrtime.bigint()
    const run = spawnSync(process.execPath, [cli, directory, '--format', 'ndjson', '--silent', '--jobs', String(jobs)], {encoding: 'utf8', maxBuffer: 1 << 30})
    times[jobs].push(Number(process.hrtime.bigint() - start) / 1e9)
    if (run.status !== 0) throw new Error(`--jobs ${jobs} exited ${run.status}: ${run.stderr}`)
    if (outputs.has(jobs) && outputs.get(jobs) !== run.stdout) throw new Error(`--jobs ${jobs} gave two different outputs`)
    outputs.set(jobs, run.stdout)
  }
}
rmSync(directory, {recursive: true, force: true})
const same = outputs.get(1) === outputs.get(2)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const [one, two] = [median(times[1]), median(times[2])]
console.log(`${count} documents, ${outputs.get(1).split('\n').length - 1} sessions: --jobs 1 ${one.toFixed(2)} s (${(count / one).toFixed(0)} files/s), --jobs 2 ${two.toFixed(2)} s (${(count / two).toFixed(0)} files/s): ${(one / two).toFixed(2)}× the throughput; outputs ${same ? 'identical' : 'DIFFERENT'}`)
if (!same) process.exitCode = 1
