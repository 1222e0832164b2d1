import type {Node} from 'unist'
import {readAccessibility} from '../normalize/accessibility.js'
import {readAdmission} from '../normalize/admission.js'
import {isMeetingUrl, readAttendance, readOnline} from '../normalize/attendance.js'
import {readAudience} from '../normalize/audience.js'
import {resolveOccurrences, type ResolvedDates} from '../normalize/dates/occurrences.js'
import {parseDatePhrase} from '../normalize/dates/phrase.js'
import {findFormats, findFormatsIn, findProseFormats} from '../normalize/formats.js'
import {checkUrl, classifyLink, isCalendarFile} from '../normalize/links.js'
import {readOrganizers} from '../normalize/organizers.js'
import {readStatus} from '../normalize/status.js'
import {cleanText, cutAtWord, splitSentences, summarize, unquote} from '../normalize/text.js'
import {readPlace, readVenues} from '../normalize/venues.js'
import type {Format, Session, SessionLink, Venue} from '../schema/session.js'
import type {AssignedFields, DraftLink, DraftSession, ParseContext, SessionDefaults, TextSpan} from '../types.js'

type Admission = Session['admission']
type Accessibility = Session['accessibility']

export interface BuildContext extends ParseContext {
  readonly parser: string
  readonly path: string | null
  readonly url: string | null
  /** Base of relative links: `<base href>` or `url`. */
  readonly base: string | null
  /** What this extraction has read from each text span. */
  readonly spans: SpanReadings
}

/**
 * What is read from a text span, once per extraction: the sessions of one
 * post share its spans (a page's events, one body), and each span is split
 * into statements and scanned for formats once.
 */
export interface SpanReadings {
  statements(span: TextSpan): string[]
  proseFormats(span: TextSpan): Format[]
}

export function createSpanReadings(): SpanReadings {
  const statements = new Map<TextSpan, string[]>()
  const formats = new Map<TextSpan, Format[]>()
  return {
    statements(span) {
      let read = statements.get(span)
      if (!read) statements.set(span, (read = statementsOf(span)))
      return read
    },
    proseFormats(span) {
      let read = formats.get(span)
      if (!read) formats.set(span, (read = findProseFormats(span.text)))
      return read
    }
  }
}

/** A session without its id, which `extract` assigns once all are built. */
export type SessionWithoutId = Omit<Session, 'id'>

const unknownDates: ResolvedDates = {start: null, end: null, occurrences: [{start: null, end: null}]}
const MAX_DERIVED_TITLE = 160

/**
 * Turn a parser's draft into a session with the shared normalizers. Returns
 * `null` (with a diagnostic) when the block has neither a title nor a date.
 */
export function buildSession(draft: DraftSession, ctx: BuildContext): SessionWithoutId | null {
  const datePlace = draft.date?.node ?? draft.node
  const dates = readDates(draft, ctx, datePlace)
  const description = draft.description.map((span) => cleanText(span.text)).filter((text) => text !== '')
  const descriptionText = description.length > 0 ? description.join('\n\n') : null
  const title = readTitle(draft, description, dates, ctx)
  if (title === null) return null

  const statements = [...draft.details, ...(draft.statements ?? [])].flatMap((span) => ctx.spans.statements(span))
  const links = readLinks(draft.links, ctx)
  const callToActionLabels = draft.links.filter((link) => link.role === 'call-to-action').map((link) => link.label)
  const formats = readFormats(draft, title, ctx.spans)
  const addresses = readVenues(draft.details.map((span) => span.text))
  const places = addresses.length > 0 ? [] : (draft.places ?? []).flatMap((span) => readPlace(span.text) ?? [])
  const venues = withRegion(addresses.length > 0 ? addresses : places.slice(0, 1), draft.region)
  const defaults = draft.defaults
  const assigned = draft.assigned
  const attendance =
    assigned?.attendance ??
    // A region label is where, not how: only an address means in person.
    readAttendance({
      statements,
      // A town a header names (`à Paris`) says where, not that one attends in person.
      hasVenue: addresses.some((venue) => venue.street !== null || venue.city !== null),
      // A video-conference join link says online whatever its role (SPEC §4.4).
      onlineFormat: formats.includes('webinar') || links.some((link) => isMeetingUrl(link.url))
    }) ??
    (draft.sections && draft.sections.length > 0 ? readAttendance({statements: draft.sections.map((span) => span.text), hasVenue: false, onlineFormat: false}) : null) ??
    defaults?.attendance ??
    ctx.document.defaultAttendance
  // A session that says nothing of its place takes the document's, unless it is held online.
  const ownVenues = assigned?.venues && assigned.venues.length > 0 ? [...assigned.venues] : venues.length > 0 || !defaults || attendance === 'online' ? venues : [...defaults.venues]
  const read = readStatus([title, ...statements], draft.struck ?? false)
  // A status the structured data states wins unless it is the default `scheduled` and the text says more.
  const status = assigned?.status && (assigned.status !== 'scheduled' || read.status === 'scheduled') ? {status: assigned.status, statement: null} : read
  if (status.statement !== null) ctx.report('status-change', draft.node, {statement: status.statement, status: status.status})
  const onlineUrls = [...(assigned?.onlineUrl ? [assigned.onlineUrl] : []), ...links.map((link) => link.url)]
  const online = attendance === 'online' || attendance === 'hybrid' ? readOnline(statements, onlineUrls) : null
  const start = draft.node.position?.start

  return {
    title,
    summary: descriptionText ? summarize(descriptionText) : null,
    description: descriptionText,
    start: dates.start,
    end: dates.end,
    timeZone: ctx.timeZone,
    status: status.status,
    occurrences: dates.occurrences,
    tags: [...draft.tags],
    formats,
    topics: draft.tags.filter((tag) => findFormats(tag).length === 0),
    attendance,
    venues: ownVenues,
    online: online && assigned?.onlineUrl ? {...online, url: assigned.onlineUrl} : online,
    accessibility: withAccessibilityDefault(readAccessibility(statements), defaults),
    admission: withAssignedAdmission(defaults ? mergeAdmission(readAdmission(statements, callToActionLabels), defaults.admission) : readAdmission(statements, callToActionLabels), assigned),
    audience: readAudience(statements),
    organizers: [
      ...new Set([
        ...(assigned?.organizers ?? []),
        ...(draft.organizers ?? []),
        ...readOrganizers(
          description,
          draft.links.filter((link) => link.role === 'reference').map((link) => link.label)
        )
      ])
    ],
    links,
    source: {parser: ctx.parser, path: ctx.path, url: ctx.url, line: start?.line ?? null, column: start?.column ?? null}
  }
}

/**
 * Read once per document what its statements give every session that says
 * nothing of its own: attendance, place, access, admission; a front
 * matter's place and typed fee complete them.
 */
export function readSessionDefaults(spans: ReadonlyArray<TextSpan>, fee: {free: boolean; price: Admission['price']} | null, place: string | null = null): SessionDefaults {
  const statements = spans.flatMap((span) => statementsOf(span))
  // A front matter's place says where; the modes it names (`En ligne et en présentiel`)
  // are the document's attendance only when it names one (`DocumentInfo.defaultAttendance`).
  const venues = readDefaultVenues(statements, place)
  const admission = readAdmission(statements, [])
  return {
    // A place that names both modes says the sessions differ: no statement gives them all one.
    attendance: place !== null && readAttendance({statements: [place], hasVenue: false, onlineFormat: false}) === 'hybrid' ? null : readAttendance({statements, hasVenue: venues.length > 0, onlineFormat: false}),
    venues,
    accessibility: readAccessibility(statements),
    admission: fee && admission.free === null ? {...admission, free: fee.free, price: admission.price ?? fee.price} : admission
  }
}

/** A free entry or a price the structured data states wins over what the text implies. */
function withAssignedAdmission(admission: Admission, assigned: AssignedFields | undefined): Admission {
  if (assigned?.free === undefined && assigned?.price === undefined) return admission
  return {...admission, free: assigned.free ?? admission.free, price: assigned.price ? {...assigned.price} : assigned.free === true ? null : admission.price}
}

/** Defaults of a part of the document first, then the document's: each field the part leaves empty. */
export function mergeSessionDefaults(part: SessionDefaults, document: SessionDefaults | null): SessionDefaults {
  if (!document) return part
  return {
    attendance: part.attendance ?? document.attendance,
    venues: part.venues.length > 0 ? part.venues : document.venues,
    accessibility: part.accessibility.features.length > 0 ? part.accessibility : document.accessibility,
    admission: mergeAdmission(part.admission, document.admission)
  }
}

function withAccessibilityDefault(own: Accessibility, defaults: SessionDefaults | undefined): Accessibility {
  return own.features.length > 0 || !defaults ? own : defaults.accessibility
}

function mergeAdmission(own: Admission, fallback: Admission): Admission {
  return {
    ...own,
    free: own.free ?? fallback.free,
    price: own.price ?? fallback.price,
    registration: own.registration ?? fallback.registration,
    statements: [...own.statements, ...fallback.statements.filter((statement) => !own.statements.includes(statement))]
  }
}

// `dans le 7e arrondissement de Paris`: a town the document gives all its sessions.
const arrondissement = /(?<![\p{L}])\d{1,2}(?:e|er|ème)\s+arrondissement\s+de\s+(?<city>\p{Lu}[\p{L}-]+)/u

const townAlone = /^(?<city>\p{Lu}[\p{L}'’-]+)[^\p{L}\p{N}]*$/u

function readDefaultVenues(statements: ReadonlyArray<string>, place: string | null): Venue[] {
  const texts = place === null ? statements : [place, ...statements]
  const venues = readVenues(texts)
  if (venues.length > 0) return venues.slice(0, 1)
  for (const text of texts) {
    // `dans le 7e arrondissement de Paris`, or a front matter's town alone (`location: Pelleautier 🇫🇷`),
    // never a word alone in the text (`Participer`).
    const city = arrondissement.exec(text)?.groups?.['city'] ?? (text === place ? townAlone.exec(text)?.groups?.['city'] : undefined)
    if (city) return [{name: null, street: null, postalCode: null, city, region: null, room: null, note: null, country: 'FR', raw: text}]
  }
  return []
}

/** A region label (`Bretagne : …`) fills `region`, on the venues or as a venue of its own (SPEC §4.2). */
function withRegion(venues: Venue[], region: string | undefined): Venue[] {
  if (!region) return venues
  if (venues.length > 0) return venues.map((venue) => ({...venue, region}))
  return [{name: null, street: null, postalCode: null, city: null, region, room: null, note: null, country: 'FR', raw: region}]
}

function readDates(draft: DraftSession, ctx: BuildContext, place: Node): ResolvedDates {
  const phrase = draft.phrase ?? (draft.date ? parseDatePhrase(draft.date.text) : null)
  if (!phrase) {
    if (draft.date && draft.date.text.trim() !== '') ctx.report('missing-date', place, {header: cleanText(draft.date.text)})
    return unknownDates
  }
  return resolveOccurrences(phrase, {
    reference: ctx.referenceDate?.value ?? null,
    timeZone: ctx.timeZone,
    report: (ruleId, data) => ctx.report(ruleId, place, data)
  })
}

function readTitle(draft: DraftSession, description: ReadonlyArray<string>, dates: ResolvedDates, ctx: BuildContext): string | null {
  const written = draft.title ? unquote(cleanText(draft.title.text)) : ''
  if (written !== '') return written
  const firstSentence = description[0] ? splitSentences(description[0])[0] : undefined
  if (firstSentence) {
    const title = cutAtWord(firstSentence, MAX_DERIVED_TITLE)
    ctx.report('missing-title', draft.node, {title})
    return title
  }
  if (dates.start === null) {
    ctx.report('session-dropped', draft.node, {header: cleanText(draft.date?.text ?? '')})
    return null
  }
  // A dated session with no words at all: its tags name it.
  const title = draft.tags.join(' – ') || cleanText(draft.date?.text ?? '')
  ctx.report('missing-title', draft.node, {title})
  return title
}

/**
 * SPEC §4.3: formats come from the tags when there are tags; otherwise from
 * the title with the front-matter categories, then the description, then the
 * heading that introduces the block.
 */
function readFormats(draft: DraftSession, title: string, spans: SpanReadings): Format[] {
  if (draft.tags.length > 0) return findFormatsIn(draft.tags)
  const fromTitle = findFormatsIn([title, ...(draft.formatHints ?? [])])
  if (fromTitle.length > 0) return fromTitle
  // The raw spans keep their line breaks: a short line is a programme item.
  const fromDescription = [...new Set(draft.description.flatMap((span) => spans.proseFormats(span)))]
  if (fromDescription.length > 0) return fromDescription
  return draft.contextText ? findFormats(draft.contextText) : []
}

// A practical-detail item holds several statements: one per line (`<br>`),
// per ` / ` (`Entrée gratuite sur inscription / Accessible aux PMR`) and per
// sentence (`Entrée libre gratuite sur inscription. Accessible aux personnes …`).
const statementSeparator = /\s*\n\s*|\s+\/\s+/u

function statementsOf(span: TextSpan): string[] {
  return span.text.split(statementSeparator).flatMap((statement) => splitSentences(statement))
}

/** Classify and de-duplicate links, dropping the broken ones; a URL keeps the kind of its first call to action. */
function readLinks(drafts: ReadonlyArray<DraftLink>, ctx: BuildContext): SessionLink[] {
  const links: SessionLink[] = []
  const byUrl = new Map<string, number>()
  for (const draft of drafts) {
    const checked = checkUrl(draft.url, ctx.base)
    // Reported once for the whole document (core/check-links.ts).
    if (!checked.ok || isCalendarFile(checked.url)) continue
    const kind = draft.role === 'reference' ? 'reference' : (draft.kind ?? classifyLink(draft.label, draft.lead))
    const label = cleanText(draft.label) || checked.url
    const seen = byUrl.get(checked.url)
    if (seen === undefined) {
      byUrl.set(checked.url, links.length)
      links.push({url: checked.url, label, kind})
    } else if (links[seen]?.kind === 'reference' && kind !== 'reference') {
      links[seen] = {url: checked.url, label, kind}
    }
  }
  return links
}
