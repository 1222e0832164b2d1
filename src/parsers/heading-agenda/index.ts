import type {Element, Root} from 'hast'
import {parseDatePhrase, type DatePhrase} from '../../normalize/dates/phrase.js'
import {cleanText} from '../../normalize/text.js'
import type {DraftSession, ParsedDocument, ParserPlugin, TextSpan} from '../../types.js'
import {readBlockBody} from '../shared/blocks.js'
import {elementChildren, headingTags, isElement, significantChildren, textOf} from '../shared/hast.js'

interface Header {
  readonly element: Element
  readonly phrase: DatePhrase
  readonly dateText: string
  readonly title: string | null
  /** The element after the header that held the date (`### Title` then `Le 12 mars…`), read as part of the header. */
  readonly dateElement: Element | null
}

/** A date that opens a header is within its first characters (`Le `, `Mardi `). */
const DATE_OFFSET = 10
const separators = /^[\s,.;:|–—-]+|[\s,.;:|–—-]+$/gu

/** A header is a short line. */
const MAX_HEADER = 160

function dated(text: string): DatePhrase | null {
  if (text.length > MAX_HEADER) return null
  const phrase = parseDatePhrase(text)
  if (!phrase || phrase.kind === 'until' || !(phrase.from?.month ?? phrase.to?.month)) return null
  // A day and a month at the start (`Le 12 mars 2024 de 10h à 12h`, `Mardi 12/03`), or
  // after the title when a time schedules it (`Atelier API – 12 mars 2024, 14h-16h`).
  return phrase.index <= DATE_OFFSET || phrase.time ? phrase : null
}

/** The title left in a header once its date and time are taken out: `Le 12 mars 2024 – Atelier API` → `Atelier API`. */
function titleAround(text: string, phrase: DatePhrase): string | null {
  let rest = text.slice(0, phrase.index) + ' ' + text.slice(phrase.index + phrase.text.length)
  if (phrase.time) rest = rest.replace(phrase.time.text, ' ')
  const title = cleanText(rest.replace(/^\s*(?:le|la|les)\s+/iu, '').replace(separators, ''))
  return title.length > 2 ? title : null
}

function readHeader(element: Element, next: Element | undefined): Header | null {
  if (isElement(element, ...headingTags)) {
    const text = cleanText(textOf(element))
    const phrase = dated(text)
    if (phrase) return {element, phrase, dateText: text, title: titleAround(text, phrase), dateElement: null}
    // `### Atelier API` then a paragraph that opens with the date.
    const firstLine = next && isElement(next, 'p') ? (textOf(next).split('\n')[0] ?? '') : ''
    // Only a line that schedules (a time) or is the date alone: `Le 03/11, nous avons publié…` is prose.
    const nextPhrase = dated(firstLine)
    const schedules = nextPhrase !== null && (nextPhrase.time !== null || cleanText(firstLine).length <= nextPhrase.index + nextPhrase.text.length + 2)
    if (next && nextPhrase && schedules && firstLine.length <= 120) return {element, phrase: nextPhrase, dateText: firstLine, title: text, dateElement: next}
    return null
  }
  if (!isElement(element, 'p')) return null
  const [first] = significantChildren(element)
  if (!isElement(first, 'strong', 'b')) return null
  const bold = cleanText(textOf(first))
  // Bracketed labels belong to the agenda styles of their own.
  if (bold.startsWith('[')) return null
  if (!dated(bold)) return null
  // The title follows the bold date on its line (`**Mardi 12 mars, 10h-12h** – Atelier API`), or on the next one.
  const [firstLine = '', secondLine] = textOf(element).split('\n')
  const phrase = dated(cleanText(firstLine))
  // A bold date with a time schedules a session; `**Le 04/11** est une autre date` is prose.
  if (!phrase?.time) return null
  const title = titleAround(cleanText(firstLine), phrase) ?? (secondLine ? cleanText(secondLine) : null)
  return {element, phrase, dateText: cleanText(firstLine), title, dateElement: null}
}

// Headers are read once per tree: detect() and parse() share them.
const cache = new WeakMap<Root, Header[]>()
function headersOf(doc: ParsedDocument): Header[] {
  let headers = cache.get(doc.hast)
  if (!headers) {
    const elements = elementChildren(doc.hast)
    headers = elements.flatMap((element, index) => readHeader(element, elements[index + 1]) ?? [])
    cache.set(doc.hast, headers)
  }
  return headers
}

/**
 * Agendas written with plain headings (a fallback for house styles without
 * brackets): `### Le 12 mars 2024 de 10h à 12h – Atelier API`, `### Atelier
 * API` then `Le 12 mars 2024 …`, or a paragraph opening with a bold date
 * (`**Mardi 12 mars, 10h-12h** – Atelier API`). Each header and the blocks
 * after it, up to the next header, heading or boundary, is a session.
 *
 * Detection: two or more such headers (0.45: every specific style scores higher).
 */
export const headingAgenda = {
  name: 'heading-agenda',
  detect: (doc) => (headersOf(doc).length >= 2 ? 0.45 : 0),
  parse(doc) {
    const headers = headersOf(doc)
    const starts = new Map(headers.map((header) => [header.element, header]))
    const drafts: DraftSession[] = []
    let current: {header: Header; body: Element[]} | null = null
    let heading: string | null = null
    const close = () => {
      if (current) drafts.push(toDraft(current.header, current.body, heading))
      current = null
    }
    for (const element of elementChildren(doc.hast)) {
      const header = starts.get(element)
      if (header) {
        close()
        current = {header, body: []}
      } else if (current && element === (current as {header: Header}).header.dateElement) {
        continue
      } else if (isElement(element, ...headingTags, 'hr')) {
        close()
        if (isElement(element, ...headingTags)) heading = textOf(element)
      } else if (current) {
        ;(current as {body: Element[]}).body.push(element)
      }
    }
    close()
    return drafts
  }
} as const satisfies ParserPlugin

function toDraft(header: Header, body: ReadonlyArray<Element>, heading: string | null): DraftSession {
  const read = readBlockBody(header.dateElement ? [header.dateElement, ...body] : body)
  const title: TextSpan | null = header.title ? {text: header.title, node: header.element} : null
  return {
    node: header.element,
    date: {text: header.dateText, node: header.dateElement ?? header.element},
    phrase: header.phrase,
    title,
    tags: [],
    description: read.description,
    // Free-form agendas state the place, admission and access in their prose.
    details: [...read.details, ...read.description],
    links: read.links,
    ...(heading ? {contextText: heading} : {})
  }
}
