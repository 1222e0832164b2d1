import type {Element, ElementContent} from 'hast'
import {monthPattern} from '../normalize/dates/lexicon.js'
import {parseTimeRange, type TimeRange} from '../normalize/dates/phrase.js'
import {findFormats} from '../normalize/formats.js'
import {cleanText} from '../normalize/text.js'
import {readCardLine, readPlace} from '../normalize/venues.js'
import {callToActionLead, readBlockBody} from './blocks.js'
import {elementChildren, headingTags, isElement, linksIn, textOf} from '../core/hast.js'
import type {DraftLink, DraftSession, SessionDefaults, TextSpan} from '../types.js'
import {datedPhrase, type Line, type Unit} from './marks.js'
import {readTitle, type Candidate} from './strategies.js'

/** What the block reader needs of the document around a candidate. */
export interface ReadContext {
  /** The flow's top-level blocks, listed once: `Unit.flowIndex` indexes them. */
  readonly blocks: ReadonlyArray<Element>
  /** Flow indexes of the blocks that hold a candidate: a section's body stops there. */
  readonly headerBlocks: ReadonlySet<number>
  /** Flow indexes of the headings (a paragraph in capitals is one too): a section's body stops there. */
  readonly headingBlocks: ReadonlySet<number>
  /** The end of the profile's region: no section runs past it. */
  readonly end: number
  readonly documentTitle: string | null
  /** What the document gives every session that says nothing of its own, read once. */
  readonly defaults: SessionDefaults | null
  /** A document statement that says what clicking a title does (`… il suffit de cliquer sur les intitulés`). */
  readonly titleLinkLead: string | null
  /** Links of the document that are every session's (a front matter's registration URL). */
  readonly links: ReadonlyArray<DraftLink>
}

// A link on the header line is the session's call to action when its label
// is the date or the title (`[25 février 2022](…) : Title`, `[**Title**](…)`) or says so (`(détails)`).
const callToActionLabel = /^(?:d[ée]tails?|plus d['’]infos?|plus d['’]informations?|en savoir plus|informations?|inscriptions?|s['’]inscrire|programme|replay|voir|lien|ici|site)$/iu

/** A link names the title when its label is most of it. */
const TITLE_SHARE = 0.6
const MIN_OPENING_LABEL = 8

/**
 * Turn a candidate into a draft: header → date, title; the unit's other
 * lines and the blocks of its section → description, details, links.
 */
export function readCandidate(candidate: Candidate, ctx: ReadContext): DraftSession {
  const {unit} = candidate
  const invitation = candidate.strategy === 'invitation'
  const written = invitation || candidate.strategy === 'page-event' ? invitationTitle(candidate, ctx) : (candidate.title ?? (candidate.untitled ? null : titleFromSection(unit)))
  const sectionTitle = written === null ? null : tidyTitle(written)
  const styled = candidate.strategy === 'header'
  const sentence = candidate.strategy === 'invitation-sentence'
  const body = invitation ? pageBody(unit, ctx) : sentence ? [] : styled ? headerBody(candidate, ctx) : sectionBody(candidate, ctx)
  // A page's one event: its lists are its programme (`Au programme : une démonstration, un quiz`).
  const read = readBlockBody([...unit.nested, ...body], invitation ? {lists: 'description'} : {})
  // A house style's header line may open the description (`24 novembre Ce webinaire, organisé par …`).
  const lead = candidate.reading?.lead
  const lineSpans: TextSpan[] = styled
    ? lead && (lead.match(words)?.length ?? 0) >= MIN_LEAD_WORDS ? [{text: lead, node: unit.element}] : []
    : candidate.lines.map((line) => ({text: line.text, node: unit.element}))
  const restSpans: TextSpan[] = candidate.rest.map((text) => ({text, node: unit.element}))
  const around = unit.kind === 'item' ? listSurroundings(unit, ctx) : {lead: '', links: []}
  // A house style's header holds its date, labels and title; a link inside its title is no session link.
  const headerLinks = linksOfLines(invitation || sentence || styled ? [] : unit.lines, sectionTitle, candidate, unit.kind === 'row').map((link) =>
    around.lead !== '' && link.role === 'call-to-action' ? {...link, lead: `${around.lead} ${link.lead ?? ''}`.trim()} : link
  )
  const fallbackLinks = candidate.title === null && !candidate.untitled ? headingLinks(unit, ctx) : []
  // Items titled by their section share its introduction (`## Tests utilisateurs` / `La formation se tient sur deux jours` / `- 10 et 11 mars`).
  const introduction = candidate.title === null && !candidate.untitled && unit.kind === 'item' ? sectionIntroduction(unit, ctx) : []
  const description = [...lineSpans, ...read.description, ...introduction]
  // `à Paris, et vous pouvez …`: a place phrase ends at a comma.
  const places = [...restSpans, ...lineSpans, ...titlePlace(sectionTitle, unit)]
    .map((span) => (span.text.includes(' , ') ? span : {...span, text: span.text.split(',')[0] ?? ''}))
    .filter((span) => readPlace(span.text) !== null)
  const categories = candidate.lines.flatMap((line) => readCardLine(line.text)?.category ?? [])
  return {
    node: unit.element,
    date: {text: candidate.header.text, node: candidate.dateNode ?? unit.element},
    phrase: completeTime(candidate, body),
    title: sectionTitle ? {text: sectionTitle, node: unit.element} : null,
    tags: candidate.tags ?? [],
    description,
    // Free-form documents state the place, admission and access in their prose.
    details: [...restSpans, ...read.details, ...description],
    links: [...headerLinks, ...(candidate.reading?.links ?? []), ...fallbackLinks, ...read.links, ...around.links, ...ctx.links],
    struck: candidate.header.struck,
    ...(ctx.defaults ? {defaults: ctx.defaults} : {}),
    ...sectionsOf(unit),
    ...(places.length > 0 ? {places} : {}),
    // A card's category line (`Atelier , CREST`) names the format as a post's categories do.
    ...(categories.length > 0 ? {formatHints: categories} : {}),
    ...(candidate.reading?.organizers ? {organizers: candidate.reading.organizers} : {}),
    ...(candidate.reading?.region ? {region: candidate.reading.region} : {}),
    ...contextOf(unit, ctx)
  }
}

/** A sentence of its own on a header line counts as description; a lead to a link (`. infos pratiques ici`) does not. */
const MIN_LEAD_WORDS = 5
const words = /\p{L}{2,}/gu

/**
 * The body of a house style's header: the unit's lines the header did not
 * take, and the blocks after it up to the next header or heading — after a
 * paragraph, or after a list item that ends its list and holds nothing more
 * (`- **Title** - 26 novembre` then its paragraphs).
 */
function headerBody(candidate: Candidate, ctx: ReadContext): Element[] {
  const {unit} = candidate
  const own: Element[] = candidate.lines.length > 0 ? [paragraphOfLines(candidate.lines)] : []
  if (unit.kind === 'paragraph') return [...own, ...sectionBody(candidate, ctx)]
  if (unit.kind !== 'item' || own.length > 0 || unit.nested.length > 0) return own
  const list = ctx.blocks[unit.flowIndex]
  const items = list ? elementChildren(list) : []
  return items[items.length - 1] === unit.element ? followingBlocks(unit.flowIndex, candidate.consumed, ctx) : []
}

const newline: ElementContent = {type: 'text', value: '\n'}

function paragraphOfLines(lines: ReadonlyArray<Line>): Element {
  return {type: 'element', tagName: 'p', properties: {}, children: lines.flatMap((line, index) => (index === 0 ? [...line.children] : [newline, ...line.children]))}
}

// A title that names a series or an issue, not the event: `Lettre d'Information #0`, `Gazette n°13`.
const genericTitle = /^(?:newsletter|lettre d['’]info\p{L}*|gazette|bulletin|infolettre|actualit[ée]s?|accueil|programme|infos? pratiques?)(?![\p{L}])|(?:#|n°\s?)\d+\s*$/iu

/**
 * The page's one event takes the page's title without its date (`RRLL 2014 à
 * Toulouse le 14 novembre prochain` → `RRLL 2014 à Toulouse`), unless the title
 * is generic; then the sentence without its date (SPEC §4.5).
 */
function invitationTitle(candidate: Candidate, ctx: ReadContext): string | null {
  const title = ctx.documentTitle
  if (title && !genericTitle.test(title)) {
    const phrase = datedPhrase(title)
    return phrase && phrase.kind !== 'until' ? (readTitle(title, phrase).title ?? title) : title
  }
  // The sentence itself, without its date: `Cette édition se tiendra sur le campus de Beaulieu …`.
  const {text} = candidate.header
  const {index} = candidate.phrase
  const before = text.slice(0, index).replace(/\s(?:le|les|du|au)\s*$/iu, ' ')
  return cleanText(`${before} ${text.slice(index + candidate.phrase.text.length)}`).replace(/[\s.,;:]+$/u, '') || null
}

/** The blocks between an item's section heading and its list. */
function sectionIntroduction(unit: Unit, ctx: ReadContext): TextSpan[] {
  const heading = unit.heading
  if (!heading) return []
  const blocks = ctx.blocks.slice(heading.flowIndex + 1, unit.flowIndex)
  return blocks.some((block) => isElement(block, ...headingTags)) ? [] : readBlockBody(blocks).description
}

/** A page's one event is described by the page from its announcement on (its headings aside). */
function pageBody(unit: Unit, ctx: ReadContext): Element[] {
  return ctx.blocks
    .slice(unit.flowIndex)
    .filter((block, offset) => !isElement(block, ...headingTags, 'hr') && !ctx.headingBlocks.has(unit.flowIndex + offset))
}

/** A time that opens a line: `**11h :** Monnaie …`, `De 10h à 12h, en ligne.`, `14h30 - 16h : …`. */
const OPENING_TIME = 4

/**
 * SPEC §4.1: a header date without a time is completed by a time that opens
 * the first line of the session's body (its first block, or its first list item).
 */
function completeTime(candidate: Candidate, body: ReadonlyArray<Element>): Candidate['phrase'] {
  const {phrase} = candidate
  if (phrase.time || candidate.unit.kind !== 'heading' || candidate.strategy !== 'heading') return phrase
  const [first] = body
  const block = first && isElement(first, 'ul', 'ol') ? elementChildren(first)[0] : first
  const line = block ? (textOf(block).split('\n')[0] ?? '') : ''
  const opening = parseTimeRange(line)
  const time = opening && opening.index <= OPENING_TIME ? opening : startedAt(body)
  return time ? {...phrase, time: {...time, index: phrase.index + phrase.text.length}} : phrase
}

// `Le programme démarre à 9h`, `Accueil dès 8h30`, `Ouverture des portes à 18h` (the start, never an end).
const startCue = /(?<![\p{L}])(?:d[ée]marre(?:ra)?|commence(?:ra)?|d[ée]bute(?:ra)?|ouverture des portes|accueil(?: des participants)?)\s+(?:à|dès)\s+(?=\d)/iu
/** The blocks of a section read for its start time. */
const START_BLOCKS = 3

/** A sentence of the section's first blocks that says when it starts: its time, as a start only. */
function startedAt(body: ReadonlyArray<Element>): TimeRange | null {
  for (const block of body.slice(0, START_BLOCKS)) {
    if (!isElement(block, 'p')) continue
    const text = textOf(block)
    const cue = startCue.exec(text)
    if (!cue) continue
    const time = parseTimeRange(text.slice(cue.index + cue[0].length))
    if (time?.index === 0) return {...time, end: null, typo: false}
  }
  return null
}

// `aura lieu le webinar "Créer des services …"`: the quoted name is the title.
const quotedName = /[«"“]\s*(?<name>[^«»"“”]{8,})\s*[»"”]/u
const MAX_AROUND_QUOTE = 40
// …when the words around it only announce it: `aura lieu le webinar`, `se tiendra la conférence`.
const announcement = /(?<![\p{L}])(?:aura lieu|auront lieu|se tiendra|se déroulera|organise|présente|rendez-vous)(?![\p{L}])/iu
// `Données Hi-C. (Séance de rattrapage du 7 février)`: a dated note in brackets is no part of the title.
const parenthetical = /\s*\((?<note>[^()]{1,80})\)/gu

// `PhD Talent Career Fair Octobre 2017`: a month closing a title dates it, it does not name it (SPEC §4.5).
const closingMonth = new RegExp(`\\s+(?:en\\s+)?(?:${monthPattern})\\s+\\d{4}$`, 'iu')

function tidyTitle(title: string): string {
  title = title.replace(closingMonth, '') || title
  const quoted = quotedName.exec(title)
  const around = quoted ? title.slice(0, quoted.index) + title.slice(quoted.index + quoted[0].length) : ''
  if (quoted?.groups?.['name'] && around.length <= MAX_AROUND_QUOTE && announcement.test(around)) return quoted.groups['name'].trim()
  const tidied = title.replace(parenthetical, (whole, note: string) => (datedPhrase(note) ? '' : whole)).trim()
  return tidied === '' ? title : tidied
}

/** `14 avril – présentiel` under `## L'accessibilité numérique dans la pratique`: the section names the session. */
function titleFromSection(unit: Unit): string | null {
  const heading = unit.kind === 'heading' ? null : unit.heading
  if (!heading) return null
  const links = linksIn(heading.element, 'call-to-action')
  const text = heading.lines[0]?.text ?? ''
  // A heading that is one link names what the link is about (its badges aside).
  const [link] = links
  if (links.length === 1 && link && link.label.length >= text.length / 2) return link.label
  return text || null
}

/** The section heading's links, given their kind by a document statement that says what clicking a title does. */
function headingLinks(unit: Unit, ctx: ReadContext): DraftLink[] {
  if (unit.kind === 'heading' || !unit.heading) return []
  const lead = ctx.titleLinkLead
  return linksIn(unit.heading.element, 'call-to-action').map((link) => (lead ? {...link, lead} : link))
}

// A list's introduction that gives its links a kind: `Pour revoir les derniers ateliers :`.
const MAX_INTRODUCTION = 200
const MAX_LINK_LINE = 100

/**
 * Around a dated list: the line that introduces it (`Pour revoir les derniers
 * ateliers BlueHats :`) gives its items' links their kind, and a line of
 * links right after it (`>> Retrouvez toutes les informations sur les ateliers`)
 * is every item's call to action.
 */
function listSurroundings(unit: Unit, ctx: ReadContext): {lead: string; links: DraftLink[]} {
  const {blocks} = ctx
  const before = blocks[unit.flowIndex - 1]
  const after = blocks[unit.flowIndex + 1]
  const beforeText = before && isElement(before, 'p') ? textOf(before) : ''
  const lead = beforeText.length <= MAX_INTRODUCTION && /:\s*$/u.test(beforeText) ? beforeText : ''
  if (!after || !isElement(after, 'p') || ctx.headerBlocks.has(unit.flowIndex + 1)) return {lead, links: []}
  const read = readBlockBody([after])
  // A short line: `>> Retrouvez [toutes les informations sur les ateliers](…)`.
  const short = read.description.every((span) => span.text.length <= MAX_LINK_LINE)
  return {lead, links: short ? read.links.filter((link) => link.role === 'call-to-action') : []}
}

/** Links on the header's lines: calls to action when they carry the date, the title or a call-to-action word. */
function linksOfLines(lines: ReadonlyArray<Line>, title: string | null, candidate: Candidate, allCallToAction: boolean): DraftLink[] {
  const links: DraftLink[] = []
  for (const line of lines) {
    const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children: [...line.children]}
    for (const link of linksIn(paragraph, 'call-to-action')) {
      const label = link.label.trim()
      const names =
        allCallToAction ||
        (label !== '' &&
        ((title !== null && title.includes(label) && label.length >= title.length * TITLE_SHARE) ||
          // `[Journée #BlueHats](…) lors du salon …`: a link that opens the title is the session's.
          (title !== null && label.length >= MIN_OPENING_LABEL && title.startsWith(label)) ||
          (title !== null && title.length >= MIN_OPENING_LABEL && label.includes(title)) ||
          candidate.phrase.text.includes(label) ||
          label.includes(candidate.phrase.text) ||
          callToActionLabel.test(label.replace(/[()[\]]/gu, '').trim()) ||
          callToActionLead.test(link.lead ?? '')))
      links.push(names ? link : {...link, role: 'reference'})
    }
  }
  return links
}

/**
 * The blocks after a heading or a lead paragraph, up to the next heading,
 * rule or block that holds another candidate. A list item's body is itself.
 */
function sectionBody(candidate: Candidate, ctx: ReadContext): Element[] {
  const {unit} = candidate
  if (unit.kind === 'item' || unit.kind === 'row' || unit.kind === 'term' || isElement(unit.element, 'blockquote')) return []
  return followingBlocks(unit.flowIndex, candidate.consumed, ctx)
}

/** The top-level blocks after `flowIndex`, up to the next heading, rule, `<br>`, header or the end of the region. */
function followingBlocks(flowIndex: number, consumed: Element | null, ctx: ReadContext): Element[] {
  const {blocks} = ctx
  const body: Element[] = []
  const end = Math.min(blocks.length, ctx.end)
  for (let index = flowIndex + 1; index < end; index++) {
    const block = blocks[index] as Element
    if (block === consumed) continue
    // A `<br>` between blocks separates sessions too (an agenda's `<br>` lines).
    if (isElement(block, ...headingTags, 'hr', 'br') || ctx.headingBlocks.has(index) || ctx.headerBlocks.has(index)) break
    body.push(block)
  }
  return body
}

/** Formats a session says nothing of come from the heading that introduces it, else the document title (SPEC §4.3). */
function contextOf(unit: Unit, ctx: ReadContext): {contextText?: string} {
  // The section's heading, then the headings that enclose it (each of a higher rank).
  let heading = unit.kind === 'heading' ? enclosingOf(unit) : unit.heading
  while (heading) {
    // The heading's line, read by the marks walk.
    const text = heading.lines[0]?.text ?? ''
    if (findFormats(text).length > 0) return {contextText: text}
    heading = enclosingOf(heading)
  }
  return ctx.documentTitle ? {contextText: ctx.documentTitle} : {}
}

// `Journée #BlueHats lors du salon au Palais des Congrès à Paris.`: a title that ends with its place states it.
const trailingPlace = /\s(?<place>(?:au|à la|à l['’]|aux)\s+\p{Lu}[^,;:]*?\sà\s+\p{Lu}[\p{L}'’ -]*|à\s+\p{Lu}[\p{L}'’-]*)[.!]?$/u

/** The place a title ends with, read as a place phrase (the title keeps it). */
function titlePlace(title: string | null, unit: Unit): TextSpan[] {
  const place = title ? trailingPlace.exec(title)?.groups?.['place'] : undefined
  return place ? [{text: place, node: unit.element}] : []
}

/** The headings that enclose a unit, nearest first (at most six). */
function sectionsOf(unit: Unit): {sections?: TextSpan[]} {
  const sections: TextSpan[] = []
  for (let heading = unit.kind === 'heading' ? enclosingOf(unit) : unit.heading; heading; heading = enclosingOf(heading)) {
    sections.push({text: heading.lines[0]?.text ?? '', node: heading.element})
  }
  return sections.length > 0 ? {sections} : {}
}

function enclosingOf(unit: Unit): Unit | null {
  return unit.enclosing ?? null
}
