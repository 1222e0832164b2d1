import {readSessionDefaults} from '../core/build-session.js'
import {cleanText} from '../normalize/text.js'
import type {DraftSession, ParsedDocument, ParseContext, ParserPlugin, TextSpan} from '../types.js'
import {findUnits, type Unit} from './marks.js'
import {readCandidate} from './read.js'
import {defaultRefiners, mergeDuplicates, type Refiner} from './refine.js'
import {defaultStrategies, findInvitation, proposeCandidates, type Candidate, type Strategy} from './strategies.js'

/** A house style as configuration of the structure reader. */
export interface ReaderProfile {
  /** kebab-case, unique; becomes `source.parser`. */
  readonly name: string
  /** Strategies that propose session blocks, in order (default: `defaultStrategies`). */
  readonly strategies?: ReadonlyArray<Strategy>
  /** Refiners applied in order to what the strategies proposed (default: `defaultRefiners`). */
  readonly refiners?: ReadonlyArray<Refiner>
  /** Read the one event a page announces in a sentence when no block is dated (default: `true`). */
  readonly invitations?: boolean
  /** The detection score when the profile finds at least one session block (default: `0.3`). */
  readonly score?: number
}

// Detection and parsing of one document share its candidates (the unified
// way: computed once, on the file's data).
interface Computed {
  readonly profile: ReaderProfile
  readonly units: ReturnType<typeof findUnits>
  readonly candidates: Candidate[]
}

function computeCandidates(doc: ParsedDocument, profile: ReaderProfile): Computed {
  const data = doc.file.data as {agendaExtractStructure?: Computed}
  const cached = data.agendaExtractStructure
  if (cached?.profile === profile) return cached
  const units = findUnits(doc.hast)
  const proposed = proposeCandidates(units, profile.strategies ?? defaultStrategies)
  const invitation = proposed.length === 0 && profile.invitations !== false ? findInvitation(units) : null
  const candidates = invitation ? [invitation] : proposed
  const computed = {profile, units, candidates}
  data.agendaExtractStructure = computed
  return computed
}

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
  return {
    name: profile.name,
    ceiling: profile.score ?? 0.3,
    detect: (doc) => (computeCandidates(doc, profile).candidates.length > 0 ? (profile.score ?? 0.3) : 0),
    parse(doc: ParsedDocument, ctx: ParseContext): DraftSession[] {
      let candidates = computeCandidates(doc, profile).candidates
      for (const refine of profile.refiners ?? defaultRefiners) candidates = refine(candidates, ctx)
      const headerBlocks = new Set(candidates.map((candidate) => candidate.unit.flowIndex))
      const {document} = ctx
      const place: TextSpan[] = document.defaultVenue ? [{text: document.defaultVenue, node: null}] : []
      const statements = [...place, ...documentStatements(computeCandidates(doc, profile).units, candidates)]
      const fee = document.fee ? readFee(document.fee) : null
      const readContext = {
        flow: doc.hast,
        headerBlocks,
        documentTitle: document.title,
        // Read once for the document, not once per session.
        defaults: statements.length > 0 || fee ? readSessionDefaults(statements, fee) : null,
        titleLinkLead: statements.find((span) => clickCue.test(span.text))?.text ?? null,
        links: document.registrationUrl ? [{url: document.registrationUrl, label: document.registrationUrl, role: 'call-to-action', kind: 'registration', node: null} as const] : []
      }
      const years = ctx.referenceDate === null || ctx.referenceDate.from === 'title' || ctx.referenceDate.from === 'option' ? listYear(candidates) : null
      const drafts = candidates.map((candidate) => {
        const draft = readCandidate(candidate, readContext)
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
const structureProfile: ReaderProfile = {name: 'structure'}
export const structure: ParserPlugin = createReader(structureProfile)

/** How many session blocks the structure reader proposes in a document (before refiners), computed once. */
export function countSessionBlocks(doc: ParsedDocument): number {
  return computeCandidates(doc, structureProfile).candidates.length
}

export {findUnits} from './marks.js'
export type {ColumnRole, Line, Unit, UnitKind} from './marks.js'
export {defaultRefiners, dropMentions, mergeDuplicates, titleSimilarity} from './refine.js'
export type {Refiner} from './refine.js'
export {datedLineStrategy, defaultStrategies, definitionStrategy, headingStrategy, headingThenLineStrategy, readTitle, tableRowStrategy, titleBlockStrategy} from './strategies.js'
export type {Candidate, Strategy, StrategyName} from './strategies.js'
