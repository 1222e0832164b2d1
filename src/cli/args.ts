import {parseArgs} from 'node:util'
import {defaultExtensions} from './inputs.js'

export const outputFormats = ['json', 'ndjson', 'ics', 'csv', 'jsonld'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface CliArguments {
  /** Files, folders and globs, as written. */
  readonly files: string[]
  readonly format: OutputFormat
  /** Where the output goes (`--output`); standard output when absent. */
  readonly output: string | undefined
  /** The extensions folders and globs are searched for (`--ext`). */
  readonly extensions: string[]
  /** Which diagnostics are printed: all, warnings and errors (`--quiet`), errors (`--silent`). */
  readonly report: 'all' | 'warnings' | 'errors'
  /** Exit 1 when a file yields no session (`--fail-on-empty`). */
  readonly failOnEmpty: boolean
  /** Files read at once, each in a worker (`--jobs`); by default one per core for more than a few files. */
  readonly jobs: number | undefined
  readonly parser: string | undefined
  readonly timeZone: string | undefined
  readonly referenceDate: string | undefined
  readonly baseUrl: string | undefined
  readonly help: boolean
  readonly version: boolean
}

// `--output agenda.ics` writes a calendar unless `--format` says otherwise.
const formatByExtension: Readonly<Record<string, OutputFormat>> = {json: 'json', ndjson: 'ndjson', jsonl: 'ndjson', ics: 'ics', csv: 'csv', jsonld: 'jsonld'}

function formatOfFile(path: string): string {
  const extension = /\.([^./\\]+)$/u.exec(path)?.[1]?.toLowerCase()
  const format = extension === undefined ? undefined : formatByExtension[extension]
  if (format === undefined) throw new UsageError(`Cannot tell the format of --output \`${path}\` from its extension; add --format`)
  return format
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
        output: {type: 'string', short: 'o'},
        ext: {type: 'string', short: 'e'},
        quiet: {type: 'boolean', short: 'q'},
        silent: {type: 'boolean', short: 's'},
        'fail-on-empty': {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
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
  const format = values.format ?? (values.output === undefined ? 'json' : formatOfFile(values.output))
  if (!(outputFormats as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown --format \`${format}\`; expected one of ${outputFormats.join(', ')}`)
  }
  const extensions = values.ext === undefined ? [...defaultExtensions] : values.ext.split(',').map((extension) => extension.trim().replace(/^\./u, '')).filter((extension) => extension !== '')
  if (extensions.length === 0) throw new UsageError('Empty --ext; expected extensions such as `md,html`')
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`Invalid --jobs \`${values.jobs ?? ''}\`; expected a whole number of at least 1`)
  return {
    files: positionals,
    jobs,
    format: format as OutputFormat,
    output: values.output,
    extensions,
    report: values.silent ? 'errors' : values.quiet ? 'warnings' : 'all',
    failOnEmpty: values['fail-on-empty'] ?? false,
    parser: values.parser,
    timeZone: values['time-zone'],
    referenceDate: values['reference-date'],
    baseUrl: values['base-url'],
    help: values.help ?? false,
    version: values.version ?? false
  }
}

export const helpText = `Usage: agenda-extract [files, folders or globs…] [options]

Extract normalized event sessions from French event announcements
(Markdown agenda posts, single-event posts, press releases, HTML pages).
A folder is searched for .md, .markdown, .html and .htm files, a quoted glob
expanded; standard input is read when no file is given (or for \`-\`).

Options:
  -f, --format <format>       json (default), ndjson, ics, csv, jsonld
  -o, --output <file>         write there (the format from its extension without --format)
  -e, --ext <list>            extensions searched in folders and globs (default: md,markdown,html,htm)
  -p, --parser <name>         force a parser plugin (default: detected)
      --time-zone <tz>        IANA time zone of the clock times (default: Europe/Paris)
      --reference-date <day>  YYYY-MM-DD, for documents that carry no year
      --base-url <url>        base of relative links
  -q, --quiet                 print only warnings and errors
  -s, --silent                print only errors
      --fail-on-empty         exit 1 when a file yields no session
  -j, --jobs <n>              files read at once, in workers (default: one per core for more than 8 files)
  -h, --help                  show this help
  -v, --version               show the version

Diagnostics go to standard error as \`file:line:column: severity: message [ruleId]\`.
Exit codes: 0 success (warnings allowed), 1 an error diagnostic (or, with
--fail-on-empty, a file without sessions), 2 bad usage or an unreadable file.
`
