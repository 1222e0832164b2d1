import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {parseDatePhrase} from '../normalize/dates/phrase.js'
import {toDateString} from '../normalize/dates/zoned.js'
import {cleanText, foldText} from '../normalize/text.js'
import {informationRow, type InformationRow, type PageFacts} from '../facts/event-fields.js'
import {dayOfMoment, isEventItem, readStatedMoment, readStructuredEvents, type StatedMoment, type StructuredEvent} from '../facts/structured-data.js'
import {report} from './report.js'

/**
 * What an HTML page gives the parsers (docs/decisions/0009-html-input.md):
 * the content flow, the fields a CMS rendered around it (typed `PageFacts`),
 * and its structured events.
 */
export interface HtmlPage {
  readonly flow: Root
  /** The event fields the page renders around its content, typed. */
  readonly facts: PageFacts
  /** `<base href>`, as written. */
  readonly base: string | null
  /** Every schema.org `Event` the page states (JSON-LD, microdata), typed. */
  readonly events: ReadonlyArray<StructuredEvent>
}

const chromeTags = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'template', 'noscript', 'form', 'button', 'iframe', 'svg', 'head'])
const blockTags = new Set(['p', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'blockquote', 'pre', 'figure', 'table', 'div', 'section', 'article', 'main', 'center', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th'])
const wrapperTags = new Set(['div', 'section', 'article', 'main', 'center', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'body', 'html'])
/** The share of its parent's text that makes a child the content region. */
const MOST_OF_THE_TEXT = 0.6

function isChrome(element: Element): boolean {
  if (chromeTags.has(element.tagName)) return true
  const props = element.properties
  return props['hidden'] !== undefined && props['hidden'] !== false ? true : props['ariaHidden'] === 'true'
}

const hasClassOrId = (element: Element, pattern: RegExp): boolean => {
  const className = element.properties['className']
  const names = Array.isArray(className) ? className.join(' ') : ''
  return pattern.test(`${names} ${String(element.properties['id'] ?? '')}`)
}

function elementsOf(parent: Root | Element): Element[] {
  const elements: Element[] = []
  for (const child of parent.children) if (child.type === 'element') elements.push(child)
  return elements
}

/** Read an HTML page once: chrome, regions, facts, structured data. */
export function readHtmlPage(tree: Root, file: VFile): HtmlPage {
  let main: Element | null = null
  let body: Element | null = null
  let base: string | null = null
  const scripts: Element[] = []
  const microdata: Element[] = []
  const head: HeadFacts = {title: null, metas: new Map()}
  visit(tree, 'element', (element) => {
    const tag = element.tagName
    if (tag === 'title' && head.title === null) head.title = cleanText(toText(element)) || null
    else if (tag === 'meta') readMeta(element, head.metas)
    // A top-level item: a nested one (`itemprop="subEvent"`) is read with its parent.
    if (element.properties['itemProp'] === undefined && isEventItem(element)) microdata.push(element)
    if (tag === 'base' && typeof element.properties['href'] === 'string') base ??= element.properties['href']
    else if (tag === 'script' && String(element.properties['type'] ?? '').toLowerCase() === 'application/ld+json') scripts.push(element)
    else if (!main && (tag === 'main' || element.properties['role'] === 'main')) main = element
    else if (!body && tag === 'body') body = element
  })
  const scope: Root | Element = main ?? body ?? tree
  const region = findContentRegion(scope)
  const places = new Map<string, Element>()
  const facts = readPageFacts(scope, region === scope ? null : region, places, head)
  const events = readStructuredEvents(scripts, microdata, ({node, detail}) => report(file, 'structured-data-invalid', node, {detail}))
  // The page's one event: its rendered fields are checked against what its structured data states.
  if (events.length === 1 && events[0]) crossCheck(facts, events[0], file, places)
  return {flow: {type: 'root', children: flatten(region)}, facts, base, events}
}

/**
 * The content region: from the page's scope, go down into the child that
 * holds most of the text (the article, then its body) until no child does —
 * an article's body, not its title box, tags or practical information. A
 * newsletter's rows each hold a little, so the table itself is the region.
 * Chrome (navigation, header, footer, asides) weighs nothing.
 */
const contentName = /(?:^|[\s_-])(?:content|contenu|article-body|entry|post-body|corps)(?:$|[\s_-])/iu
/** A named content block is the region when it holds at least this share of the page's text. */
const NAMED_SHARE = 0.25

function findContentRegion(scope: Root | Element): Root | Element {
  const sizes = new Map<Element | Root, number>()
  const measure = (node: Root | Element): number => {
    let size = 0
    for (const child of node.children) {
      if (child.type === 'text') size += child.value.trim().length
      else if (child.type === 'element' && !isChrome(child)) size += measure(child)
    }
    sizes.set(node, size)
    return size
  }
  const total = measure(scope)
  // A block the page names as its content (`#content-article`, `.entry-content`) wins when it holds a fair share.
  let named: Element | null = null
  visit(scope, 'element', (element) => {
    if (isChrome(element)) return 'skip'
    if (hasClassOrId(element, contentName) && (sizes.get(element) ?? 0) > (named ? (sizes.get(named) ?? 0) : 0)) named = element
    return undefined
  })
  if (named && (sizes.get(named) ?? 0) >= total * NAMED_SHARE) return named
  let region: Root | Element = scope
  for (;;) {
    const total = sizes.get(region) ?? 0
    // A data table is content, not a wrapper: its rows are read as rows.
    const next = elementsOf(region).find(
      (child) => wrapperTags.has(child.tagName) && !(child.tagName === 'table' && isDataTable(child)) && (sizes.get(child) ?? 0) >= total * MOST_OF_THE_TEXT
    )
    if (!next) return region
    region = next
  }
}

/**
 * The blocks of a region in document order, through wrappers (`div`,
 * `section`, tables), without chrome. A wrapper's end is a boundary (`<hr>`)
 * so a session never runs from one box into the next. A cell or box with
 * only inline content reads as a paragraph.
 */
export function flatten(region: Root | Element): RootContent[] {
  const blocks: RootContent[] = []
  const boundary: Element = {type: 'element', tagName: 'hr', properties: {}, children: []}
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') {
        if (child.type === 'text' && child.value.trim() !== '') blocks.push(asParagraph([child], parent))
        continue
      }
      if (isChrome(child)) continue
      // A data table (a header row of `<th>`, as a Markdown pipe table renders) stays whole:
      // its columns are read by the table-row strategy. Layout tables are read through.
      if (child.tagName === 'table' && isDataTable(child)) {
        blocks.push(child)
        continue
      }
      const blockChildren = elementsOf(child).filter((element) => blockTags.has(element.tagName))
      if (wrapperTags.has(child.tagName) && blockChildren.length >= 2) {
        walk(child)
        blocks.push(boundary)
      } else if (wrapperTags.has(child.tagName) && blockChildren.length === 1 && !hasClassOrId(child, /lien-important|button|cta/u)) {
        walk(child)
      } else if (wrapperTags.has(child.tagName) && blockChildren.length === 0 && child.tagName !== 'div') {
        blocks.push({...child, tagName: 'p'})
      } else {
        blocks.push(child)
      }
    }
  }
  walk(region)
  return blocks
}

/** A table whose first row is header cells only. */
function isDataTable(table: Element): boolean {
  const firstRow = (element: Element): Element | undefined => {
    for (const child of elementsOf(element)) {
      if (child.tagName === 'tr') return child
      if (child.tagName === 'thead' || child.tagName === 'tbody') return firstRow(child)
    }
    return undefined
  }
  const cells = elementsOf(firstRow(table) ?? table).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
  return cells.length >= 2 && cells.every((cell) => cell.tagName === 'th')
}

function asParagraph(children: ElementContent[], parent: Root | Element): Element {
  return {type: 'element', tagName: 'p', properties: {}, children, ...(parent.position ? {position: parent.position} : {})}
}

const infoHeading = /informations? pratiques?|infos? pratiques?/u
const publishedLead = /publi[ée]e?\s+le|mis\s+à\s+jour|mise\s+à\s+jour/u

/**
 * The fields a CMS renders around the content (numerique.gouv.fr's event
 * layout and pages like it), typed: the `<h1>` title, the event category,
 * the publication and event dates in `<time>`, and the practical-information
 * box (the place in bold, its address, label/value rows).
 */
/** What the page's head says: its `<title>` and its meta tags (`og:title`, `article:published_time`). */
interface HeadFacts {
  title: string | null
  readonly metas: Map<string, string>
}

function readMeta(element: Element, metas: Map<string, string>): void {
  const key = element.properties['property'] ?? element.properties['name'] ?? element.properties['itemProp']
  const content = element.properties['content']
  const name = Array.isArray(key) ? key.join(' ') : typeof key === 'string' ? key : null
  if (name !== null && typeof content === 'string' && content.trim() !== '' && !metas.has(name.toLowerCase())) metas.set(name.toLowerCase(), content.trim())
}

// The page's own title and publication date in the meta tags site generators write.
const titleMetas = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'] as const
const publishedMetas = ['article:published_time', 'og:article:published_time', 'datepublished', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'pubdate'] as const
// `Atelier API | DINUM`: a `<title>` ends with the site's name after a bar.
const siteSuffix = /\s+[|·]\s+[^|·]+$/u

function readHead(head: HeadFacts): {title: string | null; published: string | null} {
  const metaTitle = titleMetas.map((key) => head.metas.get(key)).find((value) => value !== undefined)
  const title = metaTitle ? cleanText(metaTitle) : head.title ? head.title.replace(siteSuffix, '') || head.title : null
  const published = publishedMetas.map((key) => readStatedMoment(head.metas.get(key))).find((moment) => moment !== null && moment !== undefined)
  return {title, published: published ? dayOfMoment(published) : null}
}

function readPageFacts(scope: Root | Element, region: Root | Element | null, places: Map<string, Element>, head: HeadFacts): PageFacts {
  let title: string | null = null
  let categories: string[] = []
  const times: Array<{moment: StatedMoment; published: boolean; element: Element}> = []
  let infoBox: Element | null = null
  visit(scope, 'element', (element, _index, parent) => {
    if (element === region) return 'skip'
    if (element.tagName === 'h1' && title === null) {
      title = cleanText(toText(element))
      places.set('title', element)
    }
    if (hasClassOrId(element, /event-category/u) && categories.length === 0) {
      categories = [cleanText(toText(element)).replace(/^\|\s*|\s*\|$/gu, '')]
    }
    if (element.tagName === 'time') {
      const moment = readTime(element)
      const context = parent?.type === 'element' ? foldText(toText(parent)) : ''
      if (moment) times.push({moment, published: publishedLead.test(context) || hasClassOrId(element, /date-publication|published/u), element})
    }
    if (!infoBox && /^h[1-6]$/u.test(element.tagName) && infoHeading.test(foldText(toText(element))) && parent?.type === 'element') {
      infoBox = parent
    }
    return undefined
  })
  const published = times.find((time) => time.published)
  const eventTimes = times.filter((time) => !time.published)
  const box = infoBox ? readInfoBox(infoBox) : {place: null, address: null, rows: []}
  // A date in the page's header is the event's only on an event page (it has practical information).
  const [first, second] = infoBox ? eventTimes : []
  if (first) places.set('start', first.element)
  if (second) places.set('end', second.element)
  const publication = published ?? (!infoBox ? eventTimes[0] : undefined)
  // The head's title and date stand in for a page that shows none.
  const fromHead = readHead(head)
  return {
    title: title ?? fromHead.title,
    categories,
    published: publication ? dayOfMoment(publication.moment) : fromHead.published,
    start: first?.moment ?? null,
    end: second?.moment ?? null,
    ...box
  }
}

/** `<time datetime="2023-06-27T11:00:00+02:00">`, else its text (`27 juin 2023`) as a day. */
function readTime(element: Element): StatedMoment | null {
  const datetime = element.properties['dateTime']
  if (typeof datetime === 'string') {
    const stated = readStatedMoment(datetime)
    if (stated) return stated
  }
  const phrase = parseDatePhrase(cleanText(toText(element)))
  const day = phrase?.kind === 'single' ? phrase.from : null
  return day?.month && day.year ? {day, time: null, text: toDateString(day.year, day.month, day.day)} : null
}

const addressLike = /\d.*(?:rue|avenue|av\.|bd|boulevard|place|quai|all[ée]e|chemin|cours|route)|\d{2}\s?\d{3}\s+\p{Lu}/iu

/** The practical-information box: the place in bold, its address, then `label value` rows. */
function readInfoBox(box: Element): Pick<PageFacts, 'place' | 'address' | 'rows'> {
  let place: string | null = null
  let address: string | null = null
  const rows: InformationRow[] = []
  for (const child of elementsOf(box)) {
    if (child.tagName !== 'p') continue
    const parts = elementsOf(child)
    const label = parts.find((part) => hasClassOrId(part, /font-bold|bold|label/u) || part.tagName === 'strong' || part.tagName === 'b')
    const text = cleanText(toText(child))
    if (label && parts.length >= 2) {
      const value = parts[parts.indexOf(label) + 1]
      const href = value?.tagName === 'a' ? value.properties['href'] : undefined
      rows.push(informationRow(cleanText(toText(label)), value ? cleanText(toText(value)) : '', typeof href === 'string' ? href : null))
    } else if (hasClassOrId(child, /font-bold|bold/u) && place === null && !/\?$/u.test(text)) {
      place = text
    } else if (address === null && place !== null && rows.length === 0 && addressLike.test(text)) {
      address = text
    }
  }
  return {place, address, rows}
}

/** Structured data wins; a page whose text says otherwise gets a warning naming both. */
function crossCheck(page: PageFacts, event: StructuredEvent, file: VFile, places: ReadonlyMap<string, Element>): void {
  for (const [field, key, written, stated] of [
    ['event_start_date', 'start', page.start, event.start],
    ['event_end_date', 'end', page.end, event.end]
  ] as const) {
    if (written === null || stated === null) continue
    // Compare what both state: the day, and the time when the page gives one.
    const sameDay = written.day.day === stated.day.day && written.day.month === stated.day.month && written.day.year === stated.day.year
    const sameTime = written.time === null || (written.time.hour === stated.time?.hour && written.time.minute === stated.time.minute)
    if (!sameDay || !sameTime) {
      report(file, 'structured-data-conflict', places.get(key), {field, structured: stated.text.replace('T', ' '), page: written.text.replace('T', ' ')})
    }
  }
  if (page.title !== null && event.name !== null && foldText(page.title) !== foldText(event.name)) {
    report(file, 'structured-data-conflict', places.get('title'), {field: 'title', structured: event.name, page: page.title})
  }
}
