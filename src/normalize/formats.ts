import type {Format} from '../schema/session.js'

// Keyword → format (SPEC §4.3), as data. One regex is built from the whole
// list (a group per format) so a span is scanned once, linearly.
const formatKeywords: ReadonlyArray<readonly [string, Format]> = [
  ['ateliers?', 'workshop'],
  ['webinaires?|webinars?', 'webinar'],
  ['tables?[ -]rondes?', 'roundtable'],
  ['e-conf[ée]rences?|conf[ée]rences?|pl[ée]ni[èe]res?', 'conference'],
  ['formations?', 'training'],
  ['meet-?ups?', 'meetup'],
  ['quiz', 'quiz'],
  ['d[ée]mos?|d[ée]monstrations?', 'demo'],
  ["retex|retours? d['’]exp[ée]riences?|t[ée]moignages?", 'experience-sharing'],
  ['portes[ -]ouvertes', 'open-day'],
  ['appels? à id[ée]es', 'call-for-ideas'],
  ['appels? à projets', 'call-for-projects'],
  ['pr[ée]sentations?|restitutions?', 'presentation'],
  ['hackathons?', 'hackathon'],
  ['cliniques?', 'clinic'],
  ["r[ée]unions? d['’]information", 'information-session'],
  ['forums?', 'forum']
]
const formatPattern = new RegExp(
  `(?<![\\p{L}])(?:${formatKeywords.map(([source], index) => `(?<f${index}>${source})`).join('|')})(?![\\p{L}])`,
  'gu'
)

/**
 * The formats a span names, in order of appearance, without repeats.
 *
 * @example
 * findFormats('Conférence et Ateliers') // ['conference', 'workshop']
 */
export function findFormats(text: string): Format[] {
  return matchFormats(text, formatPattern)
}

function matchFormats(text: string, pattern: RegExp): Format[] {
  const found = new Set<Format>()
  // Lower-cased once, so the pattern needs no case-insensitive matching.
  for (const match of String(text).toLowerCase().matchAll(pattern)) {
    const groups = match.groups ?? {}
    const index = formatKeywords.findIndex((_, keyword) => groups[`f${keyword}`] !== undefined)
    const format = formatKeywords[index]?.[1]
    if (format) found.add(format)
  }
  return [...found]
}

// In prose a format word must be introduced by a determiner (SPEC §4.3:
// `Ce webinaire…`, `cette e-conférence`, `des ateliers`, `#Webinaire`): `du nouvel
// atelier numérique` names a team, not a session format.
const determiner = "(?:(?<![\\p{L}])(?:ce|cet|cette|ces|un|une|des|du|de|le|la|les|au|aux|nos|notre|vos|votre|leurs?)\\s+|(?<![\\p{L}])[ld]['’]|#)"
const proseFormatPattern = new RegExp(
  `${determiner}(?:${formatKeywords.map(([source], index) => `(?<f${index}>${source})`).join('|')})(?![\\p{L}])`,
  'gu'
)

/**
 * The formats a description names with a determiner, in order, without repeats.
 *
 * @example
 * findProseFormats('Des témoignages seront proposés pendant cette e-conférence.') // ['experience-sharing', 'conference']
 */
export function findProseFormats(text: string): Format[] {
  return matchFormats(text, proseFormatPattern)
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
