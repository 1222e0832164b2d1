import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {Processor} from 'unified'

/**
 * The parts of GFM that are structure the readers use: pipe tables and
 * `~~struck~~` text (a struck header is a cancelled session). remark-gfm's
 * literal autolinks are left out: they cost 0.4 of a bare parse on every
 * document (measured in `npm run bench`) and a bare URL is already read as
 * a link's label by the readers (docs/decisions/0011-structure-reader.md).
 */
export function remarkGfmStructure(this: Processor, options: Readonly<GfmStructureOptions> = {}): void {
  const data = this.data()
  const {tables = true, strikethrough = true} = options
  if (tables) {
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  }
  if (strikethrough) {
    ;(data.micromarkExtensions ??= []).push(gfmStrikethrough())
    ;(data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown())
  }
}

/** Which GFM parts to add (default: both). */
export interface GfmStructureOptions {
  readonly tables?: boolean
  readonly strikethrough?: boolean
}

// A table needs a delimiter row (`| --- | :-: |`, `---|---`), strikethrough a `~`. The table
// tokenizer tries every line as a head row — 5 % of a parse on text with many `|` — so each
// part is added only to documents that could hold it. Both tests are linear.
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/mu

/** The GFM parts a Markdown text can use. */
export function gfmPartsOf(text: string): Required<GfmStructureOptions> {
  return {tables: text.includes('|') && delimiterRow.test(text), strikethrough: text.includes('~')}
}
