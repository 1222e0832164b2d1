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
  // SPEC §4.0: alternative slots of a day (`de 10h à 11h, de 14h à 15h ou de 16h à 17h`) are one occurrence each.
  const slots: Array<{start: ClockTime; end: ClockTime | null}> = [{start: time.start, end: endTime}, ...validSlots(phrase, report)]
  const occurrences = days.flatMap((day) =>
    slots.map((slot): Occurrence => ({
      start: toZonedDateTime(...day, slot.start.hour, slot.start.minute, timeZone),
      end: slot.end ? toZonedDateTime(...day, slot.end.hour, slot.end.minute, timeZone) : null
    }))
  )
  return {
    start: occurrences[0]?.start ?? null,
    end: occurrences.at(-1)?.end ?? null,
    occurrences
  }
}

/** A phrase's further slots, each ending after it starts (else reported and left out). */
function validSlots(phrase: DatePhrase, report: ResolveDatesOptions['report']): Array<{start: ClockTime; end: ClockTime}> {
  return (phrase.slots ?? []).flatMap((slot) => {
    if (!slot.end) return []
    if (slot.end.hour * 60 + slot.end.minute < slot.start.hour * 60 + slot.start.minute) {
      report('end-before-start', {start: formatClock(slot.start), end: formatClock(slot.end)})
      return []
    }
    return [{start: slot.start, end: slot.end}]
  })
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
