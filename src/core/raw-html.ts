import type {Root, RootContent} from 'hast'
import {raw} from 'hast-util-raw'
import {Tokenizer, type Token, type TokenHandler} from 'parse5'
import {visit} from 'unist-util-visit'
import {sourceHolds} from './hast.js'
import {VFile} from 'vfile'

const rawMarks = ['<']

// Elements that never hold content: their start tag opens nothing.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/**
 * Parse the raw HTML a Markdown document holds into elements, with positions.
 *
 * rehype-raw runs the whole tree through parse5 — a second parse of the
 * document when one `<br>` is raw. Only the top-level blocks that hold raw
 * HTML need it, with every block an element left open holds (a `<div>` box
 * around Markdown paragraphs, a `<b>` not closed): each such run is parsed
 * alone, as the whole tree would parse it (a Markdown tree always parses as
 * a fragment), and the other blocks are kept as they are.
 */
export function parseRawHtml(tree: Root, file: VFile): Root {
  const source = String(file.value)
  // hast-util-from-parse5 takes the elements' positions from parse5, which
  // hast-util-raw starts at each raw node's place in the file; it needs a file
  // only to know positions are wanted, and reads that file's whole text to
  // position the root, which is dropped here. An empty file gives the same
  // positions without a scan of the document per run (quadratic otherwise).
  const positions = new VFile()
  const children: RootContent[] = []
  let run: RootContent[] = []
  const counter = openElementCounter()
  for (const child of tree.children) {
    const values = rawValues(child, source)
    if (run.length === 0 && values.length === 0) {
      children.push(child)
      continue
    }
    run.push(child)
    for (const value of values) counter.write(value)
    if (counter.open === 0) {
      children.push(...reparse(run, positions))
      run = []
    }
  }
  if (run.length > 0) children.push(...reparse(run, positions))
  return {...tree, children}
}

function reparse(run: RootContent[], positions: VFile): RootContent[] {
  return (raw({type: 'root', children: run}, {file: positions}) as Root).children
}

function rawValues(node: RootContent, source: string): string[] {
  // Raw HTML starts with `<`: a block whose source holds none is not walked.
  if (!sourceHolds(node, source, rawMarks)) return []
  const values: string[] = []
  visit(node, 'raw', (found) => {
    values.push(found.value)
  })
  return values
}

/**
 * Counts the elements the raw HTML it is given leaves open: non-void start
 * tags open one, end tags close one (never below zero). One tokenizer reads
 * the document's raw strings in turn, as the HTML parser would. An element
 * the parser would close implicitly (`<p>` without `</p>`) keeps the run open
 * to the document's end: a longer run, never a wrong one.
 */
function openElementCounter(): {open: number; write(value: string): void} {
  const counter = {
    open: 0,
    write(value: string): void {
      tokenizer.write(value, false)
    }
  }
  const ignore = (): void => {}
  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      if (!token.selfClosing && !voidElements.has(token.tagName)) counter.open++
    },
    onEndTag() {
      counter.open = Math.max(0, counter.open - 1)
    },
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore
  }
  const tokenizer = new Tokenizer({sourceCodeLocationInfo: false}, handler)
  return counter
}
