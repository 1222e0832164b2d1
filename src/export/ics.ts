import {TZDate, tzOffset} from '@date-fns/tz'
import ical, {
  escape,
  ICalCalendar,
  ICalEvent,
  ICalEventStatus,
  type ICalEventData
} from 'ical-generator'
import {AgendaExtractError} from '../errors.js'
import type {Session, SessionStatus} from '../schema/session.js'
import {assertSessions, locationLabel, primaryLink} from './fields.js'
import {planOccurrences, type Moment, type Plan, type Slot} from './schedule.js'
import {vtimezone} from './vtimezone.js'

/** Options of {@link toICS}. */
export interface IcsOptions {
  /** Calendar name (`NAME`, `X-WR-CALNAME`). Default: none. */
  readonly name?: string
  /**
   * `DTSTAMP` of every event, the time the calendar was made (RFC 5545
   * §3.8.7.2). Default: the time of the call; pass one for byte-identical
   * output across runs.
   */
  readonly stamp?: Date | string
}

const STATUS: Record<SessionStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  full: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED
}

const END_EVENT = 'END:VEVENT\r\n'

/**
 * ical-generator writes every property a session needs but RFC 7986
 * `CONFERENCE` (it only takes `X-` properties): it goes before `END:VEVENT`,
 * and the calendar still folds every line.
 */
class SessionEvent extends ICalEvent {
  readonly #extra: ReadonlyArray<string>

  constructor(data: ICalEventData, calendar: ICalCalendar, extra: ReadonlyArray<string>) {
    super(data, calendar)
    this.#extra = extra
  }

  override toString(): string {
    const text = super.toString()
    if (this.#extra.length === 0 || !text.endsWith(END_EVENT)) return text
    return text.slice(0, -END_EVENT.length) + this.#extra.map((line) => `${line}\r\n`).join('') + END_EVENT
  }
}

/** A date-only value as ical-generator reads it for `VALUE=DATE`: UTC midnight. */
const utcDay = (day: number): Date => new Date(day * 86_400_000)

function dateValue(moment: Moment, timeZone: string): Date {
  return moment.kind === 'date' ? utcDay(moment.day) : new TZDate(moment.instant, timeZone)
}

/** `DTEND` of a slot; SPEC's date-only end is inclusive, iCalendar's is exclusive. */
function endValue(slot: Slot, timeZone: string): Date | null {
  const {start, end} = slot
  if (end === null) return null
  if (start.kind === 'date') return utcDay(end.day + 1)
  if (end.kind === 'date-time') return new TZDate(end.instant, timeZone)
  // A timed start with a date-only end: until the end of that day, there.
  const next = utcDay(end.day + 1)
  return new TZDate(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), timeZone)
}

/** `CONFERENCE` parameter value: quoted, without the characters a quoted value cannot hold. */
const quotedParameter = (value: string): string => `"${value.replaceAll('"', "'").replaceAll(/[\r\n]/g, ' ')}"`

function conferenceLine(session: Session): string | null {
  const url = session.online?.url
  if (!url) return null
  const label = session.online?.platform
  return `CONFERENCE;VALUE=URI;FEATURE=VIDEO${label ? `;LABEL=${quotedParameter(label)}` : ''}:${url}`
}

/**
 * `RRULE` of a daily run. UNTIL is the last start: a DATE for all-day events,
 * UTC for zoned ones (RFC 5545 §3.3.10); ical-generator would write a
 * date-time for both, so the rule is given as text.
 */
function repeating(plan: Plan): string | null {
  if (plan.kind !== 'daily') return null
  const last = plan.last.start
  const until = last.kind === 'date' ? last.date.replaceAll('-', '') : `${new Date(last.instant).toISOString().slice(0, 19).replaceAll(/[-:]/g, '')}Z`
  return `RRULE:FREQ=DAILY;UNTIL=${until}`
}

function eventsOf(session: Session, calendar: ICalCalendar, stamp: Date | string): SessionEvent[] {
  const plans = planOccurrences(session)
  const link = primaryLink(session)
  const location = locationLabel(session)
  const description = session.description ?? session.summary
  const conference = conferenceLine(session)
  return plans.map((plan, index) => {
    const {first} = plan
    const allDay = first.start.kind === 'date'
    const end = endValue(first, session.timeZone)
    const rule = repeating(plan)
    const data: ICalEventData = {
      // One UID per session; a session split into several events numbers them.
      id: plans.length === 1 ? `${session.id}@agenda-extract` : `${session.id}-${index + 1}@agenda-extract`,
      stamp,
      start: dateValue(first.start, session.timeZone),
      allDay,
      summary: session.title,
      status: STATUS[session.status],
      categories: session.formats.map((name) => ({name})),
      ...(allDay ? {} : {timezone: session.timeZone}),
      ...(end === null ? {} : {end}),
      ...(rule === null ? {} : {repeating: rule}),
      ...(description === null ? {} : {description}),
      ...(location === null ? {} : {location}),
      ...(link === null ? {} : {url: link.url})
    }
    return new SessionEvent(data, calendar, conference === null ? [] : [conference])
  })
}

/** Years `[from, to]` each zone is used in, so that its VTIMEZONE covers every event. */
function zoneYears(sessions: ReadonlyArray<Session>): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>()
  for (const session of sessions) {
    for (const occurrence of session.occurrences) {
      for (const value of [occurrence.start, occurrence.end]) {
        if (value === null || value.length === 10) continue
        const instant = Date.parse(value)
        const known = spans.get(session.timeZone)
        spans.set(session.timeZone, known ? [Math.min(known[0], instant), Math.max(known[1], instant)] : [instant, instant])
      }
    }
  }
  // Local time may sit in another UTC year: a day of margin either side.
  const year = (instant: number) => new Date(instant).getUTCFullYear()
  return new Map([...spans].map(([zone, [from, to]]) => [zone, [year(from - 86_400_000), year(to + 86_400_000)]]))
}

/**
 * An RFC 5545 calendar of the sessions: one `VEVENT` per session, with
 * daily occurrences as one `RRULE` and occurrences on other days as events of
 * their own (UID `<id>-<n>@agenda-extract`), a `VTIMEZONE` for every
 * `TZID` used, CRLF line ends, lines folded at 75 octets. Sessions without a
 * start have no place in a calendar and are left out.
 */
export function toICS(sessions: ReadonlyArray<Session>, options: IcsOptions = {}): string {
  assertSessions(sessions, 'toICS')
  const years = zoneYears(sessions)
  for (const timeZone of years.keys()) {
    if (Number.isNaN(tzOffset(timeZone, new Date(0)))) {
      throw new AgendaExtractError('invalid-input', `toICS: unknown time zone \`${timeZone}\``)
    }
  }
  const calendar = ical({
    prodId: {company: 'agenda-extract', product: 'agenda-extract', language: 'FR'},
    timezone: {
      name: null,
      generator: (timeZone) => {
        const range = years.get(timeZone)
        return range ? vtimezone(timeZone, range[0], range[1]) : null
      }
    },
    // ical-generator writes the name as is; it is a TEXT value (RFC 7986 §5.1).
    ...(options.name === undefined ? {} : {name: escape(options.name, false)})
  })
  const stamp = options.stamp ?? new Date()
  if (Number.isNaN(new Date(stamp).getTime())) {
    throw new AgendaExtractError('invalid-option', `toICS: \`stamp\` must be a valid Date or date string, not \`${String(stamp)}\``)
  }
  for (const session of sessions) {
    for (const event of eventsOf(session, calendar, stamp)) calendar.createEvent(event)
  }
  return `${calendar.toString()}\r\n`
}
