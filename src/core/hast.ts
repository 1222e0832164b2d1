import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import {visit} from 'unist-util-visit'
import type {DraftLink} from '../types.js'

/** Whether a hast node is an element, optionally with one of `tagNames`. */
export function isElement(node: RootContent | ElementContent | Root | undefined, ...tagNames: string[]): node is Element {
  return node?.type === 'element' && (tagNames.length === 0 || tagNames.includes(node.tagName))
}

/** Element children only (white-space text between blocks is skipped). */
export function elementChildren(parent: Root | Element): Element[] {
  const elements: Element[] = []
  for (const child of parent.children) if (child.type === 'element') elements.push(child)
  return elements
}

/** Children that carry something: elements and non-blank text. */
export function significantChildren(parent: Element): ElementContent[] {
  return parent.children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
}

// Several plugins' detect() and the chosen parse() ask for the same
// elements' text; trees are not changed during an extraction, so the text
// is remembered per node (weakly: nothing outlives the tree).
const texts = new WeakMap<Element | Root, string>()

/** Rendered text of a node (`<br>` → line break), trimmed. */
export function textOf(node: Element | Root): string {
  let text = texts.get(node)
  if (text === undefined) {
    text = toText(node, {whitespace: 'normal'}).trim()
    texts.set(node, text)
  }
  return text
}

/**
 * Whether the source text of a node holds one of `marks` (`<` for raw HTML,
 * `[` for a Markdown link): a cheap test before walking it. A node without a
 * position may hold anything.
 */
export function sourceHolds(node: RootContent, source: string, marks: ReadonlyArray<string>): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return true
  const text = source.slice(start, end)
  return marks.some((mark) => text.includes(mark))
}

export function hasClass(element: Element, name: string): boolean {
  const className = element.properties['className']
  return Array.isArray(className) && className.includes(name)
}

export const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** How many characters before a link are kept as its lead. */
const MAX_LEAD = 80

/**
 * The links under `node`, with their label and the words just before them
 * (a bare-URL label takes its kind from them: `Inscrivez-vous ici : https://…`).
 */
export function linksIn(node: Element, role: DraftLink['role']): DraftLink[] {
  const links: DraftLink[] = []
  let lead = ''
  visit(node, (child) => {
    if (child.type === 'text') {
      // The words before a link, across inline elements (`Le <span>replay</span> est disponible sur`).
      lead = (lead + child.value).slice(-MAX_LEAD)
      return
    }
    if (child.type === 'element' && child.tagName === 'a') {
      const href = child.properties['href']
      links.push({
        url: typeof href === 'string' ? href : '',
        label: textOf(child),
        role,
        lead: lead.trim(),
        node: child
      })
      lead = ''
      return 'skip'
    }
    return undefined
  })
  return links
}
