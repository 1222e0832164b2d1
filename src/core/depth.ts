import type {Point} from 'unist'

/**
 * Nested Markdown containers (list items, quotes) read at most. micromark
 * re-checks every open container on every line and mdast-util-from-markdown
 * prepares lists once per level: a list nested n levels deep costs about n³
 * (100 levels: 0.2 s; 400: 4 s). Announcements nest a few levels.
 */
export const MAX_MARKDOWN_NESTING = 64

/**
 * Nested elements read at most in a loaded tree (Blink's HTML parser caps a
 * page's depth at 512 too). The tree builders and readers recurse once per
 * level; past this, no reader walks the tree.
 */
export const MAX_TREE_DEPTH = 512

/** A document nested past a limit: where, and which limit. */
export interface TooDeep {
  readonly place: Point | null
  readonly limit: number
}

/**
 * One pass over a Markdown text, before it is parsed: an estimate of its
 * container nesting, line by line. A list item opens a level at its content
 * column, which lines indented that far stay inside; quote markers and
 * list markers that open a line (`> > -`, `- - -`) open one level each.
 * Linear: each line is read once and each level is opened and closed once.
 */
export function markdownNesting(text: string, limit = MAX_MARKDOWN_NESTING): TooDeep | null {
  // Content columns of the list items open above the current line.
  const open: number[] = []
  let line = 1
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let index = start
    while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
    if (index < end) {
      const indent = index - start
      while (open.length > 0 && (open[open.length - 1] as number) > indent) open.pop()
      // Quote markers are written again on every line they hold; list items stay open below.
      let quotes = 0
      for (;;) {
        const width = markerWidth(text, index, end)
        if (width === 0) break
        if (text.charCodeAt(index) === 62) quotes++
        index += width
        if (text.charCodeAt(index - width) !== 62) open.push(index - start)
        while (index < end && text.charCodeAt(index) === 32) index++
        if (open.length + quotes > limit) return {place: {line, column: 1}, limit}
      }
    }
    start = end + 1
    line++
  }
  return null
}

/** The width of a container marker at `index` (`>`, `- `, `* `, `+ `, `1. `, `1) `), or 0. */
function markerWidth(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index)
  if (code === 62) return 1
  const next = index + 1 < end ? text.charCodeAt(index + 1) : 32
  const blankAfter = next === 32 || next === 9 || index + 1 >= end
  if ((code === 45 || code === 42 || code === 43) && blankAfter) return 2
  let digits = index
  while (digits < end && digits - index < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
  if (digits === index || digits >= end) return 0
  const delimiter = text.charCodeAt(digits)
  const after = digits + 1 < end ? text.charCodeAt(digits + 1) : 32
  return (delimiter === 46 || delimiter === 41) && (after === 32 || after === 9 || digits + 1 >= end) ? digits + 2 - index : 0
}

interface Parent {
  readonly children?: ReadonlyArray<Parent>
  readonly position?: {readonly start: Point} | undefined
}

/**
 * The depth of a loaded tree, walked with an explicit stack (never by
 * recursion, which is what a deep tree exhausts): the first node past
 * `limit`, or `null`.
 */
export function treeTooDeep(tree: Parent, limit = MAX_TREE_DEPTH): TooDeep | null {
  const stack: Array<readonly [Parent, number]> = [[tree, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    if (depth > limit) return {place: node.position?.start ?? null, limit}
    for (const child of node.children ?? []) if (child.children) stack.push([child, depth + 1])
  }
  return null
}

/** Thrown by the loaders when a document is nested past a limit; `extract` turns it into `document-too-deep`. */
export class DocumentTooDeep extends Error {
  readonly tooDeep: TooDeep
  constructor(tooDeep: TooDeep) {
    super(`document nested more than ${tooDeep.limit} levels deep`)
    this.name = 'DocumentTooDeep'
    this.tooDeep = tooDeep
  }
}
