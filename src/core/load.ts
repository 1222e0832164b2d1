import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {EXIT, visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {parse as parseToml} from 'smol-toml'
import {load as loadYaml} from 'js-yaml'
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'
import type {ParsedDocument} from '../types.js'
import {gfmPartsOf, remarkGfmStructure} from './gfm-structure.js'
import {DocumentTooDeep, markdownNesting, treeTooDeep} from './depth.js'
import {flatten, readHtmlPage} from './html-page.js'
import {markdownCuts, parseInParts} from './markdown-parts.js'
import {parseRawHtml} from './raw-html.js'
import {report} from './report.js'

// Built once and frozen: unified processors are reused across documents.
// Pipe tables and `~~struck~~` headers are structure the readers use: one
// frozen processor per combination, built once, each document parsed by the
// one its text needs (core/gfm-structure.ts).
function markdownParserWith(parts: ReturnType<typeof gfmPartsOf>) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmStructure, parts).freeze()
}
const markdownParsers = [
  markdownParserWith({tables: false, strikethrough: false}),
  markdownParserWith({tables: false, strikethrough: true}),
  markdownParserWith({tables: true, strikethrough: false}),
  markdownParserWith({tables: true, strikethrough: true})
] as const
function markdownParserFor(text: string): (typeof markdownParsers)[number] {
  const {tables, strikethrough} = gfmPartsOf(text)
  return tables ? (strikethrough ? markdownParsers[3] : markdownParsers[2]) : strikethrough ? markdownParsers[1] : markdownParsers[0]
}
// `allowDangerousHtml` keeps raw HTML blocks as `raw` nodes; `parseRawHtml`
// parses them into real elements, with positions, so parsers never see HTML strings.
const markdownToHast = unified().use(remarkRehype, {allowDangerousHtml: true}).freeze()

/** Parse a Markdown file once: front matter, mdast, then hast. */
export function loadMarkdown(file: VFile): ParsedDocument {
  const text = String(file.value)
  // Before the parse: micromark's cost is cubic in list depth.
  const nested = markdownNesting(text)
  if (nested) throw new DocumentTooDeep(nested)
  const parser = markdownParserFor(text)
  // A long text in parts, each parsed alone, to the same tree (core/markdown-parts.ts).
  const cuts = markdownCuts(text)
  const mdast = cuts.length === 0 ? (parser.parse(file) as MdastRoot) : parseInParts(text, cuts, (part) => parser.parse(part) as MdastRoot)
  const deep = treeTooDeep(mdast)
  if (deep) throw new DocumentTooDeep(deep)
  const frontMatter = readFrontMatter(mdast, file) ?? readTomlFrontMatter(mdast, file) ?? readUnfencedHeader(mdast, file) ?? noFrontMatter
  // Raw HTML starts with `<`: a text without one holds none, and its tree is not walked for it.
  let raw = false
  if (text.includes('<')) {
    visit(mdast, 'html', () => {
      raw = true
      return EXIT
    })
  }
  let tree = markdownToHast.runSync(mdast, file) as HastRoot
  if (raw) tree = parseRawHtml(tree, file)
  // Raw HTML may nest deeper than its Markdown.
  const deepHtml = raw ? treeTooDeep(tree) : null
  if (deepHtml) throw new DocumentTooDeep(deepHtml)
  // The same flow as an HTML page's: boxes (`<div class="encadre">…</div>`) are read through.
  const hast: HastRoot = {type: 'root', children: flatten(tree)}
  return {file, format: 'markdown', frontMatter: frontMatter.values, frontMatterLines: frontMatter.lines, mdast, hast, events: []}
}

interface FrontMatter {
  readonly values: Record<string, unknown>
  readonly lines: Record<string, number>
}

const noFrontMatter: FrontMatter = {values: {}, lines: {}}

/**
 * Read the YAML front matter. A well-formed mapping is read by `js-yaml`
 * (half the time of `yaml`, the same values on every front matter of the
 * answer keys: docs/decisions/0013-front-matter-reader.md). Anything else
 * goes to `yaml`, which says what is wrong and where: Jekyll's parser accepts
 * some YAML that both call broken (a quoted scalar closed at column 1), and
 * what `yaml` recovers is kept while the error is reported. Each top-level
 * key keeps its line in the file, for diagnostics and provenance.
 */
function readFrontMatter(mdast: MdastRoot, file: VFile): FrontMatter | null {
  const first = mdast.children[0]
  if (first?.type !== 'yaml') return null
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (first.position?.start.line ?? 1) + 1
  const wellFormed = readWellFormedMapping(first.value, firstLine)
  if (wellFormed) {
    dropImplausibleDates(wellFormed.values, wellFormed.lines, file)
    return wellFormed
  }
  const lineCounter = new LineCounter()
  let document
  try {
    document = parseDocument(first.value, {lineCounter, prettyErrors: true, uniqueKeys: false})
  } catch {
    report(file, 'front-matter-invalid', first, {detail: 'unreadable'})
    return noFrontMatter
  }
  const [error] = document.errors
  if (error) {
    const at = lineCounter.linePos(error.pos[0])
    report(file, 'front-matter-invalid', {line: at.line + firstLine - 1, column: at.col}, {detail: error.code})
  }
  let value: unknown
  try {
    value = document.toJS()
  } catch {
    return noFrontMatter
  }
  if (value === null || value === undefined) return noFrontMatter
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(document.contents)) {
    if (!error) report(file, 'front-matter-invalid', first, {detail: 'not a mapping'})
    return noFrontMatter
  }
  const lines: Record<string, number> = {}
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined
    if (key !== null && offset !== undefined) lines[key] = lineCounter.linePos(offset).line + firstLine - 1
  }
  const values = value as Record<string, unknown>
  dropImplausibleDates(values, lines, file)
  return {values, lines}
}

/** A YAML mapping `js-yaml` reads without error, or `null` (broken, empty, not a mapping). */
function readWellFormedMapping(source: string, firstLine: number): FrontMatter | null {
  let value: unknown
  try {
    value = loadYaml(source)
  } catch {
    // All of js-yaml's exceptions: `yaml` reads the text again and reports what is wrong.
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const values = value as Record<string, unknown>
  return {values, lines: topLevelKeyLines(source, values, firstLine)}
}

/**
 * The line of each top-level key of a well-formed YAML mapping: a line that
 * starts at column 0 with the key (quoted or not) and a colon. Every other
 * line of the mapping is indented, a comment or a list item.
 */
function topLevelKeyLines(source: string, values: Readonly<Record<string, unknown>>, firstLine: number): Record<string, number> {
  const lines: Record<string, number> = {}
  source.split('\n').forEach((line, index) => {
    const colon = line.indexOf(':')
    if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('#')) return
    let key = line.slice(0, colon).trimEnd()
    const quote = key.charAt(0)
    if ((quote === '"' || quote === "'") && key.endsWith(quote) && key.length >= 2) key = key.slice(1, -1)
    if (Object.hasOwn(values, key)) lines[key] ??= firstLine + index
  })
  return lines
}

/**
 * TOML front matter (`+++`, Hugo and Zola) with `smol-toml`: the same values
 * as YAML's. Dates become `Date`s, which the readers take like YAML dates.
 * A broken block is reported and ignored.
 */
function readTomlFrontMatter(mdast: MdastRoot, file: VFile): FrontMatter | null {
  // remark-frontmatter's `toml` node is not in mdast's node types.
  const first = mdast.children[0] as unknown as {type: string; value: string; position?: {start: {line: number}}} | undefined
  if (first?.type !== 'toml') return null
  let values: Record<string, unknown>
  try {
    values = tomlToPlain(parseToml(first.value)) as Record<string, unknown>
  } catch {
    report(file, 'front-matter-invalid', first.position ? {line: first.position.start.line, column: 1} : null, {detail: 'TOML'})
    return noFrontMatter
  }
  const firstLine = (first.position?.start.line ?? 1) + 1
  const lines: Record<string, number> = {}
  first.value.split('\n').forEach((line, index) => {
    const key = /^\s*(?<key>[A-Za-z_][\w-]*)\s*=/u.exec(line)?.groups?.['key']
    if (key !== undefined) lines[key] ??= firstLine + index
  })
  dropImplausibleDates(values, lines, file)
  return {values, lines}
}

/** TOML's date-time objects as `Date`s, like YAML's. */
function tomlToPlain(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime())
  if (Array.isArray(value)) return value.map((item) => tomlToPlain(item))
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tomlToPlain(item)]))
  return value
}

// `title: …` / `date: 2011/04/18` lines without `---` fences (Flask-FlatPages, Pelican).
const headerLine = /^[A-Za-z][\w-]{0,30}\s*:(?:\s|$)/u
const headerKeys = /^(?:title|date)\s*:/mu
const MIN_HEADER_LINES = 2

/**
 * An unfenced metadata header: the document opens with a paragraph whose
 * every line is `key: value`, `title` or `date` among them. Its values are
 * read like front matter and the paragraph leaves the tree.
 */
function readUnfencedHeader(mdast: MdastRoot, file: VFile): FrontMatter | null {
  const first = mdast.children[0]
  const start = first?.position?.start.offset
  const end = first?.position?.end.offset
  if (first?.type !== 'paragraph' || first.position?.start.line !== 1 || start === undefined || end === undefined) return null
  const source = String(file.value).slice(start, end)
  const lines = source.split('\n')
  if (lines.length < MIN_HEADER_LINES || !lines.every((line) => headerLine.test(line)) || !headerKeys.test(source)) return null
  let values: unknown
  try {
    values = parseDocument(source, {uniqueKeys: false}).toJS()
  } catch {
    return null
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null
  mdast.children.shift()
  const lineOf: Record<string, number> = {}
  lines.forEach((line, index) => {
    const key = line.slice(0, line.indexOf(':')).trim()
    lineOf[key] ??= index + 1
  })
  return {values: values as Record<string, unknown>, lines: lineOf}
}

const dateFields = ['event_start_date', 'event_end_date', 'date'] as const
const MIN_YEAR = 1970
const MAX_YEAR = 2100

/**
 * A date field whose year no event has (`0007-08-31 23:09:21 +00:09`, a CMS
 * artefact) is set to null, so that every parser reads the dates written in
 * the post instead and no year comes from it.
 */
function dropImplausibleDates(values: Record<string, unknown>, lines: Record<string, number>, file: VFile): void {
  for (const field of dateFields) {
    const raw = values[field]
    const text = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw.trim() : null
    const year = text === null ? Number.NaN : Number(/^\d{4}(?=-)/u.exec(text)?.[0])
    if (Number.isNaN(year) || (year >= MIN_YEAR && year <= MAX_YEAR)) continue
    values[field] = null
    report(file, 'implausible-date', {line: lines[field] ?? 1, column: 1}, {value: text ?? '', field})
  }
}

/** Decode bytes as UTF-8 without throwing; report what was not text. */
export function decode(bytes: Uint8Array, file: VFile): string {
  const text = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false}).decode(bytes)
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    report(file, 'binary-input', null, {detail: text.includes('\u0000') ? 'NUL bytes' : 'invalid UTF-8'})
  }
  return text.replaceAll('\u0000', '')
}

export {VFile}

const htmlParser = unified().use(rehypeParse, {fragment: true}).freeze()

/**
 * Parse HTML once, then read it as a page (core/html-page.ts): the content
 * flow for the parsers, without page chrome, and the facts a CMS rendered
 * from its front matter, in the same shape.
 */
export function loadHtml(file: VFile): ParsedDocument {
  const tree = htmlParser.parse(file) as HastRoot
  const deep = treeTooDeep(tree)
  if (deep) throw new DocumentTooDeep(deep)
  const page = readHtmlPage(tree, file)
  return {file, format: 'html', frontMatter: {}, frontMatterLines: {}, mdast: null, hast: page.flow, events: page.events, page: page.facts, ...(page.base ? {base: page.base} : {})}
}

// A whole page: `<!doctype html>`, `<html …>`, `<head>`, `<body>`.
const pageStart = /^\s*(?:<!doctype\s+html|<(?:html|head|body)[\s>])/iu
const tagStart = /^\s*<[a-z][a-z\d-]*[\s/>]/iu
// Markdown that may open with an HTML block: a link, emphasis, a heading, a list or quote marker.
const markdownSignal = /\]\(|\*\*|^(?:#{1,6}\s|[*+-]\s|>\s|\d+\.\s|---\s*$)/mu

/**
 * `format: 'auto'` (docs/decisions/0002-format-detection.md): HTML by
 * extension, for a whole page, or for a fragment that opens with a tag and
 * shows no Markdown; else Markdown (which may hold raw HTML blocks).
 */
export function guessFormat(text: string, path: string | undefined): 'markdown' | 'html' {
  if (path && /\.x?html?$/iu.test(path)) return 'html'
  if (path && /\.(?:md|markdown|mdx?)$/iu.test(path)) return 'markdown'
  if (pageStart.test(text)) return 'html'
  return tagStart.test(text) && !markdownSignal.test(text) ? 'html' : 'markdown'
}
