import {monthByName, monthPattern, weekdayByName, weekdayPattern} from './lexicon.js'

/** A calendar day as written: the month or year may be missing. */
export interface WrittenDay {
  readonly day: number
  readonly month: number | null
  readonly year: number | null
  /** 0 = Sunday; `null` when no weekday was written. */
  readonly weekday: number | null
}

export interface ClockTime {
  readonly hour: number
  readonly minute: number
}

/**
 * A date phrase read from a short span:
 * `single` (`Le jeudi 03/11`), `range` (`Du 02/11 au 30/11`),
 * `pair` (`les 24 et 25 novembre`, `13 & 14 juin`, `les 7, 8 et 9 septembre`), `until` (`jusqu'au 4 décembre`).
 * `span` is built by parsers from structured data (a front matter's start and
 * end): one occurrence from the first day's start time to the last day's end time.
 */
export interface DatePhrase {
  readonly kind: 'single' | 'range' | 'pair' | 'until' | 'span'
  /** The matched text and its offset in the span. */
  readonly text: string
  readonly index: number
  /** `null` only for `until`. */
  readonly from: WrittenDay | null
  readonly to: WrittenDay | null
  readonly time: TimeRange | null
  /**
   * Further slots of the same day after the first time range (SPEC §4.0):
   * `de 10h à 11h, de 14h à 15h ou de 16h à 17h`, `de 10h30 à 12h30 et de 13h30 à 16h30`.
   * One occurrence per slot and day.
   */
  readonly slots?: ReadonlyArray<TimeRange>
}

export interface TimeRange {
  readonly text: string
  readonly index: number
  readonly start: ClockTime
  readonly end: ClockTime | null
  /** `à 11h à 12h`: read as a range (SPEC §4.1). */
  readonly typo: boolean
}

// A day/month atom. Named groups get a suffix so several atoms fit one regex.
// Matches: `jeudi 03/11`, `1er novembre`, `18 novembre 2021`, `30/11/2020`.
// Must not match: `2013`, `8 produits`, `promotion 3`.
const NOT_WORD = '(?![\\p{L}\\p{N}])'
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])'
function dayAtom(suffix: string, monthRequired: boolean): string {
  const month =
    `(?:\\s*\\/\\s*(?<mn${suffix}>1[0-2]|0?[1-9])(?:\\s*\\/\\s*(?<yn${suffix}>\\d{4}|\\d{2}))?${NOT_WORD}` +
    `|\\s+(?<mt${suffix}>${monthPattern})\\.?${NOT_WORD}(?:\\s+(?<yt${suffix}>\\d{4})${NOT_WORD})?)`
  return (
    `(?:(?<wd${suffix}>${weekdayPattern})\\s+)?` +
    `(?<d${suffix}>1er|1re|3[01]|[12]\\d|0?[1-9])${monthRequired ? '' : NOT_WORD}` +
    (monthRequired ? month : `${month}?`)
  )
}

const flags = 'iu'
const rangePattern = new RegExp(
  `${NOT_AFTER_WORD}(?:du|depuis\\s+le)\\s+${dayAtom('1', false)}\\s*(?:au|jusqu['’]au|[-–])\\s*${dayAtom('2', true)}`,
  flags
)
// `les 24 et 25 novembre`, `13 & 14 juin`, `les 7, 8 et 9 septembre`: from the first day to the last.
const pairPattern = new RegExp(
  `${NOT_AFTER_WORD}(?:les\\s+)?${dayAtom('1', false)}(?:\\s*,\\s*\\d{1,2}${NOT_WORD})*\\s+(?:et|&)\\s+${dayAtom('2', true)}`,
  flags
)
// `17-20 mai 2022`, `10-11-12 juin`: consecutive days written with dashes, the first to the last.
const dashPattern = new RegExp(`${NOT_AFTER_WORD}(?<d1>3[01]|[12]\\d|0?[1-9])(?:\\s?[-–]\\s?(?:3[01]|[12]\\d|0?[1-9]))*\\s?[-–]\\s?${dayAtom('2', true)}`, flags)
// `2017-06-13`: an ISO date, as a listing prints its items' dates. Must not match `n° 2019-768`.
const isoPattern = /(?<![\p{L}\p{N}-])(?<yn1>(?:19|20)\d{2})-(?<mn1>1[0-2]|0[1-9])-(?<d1>3[01]|[12]\d|0[1-9])(?![\p{N}-])/u
const untilPattern = new RegExp(`${NOT_AFTER_WORD}jusqu['’]\\s?au\\s+${dayAtom('2', true)}`, flags)
const singlePattern = new RegExp(`${NOT_AFTER_WORD}${dayAtom('1', true)}`, flags)

// A clock time: `16h15`, `9h`, `18 h`, `16:15`, `midi`, `9 heures`.
function timeAtom(suffix: string): string {
  return (
    `(?:(?<h${suffix}>[01]?\\d|2[0-3])\\s?h(?:eures?)?(?:\\s?(?<m${suffix}>[0-5]\\d))?${NOT_WORD}` +
    `|(?<hc${suffix}>[01]?\\d|2[0-3]):(?<mc${suffix}>[0-5]\\d)${NOT_WORD}` +
    `|(?<!-)(?<noon${suffix}>midi|minuit)${NOT_WORD})`
  )
}

// `de 9h30 à 17h`, `9h30-17h`, `10h - 12h`, `à 9h`, and the typo `à 11h à 12h`.
// Must not match `depuis 2013` or `3 produits`.
const timeRangePattern = new RegExp(
  `${NOT_AFTER_WORD}(?:(?<lead>de|à|a|dès|des)\\s+)?${timeAtom('1')}(?:\\s*(?<sep>à|a|-|–|—|jusqu['’]à)\\s*${timeAtom('2')})?`,
  flags
)

type Groups = Readonly<Record<string, string | undefined>>

function readDay(groups: Groups, suffix: string): WrittenDay | null {
  const dayText = groups[`d${suffix}`]
  if (dayText === undefined) return null
  const day = /^1(?:er|re)$/i.test(dayText) ? 1 : Number(dayText)
  const monthText = groups[`mt${suffix}`]
  const month = groups[`mn${suffix}`] ? Number(groups[`mn${suffix}`]) : monthText ? (monthByName[monthText.toLowerCase()] ?? null) : null
  const yearText = groups[`yn${suffix}`] ?? groups[`yt${suffix}`]
  const year = yearText === undefined ? null : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  const weekdayText = groups[`wd${suffix}`]
  return {day, month, year, weekday: weekdayText ? (weekdayByName[weekdayText.toLowerCase()] ?? null) : null}
}

function readTime(groups: Groups, suffix: string): ClockTime | null {
  const noon = groups[`noon${suffix}`]
  if (noon) return {hour: noon.toLowerCase() === 'midi' ? 12 : 0, minute: 0}
  const hour = groups[`h${suffix}`] ?? groups[`hc${suffix}`]
  if (hour === undefined) return null
  return {hour: Number(hour), minute: Number(groups[`m${suffix}`] ?? groups[`mc${suffix}`] ?? 0)}
}

// What joins alternative slots: `, `, ` et `, ` ou `, `;`, `/`.
const slotJoin = /^\s*(?:,\s*(?:(?:et|ou)(?![\p{L}]))?|;|\/|(?:et|ou)(?![\p{L}]))\s*/iu
/** A day is offered in a handful of slots at most (bounded work). */
const MAX_SLOTS = 8

/**
 * The slots that follow a full time range (`de 10h à 11h, de 14h à 15h ou de
 * 16h à 17h`): each a full range joined by a comma, `et` or `ou`. Only full
 * ranges are slots: `de 10h à 12h et 14h` is not read as one.
 */
export function parseTimeSlots(first: TimeRange, after: string): TimeRange[] {
  const slots: TimeRange[] = []
  if (!first.end) return slots
  let rest = after
  let offset = 0
  while (slots.length < MAX_SLOTS) {
    const join = slotJoin.exec(rest)
    if (!join || join[0].trim() === '') break
    const next = parseTimeRange(rest.slice(join[0].length))
    if (!next || next.index !== 0 || !next.end) break
    const consumed = join[0].length + next.text.length
    slots.push({...next, index: offset + join[0].length})
    offset += consumed
    rest = rest.slice(consumed)
  }
  return slots
}

/** Find the first time or time range in `text` (SPEC §4.1). */
export function parseTimeRange(text: string): TimeRange | null {
  const match = timeRangePattern.exec(text)
  if (!match?.groups) return null
  const start = readTime(match.groups, '1')
  if (!start) return null
  const end = readTime(match.groups, '2')
  const lead = match.groups['lead']?.toLowerCase()
  const sep = match.groups['sep']?.toLowerCase()
  const typo = end !== null && (lead === 'à' || lead === 'a') && (sep === 'à' || sep === 'a')
  return {text: match[0], index: match.index, start, end, typo}
}

const hasDigit = /\d/u
// `03/11 de 16h`, `3 juillet, 9h30-17h`, `18 novembre 2021. 14h`, `5 novembre 2024 | 12h30-13h30`.
const timeGap = /^[\s,;:.|–—-]{0,4}$/u

// Each pattern with a cheap test of a word it needs, so most spans try one or two patterns.
const datePatterns = [
  ['range', rangePattern, /du|depuis/iu],
  ['pair', pairPattern, /\set\s|&/iu],
  ['range', dashPattern, /\d\s?[-–]\s?\d/u],
  ['until', untilPattern, /jusqu/iu],
  ['single', singlePattern, null],
  ['single', isoPattern, /\d{4}-\d{2}-\d{2}/u]
] as const

/**
 * Find the first date phrase in a short span, with the time range that
 * follows it. Returns `null` when the span holds no date.
 *
 * @example
 * parseDatePhrase('Le jeudi 03/11 de 16h15 à 18h15')
 * // {kind: 'single', from: {day: 3, month: 11, year: null, weekday: 4}, time: {start: {hour: 16, minute: 15}, …}}
 */
export function parseDatePhrase(text: string): DatePhrase | null {
  // Every date phrase holds a digit: skip the four patterns on text without one.
  if (!hasDigit.test(text)) return null
  let best: {kind: DatePhrase['kind']; match: RegExpExecArray} | null = null
  for (const [kind, pattern, needs] of datePatterns) {
    if (needs && !needs.test(text)) continue
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.match.index)) best = {kind, match}
  }
  if (!best?.match.groups) return null
  const {kind, match} = best
  const groups = match.groups ?? {}
  let from = readDay(groups, '1')
  const to = kind === 'single' ? null : readDay(groups, '2')
  // `Du 1er au 30 novembre`: the first day borrows the month and year of the second.
  if (from && to && from.month === null) from = {...from, month: to.month, year: from.year ?? to.year}
  else if (from && to && from.year === null && to.year !== null) from = {...from, year: to.year}
  const end = match.index + match[0].length
  const tail = text.slice(end)
  const found = parseTimeRange(tail)
  // Only a time right after the date belongs to it (`03/11 de 16h`, `3 juillet, 9h30-17h`);
  // a time further in a sentence is something else's.
  const time = found && timeGap.test(tail.slice(0, found.index)) ? found : null
  const slots = time ? parseTimeSlots(time, tail.slice(time.index + time.text.length)).map((slot) => ({...slot, index: slot.index + end + time.index + time.text.length})) : []
  return {
    kind,
    text: match[0],
    index: match.index,
    from,
    to,
    time: time ? {...time, index: time.index + end} : null,
    ...(slots.length > 0 ? {slots} : {})
  }
}
