import type {Element} from 'hast'
import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import type {ParsedDocument} from '../../types.js'
import {elementChildren, isElement, significantChildren, textOf} from '../shared/hast.js'

/**
 * The header of the HTML-block agenda style: a paragraph whose first child
 * is `<b>` starting with a date phrase, not a bracket
 * (`<p><b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i></p>`).
 */
export function isHtmlAgendaHeader(element: Element): boolean {
  let header = headerCache.get(element)
  if (header === undefined) {
    const bold = headerBold(element)
    // The date opens the bold text (`Le jeudi 03/11`, `Du 02/11 au 30/11`).
    const phrase = bold ? parseDatePhrase(bold.text.slice(0, HEADER_LEAD)) : null
    header = phrase !== null && phrase.index <= 3
    headerCache.set(element, header)
  }
  return header
}

// detect() and parse() ask the same question of the same elements; a weak
// map answers the second time without holding on to the tree.
const headerCache = new WeakMap<Element, boolean>()
// A date that opens a header is within its first characters.
const HEADER_LEAD = 80

/**
 * The shape of a header whatever its date: `<p><b>…</b> <i>Title</i></p>`
 * with an unbracketed `<b>`. Such a block without a readable date is reported.
 */
export function isHtmlAgendaHeaderShape(element: Element): boolean {
  const bold = headerBold(element)
  return bold !== null && significantChildren(element).some((child) => isElement(child, 'i', 'em'))
}

function headerBold(element: Element): {element: Element; text: string} | null {
  if (!isElement(element, 'p', 'div')) return null
  const first = significantChildren(element)[0]
  if (!isElement(first, 'b')) return null
  const text = textOf(first)
  return text.startsWith('[') ? null : {element: first, text}
}

/**
 * Detection cues: the number of top-level HTML-block headers. Two or more
 * make an agenda; one is a weak signal.
 */
export function scoreHtmlAgenda(doc: ParsedDocument): number {
  let headers = 0
  for (const element of elementChildren(doc.hast)) {
    if (isHtmlAgendaHeader(element)) headers++
  }
  return headers >= 2 ? 0.9 : headers === 1 ? 0.5 : 0
}
