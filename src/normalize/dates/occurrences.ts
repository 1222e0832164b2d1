import type {RuleId} from '../../core/rules.js'
import type {Occurrence} from '../../schema/session.js'
import {weekdayNames} from './lexicon.js'
import type {ClockTime, DatePhrase, WrittenDay} from './phrase.js'
import {resolveYear} from './year.js'
import {isValidDay, nextDay, toDateString, toZonedDateTime, weekdayOf} from './zoned.js'

export interface ResolveDatesOptions {
  /** Reference date `YYYY-MM-DD` for years and open starts. */
  readonly reference: string | null
  readonly timeZone: string
  readonly report: (ruleId: RuleId, data: Readonly<Record<string, string>>) => void
}

export interface ResolvedDates {
  readonly start: string | null
  readonly end: string | null
  readonly occurrences: Occurrence[]
}

type Day = readonly [year: number, month: number, day: number]

/** A daily time range over more days than this is read as one span (bounded work). */
const MAX_DAILY_OCCURRENCES = 366

const unknown: ResolvedDates = {start: null, end: null, occurrences: [{start: null, end: null}]}

/**
 * Turn a date phrase into occurrences in `timeZone` (SPEC §4.1): a single
 * day, a daily time range over a date range (one occurrence per day), or a
 * date-only span. Reports impossible dates, weekday mismatches, the
 * `à 11h à 12h` typo, open starts and ends before starts.
 */
export function resolveOccurrences(phrase: DatePhrase, options: ResolveDatesOptions): ResolvedDates {
  const {reference, timeZone, report} = options
  const toDay = (written: WrittenDay): Day | null => {
    if (written.month === null) return null
    const year = resolveYear(written.day, written.month, written.year, reference)
    if (year === null) {
      report('missing-reference-date', {phrase: phrase.text})
      return null
    }
    if (!isValidDay(year, written.month, written.day)) {
      report('invalid-date', {phrase: phrase.text})
      return null
    }
    if (written.weekday !== null) {
      const actual = weekdayOf(year, written.month, written.day)
      if (actual !== written.weekday) {
        report('weekday-mismatch', {
          actual: weekdayNames[written.weekday] ?? '',
          expected: weekdayNames[actual] ?? '',
          date: toDateString(year, written.month, written.day)
        })
      }
    }
    return [year, written.month, written.day]
  }

  let first: Day | null
  if (phrase.kind === 'until') {
    if (reference === null) {
      report('missing-reference-date', {phrase: phrase.text})
      return unknown
    }
    first = reference.split('-').map(Number) as unknown as Day
    report('open-start-date', {phrase: phrase.text, start: reference})
  } else {
    first = phrase.from ? toDay(phrase.from) : null
  }
  if (!first) return unknown
  let last: Day | null = phrase.to ? toDay(phrase.to) : null
  if (phrase.to && !last) return unknown
  if (last && compareDays(last, first) < 0) {
    report('end-before-start', {start: toDateString(...first), end: toDateString(...last)})
    last = null
  }

  const time = phrase.time
  if (time?.typo) report('time-range-typo', {phrase: time.text})
  if (!time) {
    const startDate = toDateString(...first)
    const endDate = toDateString(...(last ?? first))
    return {start: startDate, end: endDate, occurrences: [{start: startDate, end: endDate}]}
  }

  let endTime: ClockTime | null = time.end
  const sameDay = !last || compareDays(first, last) === 0
  if (endTime && sameDay && endTime.hour * 60 + endTime.minute < time.start.hour * 60 + time.start.minute) {
    report('end-before-start', {start: formatClock(time.start), end: formatClock(endTime)})
    endTime = null
  }
  const days = phrase.kind === 'span' ? null : listDays(first, last ?? first)
  if (!days) {
    // A span, or too many days for a daily reading: one occurrence from the first start to the last end.
    const start = toZonedDateTime(...first, time.start.hour, time.start.minute, timeZone)
    const end = endTime && last ? toZonedDateTime(...last, endTime.hour, endTime.minute, timeZone) : null
    return {start, end, occurrences: [{start, end}]}
  }
  const occurrences = days.map((day): Occurrence => ({
    start: toZonedDateTime(...day, time.start.hour, time.start.minute, timeZone),
    end: endTime ? toZonedDateTime(...day, endTime.hour, endTime.minute, timeZone) : null
  }))
  return {
    start: occurrences[0]?.start ?? null,
    end: occurrences.at(-1)?.end ?? null,
    occurrences
  }
}

function compareDays(a: Day, b: Day): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

function listDays(first: Day, last: Day): Day[] | null {
  const days: Day[] = [first]
  let current = first
  while (compareDays(current, last) < 0) {
    if (days.length >= MAX_DAILY_OCCURRENCES) return null
    current = nextDay(...current)
    days.push(current)
  }
  return days
}

function formatClock(time: ClockTime): string {
  return `${time.hour}h${String(time.minute).padStart(2, '0')}`
}
