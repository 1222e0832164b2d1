import {cleanText} from '../../normalize/text.js'
import type {Element} from 'hast'
import type {DraftSession, ParseContext, ParsedDocument} from '../../types.js'
import {readBlockBody, splitBlocks, type Block} from '../shared/blocks.js'
import {isElement, significantChildren, textOf} from '../shared/hast.js'
import {labelsToTags, readHeaderLabel} from '../shared/label.js'
import {isHtmlAgendaHeader, isHtmlAgendaHeaderShape} from './detect.js'

/** Split the agenda into blocks, then read each block's head and body. */
export function parseHtmlAgenda(doc: ParsedDocument, ctx: ParseContext): DraftSession[] {
  const blocks = splitBlocks(doc.hast, (element) => {
    if (isHtmlAgendaHeader(element)) return true
    // Looks like a session header but has no date we can read: say so.
    if (isHtmlAgendaHeaderShape(element)) ctx.report('missing-date', element, {header: cleanText(textOf(element))})
    return false
  })
  return blocks.map((block) => readSession(block))
}

function readSession(block: Block): DraftSession {
  const head = readHead(block.header)
  const body = readBlockBody(block.body)
  return {
    node: block.header,
    date: {text: head.date, node: head.bold},
    title: head.title,
    tags: head.tags,
    description: body.description,
    details: body.details,
    links: body.links,
    ...(block.heading ? {contextText: block.heading} : {})
  }
}

/** `<b>date <br>[Tags]</b> <i>Title</i>`: the date lead and labels from `<b>`, the title from `<i>`. */
function readHead(header: Element): {bold: Element; date: string; tags: string[]; title: DraftSession['title']} {
  const children = significantChildren(header)
  const bold = children[0] as Element
  const label = readHeaderLabel(textOf(bold))
  const italic = children.find((child): child is Element => isElement(child, 'i', 'em'))
  const title = italic ? textOf(italic) : ''
  return {
    bold,
    date: label.lead,
    tags: labelsToTags(label.labels),
    title: title === '' ? null : {text: title, node: italic ?? null}
  }
}
