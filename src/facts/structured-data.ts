import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import type {ClockTime, DatePhrase, TimeRange, WrittenDay} from '../normalize/dates/phrase.js'
import {toDateString} from '../normalize/dates/zoned.js'
import {cleanText} from '../normalize/text.js'
import {readVenues} from '../normalize/venues.js'
import type {Attendance, SessionStatus, Venue} from '../schema/session.js'

/**
 * A date-time a page states in machine form (`2024-09-17T09:00:00+02:00`):
 * the day and clock time as written; the offset is recomputed from the
 * session's zone, as for front-matter dates.
 */
export interface StatedMoment {
  readonly day: WrittenDay
  /** `null` for a bare date (`2024-09-17`), or at midnight, the CMS default that means "no time given". */
  readonly time: ClockTime | null
  readonly text: string
}

/**
 * One schema.org `Event` of a page (JSON-LD or microdata), read into typed
 * values (docs/decisions/0012-facts.md): what it states is assigned to its
 * session as is, never re-encoded as text for the normalizers to decode.
 */
export interface StructuredEvent {
  /** The `<script>` or `itemscope` element it was read from (diagnostics and provenance). */
  readonly node: Element
  readonly name: string | null
  readonly description: string | null
  readonly start: StatedMoment | null
  readonly end: StatedMoment | null
  /** Physical places, as venues (`Place` + `PostalAddress`). */
  readonly venues: ReadonlyArray<Venue>
  /** The join URL of a `VirtualLocation`, or `null`; `online` is whether one is stated. */
  readonly online: {readonly url: string | null} | null
  readonly attendance: Attendance | null
  readonly status: SessionStatus | null
  readonly free: boolean | null
  readonly price: {readonly amount: number; readonly currency: string} | null
  /** The event's own page (`url`). */
  readonly url: string | null
  /** Where to register (`offers.url`). */
  readonly registrationUrl: string | null
  readonly organizers: ReadonlyArray<string>
}

/** Where a JSON-LD block could not be read: reported by the caller. */
export type StructuredDataProblem = {readonly node: Element; readonly detail: string}

/**
 * Every schema.org `Event` a page states, once each: microdata items first,
 * then JSON-LD blocks (`@graph`, arrays and nested `subEvent`s included).
 *
 * @example
 * readStructuredEvents([script], [], report)[0]?.start // {day: {day: 17, month: 9, year: 2024, weekday: null}, time: {hour: 9, minute: 0}, …}
 */
export function readStructuredEvents(
  scripts: ReadonlyArray<Element>,
  microdata: ReadonlyArray<Element>,
  problem: (found: StructuredDataProblem) => void
): StructuredEvent[] {
  const events: StructuredEvent[] = []
  for (const item of microdata) collectEvents(readMicrodata(item, 0), item, events, 0)
  for (const script of scripts) {
    let data: unknown
    try {
      data = JSON.parse(toText(script, {whitespace: 'pre'}))
    } catch {
      problem({node: script, detail: 'not JSON'})
      continue
    }
    collectEvents(data, script, events, 0)
  }
  // An event stated twice (JSON-LD and microdata of one page) is one: same name, same start.
  const seen = new Set<string>()
  return events.filter((event) => {
    const key = `${event.name ?? ''}\u0000${event.start?.text.slice(0, 16) ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether an element is a schema.org `Event` microdata item (`itemscope itemtype="https://schema.org/Event"`, or a subtype). */
export function isEventItem(element: Element): boolean {
  if (element.properties['itemScope'] === undefined) return false
  const itemType = element.properties['itemType']
  const types = Array.isArray(itemType) ? itemType.map(String) : [String(itemType ?? '')]
  return types.some((type) => eventType.test(type.replace(/^.*\//u, '')))
}

// `Event` and its schema.org subtypes: `EducationEvent`, `BusinessEvent`…, and those not named so.
const eventType = /^(?:\w*Event|Festival|Hackathon|CourseInstance)$/u
/** JSON-LD nests a few levels in practice; deeper input is not read (bounded work). */
const MAX_DEPTH = 8

function collectEvents(data: unknown, node: Element, events: StructuredEvent[], depth: number): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(data)) {
    for (const item of data) collectEvents(item, node, events, depth + 1)
    return
  }
  if (typeof data !== 'object' || data === null) return
  const record = data as Record<string, unknown>
  const type = record['@type']
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')]
  // `Event`, `schema:Event`, `https://schema.org/Event`.
  if (types.some((name) => eventType.test(name.replace(/^.*[/:#]/u, '')))) events.push(readEvent(record, node))
  if (Array.isArray(record['@graph'])) collectEvents(record['@graph'], node, events, depth + 1)
  // A festival's programme: its `subEvent`s are sessions too.
  if (record['subEvent'] !== undefined) collectEvents(record['subEvent'], node, events, depth + 1)
}

const momentPattern = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[ T](?<hour>\d{2}):(?<minute>\d{2}))?/u

/** `2024-09-17T09:00:00+02:00` → day and clock time as written. */
export function readStatedMoment(value: unknown): StatedMoment | null {
  const text = typeof value === 'string' ? value.trim() : ''
  const groups = momentPattern.exec(text)?.groups
  if (!groups) return null
  const month = Number(groups['month'])
  const day = Number(groups['day'])
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const hour = Number(groups['hour'] ?? 0)
  const minute = Number(groups['minute'] ?? 0)
  return {
    day: {day, month, year: Number(groups['year']), weekday: null},
    time: (hour === 0 && minute === 0) || hour > 23 || minute > 59 ? null : {hour, minute},
    text
  }
}

/** A stated moment's day, `YYYY-MM-DD`. */
export function dayOfMoment(moment: StatedMoment): string {
  return toDateString(moment.day.year ?? 0, moment.day.month ?? 1, moment.day.day)
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? cleanText(value) : typeof value === 'number' ? String(value) : null)
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
const recordOf = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null)
const urlOf = (value: unknown): string | null => {
  const text = stringOf(value) ?? stringOf(recordOf(value)?.['url']) ?? stringOf(recordOf(value)?.['@id'])
  return text !== null && /^https?:\/\//u.test(text) ? text : null
}

function readEvent(record: Record<string, unknown>, node: Element): StructuredEvent {
  const venues: Venue[] = []
  let online: {url: string | null} | null = null
  for (const location of listOf(record['location'])) {
    const place = recordOf(location)
    if (place === null) {
      const text = stringOf(location)
      if (text) venues.push(venueOf(null, text))
      continue
    }
    if (String(place['@type'] ?? '') === 'VirtualLocation') online = {url: urlOf(place['url'])}
    else venues.push(venueOf(stringOf(place['name']), place['address']))
  }
  const mode = String(record['eventAttendanceMode'] ?? '')
  const attendance: Attendance | null = /Mixed/u.test(mode)
    ? 'hybrid'
    : /Online/u.test(mode)
      ? 'online'
      : /Offline/u.test(mode)
        ? 'in-person'
        : online && venues.length > 0
          ? 'hybrid'
          : online
            ? 'online'
            : venues.length > 0
              ? 'in-person'
              : null
  const offers = listOf(record['offers']).flatMap((offer): Array<Record<string, unknown>> => {
    const found = recordOf(offer)
    return found ? [found] : []
  })
  const prices = offers.flatMap((offer) => {
    const amount = Number(offer['price'])
    return offer['price'] !== undefined && offer['price'] !== null && offer['price'] !== '' && Number.isFinite(amount) && amount >= 0 ? [{amount, currency: currencyOf(offer['priceCurrency'])}] : []
  })
  const lowest = prices.reduce<{amount: number; currency: string} | null>((low, price) => (low === null || price.amount < low.amount ? price : low), null)
  const soldOut = offers.some((offer) => /SoldOut/u.test(String(offer['availability'] ?? '')))
  const free = record['isAccessibleForFree'] === true || record['isAccessibleForFree'] === 'true' ? true : lowest ? lowest.amount === 0 : null
  return {
    node,
    name: stringOf(record['name']),
    description: stringOf(record['description']),
    start: readStatedMoment(record['startDate']),
    end: readStatedMoment(record['endDate']),
    venues,
    online,
    attendance,
    status: statusOf(String(record['eventStatus'] ?? '')) ?? (soldOut ? 'full' : null),
    free,
    price: lowest && lowest.amount > 0 ? lowest : null,
    url: urlOf(record['url']),
    registrationUrl: offers.map((offer) => urlOf(offer['url'])).find((url) => url !== null) ?? null,
    organizers: listOf(record['organizer']).flatMap((organizer) => stringOf(recordOf(organizer)?.['name'] ?? organizer) ?? [])
  }
}

function statusOf(status: string): SessionStatus | null {
  if (/Cancelled/u.test(status)) return 'cancelled'
  if (/Postponed|Rescheduled/u.test(status)) return 'postponed'
  if (/MovedOnline/u.test(status)) return 'moved-online'
  return /Scheduled/u.test(status) ? 'scheduled' : null
}

const currencyOf = (value: unknown): string => (typeof value === 'string' && /^[A-Z]{3}$/u.test(value) ? value : 'EUR')

/** A `Place`'s name and its `PostalAddress` (or an address written as one string). */
function venueOf(name: string | null, address: unknown): Venue {
  const parts = recordOf(address)
  const written = parts ? null : stringOf(address)
  // An address written as one string (`77 avenue de Ségur 75015 Paris`) is read as the text would be.
  const read = written ? readVenues([name ? `${name}, ${written}` : written])[0] : undefined
  if (read) return {...read, name: name ?? read.name}
  const street = stringOf(parts?.['streetAddress'])
  const postal = stringOf(parts?.['postalCode'])
  const city = stringOf(parts?.['addressLocality'])
  const region = stringOf(parts?.['addressRegion'])
  const countryValue = parts?.['addressCountry']
  const country = stringOf(recordOf(countryValue)?.['name'] ?? countryValue)
  const postalCode = postal !== null && /^\d{5}$/u.test(postal) ? postal : null
  const raw = [name, written ?? [street, [postal, city].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter((part) => part !== null && part !== '').join(', ')
  return {
    name,
    street,
    postalCode,
    city,
    region,
    room: null,
    note: null,
    country: country === null ? (postalCode ? 'FR' : null) : /^[A-Za-z]{2}$/u.test(country) ? country.toUpperCase() : /^france$/iu.test(country) ? 'FR' : null,
    raw: raw || (written ?? '')
  }
}

/**
 * A microdata item as the JSON-LD object it stands for: `itemprop` values
 * from `content`, `datetime`, `href` or the text; nested items (`location`)
 * recursively.
 */
function readMicrodata(item: Element, depth: number): Record<string, unknown> {
  const itemType = item.properties['itemType']
  const type = (Array.isArray(itemType) ? itemType.join(' ') : String(itemType ?? '')).replace(/^.*\//u, '')
  const record: Record<string, unknown> = {'@type': type}
  const read = (node: Element | Root): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const prop = child.properties['itemProp']
      const name = Array.isArray(prop) ? String(prop[0]) : undefined
      const nested = child.properties['itemScope'] !== undefined
      if (name && record[name] === undefined) {
        record[name] =
          nested && depth < MAX_DEPTH
            ? readMicrodata(child, depth + 1)
            : (child.properties['content'] ?? child.properties['dateTime'] ?? child.properties['href'] ?? cleanText(toText(child)))
      }
      if (!nested) read(child)
    }
  }
  read(item)
  return record
}

const sameDay = (a: WrittenDay, b: WrittenDay): boolean => a.day === b.day && a.month === b.month && a.year === b.year

/**
 * The date phrase two stated moments make: one day with its time range, or
 * several days spanned from the first day's start to the last day's end.
 */
export function phraseOfMoments(start: StatedMoment, end: StatedMoment | null): DatePhrase {
  const endsSameDay = end !== null && sameDay(start.day, end.day)
  const to = end !== null && !endsSameDay ? end.day : null
  const time: TimeRange | null = start.time ? {text: start.text.slice(11, 16), index: 0, start: start.time, end: end?.time ?? null, typo: false} : null
  return {kind: to ? (time ? 'span' : 'range') : 'single', text: start.text, index: 0, from: start.day, to, time}
}
