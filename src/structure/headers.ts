import type {Element} from 'hast'
import {parseDatePhrase, type DatePhrase} from '../normalize/dates/phrase.js'
import {isElement, significantChildren, textOf} from '../core/hast.js'
import {labelsToTags, readHeaderLabel} from './label.js'
import type {DraftLink} from '../types.js'
import type {Unit} from './marks.js'

/** What a house style's header says: its date phrase, its title and its labels. */
export interface HeaderReading {
  /** The element that holds the date (diagnostics point at it). */
  readonly dateNode: Element
  /** The date phrase as written; `null` when the header has the style's shape but no date can be read. */
  readonly date: string | null
  readonly phrase: DatePhrase | null
  readonly title: string | null
  /** Labels beside the date (`[Quiz]`, `[Table ronde, Démo]` → two), split into tags. */
  readonly tags: ReadonlyArray<string>
  /** How many of the unit's lines the header takes (default: all); the others are the session's body. */
  readonly lines?: number
  /** Organizers the header names (`**Title – Ministère des Armées**`). */
  readonly organizers?: ReadonlyArray<string>
  /** A region label (`**Bretagne : Title**`), kept as written. */
  readonly region?: string | null
  /** A sentence after the date on the header line (`24 novembre Ce webinaire, organisé par …`): the description's start. */
  readonly lead?: string
  /** Links on the header line, outside its title (`… - 24 et 25 novembre . infos pratiques [ici](…)`). */
  readonly links?: ReadonlyArray<DraftLink>
}

/**
 * A house style's session header: given a unit, what its header says, or
 * `null` when the unit is no header of the style. A reading without a date
 * is reported as `missing-date`, and the unit stays part of the session
 * before it.
 */
export type HeaderRule = (unit: Unit) => HeaderReading | null

export interface BoldLeadOptions {
  /** The bold elements that open a header (`b` for raw HTML, `strong` for Markdown `**`). */
  readonly bold: ReadonlyArray<'b' | 'strong'>
  /** Where the date stands: the text before the first bracket (`lead`), or the first bracketed label (`first-label`). */
  readonly date: 'lead' | 'first-label'
}

/** A date that opens a header stands after at most an article (`Le `, `Du `). */
const DATE_OFFSET = 3
// `[Baromètre Numérique de l’Agent] Environnement numérique …`: a bracket that
// opens the title is a topic label, not title text (SPEC §1, mip-2021).
const leadingLabel = /^\[(?<label>[^[\]]+)\]\s*/u

/**
 * The header of the agenda house styles (docs/decisions/0006-agenda-styles.md):
 * a paragraph that opens with a bold date and labels, then an italic title —
 * `<b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i>` (`date: 'lead'`),
 * `<b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>[Topic] Title</i>` and
 * `**[Le 09/11 de 14h à 15h15] [Webinaire]**` (`date: 'first-label'`).
 * A bold date opening a sentence (`<b>Le 03/11</b> fut une belle journée`) is prose.
 *
 * @example
 * createReader({name: 'my-agenda', headers: [boldLead({bold: ['b'], date: 'lead'})], strategies: []})
 */
export function boldLead(options: BoldLeadOptions): HeaderRule {
  const bracketed = options.date === 'first-label'
  return (unit) => {
    if (unit.kind !== 'paragraph' || !isElement(unit.element, 'p', 'div')) return null
    const children = significantChildren(unit.element)
    const bold = children[0]
    if (!isElement(bold, ...options.bold)) return null
    const text = textOf(bold)
    if (text.startsWith('[') !== bracketed) return null
    const {lead, labels} = readHeaderLabel(text)
    const labelsAfterDate = bracketed ? labels.slice(1) : labels
    const italic = children.find((child): child is Element => isElement(child, 'i', 'em'))
    // A header carries labels or a title after the bold.
    if (labelsAfterDate.length === 0 && !italic) return null
    const candidate = bracketed ? (labels[0] ?? '') : lead
    // The date opens the header (within its first characters); the phrase is parsed once, whole.
    const phrase = parseDatePhrase(candidate)
    const dated = phrase !== null && phrase.index <= DATE_OFFSET
    const tagLabels = dated ? [...labelsAfterDate] : [...labels]
    let title = italic ? textOf(italic) : ''
    const leading = leadingLabel.exec(title)
    if (leading?.groups?.['label']) {
      tagLabels.push(leading.groups['label'].trim())
      title = title.slice(leading[0].length)
    }
    return {
      dateNode: bold,
      date: dated ? candidate : null,
      phrase: dated ? phrase : null,
      title: title.trim() === '' ? null : title,
      tags: labelsToTags(tagLabels)
    }
  }
}
