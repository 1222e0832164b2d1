import type {Element} from 'hast'
import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {cleanText} from '../../normalize/text.js'
import type {DraftSession, ParseContext, ParsedDocument, TextSpan} from '../../types.js'
import {readBlockBody, splitBlocks, type Block} from './blocks.js'
import {elementChildren, isElement, significantChildren, textOf} from './hast.js'
import {labelsToTags, readHeaderLabel} from './label.js'

/**
 * The three agenda house styles differ only in their session header:
 * - html-agenda: `<b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i>`
 * - bracket-agenda: `<b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>[Topic] Title</i>`
 * - markdown-agenda: `**[Le 09/11 de 14h à 15h15] [Webinaire] [EIG]**` then `*Title*`
 * (docs/decisions/0006-agenda-styles.md).
 */
export interface AgendaStyle {
  /** The bold elements that open a header (`b` for raw HTML, `strong` for Markdown `**`). */
  readonly bold: ReadonlyArray<'b' | 'strong'>
  /** Whether the date is the first bracketed label, or the text before the first bracket. */
  readonly bracketedDate: boolean
}

interface Header {
  readonly bold: Element
  /** The date phrase, `null` when the header has the style's shape but no readable date. */
  readonly date: string | null
  readonly labels: string[]
}

/** A date that opens a header is within its first characters (`Le `, `Du `). */
const HEADER_LEAD = 80
const DATE_OFFSET = 3

/** The detection score from the number of headers: two or more make an agenda. */
function scoreHeaders(count: number): number {
  return count >= 2 ? 0.9 : count === 1 ? 0.5 : 0
}

/** Build the `detect` and `parse` of one agenda style; they share one header reading per element. */
export function createAgendaParser(style: AgendaStyle): {
  detect: (doc: ParsedDocument) => number
  parse: (doc: ParsedDocument, ctx: ParseContext) => DraftSession[]
} {
  // detect() and parse() ask the same question of the same elements; a weak
  // map answers the second time without holding on to the tree.
  const headers = new WeakMap<Element, Header | null>()
  const readHeader = (element: Element): Header | null => {
    let header = headers.get(element)
    if (header === undefined) {
      header = readStyleHeader(element, style)
      headers.set(element, header)
    }
    return header
  }

  return {
    detect(doc) {
      let count = 0
      for (const element of elementChildren(doc.hast)) if (readHeader(element)?.date) count++
      return scoreHeaders(count)
    },
    parse(doc, ctx) {
      const blocks = splitBlocks(doc.hast, (element) => {
        const header = readHeader(element)
        if (header && header.date === null) {
          // Shaped like a session header, but no date we can read: say so.
          ctx.report('missing-date', element, {header: cleanText(textOf(element))})
        }
        return Boolean(header?.date)
      })
      return blocks.map((block) => readSession(block, readHeader(block.header) as Header))
    }
  }
}

function readStyleHeader(element: Element, style: AgendaStyle): Header | null {
  if (!isElement(element, 'p', 'div')) return null
  const children = significantChildren(element)
  const bold = children[0]
  if (!isElement(bold, ...style.bold)) return null
  const text = textOf(bold)
  if (text.startsWith('[') !== style.bracketedDate) return null
  const {lead, labels} = readHeaderLabel(text)
  // A header carries labels or a title after the bold; a bold date opening a
  // sentence (`<b>Le 03/11</b> fut une belle journée`) is prose.
  const labelsAfterDate = style.bracketedDate ? labels.slice(1) : labels
  const hasTitle = children.some((child) => isElement(child, 'i', 'em'))
  if (labelsAfterDate.length === 0 && !hasTitle) return null
  const candidate = style.bracketedDate ? (labels[0] ?? '') : lead
  const phrase = parseDatePhrase(candidate.slice(0, HEADER_LEAD))
  const date = phrase && phrase.index <= DATE_OFFSET ? candidate : null
  return {bold, date, labels: date === null ? labels : labelsAfterDate}
}

// `[Baromètre Numérique de l’Agent] Environnement numérique …`: a bracket that
// opens the title is a topic label, not title text (SPEC §1, mip-2021).
const leadingLabel = /^\[(?<label>[^[\]]+)\]\s*/u

function readSession(block: Block, header: Header): DraftSession {
  const body = readBlockBody(block.body)
  const italic = significantChildren(block.header).find((child): child is Element => isElement(child, 'i', 'em'))
  let title = italic ? textOf(italic) : ''
  const labels = [...header.labels]
  const leading = leadingLabel.exec(title)
  if (leading?.groups?.['label']) {
    labels.push(leading.groups['label'].trim())
    title = title.slice(leading[0].length)
  }
  const titleSpan: TextSpan | null = title.trim() === '' ? null : {text: title, node: italic ?? null}
  return {
    node: block.header,
    date: {text: header.date ?? '', node: header.bold},
    title: titleSpan,
    tags: labelsToTags(labels),
    description: body.description,
    details: body.details,
    links: body.links,
    ...(block.heading ? {contextText: block.heading} : {})
  }
}
