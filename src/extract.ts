import {VFile} from 'vfile'
import * as z from 'zod/mini'
import {reportBrokenLinks, reportDraftLinks} from './core/check-links.js'
import {buildSession, createSpanReadings, type BuildContext, type SessionWithoutId} from './core/build-session.js'
import {assertParsers, detectParser, findParser} from './core/detect.js'
import {readDocumentInfo} from './core/document-info.js'
import {sessionId} from './core/ids.js'
import {DocumentTooDeep, MAX_TREE_DEPTH} from './core/depth.js'
import {normalizePath} from './core/paths.js'
import {decode, guessFormat, loadHtml, loadMarkdown} from './core/load.js'
import {isRuleId, report, reportOwn, toDiagnostics} from './core/report.js'
import {AgendaExtractError} from './errors.js'
import {defaultParsers} from './parsers/index.js'
import {textOf} from './core/hast.js'
import {sessionSchema, type Session} from './schema/session.js'
import type {RuleId} from './core/rules.js'
import type {ExtractOptions, ExtractResult, ParseContext, ParsedDocument, ParserPlugin} from './types.js'

const emptyOptions: Readonly<ExtractOptions> = {}

/**
 * Extract the sessions an event announcement describes.
 *
 * Synchronous and pure: no I/O, no clock. Content never throws: odd or broken
 * input gives diagnostics, and every session that can be read is returned.
 *
 * @param input - the document: a string, UTF-8 bytes or a `VFile`
 * @param options - see {@link ExtractOptions}
 * @returns the sessions, the diagnostics, the parser used and what the document says of itself
 * @throws {AgendaExtractError} on API misuse: input of another type, an invalid option, an unknown parser name, a malformed plugin
 * @example
 * const {sessions} = extract(markdown, {path: 'mip-2022.md'})
 * sessions[0].start // '2022-11-03T16:15:00+01:00'
 */
export function extract(input: string | Uint8Array | VFile, options: Readonly<ExtractOptions> | undefined = emptyOptions): ExtractResult {
  const settings = checkOptions(options ?? emptyOptions)
  const file = toVFile(input, settings.path)
  const text = String(file.value)
  const referenceOption = settings.referenceDate

  if (text.trim() === '') {
    report(file, 'empty-document', null)
    return {sessions: [], diagnostics: toDiagnostics(file), parser: null, document: readDocumentInfo({}, referenceOption)}
  }

  const mark = file.messages.length
  try {
    return read(file, settings)
  } catch (error) {
    // Content never throws. A document nested past a limit is refused before
    // anything recurses into it; a stack exhausted anyway (a tree builder or
    // a plugin recursing once per level) is the same error, not a crash.
    if (!(error instanceof DocumentTooDeep) && !(error instanceof RangeError)) throw error
    file.messages.length = mark
    const tooDeep = error instanceof DocumentTooDeep ? error.tooDeep : null
    report(file, 'document-too-deep', tooDeep?.place ?? null, {limit: String(tooDeep?.limit ?? MAX_TREE_DEPTH)})
    return {sessions: [], diagnostics: toDiagnostics(file), parser: null, document: readDocumentInfo({}, referenceOption)}
  }
}

/** The pipeline: load, detect, parse, build, validate. */
function read(file: VFile, settings: Settings): ExtractResult {
  const text = String(file.value)
  const referenceOption = settings.referenceDate
  const format = settings.format === 'auto' ? guessFormat(text, file.path) : settings.format
  // One spelling of the path for provenance and ids (`./a.md` is `a.md`).
  const path = file.path === undefined ? undefined : normalizePath(file.path)
  const doc: ParsedDocument = format === 'html' ? loadHtml(file) : loadMarkdown(file)
  const forced = settings.parser ? findParser(settings.parsers, settings.parser) : null
  let plugin = forced ?? detectParser(settings.parsers, doc)
  if (!plugin) {
    report(file, 'no-parser', null)
    return {sessions: [], diagnostics: toDiagnostics(file), parser: null, document: readDocumentInfo(doc.frontMatter, referenceOption, {}, {path, page: doc.page})}
  }
  const base = resolveBase(doc.base, settings.url)
  reportBrokenLinks(doc.hast, text, base, (ruleId, place, data) => report(file, ruleId as RuleId, place, data))
  const tried = new Set<ParserPlugin>()
  for (;;) {
    const current: ParserPlugin = plugin
    const document = readDocumentInfo(doc.frontMatter, referenceOption, current.describe?.(doc), {path, heading: firstHeading(doc.hast), page: doc.page})
    const ctx: BuildContext = {
      // A plugin's own rule ids are its diagnostics, with its name as their source.
      report: (ruleId, place, data) => (isRuleId(ruleId) ? report(file, ruleId, place, data) : reportOwn(file, current.name, ruleId, place, data)),
      timeZone: settings.timeZone,
      referenceDate: document.referenceDate,
      document,
      parser: current.name,
      path: path ?? null,
      url: settings.url,
      base,
      spans: createSpanReadings()
    }
    const mark = file.messages.length
    const drafts = current.parse(doc, ctx as ParseContext)
    tried.add(current)
    // A detected style that finds nothing hands the document to the next one that fits (the
    // structure reader last), and its diagnostics go with it; a forced parser is the user's word.
    const next = drafts.length === 0 && !forced ? detectParser(settings.parsers.filter((other) => !tried.has(other)), doc) : null
    if (next) {
      file.messages.length = mark
      plugin = next
      continue
    }
    reportDraftLinks(drafts, ctx.base, ctx.report)
    const sessions = assignIds(
      validate(
        drafts.flatMap((draft) => buildSession(draft, ctx) ?? []),
        ctx
      ),
      settings.url ?? path ?? ''
    )
    return {sessions, diagnostics: toDiagnostics(file), parser: current.name, document}
  }
}

/** The text of the document's first `<h1>` in its flow. */
function firstHeading(tree: ParsedDocument['hast']): string | null {
  for (const child of tree.children) if (child.type === 'element' && child.tagName === 'h1') return textOf(child)
  return null
}

interface Settings {
  readonly format: 'markdown' | 'html' | 'auto'
  readonly parser: string | null
  readonly parsers: ReadonlyArray<ParserPlugin>
  readonly timeZone: string
  readonly referenceDate: string | null
  readonly url: string | null
  readonly path: string | undefined
}

function checkOptions(options: Readonly<ExtractOptions>): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new AgendaExtractError('invalid-option', '`options` must be an object')
  }
  const format = options.format ?? 'auto'
  if (format !== 'auto' && format !== 'markdown' && format !== 'html') {
    throw new AgendaExtractError('invalid-option', `\`format\` must be \`'auto'\`, \`'markdown'\` or \`'html'\`, not \`${String(format)}\``)
  }
  const parsers = options.parsers ?? defaultParsers
  assertParsers(parsers)
  if (options.parser !== undefined && typeof options.parser !== 'string') {
    throw new AgendaExtractError('invalid-option', '`parser` must be the name of a parser plugin')
  }
  if (options.parser !== undefined) findParser(parsers, options.parser)
  const timeZone = options.timeZone ?? 'Europe/Paris'
  if (!isTimeZone(timeZone)) throw new AgendaExtractError('invalid-option', `\`timeZone\` must be an IANA time zone, not \`${String(timeZone)}\``)
  if (options.url !== undefined && (typeof options.url !== 'string' || !URL.canParse(options.url))) {
    throw new AgendaExtractError('invalid-option', `\`url\` must be an absolute URL, not \`${String(options.url)}\``)
  }
  if (options.path !== undefined && typeof options.path !== 'string') {
    throw new AgendaExtractError('invalid-option', '`path` must be a string')
  }
  return {
    format,
    parser: options.parser ?? null,
    parsers,
    timeZone,
    referenceDate: options.referenceDate === undefined ? null : checkReferenceDate(options.referenceDate),
    url: options.url ?? null,
    path: options.path
  }
}

// Building an Intl.DateTimeFormat costs more than reading a small document:
// remember the zones already checked (a handful in practice, capped anyway).
const knownTimeZones = new Set<string>()

/** Relative links resolve against `<base href>` (itself resolved against `url`), else `url`. */
function resolveBase(base: string | undefined, url: string | null): string | null {
  if (base === undefined) return url
  if (URL.canParse(base)) return base
  return url !== null && URL.canParse(base, url) ? new URL(base, url).href : url
}

function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false
  if (knownTimeZones.has(timeZone)) return true
  try {
    new Intl.DateTimeFormat('en', {timeZone})
  } catch {
    return false
  }
  if (knownTimeZones.size < 64) knownTimeZones.add(timeZone)
  return true
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u

function checkReferenceDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  const match = typeof value === 'string' ? isoDate.exec(value) : null
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string
  }
  throw new AgendaExtractError('invalid-option', `\`referenceDate\` must be a date \`YYYY-MM-DD\` or a valid \`Date\`, not \`${String(value)}\``)
}

function toVFile(input: unknown, path: string | undefined): VFile {
  if (input instanceof VFile) {
    if (path !== undefined) input.path = path
    if (input.value instanceof Uint8Array) input.value = decode(input.value, input)
    return input
  }
  if (typeof input === 'string') return new VFile({value: input, ...(path === undefined ? {} : {path})})
  if (input instanceof Uint8Array) {
    const file = new VFile(path === undefined ? {} : {path})
    file.value = decode(input, file)
    return file
  }
  throw new AgendaExtractError('invalid-input', `\`input\` must be a string, a Uint8Array or a VFile, not ${describe(input)}`)
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return `a value of type \`${typeof value}\``
}

// Built once: zod compiles a fast path per schema object.
const draftSchema = z.omit(sessionSchema, {id: true})

/** Every emitted session passes the schema; one that does not is reported, not emitted. */
function validate(sessions: ReadonlyArray<SessionWithoutId>, ctx: BuildContext): SessionWithoutId[] {
  return sessions.filter((session) => {
    const result = draftSchema.safeParse(session)
    if (result.success) return true
    const issue = result.error.issues[0]
    const place = session.source.line ? {line: session.source.line, column: session.source.column ?? 1} : null
    ctx.report('session-invalid', place, {title: session.title, issue: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`})
    return false
  })
}

/** Stable ids from the document, start and title; a repeat in the same document gets a counter. */
function assignIds(sessions: ReadonlyArray<SessionWithoutId>, documentKey: string): Session[] {
  const seen = new Map<string, number>()
  return sessions.map((session) => {
    const base = sessionId(documentKey, session.start, session.title)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    const id = count === 0 ? base : sessionId(documentKey, session.start, `${session.title}\u0000${count}`)
    return {id, ...session}
  })
}

