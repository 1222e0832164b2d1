#!/usr/bin/env node
import {readFile, writeFile} from 'node:fs/promises'
import process from 'node:process'
import {VFile} from 'vfile'
import {AgendaExtractError} from '../errors.js'
import {extract} from '../extract.js'
import {provenancePath} from '../node/paths.js'
import type {Diagnostic, ExtractOptions, Session} from '../types.js'
import {helpText, parseCliArguments, type CliArguments} from './args.js'
import {expandInputs, STDIN} from './inputs.js'
import {formatDiagnostic, formatSessions} from './print.js'

declare const __VERSION__: string


async function readInput(name: string): Promise<Uint8Array> {
  if (name !== STDIN) return readFile(name)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

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
  const sessions: Session[] = []
  let failed = false
  for (const name of inputs.files) {
    const label = name === STDIN ? '<stdin>' : name
    let bytes: Uint8Array
    try {
      bytes = await readInput(name)
    } catch (error) {
      process.stderr.write(`agenda-extract: cannot read ${label}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
      return 2
    }
    try {
      const result = extract(new VFile({value: bytes, ...(name === STDIN ? {} : {path: provenancePath(name)})}), options)
      sessions.push(...result.sessions)
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
    } catch (error) {
      if (error instanceof AgendaExtractError) {
        process.stderr.write(`agenda-extract: ${inFlags(error.message)}\n`)
        return 2
      }
      throw error
    }
  }
  const output = formatSessions(sessions, args.format, calendarStamp())
  if (args.output === undefined) {
    process.stdout.write(output)
  } else {
    try {
      await writeFile(args.output, output)
    } catch (error) {
      process.stderr.write(`agenda-extract: cannot write --output ${args.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
      return 2
    }
  }
  return failed ? 1 : 0
}

process.exitCode = await run(process.argv.slice(2))
