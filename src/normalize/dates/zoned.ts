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

/**
 * A wall-clock time in `timeZone` as ISO 8601 with that zone's offset on
 * that day: `2022-11-03T16:15:00+01:00`, `2024-07-03T09:00:00+02:00`.
 * The offset comes from `@date-fns/tz` (`tzOffset`, cached per zone); the
 * second look-up settles times near a DST change. Formatting by hand avoids
 * building a `TZDate` per occurrence, the costliest step of a session.
 */
export function toZonedDateTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  let offset = tzOffset(timeZone, new Date(wall))
  const settled = tzOffset(timeZone, new Date(wall - offset * 60_000))
  if (settled !== offset) offset = settled
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${toDateString(year, month, day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}
