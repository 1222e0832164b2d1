import type {Root} from 'mdast'
import type {Point, Position} from 'unist'

/**
 * A long Markdown document is parsed in parts: micromark keeps every event of
 * the text it parses (about 120 bytes per byte of text) until the tree is
 * built, so a 5 MiB document held 600 MiB at once and, with the garbage
 * collector working on that heap, cost more per KiB the longer it was.
 * Parts of about `PART_SIZE` parse one after the other and only the trees
 * stay (docs/decisions/0016-markdown-in-parts.md).
 */
export const PART_SIZE = 64 * 1024

/**
 * Where a Markdown text can be cut so that each part parses to the same
 * nodes as in the whole: before an ATX heading (`# …` at column 0) that
 * follows a blank line, outside fenced code, HTML blocks and front matter.
 * Such a line closes every open block, so what follows cannot depend on what
 * comes before — except through link reference definitions, so a text that
 * may define one (`]:`) is never cut. Whatever the scan cannot be sure of
 * (a fence inside a container, an indented fence, a fence inside an HTML
 * block) leaves the text whole. One pass over the lines; `minSize` is the
 * least length of a part. Returns the offsets of the cuts, ascending.
 */
export function markdownCuts(text: string, minSize = PART_SIZE): number[] {
  if (text.length < 2 * minSize || text.includes(']:')) return []
  const cuts: number[] = []
  const raw = new RawHtmlState()
  let start = frontMatterEnd(text)
  if (start < 0) return []
  let partStart = 0
  let fence: {readonly marker: number; readonly size: number} | null = null
  let blankBefore = true
  // A line that may open an HTML block of kinds 6 and 7 (`<div …`), which end at a blank line.
  let htmlBlock = false
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let first = start
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++
    const blank = first === end || (first === end - 1 && text.charCodeAt(first) === 13)
    if (fence) {
      if (first - start <= 3 && closesFence(text, first, end, fence)) fence = null
    } else if (blank) {
      htmlBlock = false
    } else {
      const marker = fenceAt(text, first, end)
      const prefixed = marker ? null : fenceAfterContainers(text, start, end)
      if (prefixed || (marker && (first !== start || htmlBlock || raw.open()))) return []
      if (marker) fence = marker
      else {
        if (
          blankBefore &&
          first === start &&
          text.charCodeAt(start) === 35 &&
          !raw.open() &&
          start - partStart >= minSize &&
          text.length - start >= minSize &&
          isAtxHeading(text, start, end)
        ) {
          cuts.push(start)
          partStart = start
        }
        if (first - start <= 3 && text.charCodeAt(first) === 60) htmlBlock = true
        raw.scan(text, start, end)
      }
    }
    blankBefore = blank && !fence
    start = end + 1
  }
  return cuts
}

/** Parse `text` part by part with `parse`, and join the trees as one, with the positions of the whole. */
export function parseInParts(text: string, cuts: readonly number[], parse: (part: string) => Root): Root {
  const root: Root = {type: 'root', children: []}
  let lines = 0
  let from = 0
  for (const to of [...cuts, text.length]) {
    const part = text.slice(from, to)
    const tree = parse(part)
    if (from === 0) root.position = tree.position
    else shiftChildren(tree, lines, from)
    for (const child of tree.children) root.children.push(child)
    const end = tree.position?.end
    if (root.position && end) root.position = {start: root.position.start, end: from === 0 ? end : shift(end, lines, from)}
    lines += lineEndings(part)
    from = to
  }
  return root
}

// Line endings as micromark counts them: `\r\n`, `\r` or `\n`.
function lineEndings(part: string): number {
  let count = 0
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index)
    if (code === 10 || (code === 13 && part.charCodeAt(index + 1) !== 10)) count++
  }
  return count
}

// New position objects: mdast-util-from-markdown builds one per node, but a plugin may share them.
function shiftChildren(tree: Root, lines: number, offset: number): void {
  const stack: Array<{position?: Position | undefined; children?: unknown}> = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop() as {position?: Position | undefined; children?: unknown}
    if (node.position) node.position = {start: shift(node.position.start, lines, offset), end: shift(node.position.end, lines, offset)}
    if (Array.isArray(node.children)) for (const child of node.children as Array<typeof node>) stack.push(child)
  }
}

function shift(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined ? {line: point.line + lines, column: point.column} : {line: point.line + lines, column: point.column, offset: point.offset + offset}
}

// The offset after a front matter block (`---` or `+++` fences, as remark-frontmatter reads them), 0 without one, -1 when it is not closed.
function frontMatterEnd(text: string): number {
  const fenceLine = /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?$/u
  const firstEnd = text.indexOf('\n')
  if (firstEnd === -1 || !fenceLine.test(text.slice(0, Math.min(firstEnd, 80)))) return 0
  const marker = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, 3 + (text.charCodeAt(0) === 0xfeff ? 1 : 0))
  for (let start = firstEnd + 1; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.startsWith(marker, start) && fenceLine.test(text.slice(start, Math.min(end, start + 80)))) return end + 1
    start = end + 1
  }
  return -1
}

// A code fence opening at `index`: three or more backticks (with no backtick in the info string) or tildes.
function fenceAt(text: string, index: number, end: number): {readonly marker: number; readonly size: number} | null {
  const marker = text.charCodeAt(index)
  if (marker !== 96 && marker !== 126) return null
  let after = index
  while (after < end && text.charCodeAt(after) === marker) after++
  if (after - index < 3) return null
  if (marker === 96 && text.slice(after, end).includes('`')) return null
  return {marker, size: after - index}
}

function closesFence(text: string, first: number, end: number, fence: {readonly marker: number; readonly size: number}): boolean {
  let after = first
  while (after < end && text.charCodeAt(after) === fence.marker) after++
  if (after - first < fence.size) return false
  while (after < end && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9 || text.charCodeAt(after) === 13)) after++
  return after === end
}

// A fence written after container markers (`> `, `- `, `1. `) or indentation: not followed.
function fenceAfterContainers(text: string, start: number, end: number): boolean {
  let index = start
  for (;;) {
    while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    if (code === 62) index++
    else if ((code === 45 || code === 42 || code === 43) && (next === 32 || next === 9)) index++
    else if (code >= 48 && code <= 57) {
      let digits = index
      while (digits < end && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
      const delimiter = text.charCodeAt(digits)
      if ((delimiter !== 46 && delimiter !== 41) || digits - index > 9) break
      index = digits + 1
    } else break
  }
  return index > start && index < end && fenceAt(text, index, end) !== null
}

// `#` to `######` then a space, a tab or the end of the line.
function isAtxHeading(text: string, start: number, end: number): boolean {
  let index = start
  while (index < end && text.charCodeAt(index) === 35) index++
  const code = text.charCodeAt(index)
  return index - start <= 6 && (index === end || code === 32 || code === 9 || code === 13)
}

// The HTML blocks that end at a mark rather than at a blank line (kinds 1 to 5 of
// CommonMark), each followed on its own: open from an opening mark to the next closing one.
const rawKinds = [
  {open: /<(?:script|pre|style|textarea)(?=[\s>]|$)/giu, close: /<\/(?:script|pre|style|textarea)>/giu},
  {open: /<!--/gu, close: /-->/gu},
  {open: /<\?/gu, close: /\?>/gu},
  {open: /<![A-Za-z]/gu, close: />/gu},
  {open: /<!\[CDATA\[/gu, close: /\]\]>/gu}
] as const

class RawHtmlState {
  readonly #open = rawKinds.map(() => false)
  #count = 0

  open(): boolean {
    return this.#count > 0
  }

  /** Follow each kind's marks along one line, in order. */
  scan(text: string, start: number, end: number): void {
    // Every mark starts with `<` or ends with `>`.
    const lineStart = text.indexOf('<', start)
    const lineEnd = text.indexOf('>', start)
    if ((lineStart === -1 || lineStart >= end) && (lineEnd === -1 || lineEnd >= end || this.#count === 0)) return
    const line = text.slice(start, end)
    rawKinds.forEach((kind, index) => {
      let at = 0
      for (;;) {
        const pattern = this.#open[index] ? kind.close : kind.open
        pattern.lastIndex = at
        const found = pattern.exec(line)
        if (!found) return
        at = found.index + found[0].length
        this.#open[index] = !this.#open[index]
        this.#count += this.#open[index] ? 1 : -1
      }
    })
  }
}
