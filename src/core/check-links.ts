import type {Root} from 'hast'
import {visit} from 'unist-util-visit'
import {checkUrl} from '../normalize/links.js'
import {sourceHolds, textOf} from './hast.js'
import type {DraftSession, ParseContext} from '../types.js'

const linkMarks = ['[', '<']

/**
 * Check every link of the document once, in or out of a session (SPEC §4.4):
 * placeholders give `placeholder-link`, unparsable URLs `invalid-link`.
 * Sessions then drop such links without reporting them again.
 */
export function reportBrokenLinks(tree: Root, source: string, base: string | null, report: ParseContext['report']): void {
  for (const block of tree.children) {
    // A link is written with `[` (Markdown) or `<` (an autolink, an HTML tag): other blocks hold none.
    if (!sourceHolds(block, source, linkMarks)) continue
    visit(block, 'element', (element) => {
      if (element.tagName !== 'a') return
      const href = element.properties['href']
      const url = typeof href === 'string' ? href : ''
      const checked = checkUrl(url, base)
      if (!checked.ok) {
        report(checked.reason === 'placeholder' ? 'placeholder-link' : 'invalid-link', element, {url, label: textOf(element)})
      }
    })
  }
}

/**
 * Links no `<a>` holds (a front-matter row's `lien`) are checked where the
 * parser found them, once per URL, so that none is dropped silently.
 */
export function reportDraftLinks(drafts: ReadonlyArray<DraftSession>, base: string | null, report: ParseContext['report']): void {
  const seen = new Set<string>()
  for (const draft of drafts) {
    for (const link of draft.links) {
      if (link.node?.type === 'element' || seen.has(link.url)) continue
      seen.add(link.url)
      const checked = checkUrl(link.url, base)
      if (!checked.ok) report(checked.reason === 'placeholder' ? 'placeholder-link' : 'invalid-link', link.node, {url: link.url, label: link.label})
    }
  }
}
