import type {Root} from 'hast'
import type {Node} from 'unist'
import {mergeSessionDefaults, readSessionDefaults} from '../core/build-session.js'
import {elementChildren, textOf} from '../core/hast.js'
import {readEventFields} from '../facts/event-fields.js'
import type {DatePhrase} from '../normalize/dates/phrase.js'
import {cleanText} from '../normalize/text.js'
import type {AssignedFields, DocumentFacts, DraftLink, DraftSession, ParsedDocument, ParseContext, ParserPlugin, SessionDefaults, TextSpan} from '../types.js'
import {readBlockBody} from './blocks.js'
import type {HeaderRule} from './headers.js'
import {findUnits, type Line, type Unit} from './marks.js'
import {findPageEvent} from './page-event.js'
import {readCandidate} from './read.js'
import {defaultRefiners, mergeDuplicates, type Refiner} from './refine.js'
import {defaultStrategies, findInvitation, proposeCandidates, type Candidate, type Strategy} from './strategies.js'

/** A house style as configuration of the structure reader. */
export interface ReaderProfile {
  /** kebab-case, unique; becomes `source.parser`. */
  readonly name: string
  /** The style's session headers (`boldLead(…)`), tried on each unit before the strategies (default: none). */
  readonly headers?: ReadonlyArray<HeaderRule>
  /** Strategies that propose session blocks, in order (default: `defaultStrategies`). */
  readonly strategies?: ReadonlyArray<Strategy>
  /** Refiners applied in order to what the strategies proposed (default: `defaultRefiners`). */
  readonly refiners?: ReadonlyArray<Refiner>
  /** Read the one event a page announces in a sentence when no block is dated (default: `true`). */
  readonly invitations?: boolean
  /**
   * The detection score when the profile finds session blocks (default: `0.3`),
   * or a function of how many it finds and of the document (`(count) => (count >= 2 ? 0.9 : 0.5)`).
   */
  readonly score?: number | ((sessionBlocks: number, doc: ParsedDocument) => number)
  /** Whether the profile reads the document at all, checked before any unit is looked at (default: always). */
  readonly applies?: (doc: ParsedDocument) => boolean
  /** What the document says of itself (a press release's dateline, letterhead and contacts), read before the sessions. */
  readonly describe?: (doc: ParsedDocument) => DocumentFacts
  /**
   * The part of the flow that holds the sessions, as top-level block indexes
   * `[start, end)` (a press release's: after its dateline, before its contacts; default: all).
   */
  readonly region?: (doc: ParsedDocument) => {readonly start: number; readonly end: number}
  /** The highest score the profile can give (default: `score` when it is a number, else 1). */
  readonly ceiling?: number
  /**
   * The events a page describes as a whole (a single-event post's front
   * matter, read by a fact reader): each becomes a session whose body is the
   * page. With them, detection is the profile's `score` alone.
   */
  readonly pageEvents?: (doc: ParsedDocument, units: ReadonlyArray<Unit>, ctx: ParseContext) => ReadonlyArray<PageEvent>
  /**
   * With this many session blocks, a page is a programme of separately
   * attendable sessions (SPEC §4.0): its blocks are read instead of its page events (default: never).
   */
  readonly programme?: number
}

/** The one event a page describes as a whole, as its fact reader read it; the page's body completes it. */
export interface PageEvent {
  /** Where the session points (`source.line`). */
  readonly node: Node
  readonly date: TextSpan | null
  readonly phrase?: DatePhrase
  readonly title: TextSpan | null
  /** Practical statements the facts give (place, address, information rows). */
  readonly details: ReadonlyArray<TextSpan>
  readonly links: ReadonlyArray<DraftLink>
  readonly formatHints?: ReadonlyArray<string>
  readonly assigned?: AssignedFields
}

/** Page events, each completed by the page's body: its prose and lists describe it and say how to attend. */
function readPageEvents(doc: ParsedDocument, events: ReadonlyArray<PageEvent>): DraftSession[] {
  if (events.length === 0) return []
  const body = readBlockBody(elementChildren(doc.hast), {lists: 'description'})
  return events.map((event) => ({...event, tags: [], description: body.description, statements: body.description, links: [...event.links, ...body.links]}))
}

// Detection and parsing of one document share its candidates (the unified
// way: computed once, on the file's data). The units are the same for every
// profile: one walk of the tree, whichever profiles look at it.
interface Computed {
  readonly profile: ReaderProfile
  readonly units: ReadonlyArray<Unit>
  readonly candidates: Candidate[]
  /** Units shaped like one of the profile's headers whose date cannot be read. */
  readonly undated: ReadonlyArray<Unit>
  /** The end of the profile's region (top-level block index). */
  readonly end: number
}

interface StructureData {
  agendaExtractUnits?: {readonly tree: Root; readonly units: ReadonlyArray<Unit>}
  agendaExtractStructure?: Computed[]
}

function unitsOf(doc: ParsedDocument): ReadonlyArray<Unit> {
  const data = doc.file.data as StructureData
  if (data.agendaExtractUnits?.tree !== doc.hast) data.agendaExtractUnits = {tree: doc.hast, units: findUnits(doc.hast)}
  return data.agendaExtractUnits.units
}

/** A header rule as a strategy: a dated reading is a candidate; an undated one is remembered for `missing-date`. */
function headerStrategy(rules: ReadonlyArray<HeaderRule>, undated: Unit[]): Strategy {
  return (unit) => {
    for (const rule of rules) {
      const reading = rule(unit)
      if (!reading) continue
      if (!reading.phrase || reading.date === null) {
        undated.push(unit)
        return null
      }
      const header: Line = {text: reading.date, children: [], phrase: reading.phrase, struck: false}
      const {organizers, region, lead, links} = reading
      return {
        strategy: 'header',
        unit,
        header,
        phrase: reading.phrase,
        title: reading.title,
        rest: [],
        lines: unit.lines.slice(reading.lines ?? unit.lines.length),
        consumed: null,
        tags: reading.tags,
        dateNode: reading.dateNode,
        reading: {...(organizers ? {organizers} : {}), ...(region ? {region} : {}), ...(lead ? {lead} : {}), ...(links ? {links} : {})}
      }
    }
    return null
  }
}

function computeCandidates(doc: ParsedDocument, profile: ReaderProfile): Computed {
  const data = doc.file.data as StructureData
  const cached = data.agendaExtractStructure?.find((computed) => computed.profile === profile)
  if (cached) return cached
  const all = unitsOf(doc)
  const region = profile.region?.(doc) ?? null
  const units = region ? all.filter((unit) => unit.flowIndex >= region.start && unit.flowIndex < region.end) : all
  const undated: Unit[] = []
  const strategies = profile.strategies ?? defaultStrategies
  const proposed = proposeCandidates(units, profile.headers && profile.headers.length > 0 ? [headerStrategy(profile.headers, undated), ...strategies] : strategies)
  const invitation = proposed.length === 0 && profile.invitations !== false ? findInvitation(units) : null
  // The event a page's front matter states, beside the sessions its body lists.
  const fields = profile.invitations !== false && !invitation ? (readEventFields(doc.frontMatter) ?? (doc.page?.start ? {start: doc.page.start, end: doc.page.end, label: null} : null)) : null
  const pageEvent = fields ? findPageEvent(fields, units, proposed) : null
  const candidates = invitation ? [invitation] : pageEvent ? [...proposed, pageEvent].sort((a, b) => a.unit.flowIndex - b.unit.flowIndex) : proposed
  const computed = {profile, units, candidates, undated, end: region?.end ?? Number.POSITIVE_INFINITY}
  // One entry per profile that looked at the document (a handful: the default parsers).
  ;(data.agendaExtractStructure ??= []).push(computed)
  return computed
}

/** The threshold: every house style that fits wins over a profile that keeps it. */
const DEFAULT_SCORE = 0.3

// `C'est toujours gratuit`, `Tous les ateliers ont lieu au 20 avenue de Ségur`, `Ils ont lieu en présentiel …`.
const generalCue = /(?<![\p{L}])(?:toujours|tous les|toutes les|chaque|ils ont lieu|elles ont lieu|se tiennent|se déroulent)(?![\p{L}])/iu

/**
 * Statements of the document that speak of all its sessions (SPEC §4.2):
 * before the first session, the lead before any heading, and lines that
 * say so (`toujours`, `tous les`) in the sections before it.
 */
function documentStatements(units: ReadonlyArray<Unit>, candidates: ReadonlyArray<Candidate>): TextSpan[] {
  const first = candidates[0]?.unit.flowIndex
  if (first === undefined) return []
  const firstHeading = units.find((unit) => unit.kind === 'heading')?.flowIndex ?? Number.POSITIVE_INFINITY
  const statements: TextSpan[] = []
  for (const unit of units) {
    if (unit.flowIndex >= first) break
    if (unit.kind === 'heading') continue
    for (const line of unit.lines) {
      if (unit.flowIndex < firstHeading || generalCue.test(line.text)) statements.push({text: line.text, node: unit.element})
    }
  }
  return statements
}

/**
 * SPEC §4.2: a statement about one part of the document applies to that
 * part's sessions. In a section whose sessions are self-contained blocks
 * (list items, table rows, definition terms), the paragraphs around them
 * speak of the part (`Quelques-unes des administrations se présentent, en
 * visio`, `Pour participer, inscrivez-vous`); in a section of headings or
 * lead paragraphs they are one session's body, and speak of it alone.
 */
function partStatements(units: ReadonlyArray<Unit>, candidates: ReadonlyArray<Candidate>): Map<Unit, TextSpan[]> {
  const headers = new Set<Unit>()
  const itemized = new Set<Unit>()
  const prose = new Set<Unit>()
  for (const {unit} of candidates) {
    headers.add(unit)
    const section = unit.kind === 'heading' ? unit : unit.heading
    if (!section) continue
    if (unit.kind === 'item' || unit.kind === 'row' || unit.kind === 'term') itemized.add(section)
    else prose.add(section)
  }
  const parts = new Map<Unit, TextSpan[]>()
  for (const unit of units) {
    const section = unit.heading
    if (unit.kind !== 'paragraph' || headers.has(unit) || !section || !itemized.has(section) || prose.has(section)) continue
    const spans = parts.get(section) ?? []
    for (const line of unit.lines) spans.push({text: line.text, node: unit.element})
    parts.set(section, spans)
  }
  return parts
}

// `1€ (cotisation)`, `15 euros`, `Gratuit`: a front matter's fee, read into a typed value once.
const feeAmount = /(?<amount>\d{1,5}(?:[.,]\d{1,2})?)\s?(?:€|euros?(?![\p{L}]))/u
const freeFee = /gratuit|libre|free/iu

// `Pour plus d'information et s'inscrire, il suffit de cliquer sur les intitulés des formations` says what the titles' links are for.
const clickCue = /cliqu/iu

function readFee(fee: string): {free: boolean; price: {amount: number; currency: string} | null} | null {
  const amount = feeAmount.exec(fee)?.groups?.['amount']
  if (amount !== undefined) {
    const value = Number(amount.replace(',', '.'))
    return {free: value === 0, price: {amount: value, currency: 'EUR'}}
  }
  return freeFee.test(fee) ? {free: true, price: null} : null
}

/** SPEC §4.1: without a publication date, the latest year written in the list of sessions dates the others. */
function listYear(candidates: ReadonlyArray<Candidate>): number | null {
  let latest: number | null = null
  for (const {phrase} of candidates) {
    const year = phrase.to?.year ?? phrase.from?.year ?? null
    if (year !== null && (latest === null || year > latest)) latest = year
  }
  return latest
}

function withYear(draft: DraftSession, year: number): DraftSession {
  const phrase = draft.phrase
  if (!phrase || (phrase.from?.year ?? phrase.to?.year) != null) return draft
  return {
    ...draft,
    phrase: {...phrase, from: phrase.from ? {...phrase.from, year} : null, to: phrase.to ? {...phrase.to, year} : null}
  }
}

/**
 * Build a parser plugin from a profile: the document's structure (headings,
 * list items, paragraphs, cards) proposes session blocks, the refiners drop
 * mentions, and one block reader turns each into a draft.
 *
 * @example
 * const myStyle = createReader({name: 'my-style', strategies: [datedLineStrategy], score: 0.6})
 * extract(markdown, {parsers: [myStyle, ...defaultParsers]})
 */
export function createReader(profile: ReaderProfile): ParserPlugin {
  const {score = DEFAULT_SCORE} = profile
  const scoreOf = (count: number, doc: ParsedDocument): number => (count === 0 ? 0 : typeof score === 'number' ? score : score(count, doc))
  return {
    name: profile.name,
    ceiling: profile.ceiling ?? (typeof score === 'number' ? score : 1),
    ...(profile.describe ? {describe: profile.describe} : {}),
    detect(doc) {
      if (profile.applies && !profile.applies(doc)) return 0
      // A page event is the page's: its score does not wait for blocks.
      return profile.pageEvents ? scoreOf(1, doc) : scoreOf(computeCandidates(doc, profile).candidates.length, doc)
    },
    parse(doc: ParsedDocument, ctx: ParseContext): DraftSession[] {
      const computed = computeCandidates(doc, profile)
      if (profile.pageEvents && computed.candidates.length < (profile.programme ?? Number.POSITIVE_INFINITY)) {
        return readPageEvents(doc, profile.pageEvents(doc, computed.units, ctx))
      }
      // Shaped like a session header, but no date we can read: say so.
      for (const unit of computed.undated) ctx.report('missing-date', unit.element, {header: cleanText(textOf(unit.element))})
      let candidates = computed.candidates
      for (const refine of profile.refiners ?? defaultRefiners) candidates = refine(candidates, ctx)
      const headerBlocks = new Set(candidates.map((candidate) => candidate.unit.flowIndex))
      const {document} = ctx
      const statements = documentStatements(computed.units, candidates)
      const fee = document.fee ? readFee(document.fee) : null
      const place = document.defaultVenue
      const readContext = {
        blocks: elementChildren(doc.hast),
        headerBlocks,
        headingBlocks: new Set(computed.units.flatMap((unit) => (unit.kind === 'heading' ? [unit.flowIndex] : []))),
        end: computed.end,
        documentTitle: document.title,
        // Read once for the document, not once per session.
        defaults: statements.length > 0 || fee || place ? readSessionDefaults(statements, fee, place) : null,
        titleLinkLead: statements.find((span) => clickCue.test(span.text))?.text ?? null,
        links: document.registrationUrl ? [{url: document.registrationUrl, label: document.registrationUrl, role: 'call-to-action', kind: 'registration', node: null} as const] : []
      }
      const years = ctx.referenceDate === null || ctx.referenceDate.from === 'title' || ctx.referenceDate.from === 'option' ? listYear(candidates) : null
      const parts = partStatements(computed.units, candidates)
      const partDefaults = new Map<Unit, SessionDefaults>()
      const drafts = candidates.map((candidate) => {
        const part = candidate.unit.kind === 'heading' ? undefined : candidate.unit.heading
        const spans = part ? parts.get(part) : undefined
        let defaults = readContext.defaults
        if (part && spans) {
          // Read once for the part, not once per session.
          let own = partDefaults.get(part)
          if (!own) partDefaults.set(part, (own = mergeSessionDefaults(readSessionDefaults(spans, null), readContext.defaults)))
          defaults = own
        }
        const draft = readCandidate(candidate, defaults === readContext.defaults ? readContext : {...readContext, defaults})
        return {draft: years === null ? draft : withYear(draft, years), shape: candidate.unit.kind, title: cleanText(draft.title?.text ?? '')}
      })
      return mergeDuplicates(drafts, ctx)
    }
  }
}

/**
 * The generic reader: every document no house style claims is read from
 * its structure (SPEC §1 item 4). Dated headings and their sections, dated
 * list items, paragraphs that open with a date, title blocks and cards.
 *
 * Detection: 0.3 (the threshold) when at least one session block is found,
 * so every house style that fits wins over it.
 */
export const structure: ParserPlugin = createReader({name: 'structure'})

export {boldLead} from './headers.js'
export type {BoldLeadOptions, HeaderReading, HeaderRule} from './headers.js'
export {findUnits} from './marks.js'
export type {ColumnRole, Line, Unit, UnitKind} from './marks.js'
export {defaultRefiners, dropMentions, dropProgrammeHeaders, mergeDuplicates, titleSimilarity} from './refine.js'
export type {Refiner} from './refine.js'
export {datedLineStrategy, defaultStrategies, definitionStrategy, headingStrategy, headingThenLineStrategy, readTitle, tableRowStrategy, titleBlockStrategy} from './strategies.js'
export type {Candidate, Strategy, StrategyName} from './strategies.js'
