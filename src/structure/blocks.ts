import type {Element, ElementContent} from 'hast'
import {visit} from 'unist-util-visit'
import type {DraftLink, TextSpan} from '../types.js'
import {elementChildren, hasClass, isElement, linksIn, textOf} from '../core/hast.js'

export interface BlockBody {
  readonly description: TextSpan[]
  readonly details: TextSpan[]
  readonly links: DraftLink[]
}

export interface ReadBodyOptions {
  /**
   * What bullet lists hold: `details` (an agenda's practical details:
   * admission, address, access) or `description` (a post's programme).
   */
  readonly lists?: 'details' | 'description'
}

/**
 * Read a session body: prose (its links are references), bullet lists, and
 * calls to action — a `lien-important` block, a block or list item that
 * holds only links, and any line of a paragraph that holds only links
 * (`[Plus d'informations](…) et [inscriptions](…).`) or a short lead and a
 * link (`Inscrivez-vous ici : https://…`) (SPEC §4.4).
 */
export function readBlockBody(body: ReadonlyArray<Element>, options: ReadBodyOptions = {}): BlockBody {
  const description: TextSpan[] = []
  const details: TextSpan[] = []
  const links: DraftLink[] = []
  const listsTo = options.lists === 'description' ? description : details
  for (const element of body) {
    if (isElement(element, 'ul', 'ol')) {
      for (const item of elementChildren(element)) {
        if (!isElement(item, 'li')) continue
        const lines = readLines(item, false)
        links.push(...lines.links)
        const text = lines.prose.map((line) => textOf(paragraphOf(line))).join('\n')
        if (text !== '') listsTo.push({text, node: item})
      }
    } else if (hasClass(element, 'lien-important')) {
      links.push(...linksIn(element, 'call-to-action'))
    } else {
      const lines = readLines(element, true)
      links.push(...lines.links)
      // Line breaks are kept: a short line is a programme item (formats/findProseFormats).
      const text = lines.prose.map((line) => textOf(paragraphOf(line))).join('\n').trim()
      if (text !== '') description.push({text, node: element})
    }
  }
  return {description, details, links}
}

// SPEC §4.4: a link inside a sentence is a call to action when its label or the words before it are one:
// `[Inscrivez-vous !](…)`, `([détails](…))`, `Rendez-vous sur [le lien suivant](…)`, `Le replay est disponible sur [notre chaîne](…)`.
const callToActionInProse = /^(?:inscrivez-vous|je m['’]inscris|s['’]inscrire|inscriptions?|en savoir plus|plus d['’]informations?|d[ée]tails|je souhaite participer)(?![\p{L}])/iu
export const callToActionLead =
  /(?:rendez-vous sur|inscri\p{L}*(?: vous)?(?: ici| sur)?|retrouvez(?:-nous)?(?: sur)?|rejoignez(?:-nous)?(?: sur)?|connectez-vous(?: sur)?|cliquez(?: ici| sur)?|je souhaite participer|plus d['’]informations?|(?:replay|rediffusion|enregistrement|vid[ée]o) (?:est |sera )?(?:disponible|visible) sur)\s*:?\s*$/iu

function isCallToActionInProse(link: DraftLink): boolean {
  return callToActionInProse.test(link.label.replace(/^[\s([]+/u, '')) || callToActionLead.test(link.lead ?? '')
}

/** A call-to-action lead is short and ends with a colon: `Inscrivez-vous ici :`. */
const MAX_LEAD = 60
const leadEnd = /:\s*$/u
// What may stand between links on a link line: punctuation and `et`.
const linkLineFiller = /^(?:[\s:,.;!–>»→-]|et(?![\p{L}]))*$/u
// A short line whose point is its link (`Les abstracts dans le [pdf](…)`, `>> Présentation du [programme détaillé](…)`).
const MAX_LINK_LINE_WORDS = 60
// …but not the last name of an enumeration: `[INSEE](…), [MAIF](…) et [Data For Good](…)` are partners (references).
const enumerationEnd = /(?:,|(?<![\p{L}])et)\s*$/u
const endsWithLink = (line: ReadonlyArray<ElementContent>): boolean => {
  for (let index = line.length - 1; index >= 0; index--) {
    const child = line[index]
    if (child?.type === 'text' && /^[\s.!)]*$/u.test(child.value)) continue
    if (child?.type !== 'element' || child.tagName !== 'a') return false
    const before = line[index - 1]
    return !(before?.type === 'text' && enumerationEnd.test(before.value))
  }
  return false
}

const paragraphOf = (children: ElementContent[]): Element => ({type: 'element', tagName: 'p', properties: {}, children})

/**
 * Split a block (or list item) into lines; lines of links are calls to
 * action, the others are prose whose links are references.
 */
function readLines(block: Element, paragraph: boolean): {prose: ElementContent[][]; links: DraftLink[]} {
  // A list item or box that wraps paragraphs: read the paragraphs' lines.
  const inner = elementChildren(block)
  const containers = inner.length > 0 && inner.every((child) => isElement(child, 'p')) ? inner : [block]
  const prose: ElementContent[][] = []
  const links: DraftLink[] = []
  for (const container of containers) {
    for (const line of splitLines(container)) {
      const outside = textOutsideLinks(line)
      const lineLinks = linksIn(paragraphOf(line), 'call-to-action')
      const isCallToAction =
        lineLinks.length > 0 && (linkLineFiller.test(outside) || (lineLinks.length === 1 && outside.length <= MAX_LEAD && leadEnd.test(outside)))
      // A short line whose point is its link stays prose too: `diffusée en direct sur [YouTube](…)` still says how.
      // In a paragraph only: a list item ending with a link is a speaker and their slides.
      const pointsToLink = paragraph && !isCallToAction && lineLinks.length > 0 && lineLinks.length <= 2 && outside.length <= MAX_LINK_LINE_WORDS && !/[,;.!?]\s/u.test(outside) && endsWithLink(line)
      if (isCallToAction) {
        links.push(...lineLinks)
      } else if (pointsToLink) {
        prose.push(line)
        links.push(...lineLinks)
      } else {
        prose.push(line)
        links.push(...lineLinks.map((link): DraftLink => (isCallToActionInProse(link) ? link : {...link, role: 'reference'})))
      }
    }
  }
  return {prose, links}
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
