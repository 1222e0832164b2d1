import {readDefaultAttendance} from '../normalize/attendance.js'
import {cleanText} from '../normalize/text.js'
import type {DocumentFacts, DocumentInfo, ReferenceDate} from '../types.js'

const isoDay = /^(?<day>\d{4}-\d{2}-\d{2})(?![\d])/u

/** `2022-11-02 00:00:00 +01:00` (or a YAML date) → `2022-11-02`, as written. */
export function frontMatterDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  return isoDay.exec(value.trim())?.groups?.['day'] ?? null
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? cleanText(value) : null
}

function readImage(frontMatter: Readonly<Record<string, unknown>>): DocumentInfo['image'] {
  const slides = frontMatter['une-ou-diaporama']
  const first: unknown = Array.isArray(slides) ? slides[0] : frontMatter['image'] ? frontMatter : undefined
  if (typeof first !== 'object' || first === null) return null
  const record = first as Record<string, unknown>
  const url = stringField(record['image'])
  if (!url) return null
  const alt = typeof record['alternative-textuelle'] === 'string' ? record['alternative-textuelle'].trim() : null
  return {url, alt: alt === '' ? null : alt}
}

/**
 * What the document says of itself — its front matter, then what the parser
 * read (`facts`) — and the reference date in SPEC §4.1 order:
 * `event_start_date`, `date`, a dateline, then the `referenceDate` option.
 */
export function readDocumentInfo(
  frontMatter: Readonly<Record<string, unknown>>,
  referenceOption: string | null,
  facts: DocumentFacts = {}
): DocumentInfo {
  const date = frontMatterDay(frontMatter['date'])
  const eventStart = frontMatterDay(frontMatter['event_start_date'])
  const dateline = facts.dateline ?? null
  const referenceDate: ReferenceDate | null = eventStart
    ? {value: eventStart, from: 'event_start_date'}
    : date
      ? {value: date, from: 'date'}
      : dateline
        ? {value: dateline, from: 'dateline'}
        : referenceOption
          ? {value: referenceOption, from: 'option'}
          : null
  const published = date ?? dateline
  const lieu = stringField(frontMatter['lieu'])
  return {
    title: stringField(frontMatter['title']) ?? facts.title ?? null,
    published,
    referenceDate,
    defaultAttendance: lieu ? readDefaultAttendance(lieu) : null,
    defaultVenue: lieu,
    image: readImage(frontMatter),
    publisher: facts.publisher ?? null,
    contacts: [...(facts.contacts ?? [])]
  }
}
