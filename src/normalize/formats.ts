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

// Every keyword above holds one of these stems: a text without any names no format,
// and most description lines are skipped after this one cheap test.
const formatStems = /atelier|webina|table|conf[ée]r|pl[ée]ni|formation|meet|quiz|d[ée]mo|retex|retour|t[ée]moign|porte|appel|pr[ée]sentation|restitution|hackathon|clinique|r[ée]union|forum/i

/**
 * The formats a span names, in order of appearance, without repeats.
 *
 * @example
 * findFormats('Conférence et Ateliers') // ['conference', 'workshop']
 */
export function findFormats(text: string): Format[] {
  return [...new Set(matchFormats(text, formatPattern).map(([, format]) => format))]
}

/** Every format keyword match as `[offset, format]`. */
function matchFormats(text: string, pattern: RegExp): Array<[number, Format]> {
  const found: Array<[number, Format]> = []
  if (!formatStems.test(text)) return found
  // Lower-cased once, so the pattern needs no case-insensitive matching.
  for (const match of String(text).toLowerCase().matchAll(pattern)) {
    const groups = match.groups ?? {}
    const keyword = formatKeywords.findIndex((_, index) => groups[`f${index}`] !== undefined)
    const format = formatKeywords[keyword]?.[1]
    if (format) found.push([match.index, format])
  }
  return found
}

// In prose a format word counts when a determiner introduces it (SPEC §4.3:
// `Ce webinaire…`, `cette e-conférence`, `des ateliers`, `d'ateliers`,
// `#Webinaire`), when it opens a line or list item (`14h00 - 15h00 : Table
// ronde …`, `Présentation des solutions …`), or anywhere in a short line
// (`lightning talks et démonstrations`). `… du nouvel atelier numérique …` in
// a sentence names a team, not a session format.
const determiner = "(?:(?<![\\p{L}])(?:ce|cet|cette|ces|un|une|des|du|de|le|la|les|au|aux|nos|notre|vos|votre|leurs?)\\s+|(?<![\\p{L}])[ld]['’]|#)"
const proseFormatPattern = new RegExp(
  `${determiner}(?:${formatKeywords.map(([source], index) => `(?<f${index}>${source})`).join('|')})(?![\\p{L}])`,
  'gu'
)
// `14h00 - 15h00 : `, `10h - 10h45: `, `15h - `, `16h00 : `, `[10h15 - 12h] ` before a programme item.
const timeSlot = /^\s*(?:\[?\d{1,2}\s?h(?:\s?\d{2})?(?:\s*[-–—à]\s*\d{1,2}\s?h(?:\s?\d{2})?)?\]?\s*:?\s*[-–—]?\s*)?/u
/** A line this short is a label (a programme item), where a bare format word counts. */
const SHORT_LINE_WORDS = 6

/**
 * The formats a description names, in order of appearance, without repeats.
 *
 * @example
 * findProseFormats('Des témoignages seront proposés pendant cette e-conférence.') // ['experience-sharing', 'conference']
 */
export function findProseFormats(text: string): Format[] {
  if (!formatStems.test(text)) return []
  const other = namesSomethingElse(text)
  const found = matchFormats(text, proseFormatPattern).filter(([index]) => !other(index))
  let offset = 0
  for (const line of text.split('\n')) {
    const lead = timeSlot.exec(line)?.[0].length ?? 0
    const label = line.slice(lead)
    const short = label.split(/\s+/u).filter((word) => word !== '').length <= SHORT_LINE_WORDS
    for (const [index, format] of matchFormats(label, formatPattern)) {
      if (short || index === 0) found.push([offset + lead + index, format])
    }
    offset += line.length + 1
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, format]) => format))]
}

// SPEC §4.3: a format word that names something else — `le domaine de la formation`, a prerequisite
// (`ayant suivi la formation …`), `l'espace de conférence` — is no format. The keyword's offset is kept.
const somethingElse = /(?:(?:domaine|secteur|monde) de (?:la |l['’])?|suivi (?:la |une |l['’])?)(?<training>formations?)|(?:espace|salle|centre) de (?:la )?(?<conference>conf[ée]rences?)/gu
/** A determiner stands at most this far before its keyword. */
const DETERMINER_SPAN = 12

function namesSomethingElse(text: string): (index: number) => boolean {
  const offsets: number[] = []
  for (const match of text.toLowerCase().matchAll(somethingElse)) {
    const keyword = match.groups?.['training'] ?? match.groups?.['conference'] ?? ''
    offsets.push(match.index + match[0].length - keyword.length)
  }
  return (index) => offsets.some((offset) => offset >= index && offset - index <= DETERMINER_SPAN)
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
