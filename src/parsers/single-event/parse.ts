import type {Element} from 'hast'
import type {Node} from 'unist'
import {readDefaultAttendance} from '../../normalize/attendance.js'
import {foldText, splitSentences} from '../../normalize/text.js'
import {parseDatePhrase, parseTimeRange, type DatePhrase, type TimeRange, type WrittenDay} from '../../normalize/dates/phrase.js'
import type {PageEvent} from '../../structure/index.js'
import type {Unit} from '../../structure/marks.js'
import type {DraftLink, ParseContext, ParsedDocument, TextSpan} from '../../types.js'
import {assignedOf, structuredLinks} from '../structured-data/assigned.js'
import {readEventFrontMatter, type EventFrontMatter, type FrontMatterMoment, type InformationRow} from './front-matter.js'

/** A line of the body that holds a date. */
interface DateLine {
  readonly phrase: DatePhrase
  readonly text: string
  readonly node: Element
  /** A list item's line before its date (`**Le virage cloud**<br>Lundi 29 novembre, 17h`): the item's own title. */
  readonly title: string | null
}

const timeRowKeys = new Set(['horaires', 'horaire', 'heure', 'heures'])
const dateRowKeys = new Set(['date', 'dates', 'quand', 'jour'])
const dailyCue = /(?<![\p{L}])(?:tous les jours|chaque jour|quotidiennement)(?![\p{L}])/u
const onlineHalf = /\s+(?:et|ou|\+|&)\s+(?:en ligne|à distance|en visio(?:conférence)?|en distanciel)\s*$/iu
// Row labels that only name a heading. Another label is a statement itself
// (`intitule: Gratuit`, `contenu: Inscription obligatoire`).
const headingRowKeys = new Set([
  ...timeRowKeys,
  ...dateRowKeys,
  'modalités',
  'modalité',
  'précisions',
  'précision',
  'informations',
  'information',
  'infos',
  'accès',
  'acces',
  'lieu',
  'adresse',
  'inscription',
  'inscriptions',
  'sinscrire',
  'contact',
  'programme',
  'public',
  'tarif',
  'tarifs',
  'prix',
  'lien',
  'en savoir plus'
])
/** A line that is a session of a list (`mardi 26 novembre de 10h à 13h`) has few other words. */
const MAX_SESSION_LINE_EXTRA_WORDS = 3

/**
 * The one event a single-event post describes (docs/decisions/0008-single-event-posts.md):
 * the front matter (or the page's structured `Event`) gives the title, the
 * date and the place; the body's dated lines refine the time, or list several
 * dated sessions of the same event. The reader adds the body to each.
 */
export function readSingleEvent(doc: ParsedDocument, units: ReadonlyArray<Unit>, ctx: ParseContext): PageEvent[] {
  // A page's one structured `Event` states its fields outright (docs/decisions/0012-facts.md).
  const event = doc.events.length === 1 ? (doc.events[0] ?? null) : null
  const fm = readEventFrontMatter(doc, event)
  const dateLines = collectDateLines(units)
  const shared = {
    title: fm.title ? {text: fm.title, node: fm.startNode} : null,
    details: readDetails(fm),
    links: [...(event ? structuredLinks(event, fm.startNode) : []), ...rowLinks(fm)],
    formatHints: fm.categories,
    ...(event ? {assigned: assignedOf(event)} : {})
  }

  // A post without event fields may date its event only in its lead (`le 5 juin prochain à Paris`).
  const datedLines = dateLines.length > 0 || fm.start ? dateLines : leadDateLines(fm)
  const sessions = sessionList(dateLines, fm)
  if (sessions.length >= 2) {
    return sessions.map((line) => ({
      ...shared,
      ...(line.title ? {title: {text: line.title, node: line.node}} : {}),
      node: line.node,
      date: {text: line.text, node: line.node},
      phrase: line.phrase
    }))
  }
  const when = composeDate(fm, datedLines, ctx)
  if (!when) ctx.report('missing-date', fm.startNode, {header: fm.title ?? ''})
  return [{...shared, node: when?.node ?? fm.startNode, date: when?.span ?? null, ...(when ? {phrase: when.phrase} : {})}]
}

/** The lead's sentences that hold a date phrase (the lead has no hast node: its front-matter line stands for it). */
function leadDateLines(fm: EventFrontMatter): DateLine[] {
  if (!fm.lead) return []
  const node: Element = {type: 'element', tagName: 'p', properties: {}, children: [], position: fm.leadNode.position}
  return splitSentences(fm.lead).flatMap((text) => {
    const phrase = parseDatePhrase(text)
    return phrase?.from?.month ? [{phrase, text, node, title: null}] : []
  })
}

/**
 * Every line of the body that holds a date phrase, with its block: the
 * phrases the structure reader's one walk found (never parsed again). A list
 * item's line before its date is the item's own title.
 */
function collectDateLines(units: ReadonlyArray<Unit>): DateLine[] {
  const lines: DateLine[] = []
  for (const unit of units) {
    if (unit.kind === 'row' || unit.kind === 'term') continue
    unit.lines.forEach((line, index) => {
      const phrase = line.phrase
      if (!phrase) return
      const before = index === 1 && !unit.lines[0]?.phrase ? (unit.lines[0]?.text ?? '') : ''
      const title = unit.kind === 'item' && before !== '' && !before.endsWith(':') ? before : null
      lines.push({phrase, text: line.text, node: unit.element, title})
    })
  }
  return lines
}

const sameDay = (a: WrittenDay, b: WrittenDay): boolean => a.day === b.day && a.month === b.month && (a.year === null || b.year === null || a.year === b.year)

function dayNumber(day: WrittenDay, fallbackYear: number): number {
  return Date.UTC(day.year ?? fallbackYear, (day.month ?? 1) - 1, day.day)
}

/**
 * Several dated lines that are each a session (`mardi 26 novembre de 10h à
 * 13h`), within the front matter's span when it gives one: separate sessions
 * of the event. Timed slots of one day's programme carry no date and stay
 * one session.
 */
function sessionList(lines: ReadonlyArray<DateLine>, fm: EventFrontMatter): DateLine[] {
  const candidates = lines.filter(({phrase, text}) => {
    if (phrase.kind !== 'single' || phrase.index > 3 || !phrase.time) return false
    const rest = text.replace(phrase.text, '').replace(phrase.time.text, '')
    return rest.split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word)).length <= MAX_SESSION_LINE_EXTRA_WORDS
  })
  if (!fm.start || !fm.end) return candidates
  const year = fm.start.day.year ?? 0
  const first = dayNumber(fm.start.day, year)
  const last = dayNumber(fm.end.day, year)
  return candidates.filter(({phrase}) => {
    const day = phrase.from ? dayNumber(phrase.from, year) : Number.NaN
    return day >= first && day <= last
  })
}

function findRow(rows: ReadonlyArray<InformationRow>, keys: ReadonlySet<string>): InformationRow | undefined {
  return rows.find((row) => keys.has(row.key))
}

const formatClock = (moment: FrontMatterMoment): string => moment.text.slice(11, 16)

/**
 * The date of the one session (SPEC §4.1): the `Date` row or the front-matter
 * day; the time from the `Horaires` row, the `Date` row, a body line of the
 * same day, or else the front matter's clock (midnight means none). Front
 * matter that disagrees gives `front-matter-conflict`; the written value wins.
 */
function composeDate(fm: EventFrontMatter, lines: ReadonlyArray<DateLine>, ctx: ParseContext): {phrase: DatePhrase; span: TextSpan; node: Node} | null {
  const dateRow = findRow(fm.rows, dateRowKeys)
  const rowPhrase = dateRow ? parseDatePhrase(dateRow.content) : null
  const rowDay = rowPhrase?.from?.month ? rowPhrase.from : null
  let day: WrittenDay | null = rowDay ?? fm.start?.day ?? null
  if (rowDay && fm.start && !sameDay(rowDay, fm.start.day)) {
    ctx.report('front-matter-conflict', fm.rowsNode, {frontMatter: fm.start.text, body: dateRow?.content ?? ''})
  }
  // With no date in the front matter, the first dated line of the body.
  const bodyLine = day ? lines.find(({phrase}) => phrase.from && sameDay(phrase.from, day as WrittenDay)) : (lines.find(({phrase}) => phrase.time) ?? lines[0])
  // A body phrase that gives the day also gives its end (`du 7 au 9 septembre`).
  const bodyTo = !day ? (bodyLine?.phrase.to ?? null) : null
  if (!day && bodyLine?.phrase.from) day = bodyLine.phrase.from
  if (!day) return null
  // The weekday written in the body is checked against the date.
  const weekday = day.weekday ?? bodyLine?.phrase.from?.weekday ?? null
  const from: WrittenDay = {...day, weekday}

  // `Tous les jours : de 13h à 20h` is a time row too, and says the time repeats daily.
  const timeRow = findRow(fm.rows, timeRowKeys) ?? fm.rows.find((row) => dailyCue.test(foldText(row.label)) && parseTimeRange(row.content))
  // So does a body line that names the event's days with a time (`13 et 14 juin, de 9h à 19h`).
  const bodyPhrase = bodyLine?.phrase
  const bodyDays = bodyPhrase?.to && bodyPhrase.time && fm.end !== null && sameDay(bodyPhrase.to, fm.end.day)
  const daily = (timeRow !== undefined && dailyCue.test(foldText(`${timeRow.label} ${timeRow.content}`))) || Boolean(bodyDays)
  const written: TimeRange | null = (timeRow ? parseTimeRange(timeRow.content) : null) ?? rowPhrase?.time ?? bodyLine?.phrase.time ?? null
  const endsSameDay = fm.end !== null && fm.start !== null && sameDay(fm.end.day, fm.start.day)
  const frontMatterTime = fm.start?.time
    ? {text: formatClock(fm.start), index: 0, start: fm.start.time, end: endsSameDay ? (fm.end?.time ?? null) : null, typo: false}
    : null
  if (written && frontMatterTime && (written.start.hour !== frontMatterTime.start.hour || written.start.minute !== frontMatterTime.start.minute)) {
    ctx.report('front-matter-conflict', fm.startNode, {frontMatter: fm.start?.text ?? '', body: written.text})
  }
  let time = written ?? frontMatterTime
  if (time && !time.end && endsSameDay && fm.end?.time) time = {...time, end: fm.end.time}

  // A multi-day event is one session spanning its days (front-matter end on a later day).
  const to = fm.end && fm.start && !endsSameDay && !rowPhrase?.to ? fm.end.day : (rowPhrase?.to ?? bodyTo)
  if (to && time && fm.end?.time && !written?.end) time = {...time, end: fm.end.time}
  const phrase: DatePhrase = {
    // Days with a daily time are one occurrence a day (`range`); else one spanning occurrence.
    kind: to ? (time && !daily ? 'span' : 'range') : 'single',
    text: dateRow?.content ?? bodyLine?.text ?? fm.start?.text ?? '',
    index: 0,
    from,
    to,
    time
  }
  // Date diagnostics point where the date was read; the session where the body states it.
  const node = bodyLine?.node ?? fm.startNode
  const dateNode = bodyLine?.node ?? (dateRow ? fm.rowsNode : fm.startNode)
  return {phrase, span: {text: phrase.text, node: dateNode}, node}
}

/**
 * Practical statements: the place and its address (`lieu`, `adresse`: an
 * apposition, so the place names the address) and the information rows.
 */
function readDetails(fm: EventFrontMatter): TextSpan[] {
  const details: TextSpan[] = []
  const place = fm.place
  // `Le Lieu de la transformation publique et en ligne`: the place is named
  // before its online half, which stays a statement of its own.
  const placeName = place?.replace(onlineHalf, '') ?? null
  if (place && placeName && fm.address && readDefaultAttendance(placeName) === null) {
    details.push({text: `${placeName}, ${fm.address}`, node: fm.startNode})
    if (placeName !== place) details.push({text: place, node: fm.startNode})
  } else {
    if (place) details.push({text: place, node: fm.startNode})
    if (fm.address) details.push({text: fm.address, node: fm.startNode})
  }
  for (const row of fm.rows) {
    // A label that is not a heading says something itself (`Gratuit`, a place's name before its address).
    const statement = row.key !== '' && !headingRowKeys.has(row.key)
    const content = row.content !== '' && !timeRowKeys.has(row.key) && !dateRowKeys.has(row.key) && !dailyCue.test(row.key)
    const text = statement && content ? `${row.label} : ${row.content}` : statement ? row.label : content ? row.content : null
    if (text !== null) details.push({text, node: fm.rowsNode})
  }
  return details
}

/** Information rows with a link are calls to action; the row's label says what for. */
function rowLinks(fm: EventFrontMatter): DraftLink[] {
  return fm.rows.flatMap((row): DraftLink[] =>
    row.link ? [{url: row.link, label: row.content || row.label, lead: row.label, role: 'call-to-action', node: fm.rowsNode}] : []
  )
}
