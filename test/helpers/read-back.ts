import {parse as parseCsv} from 'csv-parse/sync'
import ICAL from 'ical.js'
import type {Session} from '../../src/index.js'

/** One occurrence as an instant pair (`date-time`) or a date pair with an inclusive end (`date`). */
export interface ReadOccurrence {
  readonly id: string
  readonly start: string
  readonly end: string | null
}

const DAY = 86_400_000
const previousDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString().slice(0, 10)

/** What the JSON says, in the form the readers give back: instants in UTC, dates as written. */
export function occurrencesOf(sessions: ReadonlyArray<Session>): ReadOccurrence[] {
  return sessions.flatMap((session) =>
    session.occurrences
      .filter((occurrence) => occurrence.start !== null)
      .map((occurrence) => {
        const start = occurrence.start as string
        const dated = start.length === 10
        const instant = (value: string) => new Date(value).toISOString()
        // No DTEND: a timed event ends when it starts, a dated one lasts its day (RFC 5545 §3.6.1).
        const end = occurrence.end ?? start
        return {id: session.id, start: dated ? start : instant(start), end: dated ? end : instant(end)}
      })
  )
}

/**
 * Every occurrence of every VEVENT of a calendar, expanded by ical.js with the
 * calendar's own VTIMEZONEs (not the runtime's zone data).
 */
export function readCalendar(text: string): {occurrences: ReadOccurrence[]; timeZones: string[]; events: number} {
  ICAL.TimezoneService.reset()
  const calendar = new ICAL.Component(ICAL.parse(text))
  const timeZones = calendar.getAllSubcomponents('vtimezone').map((component) => {
    const zone = new ICAL.Timezone(component)
    ICAL.TimezoneService.register(zone)
    return zone.tzid
  })
  const occurrences: ReadOccurrence[] = []
  const vevents = calendar.getAllSubcomponents('vevent')
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent)
    const id = event.uid.replace(/(?:-\d+)?@agenda-extract$/u, '')
    const iterator = event.iterator()
    for (let next = iterator.next(); next; next = iterator.next()) {
      const {startDate, endDate} = event.getOccurrenceDetails(next)
      occurrences.push(
        startDate.isDate
          ? {id, start: startDate.toString(), end: previousDay(endDate.toString())}
          : {id, start: startDate.toJSDate().toISOString(), end: endDate.toJSDate().toISOString()}
      )
    }
  }
  ICAL.TimezoneService.reset()
  return {occurrences, timeZones, events: vevents.length}
}

/** The rows of a CSV export, keyed by its header. */
export function readCsv(text: string): Array<Record<string, string>> {
  return parseCsv(text, {columns: true, bom: true, skip_empty_lines: false}) as Array<Record<string, string>>
}
