import {cleanText, foldText} from '../normalize/text.js'
import {readStatedMoment, type StatedMoment} from './structured-data.js'

/**
 * What a front matter states of the event a page describes, in the keys
 * other site generators use (SPEC §1 item 4), typed: `event_start_date`,
 * `startDate`, `start`, `date_debut`, a nested `event: {date, start, end}`
 * block, or an event page's (`type: event`, `layout: event`) own `date`; and
 * the date as the page writes it for people (`dateLabel: mardi 5 et mercredi
 * 6 novembre 2024, de 09h00 à 18h00`).
 */
export interface EventFields {
  readonly start: StatedMoment | null
  readonly end: StatedMoment | null
  /** The date written for people, to be read as a date phrase (it says the hours the typed dates omit). */
  readonly label: string | null
}

const startKeys = ['event_start_date', 'startDate', 'start', 'date_debut', 'start_date'] as const
const endKeys = ['event_end_date', 'endDate', 'end', 'date_fin', 'end_date'] as const
const labelKeys = ['dateLabel', 'date_label', 'dates', 'when', 'quand'] as const
// `type: event`, `layout: evenement`: the page is an event's, so its `date` is the event's day.
const eventType = /^(?:event|events|evenement|événement|evenements|événements|agenda)$/iu

const recordOf = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null)

function momentOf(value: unknown): StatedMoment | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : readStatedMoment(value.toISOString().replace('T00:00:00.000Z', ''))
  return readStatedMoment(value)
}

function first(record: Readonly<Record<string, unknown>>, keys: ReadonlyArray<string>): StatedMoment | null {
  for (const key of keys) {
    const moment = momentOf(record[key])
    if (moment) return moment
  }
  return null
}

/**
 * Read the event fields of a front matter; `null` when it states no event.
 *
 * @example
 * readEventFields({type: 'event', date: '2024-11-05', dateLabel: 'mardi 5 et mercredi 6 novembre 2024'})
 * // {start: {day: {day: 5, month: 11, year: 2024, weekday: null}, time: null, text: '2024-11-05'}, end: null, label: 'mardi 5 et …'}
 */
export function readEventFields(frontMatter: Readonly<Record<string, unknown>>): EventFields | null {
  const nested = recordOf(frontMatter['event'])
  const typed = [frontMatter['type'], frontMatter['layout']].some((value) => typeof value === 'string' && eventType.test(value.trim()))
  const start = first(frontMatter, startKeys) ?? (nested ? first(nested, ['date', 'start', 'startDate']) : null) ?? (typed ? momentOf(frontMatter['date']) : null)
  const label = labelKeys.map((key) => frontMatter[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? null
  if (start === null && !(typed && label !== null)) return null
  return {start, end: first(frontMatter, endKeys) ?? (nested ? first(nested, ['end', 'endDate']) : null), label}
}

/** A label/value row of an event's practical information: `{intitule: Horaires, contenu: 11h - 12h30, lien?}`. */
export interface InformationRow {
  readonly label: string
  /** The label lower-cased, for matching (`horaires`, `modalites`). */
  readonly key: string
  readonly content: string
  readonly link: string | null
}

/** A row from its label, content and link, as written. */
export function informationRow(label: string, content: string, link: string | null): InformationRow {
  return {label, key: foldText(label).replace(/[^\p{L}\s]/gu, '').trim(), content: cleanText(content), link}
}

/**
 * The fields an HTML page renders around its content (a CMS's event layout),
 * typed: its `<h1>`, its category, the publication and event dates of its
 * `<time>` elements, the place, address and rows of its practical-information box.
 */
export interface PageFacts {
  readonly title: string | null
  readonly categories: ReadonlyArray<string>
  /** `YYYY-MM-DD`. */
  readonly published: string | null
  readonly start: StatedMoment | null
  readonly end: StatedMoment | null
  readonly place: string | null
  readonly address: string | null
  readonly rows: ReadonlyArray<InformationRow>
}
