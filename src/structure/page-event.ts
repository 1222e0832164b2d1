import {phraseOfMoments} from '../facts/structured-data.js'
import type {EventFields} from '../facts/event-fields.js'
import type {DatePhrase, WrittenDay} from '../normalize/dates/phrase.js'
import {splitSentences} from '../normalize/text.js'
import {datedPhrase, type Line, type Unit} from './marks.js'
import type {Candidate} from './strategies.js'

const sameDay = (a: WrittenDay | null | undefined, b: WrittenDay | null | undefined): boolean =>
  a == null || b == null ? a == null && b == null : a.day === b.day && a.month === b.month && (a.year === null || b.year === null || a.year === b.year)

/**
 * A block dates the page's event when it starts the same day and, if both
 * give one, at the same time; when one gives a time and the other does not,
 * it must also end the same day (a forum's talk on its first day is not the forum).
 */
function covers(candidate: Candidate, phrase: DatePhrase): boolean {
  const own = candidate.phrase
  if (!sameDay(own.from, phrase.from)) return false
  const [a, b] = [own.time?.start, phrase.time?.start]
  if (a && b) return a.hour === b.hour && a.minute === b.minute && sameDay(own.to, phrase.to)
  return (!a && !b) || sameDay(own.to, phrase.to)
}

/**
 * The event a page's front matter states (`type: event` with its `date`,
 * `startDate`, a `dateLabel` written for people) beside the sessions its body
 * lists (a forum's page and the talks it lists): a session of its own when no
 * block already dates it. Its date is the label's when it reads as one (it
 * gives the hours), else the typed dates; it stands at the first paragraph
 * that names its day, else the first paragraph. Titled by the page.
 */
export function findPageEvent(fields: EventFields, units: ReadonlyArray<Unit>, candidates: ReadonlyArray<Candidate>): Candidate | null {
  const label = fields.label ? datedPhrase(fields.label) : null
  const phrase = label && label.kind !== 'until' ? label : fields.start ? phraseOfMoments(fields.start, fields.end) : null
  if (!phrase?.from || candidates.some((candidate) => covers(candidate, phrase))) return null
  let unit: Unit | undefined
  let text = fields.label ?? phrase.text
  for (const paragraph of units) {
    if (paragraph.kind !== 'paragraph') continue
    unit ??= paragraph
    const sentence = splitSentences(paragraph.lines.map((line) => line.text).join(' ')).find((part) => sameDay(datedPhrase(part)?.from, phrase.from))
    if (sentence) {
      unit = paragraph
      text = sentence
      break
    }
  }
  if (!unit || candidates.some((candidate) => candidate.unit === unit)) return null
  const header: Line = {text, children: [], phrase, struck: false}
  return {strategy: 'page-event', unit, header, phrase, title: null, rest: [], lines: [], consumed: null}
}
