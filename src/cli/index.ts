#!/usr/bin/env node
import {createWriteStream} from 'node:fs'
import {once} from 'node:events'
import {availableParallelism} from 'node:os'
import process from 'node:process'
import Tinypool from 'tinypool'
import type {Diagnostic, ExtractOptions, Session} from '../types.js'
import {helpText, parseCliArguments, type CliArguments} from './args.js'
import {expandInputs, STDIN} from './inputs.js'
import {readOneFile, type FileResult} from './read-file.js'
import {formatDiagnostic, formatSessions} from './print.js'

declare const __VERSION__: string

/** DTSTAMP: now, or `SOURCE_DATE_EPOCH` (seconds) for reproducible output. */
function calendarStamp(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()
}

// The CLI's words for the API's options, in the errors it prints.
const flagOfOption: ReadonlyArray<readonly [string, string]> = [
  ['`timeZone`', '`--time-zone`'],
  ['`referenceDate`', '`--reference-date`'],
  ['`url`', '`--base-url`'],
  ['`parser`', '`--parser`']
]

function inFlags(message: string): string {
  return flagOfOption.reduce((text, [option, flag]) => text.replaceAll(option, flag), message)
}

// Which diagnostics each level prints.
const printed: Readonly<Record<CliArguments['report'], ReadonlySet<Diagnostic['severity']>>> = {
  all: new Set(['info', 'warning', 'error']),
  warnings: new Set(['warning', 'error']),
  errors: new Set(['error'])
}

/** More files than this go to a pool of workers, one per core, unless `--jobs` says. */
const MANY_FILES = 8
/** Files per task of a worker. */
const BATCH = 16

async function run(argv: string[]): Promise<number> {
  let args: CliArguments
  try {
    args = parseCliArguments(argv)
  } catch (error) {
    process.stderr.write(`agenda-extract: ${(error as Error).message}\nTry \`agenda-extract --help\`.\n`)
    return 2
  }
  // On a terminal with nothing named and nothing piped, there is nothing to wait for.
  if (args.help || (args.files.length === 0 && process.stdin.isTTY === true)) {
    process.stdout.write(helpText)
    return 0
  }
  if (args.version) {
    process.stdout.write(`${__VERSION__}\n`)
    return 0
  }
  const options: ExtractOptions = {
    ...(args.parser === undefined ? {} : {parser: args.parser}),
    ...(args.timeZone === undefined ? {} : {timeZone: args.timeZone}),
    ...(args.referenceDate === undefined ? {} : {referenceDate: args.referenceDate}),
    ...(args.baseUrl === undefined ? {} : {url: args.baseUrl})
  }
  const inputs = args.files.length > 0 ? await expandInputs(args.files, args.extensions) : {files: [STDIN], missing: []}
  if (inputs.missing.length > 0) {
    for (const name of inputs.missing) process.stderr.write(`agenda-extract: no file matches ${name} (extensions: ${args.extensions.join(', ')})\n`)
    return 2
  }
  const {files} = inputs
  const jobs = Math.min(args.jobs ?? (files.length > MANY_FILES ? availableParallelism() : 1), files.length)
  const progress = createProgress(files.length)
  // NDJSON is written as files finish, in their order; the other formats need every session.
  const streaming = args.format === 'ndjson'
  const out = args.output === undefined ? process.stdout : createWriteStream(args.output)
  const opened = args.output === undefined ? Promise.resolve() : once(out, 'open')
  const failedToOpen = await opened.then(
    () => null,
    (error: NodeJS.ErrnoException) => error.code ?? error.message
  )
  if (failedToOpen !== null) {
    process.stderr.write(`agenda-extract: cannot write --output ${args.output ?? ''}: ${failedToOpen}\n`)
    return 2
  }
  const sessions: Session[] = []
  const stamp = calendarStamp()
  let failed = false
  let stop: number | null = null

  /** What one file gave, printed in the files' order. */
  const take = (name: string, result: FileResult): void => {
    const label = name === STDIN ? '<stdin>' : name
    progress.clear()
    if (!result.ok) {
      process.stderr.write('unreadable' in result ? `agenda-extract: cannot read ${label}: ${result.unreadable}\n` : `agenda-extract: ${inFlags(result.misuse)}\n`)
      stop = 2
      return
    }
    for (const diagnostic of result.diagnostics) {
      if (printed[args.report].has(diagnostic.severity)) process.stderr.write(formatDiagnostic(label, diagnostic) + '\n')
      if (diagnostic.severity === 'error') failed = true
    }
    if (result.sessions.length === 0 && args.failOnEmpty) {
      process.stderr.write(`${label}:1:1: error: no session in this file [fail-on-empty]\n`)
      failed = true
    }
    if (args.format === 'ics' && args.report === 'all') {
      // A calendar entry needs a start: say which sessions it leaves out.
      for (const session of result.sessions) {
        if (session.start !== null) continue
        const where = `${label}:${session.source.line ?? 1}:${session.source.column ?? 1}`
        process.stderr.write(`${where}: warning: “${session.title}” has no date and is left out of the calendar [ics-no-date]\n`)
      }
    }
    if (streaming) out.write(formatSessions(result.sessions, 'ndjson', stamp))
    else sessions.push(...result.sessions)
  }

  if (jobs <= 1 || files.includes(STDIN)) {
    for (const [index, name] of files.entries()) {
      take(name, await readOneFile(name, options))
      progress.draw(index + 1)
      if (stop !== null) break
    }
  } else {
    const pool = new Tinypool({filename: new URL('./worker.js', import.meta.url).href, maxThreads: jobs, minThreads: jobs})
    // Files go to the workers a few at a time: each task costs a message and a memory reading.
    const batches: string[][] = []
    for (let start = 0; start < files.length; start += BATCH) batches.push(files.slice(start, start + BATCH))
    const pending: Array<FileResult[] | undefined> = []
    let next = 0
    try {
      await Promise.all(
        batches.map((names, index) =>
          (pool.run({names, options}) as Promise<FileResult[]>).then((results) => {
            pending[index] = results
            // Flush what is ready at the head, so the output keeps the files' order.
            while (stop === null && next < batches.length && pending[next] !== undefined) {
              for (const [offset, result] of (pending[next] as FileResult[]).entries()) {
                take((batches[next] as string[])[offset] as string, result)
                if (stop !== null) break
              }
              pending[next] = undefined
              next++
              progress.draw(Math.min(next * BATCH, files.length))
            }
          })
        )
      )
    } finally {
      await pool.destroy()
    }
  }
  progress.clear()
  if (stop !== null) return stop
  if (!streaming) out.write(formatSessions(sessions, args.format, stamp))
  if (out !== process.stdout) {
    out.end()
    await once(out, 'finish')
  }
  return failed ? 1 : 0
}

/** A progress bar on standard error when it is a terminal, for more than one file; nothing otherwise. */
function createProgress(total: number): {draw(done: number): void; clear(): void} {
  const shown = process.stderr.isTTY === true && total > 1
  let drawn = false
  const WIDTH = 30
  return {
    draw(done) {
      if (!shown) return
      const filled = Math.round((done / total) * WIDTH)
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files`)
      drawn = true
    },
    clear() {
      if (!drawn) return
      process.stderr.write('\r\u001B[K')
      drawn = false
    }
  }
}

process.exitCode = await run(process.argv.slice(2))
