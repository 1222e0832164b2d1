import type {Format} from '../schema/session.js'

// Keyword → format (SPEC §4.3). Each pattern runs on a short span (a tag, a
// title, a description) and is linear: literal alternations, no nesting.
const W = '(?<![\\p{L}])'
const E = '(?![\\p{L}])'
const formatPatterns: ReadonlyArray<readonly [RegExp, Format]> = [
  [new RegExp(`${W}ateliers?${E}`, 'iu'), 'workshop'],
  [new RegExp(`${W}(?:webinaires?|webinars?)${E}`, 'iu'), 'webinar'],
  [new RegExp(`${W}tables?[ -]rondes?${E}`, 'iu'), 'roundtable'],
  [new RegExp(`${W}(?:e-conf[ée]rences?|conf[ée]rences?|pl[ée]ni[èe]res?)${E}`, 'iu'), 'conference'],
  [new RegExp(`${W}formations?${E}`, 'iu'), 'training'],
  [new RegExp(`${W}meet-?ups?${E}`, 'iu'), 'meetup'],
  [new RegExp(`${W}quiz${E}`, 'iu'), 'quiz'],
  [new RegExp(`${W}(?:d[ée]mos?|d[ée]monstrations?)${E}`, 'iu'), 'demo'],
  [new RegExp(`${W}(?:retex|retours? d['’]exp[ée]riences?|t[ée]moignages?)${E}`, 'iu'), 'experience-sharing'],
  [new RegExp(`${W}portes[ -]ouvertes${E}`, 'iu'), 'open-day'],
  [new RegExp(`${W}appels? à id[ée]es${E}`, 'iu'), 'call-for-ideas'],
  [new RegExp(`${W}appels? à projets${E}`, 'iu'), 'call-for-projects'],
  [new RegExp(`${W}(?:pr[ée]sentations?|restitutions?)${E}`, 'iu'), 'presentation'],
  [new RegExp(`${W}hackathons?${E}`, 'iu'), 'hackathon'],
  [new RegExp(`${W}cliniques?${E}`, 'iu'), 'clinic'],
  [new RegExp(`${W}r[ée]unions? d['’]information${E}`, 'iu'), 'information-session'],
  [new RegExp(`${W}forums?${E}`, 'iu'), 'forum']
]

/**
 * The formats a span names, in order of appearance, without repeats.
 *
 * @example
 * findFormats('Conférence et Ateliers') // ['conference', 'workshop']
 */
export function findFormats(text: string): Format[] {
  const found: Array<readonly [number, Format]> = []
  for (const [pattern, format] of formatPatterns) {
    const match = pattern.exec(text)
    if (match) found.push([match.index, format])
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, format]) => format)
}

/** Formats of a list of spans (tags), in order, without repeats. */
export function findFormatsIn(texts: ReadonlyArray<string>): Format[] {
  return [...new Set(texts.flatMap((text) => findFormats(text)))]
}

// `[Table ronde, Démo, Retex]` → three; `[Atelier participatif – Clinique]` → two;
// `[Conférence et Ateliers]` → two. A hyphen inside a word (`e-conférence`) does not split.
const tagSeparator = /\s*,\s*|\s+et\s+|\s+[–—-]\s+|\s*\/\s*/u

/** Split a bracketed label into tags (SPEC §4.3). */
export function splitTag(label: string): string[] {
  return label
    .split(tagSeparator)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)
}
