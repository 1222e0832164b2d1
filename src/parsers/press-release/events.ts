import type {Element, ElementContent, Root} from 'hast'
import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {capitalize, cleanText, splitSentences} from '../../normalize/text.js'
import type {DraftLink, DraftSession, ParseContext, TextSpan} from '../../types.js'
import {readBlockBody, splitLines} from '../shared/blocks.js'
import {elementChildren, isElement, linksIn, textOf} from '../shared/hast.js'
import {isHeadingLike, type PressReleaseOutline} from './document.js'
import {readPressHeader} from './header.js'

interface PendingEvent {
  readonly node: Element
  readonly header: ReturnType<typeof readPressHeader>
  readonly headerLinks: DraftLink[]
  readonly body: Element[]
  readonly heading: string | null
}

/**
 * Events of a press release, in document order: bullets whose line opens
 * with a bold title (`- **Title – Organiser** - Du 17 au 30 novembre`), with
 * the lines and paragraphs that follow as their description; and prose
 * invitations (`Rendez-vous le 24 novembre sur …`). Headings in capitals end
 * an event and name the formats of the events under them.
 */
export function readPressEvents(tree: Root, outline: PressReleaseOutline, ctx: ParseContext): DraftSession[] {
  const elements = elementChildren(tree)
  const end = outline.contacts === -1 ? elements.length : outline.contacts
  const drafts: DraftSession[] = []
  let heading: string | null = null
  // An event whose description is still open for the paragraphs that follow it.
  let open: PendingEvent | null = null
  const close = () => {
    if (open) drafts.push(toDraft(open))
    open = null
  }

  for (const element of elements.slice(outline.dateline + 1, end)) {
    if (isHeadingLike(element)) {
      close()
      heading = textOf(element)
    } else if (isElement(element, 'ul', 'ol')) {
      for (const item of elementChildren(element)) {
        const event = readBulletEvent(item, heading, ctx)
        if (event) {
          close()
          // A bullet whose description is inside it takes no following paragraph.
          if (event.body.length > 0) drafts.push(toDraft(event))
          else open = event
        } else if (open) {
          ;(open as PendingEvent).body.push(item)
        }
      }
    } else if (open) {
      ;(open as PendingEvent).body.push(element)
    } else if (isElement(element, 'p')) {
      drafts.push(...readProseEvents(element, heading))
    }
  }
  close()
  return drafts
}

function readBulletEvent(item: Element, heading: string | null, ctx: ParseContext): PendingEvent | null {
  if (!isElement(item, 'li')) return null
  const children = elementChildren(item)
  const container = isElement(children[0], 'p') ? children[0] : item
  const [firstLine = [], ...otherLines] = splitLines(container)
  const significant = firstLine.filter((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
  const bold = significant[0]
  if (!isElement(bold, 'strong', 'b')) return null
  let restNodes = firstLine.slice(firstLine.indexOf(bold) + 1)
  let header = readPressHeader(textOf(bold), textOf(span(restNodes)))
  // A line wrap from the PDF can cut the date (`du 22 au 26` / `novembre`): join the next line.
  const [nextLine] = otherLines
  if (header.date === null && nextLine) {
    const joined = readPressHeader(textOf(bold), `${textOf(span(restNodes))} ${textOf(span(nextLine))}`)
    if (joined.date !== null) {
      header = joined
      restNodes = [...restNodes, {type: 'text', value: ' '}, ...nextLine]
      otherLines.shift()
    }
  }
  if (header.date === null) {
    // Undated bullets are mentions, not sessions (SPEC §1); one with digits looked dated.
    if (/\d/u.test(textOf(span(restNodes)))) ctx.report('missing-date', item, {header: cleanText(textOf(container).split('\n')[0] ?? '')})
    return null
  }
  const rest = span(restNodes)
  const body: Element[] = []
  if (otherLines.length > 0) body.push(paragraph(otherLines.flatMap((line, index) => (index === 0 ? line : [newline, ...line]))))
  if (container !== item) body.push(...children.slice(1))
  return {node: item, header, headerLinks: linksIn(rest, 'call-to-action'), body, heading}
}

const newline: ElementContent = {type: 'text', value: '\n'}
const span = (children: ElementContent[]): Element => ({type: 'element', tagName: 'span', properties: {}, children})
const paragraph = (children: ElementContent[]): Element => ({type: 'element', tagName: 'p', properties: {}, children})

/**
 * A sentence of its own on the header line counts as description
 * (`24 novembre Ce webinaire, …`); a lead to a link (`. infos pratiques ici`) does not.
 */
const MIN_TRAILING_WORDS = 5
const word = /\p{L}{2,}/gu

function toDraft(event: PendingEvent): DraftSession {
  const body = readBlockBody(event.body)
  const trailing = event.header.trailing
  const description: TextSpan[] = [
    ...((trailing.match(word)?.length ?? 0) >= MIN_TRAILING_WORDS ? [{text: trailing, node: event.node}] : []),
    ...body.description
  ]
  return {
    node: event.node,
    date: event.header.date === null ? null : {text: event.header.date, node: event.node},
    title: event.header.title === '' ? null : {text: event.header.title, node: event.node},
    tags: [],
    description,
    details: body.details,
    // A press release has no details list: its sentences say how to attend.
    statements: description,
    links: [...event.headerLinks, ...body.links],
    ...(event.heading ? {contextText: event.heading} : {}),
    organizers: event.header.organizers,
    ...(event.header.region ? {region: event.header.region} : {})
  }
}

// `Rendez-vous le 24 novembre sur l'enjeu …`: an invitation with its date (SPEC §4.5).
const invitation = /^(?:rendez-vous|retrouvez-nous|rejoignez-nous)(?![\p{L}])/iu
/** The date of an invitation comes within its first words. */
const INVITATION_DATE_WITHIN = 24
const subjectLead = /^\s*(?:,\s*)?(?:sur|pour|autour d[eu]|autour de l['’]|consacrée? à|dédiée? à)\s+/iu

function readProseEvents(element: Element, heading: string | null): DraftSession[] {
  const drafts: DraftSession[] = []
  for (const sentence of splitSentences(textOf(element))) {
    if (!invitation.test(sentence)) continue
    const phrase = parseDatePhrase(sentence)
    if (!phrase || phrase.index > INVITATION_DATE_WITHIN) continue
    const subject = sentence
      .slice(phrase.index + phrase.text.length)
      .replace(subjectLead, '')
      .replace(/[\s.!…]+$/u, '')
    const title = cleanText(subject)
    drafts.push({
      node: element,
      date: {text: sentence.slice(phrase.index), node: element},
      title: title === '' ? null : {text: capitalize(title), node: element},
      tags: [],
      description: [{text: sentence, node: element}],
      details: [],
      statements: [{text: sentence, node: element}],
      links: [],
      ...(heading ? {contextText: heading} : {})
    })
  }
  return drafts
}

