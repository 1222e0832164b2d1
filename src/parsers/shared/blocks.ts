import type {Element, Root} from 'hast'
import type {DraftLink, TextSpan} from '../../types.js'
import {elementChildren, hasClass, headingTags, isElement, isLinkParagraph, linksIn, textOf} from './hast.js'

export interface Block {
  readonly header: Element
  /** Siblings after the header, up to the next header or heading. */
  readonly body: Element[]
  /** Text of the heading that introduces the block, if any. */
  readonly heading: string | null
}

/**
 * Split a flow of blocks into session blocks: each header and the siblings
 * after it, up to the next header, heading or `<hr>`. One pass.
 */
export function splitBlocks(parent: Root | Element, isHeader: (element: Element) => boolean): Block[] {
  const blocks: Array<{header: Element; body: Element[]; heading: string | null}> = []
  let current: {header: Element; body: Element[]; heading: string | null} | null = null
  let heading: string | null = null
  for (const element of elementChildren(parent)) {
    if (isHeader(element)) {
      current = {header: element, body: [], heading}
      blocks.push(current)
    } else if (isElement(element, ...headingTags, 'hr')) {
      if (element.tagName !== 'hr') heading = textOf(element)
      current = null
    } else if (current) {
      current.body.push(element)
    }
  }
  return blocks
}

export interface BlockBody {
  readonly description: TextSpan[]
  readonly details: TextSpan[]
  readonly links: DraftLink[]
}

/**
 * Read a session body: prose paragraphs (their links are references),
 * bullet lists of practical details, and calls to action (a
 * `lien-important` block, a paragraph of links, links in a details list).
 */
export function readBlockBody(body: ReadonlyArray<Element>): BlockBody {
  const description: TextSpan[] = []
  const details: TextSpan[] = []
  const links: DraftLink[] = []
  for (const element of body) {
    if (isElement(element, 'ul', 'ol')) {
      for (const item of elementChildren(element)) {
        if (!isElement(item, 'li')) continue
        details.push({text: textOf(item), node: item})
        links.push(...linksIn(item, 'call-to-action'))
      }
    } else if (hasClass(element, 'lien-important') || isLinkParagraph(element)) {
      links.push(...linksIn(element, 'call-to-action'))
    } else if (isElement(element, 'br')) {
      continue
    } else {
      const text = textOf(element)
      if (text !== '') description.push({text, node: element})
      links.push(...linksIn(element, 'reference'))
    }
  }
  return {description, details, links}
}
