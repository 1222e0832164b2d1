import type {Root} from 'hast'
import {visit} from 'unist-util-visit'
import {checkUrl} from '../normalize/links.js'
import {textOf} from '../parsers/shared/hast.js'
import type {ParseContext} from '../types.js'

/**
 * Check every link of the document once, in or out of a session (SPEC §4.4):
 * placeholders give `placeholder-link`, unparsable URLs `invalid-link`.
 * Sessions then drop such links without reporting them again.
 */
export function reportBrokenLinks(tree: Root, base: string | null, report: ParseContext['report']): void {
  visit(tree, 'element', (element) => {
    if (element.tagName !== 'a') return
    const href = element.properties['href']
    const url = typeof href === 'string' ? href : ''
    const checked = checkUrl(url, base)
    if (!checked.ok) {
      report(checked.reason === 'placeholder' ? 'placeholder-link' : 'invalid-link', element, {url, label: textOf(element)})
    }
  })
}
