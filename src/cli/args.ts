import {parseArgs} from 'node:util'

export const outputFormats = ['json', 'ndjson', 'ics', 'csv', 'jsonld'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface CliArguments {
  readonly files: string[]
  readonly format: OutputFormat
  readonly parser: string | undefined
  readonly timeZone: string | undefined
  readonly referenceDate: string | undefined
  readonly baseUrl: string | undefined
  readonly help: boolean
  readonly version: boolean
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parse `process.argv.slice(2)`; throws `UsageError` on bad usage. */
export function parseCliArguments(argv: string[]): CliArguments {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        parser: {type: 'string', short: 'p'},
        'time-zone': {type: 'string'},
        'reference-date': {type: 'string'},
        'base-url': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    // Node's parseArgs explains at length; its first sentence says what is wrong.
    const message = error instanceof Error ? error.message : String(error)
    throw new UsageError(message.split(/\.\s/u)[0] ?? message)
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'json'
  if (!(outputFormats as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown --format \`${format}\`; expected one of ${outputFormats.join(', ')}`)
  }
  return {
    files: positionals,
    format: format as OutputFormat,
    parser: values.parser,
    timeZone: values['time-zone'],
    referenceDate: values['reference-date'],
    baseUrl: values['base-url'],
    help: values.help ?? false,
    version: values.version ?? false
  }
}

export const helpText = `Usage: agenda-extract [files…] [options]

Extract normalized event sessions from French event announcements
(Markdown agenda posts, single-event posts, press releases, HTML pages).
Reads standard input when no file is given (or for \`-\`).

Options:
  -f, --format <format>       json (default), ndjson, ics, csv, jsonld
  -p, --parser <name>         force a parser plugin (default: detected)
      --time-zone <tz>        IANA time zone of the clock times (default: Europe/Paris)
      --reference-date <day>  YYYY-MM-DD, for documents that carry no year
      --base-url <url>        base of relative links
  -h, --help                  show this help
  -v, --version               show the version

Diagnostics go to standard error as \`file:line:column: severity: message [ruleId]\`.
Exit codes: 0 success (warnings allowed), 1 an error diagnostic, 2 bad usage or an unreadable file.
`
