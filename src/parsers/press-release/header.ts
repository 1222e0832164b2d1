import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {capitalize, cleanText} from '../../normalize/text.js'
import {splitRegionPrefix} from '../../normalize/regions.js'

export interface PressHeader {
  readonly title: string
  readonly organizers: string[]
  readonly region: string | null
  /** The date phrase and what follows it, for the date normalizer; `null` when undated. */
  readonly date: string | null
  /** Text after the date on the header line: the start of the description. */
  readonly trailing: string
}

// Separators between a title, its organiser and its date: ` – `, ` - `, and the
// converter's `publique- Université` (a hyphen glued to the word before).
const separator = /\s[–—-]\s|(?<=[\p{L}\p{N}.!?»)])-\s/gu
const edgeSeparators = /^[\s,.;:–—-]+|[\s,.;:–—-]+$/gu
// `organisé par la CAF de la Haute-Vienne` at the end of a bold title.
const organisedBy = /\s+organis[ée]e?s?\s+par\s+(?:l['’]|la\s+|le\s+|les\s+)?(?<who>[^,]+)$/iu
// `prochains` after `les 24 et 25 novembre`.
const trailingFiller = /^\s*(?:prochaine?s?)(?![\p{L}])/iu
/** An organiser suffix is a short name: a capital, at most this many words. */
const MAX_ORGANIZER_WORDS = 10

function isOrganizerName(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== '')
  return words.length > 0 && words.length <= MAX_ORGANIZER_WORDS && /^[\p{Lu}#«"]/u.test(text) && !/[?!]$/u.test(text)
}

/**
 * Read a press-release event header (SPEC §1, §4.5): the bold text and the
 * rest of its line. `**Bretagne : Les Causeries- Université Rennes 2** - du 23
 * novembre au 7 décembre` → title `Les Causeries`, organiser `Université
 * Rennes 2`, region `Bretagne`, date `du 23 novembre au 7 décembre`.
 */
export function readPressHeader(bold: string, rest: string): PressHeader {
  const organizers: string[] = []
  let title = cleanText(bold)
  const region = splitRegionPrefix(title)
  if (region) title = region.rest

  let date: string | null = null
  let trailing = ''
  const inRest = parseDatePhrase(rest)
  if (inRest) {
    // Between the bold and the date: separators, or an organiser (`** Etalab - 26 novembre`).
    const between = rest.slice(0, inRest.index).replace(edgeSeparators, '')
    if (between === '' || isOrganizerName(between)) {
      if (between !== '') organizers.push(between)
      date = rest.slice(inRest.index)
      trailing = rest.slice(inRest.index + inRest.text.length).replace(trailingFiller, '')
    }
  }
  if (date === null) {
    const inBold = parseDatePhrase(title)
    if (inBold) {
      date = title.slice(inBold.index)
      title = title.slice(0, inBold.index)
    }
    trailing = rest
  }

  title = title.replace(edgeSeparators, '')
  const by = organisedBy.exec(title)
  if (by?.groups?.['who']) {
    organizers.unshift(capitalize(by.groups['who'].trim()))
    title = title.slice(0, by.index)
  }
  const suffix = lastSeparator(title)
  if (suffix !== -1) {
    const candidate = title.slice(suffix).replace(edgeSeparators, '')
    if (isOrganizerName(candidate)) {
      organizers.unshift(candidate)
      title = title.slice(0, suffix)
    }
  }
  return {
    title: title.replace(edgeSeparators, '').trim(),
    organizers,
    region: region?.region ?? null,
    date,
    trailing: cleanText(trailing)
  }
}

function lastSeparator(text: string): number {
  let last = -1
  for (const match of text.matchAll(separator)) last = match.index
  return last
}
