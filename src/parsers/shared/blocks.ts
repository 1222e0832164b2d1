import type {Element, ElementContent, Root} from 'hast'
import {visit} from 'unist-util-visit'
import type {DraftLink, TextSpan} from '../../types.js'
import {elementChildren, hasClass, headingTags, isElement, linksIn, textOf} from './hast.js'

export interface Block {
  readonly header: Element
  /** Siblings after the header, up to the next header, heading, `<hr>` or `<br>`. */
  readonly body: Element[]
  /** Text of the heading that introduces the block, if any. */
  readonly heading: string | null
}

/**
 * Split a flow of blocks into session blocks: each header and the siblings
 * after it, up to the next header, heading, `<hr>`, or a `<br>` standing
 * between blocks (mip-2020 separates sessions with `<br>`). One pass.
 */
export function splitBlocks(parent: Root | Element, isHeader: (element: Element) => boolean): Block[] {
  const blocks: Block[] = []
  let current: Block | null = null
  let heading: string | null = null
  for (const element of elementChildren(parent)) {
    if (isHeader(element)) {
      current = {header: element, body: [], heading}
      blocks.push(current)
    } else if (isElement(element, ...headingTags, 'hr', 'br')) {
      if (isElement(element, ...headingTags)) heading = textOf(element)
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
 * Read a session body: prose (its links are references), bullet lists of
 * practical details, and calls to action — a `lien-important` block, links
 * in a details list, and any line of a paragraph that holds only links
 * (`[Plus d'informations](…) et [inscriptions](…).`) or a short lead and a
 * link (`Inscrivez-vous ici : https://…`) (SPEC §4.4).
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
    } else if (hasClass(element, 'lien-important')) {
      links.push(...linksIn(element, 'call-to-action'))
    } else if (isElement(element, 'p')) {
      readParagraph(element, description, links)
    } else {
      const text = textOf(element)
      if (text !== '') description.push({text, node: element})
      links.push(...linksIn(element, 'reference'))
    }
  }
  return {description, details, links}
}

/** A call-to-action lead is short and ends with a colon: `Inscrivez-vous ici :`. */
const MAX_LEAD = 60
const leadEnd = /:\s*$/u
// What may stand between links on a link line: punctuation and `et`.
const linkLineFiller = /^(?:[\s:,.;!–-]|et(?![\p{L}]))*$/u

function readParagraph(paragraph: Element, description: TextSpan[], links: DraftLink[]): void {
  const prose: ElementContent[] = []
  for (const line of splitLines(paragraph)) {
    const lineElement: Element = {type: 'element', tagName: 'span', properties: {}, children: line}
    const outside = textOutsideLinks(line)
    const lineLinks = linksIn(lineElement, 'call-to-action')
    const isCallToAction =
      lineLinks.length > 0 &&
      (linkLineFiller.test(outside) || (lineLinks.length === 1 && outside.length <= MAX_LEAD && leadEnd.test(outside)))
    if (isCallToAction) {
      links.push(...lineLinks)
    } else {
      if (prose.length > 0) prose.push({type: 'text', value: '\n'})
      prose.push(...line)
      links.push(...lineLinks.map((link): DraftLink => ({...link, role: 'reference'})))
    }
  }
  const text = textOf({type: 'element', tagName: 'p', properties: {}, children: prose})
  if (text !== '') description.push({text, node: paragraph})
}

/** The lines of a paragraph: split at `<br>` and at line breaks inside its text. */
export function splitLines(paragraph: Element): ElementContent[][] {
  const lines: ElementContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type === 'element' && child.tagName === 'br') {
      lines.push([])
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part !== '') lines.at(-1)?.push({type: 'text', value: part})
      })
    } else {
      lines.at(-1)?.push(child)
    }
  }
  return lines.filter((line) => line.length > 0)
}

export function textOutsideLinks(line: ReadonlyArray<ElementContent>): string {
  let text = ''
  for (const child of line) {
    visit(child, (node) => {
      if (node.type === 'element' && node.tagName === 'a') return 'skip'
      if (node.type === 'text') text += node.value
      return undefined
    })
  }
  return text.trim()
}
