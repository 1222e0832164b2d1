import {tzOffset} from '@date-fns/tz'

const pad = (value: number, size = 2): string => String(value).padStart(size, '0')

/** `YYYY-MM-DD` of a calendar day. */
export function toDateString(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Whether the calendar day exists (`31/11` does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** The next calendar day, as `[year, month, day]`. */
export function nextDay(year: number, month: number, day: number): [number, number, number] {
  const date = new Date(Date.UTC(year, month - 1, day + 1))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

// `tzOffset` formats a date with Intl, the costliest call of a session. Offsets
// only change on quarter-hour boundaries, so they are remembered per zone and
// quarter hour (a pure memo, bounded).
const QUARTER_HOUR = 15 * 60_000
const offsetMemo = new Map<string, number>()
const MAX_MEMO = 4096

function offsetAt(timeZone: string, instant: number): number {
  const quarter = Math.floor(instant / QUARTER_HOUR)
  const key = `${timeZone} ${quarter}`
  let offset = offsetMemo.get(key)
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(quarter * QUARTER_HOUR))
    if (offsetMemo.size >= MAX_MEMO) offsetMemo.clear()
    offsetMemo.set(key, offset)
  }
  return offset
}

/**
 * A wall-clock time in `timeZone` as ISO 8601 with that zone's offset on
 * that day: `2022-11-03T16:15:00+01:00`, `2024-07-03T09:00:00+02:00`.
 * The offset comes from `@date-fns/tz` (`tzOffset`, cached per zone); the
 * second look-up settles times near a DST change. Formatting by hand avoids
 * building a `TZDate` per occurrence, the costliest step of a session.
 */
export function toZonedDateTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  let offset = offsetAt(timeZone, wall)
  const settled = offsetAt(timeZone, wall - offset * 60_000)
  if (settled !== offset) offset = settled
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${toDateString(year, month, day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}
