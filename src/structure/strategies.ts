import type {Element} from 'hast'
import {parseTimeRange, type DatePhrase} from '../normalize/dates/phrase.js'
import {cleanText, splitSentences} from '../normalize/text.js'
import type {HeaderReading} from './headers.js'
import {datedPhrase, MAX_HEADER_LINE, type Line, type Unit} from './marks.js'

/** Which structure proposed a candidate. */
export type StrategyName = 'header' | 'invitation-sentence' | 'page-event' | 'heading' | 'heading-then-line' | 'list-item' | 'lead-paragraph' | 'title-block' | 'table-row' | 'definition' | 'invitation'

/** A proposed session block: the unit, the line that dates it, the title read from it. */
export interface Candidate {
  readonly strategy: StrategyName
  readonly unit: Unit
  /** The line that holds the date phrase. */
  readonly header: Line
  readonly phrase: DatePhrase
  /** The title as written; `null` when the header names none (`14 avril – présentiel`). */
  readonly title: string | null
  /** What the header says beside its date and title (`à Paris`, `(grand amphi IBGBI)`, `présentiel complet !`). */
  readonly rest: ReadonlyArray<string>
  /** The unit's lines that are neither the header nor the title. */
  readonly lines: ReadonlyArray<Line>
  /** A block read as part of the header (`### Atelier API` then `Le 12 mars de 10h à 12h`). */
  readonly consumed: Element | null
  /** The header's words are a sentence, not a title: no title is taken from the section either. */
  readonly untitled?: boolean
  /** Labels a house style's header gives beside its date (`[Quiz]`), split into tags. */
  readonly tags?: ReadonlyArray<string>
  /** Where a house style's header holds its date (its bold lead). */
  readonly dateNode?: Element
  /** What a house style's header says beyond its date and title: organizers, a region, a lead sentence, links. */
  readonly reading?: Pick<HeaderReading, 'organizers' | 'region' | 'lead' | 'links'>
}

/**
 * A strategy proposes a candidate for one unit, given the unit that follows it
 * in the flow; a paragraph may announce several (`Rendez-vous le 24 novembre …
 * Rendez-vous le 1er décembre …`).
 */
export type Strategy = (unit: Unit, next: Unit | undefined) => Candidate | ReadonlyArray<Candidate> | null

// A date opens a line when at most an article or a separator stands before
// it (`Le 26 avril à Paris`, `- 13 mai 2022 à 11h`), or a short exclamation
// (`Nouveau ! 14 avril`). Must not open: `Le département sera présent le 9 novembre`.
// Bullets and arrows that decorate a line (`► 14/03/2024`, `• 3 mai`) stand before it too.
const leadPrefix = /^[\s\-–—:|,.*()[\]►▶▸•·→>]*(?:(?:le|les|du|depuis le|dès le|jusqu'au)\s*)?$/iu
const exclamationPrefix = /^.{1,30}[!:]\s*$/u
// A title that precedes its date ends with a separator or a linking word (`Forum Biotechno 16 juin`,
// `IA Flash, le 22 octobre`, `Atelier #BlueHats du 22 octobre`).
const titleBeforeDate = /(?:[–—\-:|,(]|\s(?:le|les|du|au|des))\s*$/iu
const isoDate = /^\d{4}-\d{2}-\d{2}$/u
const sameDay = (a: DatePhrase | null, b: DatePhrase): boolean => a?.from?.day === b.from?.day && a?.from?.month === b.from?.month
const bracketLabel = /^\[[^\]]{1,24}\]$/u
/** A line that only dates (`Mercredi 02 mars 2016`) leaves at most this many letters. */
const DATE_ONLY_LETTERS = 3
/** What may follow the date of a paragraph whose title precedes it. */
const MAX_AFTER_DATE = 30
/** A paragraph whose title precedes its date is a short line. */
const MAX_SHORT_LINE = 120
/** A title line is short. */
const MAX_TITLE_LINE = 160
/** The title block's date stands on one of its first lines. */
const TITLE_BLOCK_LINES = 4

export function opensWithDate(line: Line): boolean {
  const phrase = line.phrase
  if (!phrase) return false
  const prefix = line.text.slice(0, phrase.index)
  return leadPrefix.test(prefix) || exclamationPrefix.test(prefix)
}

/** The line holds its date and, at most, a few letters (`du samedi 05 au dimanche 06 mars 2016`). */
export function isDateOnly(line: Line): boolean {
  const phrase = line.phrase
  if (!phrase) return false
  let rest = line.text.slice(0, phrase.index) + line.text.slice(phrase.index + phrase.text.length)
  if (phrase.time) rest = rest.replace(phrase.time.text, '')
  return rest.replace(/[^\p{L}]/gu, '').replace(/^(?:le|les|du)/iu, '').length <= DATE_ONLY_LETTERS
}

const usablePhrase = (phrase: DatePhrase | null | undefined): phrase is DatePhrase => phrase != null && phrase.kind !== 'until'
const usable = (line: Line | undefined): line is Line & {phrase: DatePhrase} => usablePhrase(line?.phrase)

/** `### Le 26 avril à Paris : Journée Wikimédia`, `## Atelier #BlueHats du 22 octobre : …`. */
export const headingStrategy: Strategy = (unit) => {
  const header = unit.lines[0]
  if (unit.kind !== 'heading' || !usable(header)) return null
  const read = readTitle(header.text, header.phrase)
  return {strategy: 'heading', unit, header, phrase: header.phrase, title: read.title, rest: read.rest, lines: [], consumed: null}
}

/** `### Atelier API` then a paragraph opening with `Le 12 mars 2024 de 10h à 12h` (or the date alone). */
export const headingThenLineStrategy: Strategy = (unit, next) => {
  if (unit.kind !== 'heading' || unit.lines[0]?.phrase || next?.kind !== 'paragraph' || next.flowIndex !== unit.flowIndex + 1) return null
  const header = next.lines[0]
  if (!usable(header) || !opensWithDate(header) || !(header.phrase.time || isDateOnly(header))) return null
  const read = readTitle(header.text, header.phrase)
  return {
    strategy: 'heading-then-line',
    unit,
    header,
    phrase: header.phrase,
    title: cleanText(unit.lines[0]?.text ?? '') || null,
    rest: [read.title, ...read.rest].filter((text): text is string => text !== null),
    lines: next.lines.slice(1),
    consumed: next.element
  }
}

/**
 * A dated list item or paragraph: the date opens its first line
 * (`[25 février 2022](…) : Présentation de l'EUPL`, `**Jeudi 18 novembre 2021. 14h (amphi)** : Title`),
 * or follows the title on it (`Forum Biotechno 16 Juin 2017`).
 */
export const datedLineStrategy: Strategy = (unit) => {
  if (unit.kind !== 'item' && unit.kind !== 'paragraph') return null
  const header = unit.lines[0]
  if (!usable(header)) return null
  const prefix = header.text.slice(0, header.phrase.index)
  const opens = opensWithDate(header)
  // A long line is a header only when its date opens it (`**20 octobre, de 17h à 18h** : dans le cadre …`).
  if (header.text.length > MAX_HEADER_LINE && !(opens && unit.kind === 'item')) return null
  // In a paragraph, a title before the date is a short line, not a sentence (`… faite lors du conseil du 8 avril 2022.`).
  // `GreenTech Forum 5 et 6 novembre 2024`: a date that closes a short line follows its title (SPEC §4.5).
  const closes = isDateOnly({...header, text: header.text.slice(header.phrase.index), phrase: {...header.phrase, index: 0}})
  // In a paragraph the date closes the title, or little follows it: `… du 23 et 24 mars, les curieux sont invités …` is a sentence.
  const after = header.text.length - header.phrase.index - header.phrase.text.length
  const titled =
    (titleBeforeDate.test(prefix) || closes) &&
    prefix.length <= MAX_TITLE_LINE &&
    (unit.kind === 'item' || (header.text.length <= MAX_SHORT_LINE && !/[.]$/u.test(header.text) && (closes || after <= MAX_AFTER_DATE)))
  if (!opens && !titled) return null
  // A paragraph of prose that happens to open with a date is no header: a header schedules
  // (a time), stands alone, or separates its title (`… : Title`).
  if (unit.kind === 'paragraph' && opens && !header.phrase.time && !isDateOnly(header) && !/[:|–—]/u.test(header.text)) return null
  const read = readTitle(header.text, header.phrase)
  // `[01 Oct]` then `PhD Talent Career Fair`: a date label on its own line, the title on the next.
  const [, second] = unit.lines
  if (read.title === null && bracketLabel.test(header.text) && second && !second.phrase) {
    return {strategy: unit.kind === 'item' ? 'list-item' : 'lead-paragraph', unit, header, phrase: header.phrase, title: second.text, rest: read.rest, lines: unit.lines.slice(2), consumed: null}
  }
  // A sentence is no title: the session takes its first sentence as one (SPEC §4.5, `missing-title`).
  const sentence = read.title !== null && read.title.length > MAX_TITLE_LINE
  return {
    strategy: unit.kind === 'item' ? 'list-item' : 'lead-paragraph',
    unit,
    header,
    phrase: header.phrase,
    title: sentence ? null : read.title,
    rest: read.rest,
    lines: sentence && read.title !== null ? [{...header, text: read.title, phrase: null}, ...unit.lines.slice(1)] : unit.lines.slice(1),
    consumed: null,
    ...(sentence ? {untitled: true} : {})
  }
}

/**
 * A title line, then a dated line among the next few: a card (`Title` /
 * `Réunion , CREST` / `Mercredi 02 mars 2016`), a quote (`**Title**` /
 * `par X le 2 mai 2019 à 15h au LLL`), a programme item (`**Title**<br>Lundi 29 novembre 2021 de 17h à 17h30`).
 */
export const titleBlockStrategy: Strategy = (unit) => {
  if (unit.kind === 'heading' || unit.kind === 'row' || unit.lines.length < 2) return null
  // A label line (`[13 Jun]`) before the title is no title.
  const offset = bracketLabel.test(unit.lines[0]?.text ?? '') ? 1 : 0
  const first = unit.lines[offset]
  if (!first || first.text.length > MAX_TITLE_LINE) return null
  // A dated title line still titles a card whose own date line follows (`Concert … le 6 mars 2016 à 17 h.` / `Dimanche 06 mars 2016`).
  const index = unit.lines.findIndex(
    (line, at) => at > offset && at < TITLE_BLOCK_LINES + offset && usable(line) && line.text.length <= MAX_HEADER_LINE && (first.phrase === null || isDateOnly(line))
  )
  const found = unit.lines[index]
  if (!usable(found)) return null
  // A machine date (`2017-06-13`) gives way to a written one of the same day that says more (`13 & 14 Juin 2017`).
  const header = isoDate.test(found.phrase.text) ? (unit.lines.find((line, at) => at > index && usable(line) && sameDay(line.phrase, found.phrase)) ?? found) : found
  if (!usable(header)) return null
  const read = readTitle(header.text, header.phrase)
  // The title line's own date is kept when it says more (a time).
  const titled = usable(first) ? readTitle(first.text, first.phrase).title : null
  const phrase = usable(first) && first.phrase.time ? first.phrase : header.phrase
  return {
    strategy: 'title-block',
    unit,
    header,
    phrase,
    title: titled ?? first.text,
    rest: [read.title, ...read.rest].filter((text): text is string => text !== null),
    lines: unit.lines.filter((line, at) => at !== offset && line !== header),
    consumed: null
  }
}

/** A data table's row: its date (and time) columns date it, its title column names it, its place column places it. */
export const tableRowStrategy: Strategy = (unit) => {
  const header = unit.lines[0]
  if (unit.kind !== 'row' || !unit.columns?.date || !usable(header)) return null
  const title = unit.columns.title ?? null
  return {
    strategy: 'table-row',
    unit,
    header,
    phrase: header.phrase,
    title,
    rest: unit.columns.place ? [unit.columns.place] : [],
    lines: unit.lines.slice(1).filter((line) => line.text !== title && line.text !== unit.columns?.place),
    consumed: null
  }
}

/** A definition term that dates its definitions (`<dt>12 mars 2024</dt><dd>Atelier API</dd>`), or a term titled and its definition dated. */
export const definitionStrategy: Strategy = (unit) => {
  if (unit.kind !== 'term') return null
  const [term, first] = unit.lines
  if (!usable(term)) return null
  const read = readTitle(term.text, term.phrase)
  const title = read.title ?? first?.text ?? null
  return {
    strategy: 'definition',
    unit,
    header: term,
    phrase: term.phrase,
    title,
    rest: read.rest,
    lines: unit.lines.slice(read.title === null ? 2 : 1),
    consumed: null
  }
}

/** The built-in strategies, in order: the first that proposes a candidate for a unit wins. */
export const defaultStrategies: ReadonlyArray<Strategy> = [headingStrategy, headingThenLineStrategy, tableRowStrategy, definitionStrategy, datedLineStrategy, titleBlockStrategy]

// An event announced in a sentence (SPEC §4.0, §4.5): `La soirée aura lieu le vendredi 17 mai`,
// `Cette édition se tiendra du 25 au 27 mars 2020`, `Retrouvez-nous le vendredi 14 novembre 2014`.
// Not `qui se déroulera les 30 septembre …` (a relative clause mentions another event).
const invitationCue =
  /(?<!(?:^|[^\p{L}])qui\s)(?<![\p{L}])(?:aura lieu|auront lieu|se tiendra|se tiendront|se déroulera|se dérouleront|rendez-vous|retrouvez-nous|vous invite|vous accueille|vous attend|nous avons organisé|organise|est organisée?)(?![\p{L}])/iu
/** An invitation sentence is read as far as a long sentence goes. */
const MAX_SENTENCE = 400

/**
 * The one event of a page that has no dated block: the first sentence that
 * announces it with a day (`Le 9 mai prochain se tiendra le Printemps du Libre`).
 * Run only when no other strategy found a session block.
 */
export function findInvitation(units: ReadonlyArray<Unit>): Candidate | null {
  for (const unit of units) {
    if (unit.kind !== 'paragraph') continue
    const text = cleanText(unit.lines.map((line) => line.text).join(' '))
    for (const sentence of splitSentences(text)) {
      if (sentence.length > MAX_SENTENCE || !invitationCue.test(sentence)) continue
      const phrase = datedPhrase(sentence)
      if (!usablePhrase(phrase)) continue
      // A time further in the sentence schedules it too: `nous avons organisé un webinaire de 10h30 à 12h`.
      const tail = sentence.slice(phrase.index + phrase.text.length)
      // …or a full range later in its paragraph (`Le 9 mai se tiendra … Il aura lieu de 13h à 20h`).
      const later = parseTimeRange(text.slice(text.indexOf(sentence) + sentence.length))
      const found = phrase.time ? null : (parseTimeRange(tail) ?? (later?.end ? later : null))
      const dated = found ? {...phrase, time: {...found, index: found.index + phrase.index + phrase.text.length}} : phrase
      const header: Line = {text: sentence, children: [], phrase: dated, struck: false}
      return {strategy: 'invitation', unit, header, phrase: dated, title: null, rest: readTitle(sentence, dated).rest, lines: [], consumed: null}
    }
  }
  return null
}


/** Run the strategies over the units: the first strategy that proposes for a unit wins it. */
export function proposeCandidates(units: ReadonlyArray<Unit>, strategies: ReadonlyArray<Strategy> = defaultStrategies): Candidate[] {
  const candidates: Candidate[] = []
  let consumed: Element | null = null
  units.forEach((unit, index) => {
    // The line a heading took as its date is not a session of its own.
    if (unit.element === consumed) return
    for (const strategy of strategies) {
      const proposed = strategy(unit, units[index + 1])
      if (!proposed) continue
      const found: ReadonlyArray<Candidate> = Array.isArray(proposed) ? proposed : [proposed as Candidate]
      if (found.length === 0) continue
      candidates.push(...found)
      consumed = found[found.length - 1]?.consumed ?? null
      return
    }
  })
  return candidates
}

const trailingCallToAction = /\s*\((?:d[ée]tails?|plus d['’]infos?|lien|inscriptions?)\)\s*$/iu
const trimPart = (text: string): string => cleanText(text).replace(/^[\s.,;]+|[\s.,;]+$/gu, '')

// Separators between the parts of a header: `Date | 12h30-13h30 | Salle 241 - Title`, `Date : Title`.
// \u0001 stands for a comma next to the date, which separates it too.
const separator = /(\s+[:|–—-]\s+|\s*[|\u0001]\s*|\s:\s)/u
// The words that introduced or qualified the date (`Rendez-vous le 9 novembre pour …` → `Rendez-vous pour …`,
// `le 14 novembre prochain`), and only those: `Le Forum en ligne du 29 novembre` keeps its article.
const aroundDate = /(?:^|\s)(?:le|la|les|du|de|au|des|dès|dès le|à partir du|à partir de)\s*(?=\u0000)|(?<=\u0000)\s*prochaine?s?(?![\p{L}])/giu
// A part that says where or how, not what: `à Paris`, `(grand amphi IBGBI)`, `Salle 241`, `en ligne`.
const placePart = /^(?:(?:à|au|aux|en|sur|chez)\s|\(|salle\s|amphi|auditorium)/iu
const weakWords =
  /(?<![\p{L}])(?:en\s+)?(?:pr[ée]sentiel|visio(?:conf[ée]rence)?|distanciel|en ligne|hybride|complet|compl[èe]te|annul[ée]e?|report[ée]e?|nouveau|nouvelle session|prochaine?s?|matin(?:ée)?|après-midi|soir(?:ée)?)(?![\p{L}])/giu

/** A part with no words of its own once attendance, status and badges are out. */
export function isWeakPart(text: string): boolean {
  return text.replace(weakWords, '').replace(/[^\p{L}]/gu, '').length === 0
}

/**
 * The title left in a header once its date and time are out (SPEC §4.5): a
 * part that only placed or dated it goes to `rest`.
 *
 * @example
 * readTitle('Le 26 avril à Paris : Journée Wikimédia', phrase) // {title: 'Journée Wikimédia', rest: ['à Paris']}
 */
export function readTitle(text: string, phrase: DatePhrase): {title: string | null; rest: string[]} {
  const end = phrase.index + phrase.text.length
  let undated = `${text.slice(0, phrase.index)}\u0000${text.slice(end)}`
  if (phrase.time) {
    // The time and the slots after it (`de 10h à 11h, de 14h à 15h ou de 16h à 17h`) go as one.
    const last = phrase.slots?.at(-1)
    const chain = last && last.index > phrase.time.index ? text.slice(phrase.time.index, last.index + last.text.length) : phrase.time.text
    undated = undated.replace(undated.includes(chain) ? chain : phrase.time.text, '\u0000')
  }
  // A comma next to the date separates it too: `IA Flash, le 22 octobre à 12h30, à la DINSIC`.
  undated = undated.replace(aroundDate, ' ').replace(/,\s*(?=\u0000)/gu, ' \u0001 ').replace(/(?<=\u0000)\s*,/gu, ' \u0001')
  // Separators are kept (a capturing split) so the title keeps the ones it had: `Webinaire – Découvrir API`.
  const pieces = undated.split(separator)
  const parts = pieces.filter((_, index) => index % 2 === 0)
  const kept: string[] = []
  const rest: string[] = []
  parts.forEach((part, index) => {
    const sep = index === 0 ? '' : cleanText(pieces[index * 2 - 1] ?? '').replace('\u0001', ',')
    const keep = (words: string): void => {
      kept.push(kept.length === 0 ? words : `${sep === ':' ? ' :' : sep === ',' ? ',' : ` ${sep}`} ${words}`)
    }
    const hadDate = part.includes('\u0000')
    const words = trimPart(part.replaceAll('\u0000', ' '))
    if (words === '') return
    if (hadDate) {
      // `Le Forum en ligne du 29 novembre au 15 décembre 2021 en ligne`: the place after the date goes.
      const head = trimPart(part.slice(0, part.indexOf('\u0000')))
      const tail = trimPart(part.slice(part.lastIndexOf('\u0000') + 1))
      if (head !== '' && tail !== '' && (placePart.test(tail) || isWeakPart(tail))) {
        keep(head)
        rest.push(tail)
        return
      }
    }
    if (placePart.test(words) || isWeakPart(words)) rest.push(words)
    else keep(words)
  })
  // A trailing call to action is no part of the title: `Atelier avec le MediaLab (détails)`.
  const title = cleanText(kept.join('').replace(trailingCallToAction, '').replace(/^[\s:,.;–—-]+|[\s:,;–—-]+$/gu, ''))
  return {title: title.length > 1 ? title : null, rest}
}
