import {readDefaultAttendance} from '../normalize/attendance.js'
import {cleanText} from '../normalize/text.js'
import type {PageFacts} from '../facts/event-fields.js'
import {dayOfMoment} from '../facts/structured-data.js'
import type {DocumentFacts, DocumentInfo, ReferenceDate} from '../types.js'

const isoDay = /^(?<year>\d{4})[-/](?<month>\d{2})[-/](?<day>\d{2})(?![\d])/u

/** `2022-11-02 00:00:00 +01:00`, `2011/04/18` (or a YAML date) → `2022-11-02`, as written. */
export function frontMatterDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const groups = isoDay.exec(value.trim())?.groups
  return groups ? `${groups['year']}-${groups['month']}-${groups['day']}` : null
}

// SPEC §4.1: the event date of a single-event page in the dialects site
// generators use, then the publication date.
const eventDateKeys = ['event_start_date', 'startDate', 'start', 'date_debut'] as const
const publicationKeys = ['date', 'publishedDate', 'published', 'pubDate', 'publishDate'] as const

function firstDay(frontMatter: Readonly<Record<string, unknown>>, keys: ReadonlyArray<string>): string | null {
  for (const key of keys) {
    const day = frontMatterDay(frontMatter[key])
    if (day) return day
  }
  // `event: {date: …}`, `event: {start: …}`: a nested block.
  const event = frontMatter['event']
  if (keys === eventDateKeys && typeof event === 'object' && event !== null && !Array.isArray(event)) {
    const nested = event as Record<string, unknown>
    return frontMatterDay(nested['date']) ?? frontMatterDay(nested['start']) ?? frontMatterDay(nested['startDate'])
  }
  return null
}

// `_posts/2017-12-08-alpha1.md`, `content/articles/2025-12-11-ateliers.md`: Jekyll-style names carry the publication day.
const datedFileName = /(?:^|[/\\])(?<day>\d{4}-\d{2}-\d{2})-[^/\\]+$/u
// A year in the document's title or `<h1>` (`Nos ateliers de formation pour 2026`).
const titleYear = /(?<![\p{L}\p{N}])(?<year>19[7-9]\d|20\d{2})(?![\p{L}\p{N}])/u

/** Where else a document's year can come from than its own fields. */
export interface DocumentInfoOptions {
  /** The file path: a dated file name gives the publication day. */
  readonly path?: string | undefined
  /** The first `<h1>` (or Markdown `#`) of the document. */
  readonly heading?: string | null | undefined
  /** An HTML page's rendered fields (title, publication and event dates, place), typed. */
  readonly page?: PageFacts | undefined
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? cleanText(value) : null
}

const markdownLink = /^\[(?<text>[^\]]*)\]\([^)]*\)$/u

function placeField(value: unknown): string | null {
  const text = stringField(value)
  return text === null ? null : cleanText(markdownLink.exec(text)?.groups?.['text'] ?? text)
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
  facts: DocumentFacts = {},
  options: DocumentInfoOptions = {}
): DocumentInfo {
  const {page} = options
  const date = firstDay(frontMatter, publicationKeys) ?? page?.published ?? null
  const eventStart = firstDay(frontMatter, eventDateKeys) ?? (page?.start ? dayOfMoment(page.start) : null)
  const dateline = facts.dateline ?? null
  const fromPath = options.path ? (datedFileName.exec(options.path)?.groups?.['day'] ?? null) : null
  const title = stringField(frontMatter['title']) ?? page?.title ?? facts.title ?? null
  const yearOfTitle = titleYear.exec(title ?? options.heading ?? '')?.groups?.['year']
  const referenceDate: ReferenceDate | null = eventStart
    ? {value: eventStart, from: 'event_start_date'}
    : date
      ? {value: date, from: 'date'}
      : fromPath
        ? {value: fromPath, from: 'path'}
        : dateline
          ? {value: dateline, from: 'dateline'}
          : yearOfTitle
            ? {value: `${yearOfTitle}-01-01`, from: 'title'}
            : referenceOption
              ? {value: referenceOption, from: 'option'}
              : null
  const published = date ?? fromPath ?? dateline
  const lieu = stringField(frontMatter['lieu']) ?? page?.place ?? null
  // Other site generators' keys for the same place (`location: "[Pelleautier](…)"`): the link text is the place.
  const location = lieu ?? placeField(frontMatter['location'] ?? frontMatter['adresse'] ?? frontMatter['address'] ?? frontMatter['venue'])
  return {
    title,
    published,
    referenceDate,
    defaultAttendance: location ? readDefaultAttendance(location) : null,
    defaultVenue: location,
    fee: stringField(frontMatter['fee'] ?? frontMatter['prix'] ?? frontMatter['tarif'] ?? frontMatter['price']),
    registrationUrl: stringField(frontMatter['apply_url'] ?? frontMatter['registration_url'] ?? frontMatter['url_inscription'] ?? frontMatter['inscription_url']),
    image: readImage(frontMatter),
    publisher: facts.publisher ?? null,
    contacts: [...(facts.contacts ?? [])]
  }
}
