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
export function remarkGfmStructure(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmStrikethrough(), gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown())
}
