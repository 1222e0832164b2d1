import type {Occurrence, Session} from '../schema/session.js'

/**
 * A `start`/`end` value of a session read back into its parts. The
 * date-time strings already carry the zone's wall-clock digits and offset,
 * so exporters never recompute an offset: what the JSON says is what they
 * write.
 */
export type Moment =
  | {readonly kind: 'date'; readonly date: string; readonly day: number}
  | {readonly kind: 'date-time'; readonly date: string; readonly day: number; readonly time: string; readonly instant: number}

const DAY = 86_400_000

/** Days since 1970-01-01 of a `YYYY-MM-DD` (UTC arithmetic: no zone involved). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY
}

/** Reads `2022-11-03` or `2022-11-03T16:15:00+01:00` (SPEC §3; seconds optional). */
export function readMoment(value: string): Moment {
  const date = value.slice(0, 10)
  const day = dayNumber(date)
  if (value.length === 10) return {kind: 'date', date, day}
  const seconds = value[16] === ':' ? value.slice(17, 19) : '00'
  return {kind: 'date-time', date, day, time: `${value.slice(11, 16)}:${seconds}`, instant: Date.parse(value)}
}

/** One occurrence with its parts; `end` null when the session gives none. */
export interface Slot {
  readonly start: Moment
  readonly end: Moment | null
}

/**
 * How a session's occurrences are written in a calendar:
 * - `daily`: one occurrence a day on consecutive days at the same clock times
 *   (`Du 16/11 au 20/11 de 17h à 17h30`), `last` being the last one;
 * - `single`: any other occurrence, on its own. Irregular days are not
 *   written as `RDATE`: see docs/decisions/0010-exporters.md.
 */
export type Plan =
  | {readonly kind: 'single'; readonly first: Slot}
  | {readonly kind: 'daily'; readonly first: Slot; readonly last: Slot}

/** The occurrences of a session that have a start (a session without a date has none). */
function slotsOf(session: Session): Slot[] {
  const slots: Slot[] = []
  for (const occurrence of session.occurrences) {
    const slot = readSlot(occurrence)
    if (slot) slots.push(slot)
  }
  return slots
}

function readSlot(occurrence: Occurrence): Slot | null {
  if (occurrence.start === null) return null
  return {start: readMoment(occurrence.start), end: occurrence.end === null ? null : readMoment(occurrence.end)}
}

/** Same kind, same clock times and the same day span: one rule can describe both. */
function sameShape(a: Slot, b: Slot): boolean {
  if (a.start.kind !== b.start.kind || (a.end === null) !== (b.end === null)) return false
  if (a.start.kind === 'date-time' && b.start.kind === 'date-time' && a.start.time !== b.start.time) return false
  if (a.end && b.end) {
    if (a.end.kind !== b.end.kind) return false
    if (a.end.day - a.start.day !== b.end.day - b.start.day) return false
    if (a.end.kind === 'date-time' && b.end.kind === 'date-time' && a.end.time !== b.end.time) return false
  }
  return true
}

/** Groups a session's occurrences into calendar plans (one pass, linear). */
export function planOccurrences(session: Session): Plan[] {
  const slots = slotsOf(session)
  const [first, ...rest] = slots
  const last = rest[rest.length - 1]
  if (first !== undefined && last !== undefined) {
    const daily = rest.every((slot, index) => sameShape(first, slot) && slot.start.day === first.start.day + index + 1)
    if (daily) return [{kind: 'daily', first, last}]
  }
  return slots.map((slot) => ({kind: 'single', first: slot}))
}
