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
  const bold = headerBold(element)
  if (!bold) return false
  const phrase = parseDatePhrase(textOf(bold))
  // The date opens the bold text (`Le jeudi 03/11`, `Du 02/11 au 30/11`).
  return phrase !== null && phrase.index <= 3
}

/**
 * The shape of a header whatever its date: `<p><b>…</b> <i>Title</i></p>`
 * with an unbracketed `<b>`. Such a block without a readable date is reported.
 */
export function isHtmlAgendaHeaderShape(element: Element): boolean {
  const bold = headerBold(element)
  return bold !== null && significantChildren(element).some((child) => isElement(child, 'i', 'em'))
}

function headerBold(element: Element): Element | null {
  if (!isElement(element, 'p', 'div')) return null
  const first = significantChildren(element)[0]
  if (!isElement(first, 'b') || textOf(first).startsWith('[')) return null
  return first
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
