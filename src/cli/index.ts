#!/usr/bin/env node
import {readFile} from 'node:fs/promises'
import process from 'node:process'
import {VFile} from 'vfile'
import {AgendaExtractError} from '../errors.js'
import {extract} from '../extract.js'
import {provenancePath} from '../node/paths.js'
import type {ExtractOptions, Session} from '../types.js'
import {helpText, parseCliArguments, type CliArguments} from './args.js'
import {formatDiagnostic, formatSessions} from './print.js'

declare const __VERSION__: string

const STDIN = '-'

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

async function run(argv: string[]): Promise<number> {
  let args: CliArguments
  try {
    args = parseCliArguments(argv)
  } catch (error) {
    process.stderr.write(`agenda-extract: ${(error as Error).message}\nTry \`agenda-extract --help\`.\n`)
    return 2
  }
  if (args.help) {
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
  const sessions: Session[] = []
  let failed = false
  for (const name of args.files.length > 0 ? args.files : [STDIN]) {
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
        process.stderr.write(formatDiagnostic(label, diagnostic) + '\n')
        if (diagnostic.severity === 'error') failed = true
      }
      if (args.format === 'ics') {
        // A calendar entry needs a start: say which sessions it leaves out.
        for (const session of result.sessions) {
          if (session.start !== null) continue
          const where = `${label}:${session.source.line ?? 1}:${session.source.column ?? 1}`
          process.stderr.write(`${where}: warning: “${session.title}” has no date and is left out of the calendar [ics-no-date]\n`)
        }
      }
    } catch (error) {
      if (error instanceof AgendaExtractError) {
        process.stderr.write(`agenda-extract: ${error.message}\n`)
        return 2
      }
      throw error
    }
  }
  process.stdout.write(formatSessions(sessions, args.format, calendarStamp()))
  return failed ? 1 : 0
}

process.exitCode = await run(process.argv.slice(2))
