import {tzOffset} from '@date-fns/tz'

const MINUTE = 60_000
const DAY = 86_400_000

const pad = (value: number, size = 2): string => String(value).padStart(size, '0')

/** `+0100` from minutes east of UTC. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`
}

/** `YYYYMMDDTHHMMSS` of the wall clock at `instant` under `offset` minutes. */
function localStamp(instant: number, offset: number): string {
  const local = new Date(instant + offset * MINUTE)
  return (
    `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`
  )
}

interface Observance {
  readonly at: number
  readonly from: number
  readonly to: number
}

/** Every change of offset in [start, end): a day-by-day scan, then a bisection to the minute. */
function transitions(timeZone: string, start: number, end: number): Observance[] {
  const found: Observance[] = []
  let before = tzOffset(timeZone, new Date(start))
  for (let day = start; day < end; day += DAY) {
    const after = tzOffset(timeZone, new Date(day + DAY))
    if (after === before) continue
    let low = day
    let high = day + DAY
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE
      if (tzOffset(timeZone, new Date(middle)) === before) low = middle
      else high = middle
    }
    found.push({at: high, from: before, to: after})
    before = after
  }
  return found
}

/**
 * The `VTIMEZONE` of an IANA zone for the years `[fromYear, toYear]`, with
 * one observance per change of offset. The offsets come from the same
 * `@date-fns/tz` (Intl) data that wrote the sessions' offsets, so a calendar
 * application converts every `DTSTART;TZID=…` to the instant the JSON names.
 * Explicit observances (no `RRULE`) are exact for zones whose rules changed.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1)
  const initial = tzOffset(timeZone, new Date(start))
  // Local midnight of January 1st under the offset then in force.
  const origin = start - initial * MINUTE
  const changes = transitions(timeZone, origin, Date.UTC(toYear + 1, 0, 1))
  const offsets = [initial, ...changes.map((change) => change.to)]
  const standard = Math.min(...offsets)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`]
  for (const {at, from, to} of [{at: origin, from: initial, to: initial}, ...changes]) {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD'
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`
    )
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
