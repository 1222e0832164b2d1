import type {Element, ElementContent, Root} from 'hast'
import {parseDatePhrase, type DatePhrase} from '../normalize/dates/phrase.js'
import {cleanText, isCapitalsLine} from '../normalize/text.js'
import {elementChildren, headingTags, isElement, textOf} from '../core/hast.js'

/** One line of a block: split at `<br>` and line breaks, its date phrase parsed once. */
export interface Line {
  readonly text: string
  readonly children: ReadonlyArray<ElementContent>
  /** The first date phrase of the line that names at least a day and a month. */
  readonly phrase: DatePhrase | null
  /** The date phrase stands inside `~~…~~` / `<del>` / `<s>`. */
  readonly struck: boolean
}

export type UnitKind = 'heading' | 'item' | 'paragraph' | 'row' | 'term'

/** A block container of the flow, with its lines: a heading, a list item, a paragraph (a cell or quote reads as one),
 * a data table's row (its date and time cells first, then one line per cell), a definition term (then its definitions). */
export interface Unit {
  readonly element: Element
  readonly kind: UnitKind
  /** 1–6 for headings, 7 otherwise. */
  readonly rank: number
  readonly lines: ReadonlyArray<Line>
  /** Index of the top-level flow block that holds the unit. */
  readonly flowIndex: number
  /** The nearest heading above the unit. */
  readonly heading: Unit | null
  /** For a heading, the nearest heading above it of a higher rank (`##` above `###`): at most six levels. */
  readonly enclosing?: Unit | null
  /** Nested lists of a list item (its sub-items are units of their own too). */
  readonly nested: ReadonlyArray<Element>
  /** A table row's cells by what their column holds, from the header row (`Date`, `Titre`, `Lieu`). */
  readonly columns?: Readonly<Partial<Record<ColumnRole, string>>>
}

/** What a data table's column holds, from its header cell. */
export type ColumnRole = 'date' | 'time' | 'title' | 'place' | 'other'

/** A header is a short line; longer lines are prose (read by the invitation strategy). */
export const MAX_HEADER_LINE = 220
/** A heading in capitals is a short line. */
const MAX_CAPITALS_HEADING = 160
const CAPITALS_RANK = 6
/** Lists nested deeper than this are not read for sessions (bounded work on pathological input). */
const MAX_LIST_DEPTH = 8

/**
 * One walk over the flow's block containers: headings, list items (nested
 * ones too), paragraphs, quotes and cells. Every line's date phrase is
 * parsed here once and travels with its unit.
 */
export function findUnits(flow: Root): Unit[] {
  const units: Unit[] = []
  let heading: Unit | null = null
  // The open headings by rank, so each heading knows its enclosing one in constant time.
  const open: Unit[] = []
  const blocks = elementChildren(flow)
  blocks.forEach((block, flowIndex) => {
    if (isElement(block, ...headingTags)) {
      const bare = withoutBadges(block)
      const rank = Number(block.tagName.charAt(1))
      while (open.length > 0 && (open[open.length - 1] as Unit).rank >= rank) open.pop()
      const unit: Unit = {element: block, kind: 'heading', rank, lines: [lineOf(bare.children, textOf(bare))], flowIndex, heading, nested: [], enclosing: open[open.length - 1] ?? null}
      open.push(unit)
      units.push(unit)
      heading = unit
    } else if (isElement(block, 'ul', 'ol')) {
      readList(block, flowIndex, heading, units, 0)
    } else if (isElement(block, 'table')) {
      readTable(block, flowIndex, heading, units)
    } else if (isElement(block, 'dl')) {
      readDefinitions(block, flowIndex, heading, units)
    } else if (isElement(block, 'blockquote')) {
      const paragraphs = elementChildren(block).filter((child) => isElement(child, 'p'))
      // A quote of paragraphs reads as one block (`> **Title**<br/>> le 22 octobre à 12h30`).
      const lines = paragraphs.flatMap((paragraph) => linesOf(paragraph))
      if (lines.length > 0) units.push({element: block, kind: 'paragraph', rank: 7, lines, flowIndex, heading, nested: []})
    } else if (isElement(block, 'p')) {
      const lines = linesOf(block)
      const [only] = lines
      // A short paragraph in capitals is a heading (`CULTURE, ARMEES… : UNE PLURALITE D'ACTEURS`, a PDF's headings),
      // of the lowest rank: it encloses the blocks after it, not the headings.
      if (only && lines.length === 1 && only.text.length <= MAX_CAPITALS_HEADING && isCapitalsLine(only.text)) {
        while (open.length > 0 && (open[open.length - 1] as Unit).rank >= CAPITALS_RANK) open.pop()
        const unit: Unit = {element: block, kind: 'heading', rank: CAPITALS_RANK, lines, flowIndex, heading, nested: [], enclosing: open[open.length - 1] ?? null}
        open.push(unit)
        units.push(unit)
        heading = unit
      } else {
        units.push({element: block, kind: 'paragraph', rank: 7, lines, flowIndex, heading, nested: []})
      }
    }
  })
  return units
}

function readList(list: Element, flowIndex: number, heading: Unit | null, units: Unit[], depth: number): void {
  if (depth > MAX_LIST_DEPTH) return
  for (const item of elementChildren(list)) {
    if (!isElement(item, 'li')) continue
    const nested: Element[] = []
    const own: ElementContent[] = []
    for (const child of item.children) {
      if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child)
      else own.push(child)
    }
    // A loose item wraps its text in paragraphs: read their lines in turn.
    const paragraphs = own.filter((child): child is Element => isElement(child, 'p'))
    // An item's lines are split when first asked for (a house style's header rule may never ask), once.
    let lines: Line[] | undefined
    units.push({
      element: item,
      kind: 'item',
      rank: 7,
      get lines() {
        return (lines ??= paragraphs.length > 0 ? paragraphs.flatMap((paragraph) => linesOf(paragraph)) : linesOf({...item, children: own}))
      },
      flowIndex,
      heading,
      nested
    })
    for (const sub of nested) readList(sub, flowIndex, heading, units, depth + 1)
  }
}

// Header cells name their column: `Date`, `Horaires`, `Titre`, `Intitulé`, `Lieu`.
const columnNames: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/heure|horaire/iu, 'time'],
  [/date|jour|quand/iu, 'date'],
  [/titre|intitul|[ée]v[ée]nement|sujet|atelier|th[èe]me|session|conf[ée]rence|nom/iu, 'title'],
  [/lieu|adresse|ville|salle|o[ùu]\b/iu, 'place']
]

function rowsOf(table: Element): Element[] {
  return elementChildren(table).flatMap((child) => (isElement(child, 'tr') ? [child] : isElement(child, 'thead', 'tbody', 'tfoot') ? rowsOf(child) : []))
}

/** A data table: the header row maps the columns, each other row is a unit. */
function readTable(table: Element, flowIndex: number, heading: Unit | null, units: Unit[]): void {
  const [head, ...rows] = rowsOf(table)
  if (!head) return
  const roles = elementChildren(head).map((cell) => columnNames.find(([pattern]) => pattern.test(textOf(cell)))?.[1] ?? 'other')
  for (const row of rows) {
    const cells = elementChildren(row).filter((cell) => isElement(cell, 'td', 'th'))
    const columns: Partial<Record<ColumnRole, string>> = {}
    cells.forEach((cell, index) => {
      const role = roles[index] ?? 'other'
      if (role !== 'other' && columns[role] === undefined) columns[role] = cleanText(textOf(cell))
    })
    // The date and time cells are read as one header line: `12 mars 2024` + `10h-12h`.
    const dated = [columns.date, columns.time].filter((text): text is string => Boolean(text)).join(', ')
    const cellLines = cells.flatMap((cell, index) => (roles[index] === 'date' || roles[index] === 'time' ? [] : linesOf(cell)))
    const lines = dated ? [lineOf([], dated), ...cellLines] : cellLines
    units.push({element: row, kind: 'row', rank: 7, lines, flowIndex, heading, nested: [], columns})
  }
}

/** A definition list: each term with its definitions' lines. */
function readDefinitions(list: Element, flowIndex: number, heading: Unit | null, units: Unit[]): void {
  let term: {element: Element; lines: Line[]} | null = null
  const close = (): void => {
    if (term) units.push({element: term.element, kind: 'term', rank: 7, lines: term.lines, flowIndex, heading, nested: []})
    term = null
  }
  for (const child of elementChildren(list)) {
    if (isElement(child, 'dt')) {
      close()
      term = {element: child, lines: linesOf(child)}
    } else if (isElement(child, 'dd') && term) {
      term.lines.push(...linesOf(child))
    }
  }
  close()
}

function linesOf(block: Element): Line[] {
  const bare = withoutBadges(block)
  const parts = splitDeep(bare.children, 0)
  // A block of one line (most are) has the block's own text, computed once for every reader.
  const [only] = parts
  if (parts.length === 1 && only !== undefined && only.length === bare.children.length && only.every((child, index) => child === bare.children[index])) {
    const text = cleanText(textOf(bare))
    return text === '' ? [] : [lineOf(only, text)]
  }
  return parts.flatMap((children) => {
    const text = cleanText(textOf({type: 'element', tagName: 'p', properties: {}, children}))
    return text === '' ? [] : [lineOf(children, text)]
  })
}

function lineOf(children: ReadonlyArray<ElementContent>, text: string): Line {
  const clean = cleanText(text)
  // The phrase is parsed the first time a strategy asks for it, and only once:
  // most lines (a paragraph's fifth line, a house style's body) are never asked.
  let phrase: DatePhrase | null | undefined
  const read = (): DatePhrase | null =>
    // A header's date stands near its start: a long line is read only as far as a header goes.
    (phrase ??= datedPhrase(clean.length <= MAX_HEADER_LINE ? clean : clean.slice(0, MAX_HEADER_LINE)))
  return {
    text: clean,
    children,
    get phrase() {
      return read()
    },
    get struck() {
      return read() !== null && startsStruck(children)
    }
  }
}

/** A date phrase that can date a session: a day and a month (`en mai`, `le 9` are not). */
export function datedPhrase(text: string): DatePhrase | null {
  const phrase = parseDatePhrase(text)
  if (!phrase || phrase.kind === 'until') return phrase?.kind === 'until' ? phrase : null
  return (phrase.from?.month ?? phrase.to?.month) ? phrase : null
}

function startsStruck(children: ReadonlyArray<ElementContent>): boolean {
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    return child.type === 'element' && (child.tagName === 'del' || child.tagName === 's' || child.tagName === 'strike')
  }
  return false
}

// `<span class="fr-badge">Nouvelle session !</span>`: a badge decorates a line, it is not its text.
const badgeClass = /(?:^|[-_])(?:badge|tag|pill|label)(?:$|[-_])/u

function isBadge(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'span') return false
  const className = node.properties['className']
  return Array.isArray(className) && className.some((name) => badgeClass.test(String(name)))
}

function withoutBadges(block: Element): Element {
  return block.children.some(isBadge) ? {...block, children: block.children.filter((child) => !isBadge(child))} : block
}

const blockTags = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'dl', 'dt', 'dd', 'figure', 'table', 'tr'])

/** Inline wrappers nested deeper than this are not opened (bounded work). */
const MAX_INLINE_DEPTH = 16

/**
 * Split inline content into lines at `<br>` and line breaks, also inside
 * inline wrappers: a card that is one link (`<a>…<span>Title</span><br><strong>date</strong></a>`)
 * gives one line per `<br>`, each wrapped in a copy of the link. Linear: each node is visited once.
 */
function splitDeep(children: ReadonlyArray<ElementContent>, depth: number): ElementContent[][] {
  const lines: ElementContent[][] = [[]]
  const current = (): ElementContent[] => lines[lines.length - 1] as ElementContent[]
  for (const child of children) {
    if (child.type === 'element' && child.tagName === 'br') {
      lines.push([])
    } else if (child.type === 'text' && depth === 0 && child.value.includes('\n')) {
      // A line break inside an inline element (`<span>… mechanisms of\nspecies …</span>`) is white space.
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part !== '') current().push({type: 'text', value: part})
      })
    } else if (child.type === 'element' && blockTags.has(child.tagName) && depth < MAX_INLINE_DEPTH) {
      // A block inside inline content (`<a><div><p>Title</p><p>2017-06-13</p></div></a>`) is a line of its own.
      lines.push([])
      for (const part of splitDeep(child.children, depth + 1)) {
        current().push(...part)
        lines.push([])
      }
    } else if (child.type === 'element' && child.children.length > 0 && depth < MAX_INLINE_DEPTH) {
      const parts = splitDeep(child.children, depth + 1)
      if (parts.length === 1) {
        current().push(child)
      } else {
        parts.forEach((part, index) => {
          if (index > 0) lines.push([])
          if (part.length > 0) current().push({...child, children: part})
        })
      }
    } else {
      current().push(child)
    }
  }
  return lines.filter((line) => line.length > 0)
}
