import {checkUrl} from '../normalize/links.js'
import {foldText} from '../normalize/text.js'
import type {DraftSession, ParseContext} from '../types.js'
import type {WrittenDay} from '../normalize/dates/phrase.js'
import type {Unit} from './marks.js'
import type {Candidate} from './strategies.js'

/** A refiner filters or merges what the strategies proposed, in order (chrono's refiners). */
export type Refiner = (candidates: Candidate[], ctx: Pick<ParseContext, 'report'>) => Candidate[]

// SPEC §4.0: the date of a deadline, an application period or a publication,
// said just before the phrase (`Inscriptions avant le 3 mars`, `Candidatures : du 1er au 30 mars`,
// `Publié le 12 mai`). Must not match `Atelier du 3 mars`.
// A legal text dates its acts: `la loi n° 2005-102 du 11 février 2005`, `le décret n° 2019-768 du 24 juillet 2019`.
const mentionCue =
  /(?:inscri\w*|candidature\w*|date limite|cl[ôo]ture\w*|avant le|apr[èe]s le|d[ée]lai|publi[ée]e?s?|mise? à jour|post[ée]e?|d[ée]p[ôo]t)[^.!?]{0,24}$|(?<![\p{L}])(?:loi|d[ée]cret|arr[êe]t[ée]|ordonnance|directive|circulaire|r[èe]glement|d[ée]lib[ée]ration)(?![\p{L}])[^.!?]{0,40}$/u

// A recap narrates a past event: `Le 12 mars : ce que nous avons appris`, `Retour sur la journée du 3 mai`.
const recapCue = /(?<![\p{L}])(?:bilan|retour sur|retours? en images|ce que nous avons|compte[- ]rendu|r[ée]trospective|s'est tenue?|a eu lieu|ont eu lieu)(?![\p{L}])/u

// A press review lists articles (`[Journée du Libre Éducatif : 1er avril 2022](…), dane.ac-lyon.fr, mars 2022.`), not events.
const pressReview = /(?<![\p{L}])(?:revue de presse|dans la presse|on parle de nous|ils parlent de nous)(?![\p{L}])/u

function inPressReview(candidate: Candidate): boolean {
  // The section's heading, then the headings that enclose it (`## Revue de presse` / `### En Europe`).
  for (let heading = candidate.unit.kind === 'heading' ? (candidate.unit.enclosing ?? null) : candidate.unit.heading; heading; heading = heading.enclosing ?? null) {
    if (pressReview.test(foldText(heading.lines[0]?.text ?? ''))) return true
  }
  return false
}

/** Drop deadlines, application periods, publication dates and recaps shaped like headers, with `not-a-session` (SPEC §4.0). */
export const dropMentions: Refiner = (candidates, ctx) =>
  candidates.filter((candidate) => {
    const text = foldText(candidate.header.text)
    const reason = mentionCue.test(text.slice(0, candidate.phrase.index))
      ? 'a deadline or publication date'
      : recapCue.test(text)
        ? 'a recap'
        : inPressReview(candidate)
          ? 'an article of a press review'
          : null
    if (reason === null) return true
    ctx.report('not-a-session', candidate.unit.element, {text: candidate.header.text, reason})
    return false
  })

/** A dated section encloses a programme when this many sessions of its own are dated inside it. */
const PROGRAMME_ITEMS = 2

const sameDayOf = (a: WrittenDay | null | undefined, b: WrittenDay | null | undefined): boolean => a?.day === b?.day && a?.month === b?.month

/**
 * SPEC §4.0: a heading that dates several days (`#### Conférences tech` /
 * `***Du 29 novembre au 2 décembre***`) and holds two or more separately
 * dated sessions (its talks, each with its own day and title) is their
 * programme's header, not a session of its own (`not-a-session`). One pass:
 * each session counts once for each heading that encloses it.
 */
export const dropProgrammeHeaders: Refiner = (candidates, ctx) => {
  const inside = new Map<Unit, number>()
  for (const candidate of candidates) {
    if (candidate.unit.kind === 'heading' || candidate.title === null || candidate.phrase.to) continue
    for (let heading = candidate.unit.heading; heading; heading = heading.enclosing ?? null) inside.set(heading, (inside.get(heading) ?? 0) + 1)
  }
  if (inside.size === 0) return candidates
  return candidates.filter((candidate) => {
    const {phrase, unit} = candidate
    const spans = phrase.to != null && !sameDayOf(phrase.from, phrase.to)
    if (unit.kind !== 'heading' || !spans || (inside.get(unit) ?? 0) < PROGRAMME_ITEMS) return true
    ctx.report('not-a-session', unit.element, {text: candidate.header.text, reason: 'the header of a programme of sessions dated inside it'})
    return false
  })
}

/** The built-in refiners, in order. */
export const defaultRefiners: ReadonlyArray<Refiner> = [dropMentions, dropProgrammeHeaders]

const stopWords = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'et', 'en', 'au', 'aux', 'pour', 'sur', 'lors', 'dans', 'par', 'avec', 'à', 'the', 'of', 'and'])

function titleWords(title: string): Set<string> {
  return new Set(
    foldText(title)
      // `MediaLab` and `médialab` are one word.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1 && !stopWords.has(word))
  )
}

/** Share of words two titles have in common (Jaccard). */
export function titleSimilarity(a: string, b: string): number {
  const left = titleWords(a)
  const right = titleWords(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return shared / (left.size + right.size - shared)
}

/** Titles this alike, on the same day, in two kinds of block, name one event (SPEC §4.0). */
const DUPLICATE_SIMILARITY = 0.25
/** How many earlier drafts of the same day a draft is compared with. */
const MAX_SAME_DAY = 32

/** A draft's day as written (`year-month-day`), the key under which duplicates are looked for. */
function dayKey(draft: DraftSession): string | null {
  const from = draft.phrase?.from ?? draft.phrase?.to
  return from?.month ? `${from.year ?? ''}-${from.month}-${from.day}` : null
}

/** A draft and the kind of block it was read from. */
export interface ReadDraft {
  readonly draft: DraftSession
  /** `heading`, `list-item`, …: sibling items of one list are never one event announced twice. */
  readonly shape: string
  readonly title: string
}

function urlsOf(draft: DraftSession): Set<string> {
  // A placeholder (`#`, empty) is no shared page: two sessions that both have one are not one.
  return new Set(draft.links.filter((link) => link.role === 'call-to-action' && checkUrl(link.url, null).ok).map((link) => link.url))
}

/**
 * The same event announced twice (a featured section and its line in the
 * agenda): one session, the first one's, with the union of both's links and
 * details — and the time when only the second gives one — and a
 * `duplicate-session` info at the second (SPEC §4.0). Two drafts of the same
 * day are one event when they share a call-to-action URL, or when their
 * titles are alike and they come from blocks of different shapes. Compares
 * only drafts of the same day: linear in practice.
 */
export function mergeDuplicates(items: ReadonlyArray<ReadDraft>, ctx: Pick<ParseContext, 'report'>): DraftSession[] {
  const out: Array<ReadDraft & {readonly urls: Set<string>; readonly seen: Set<string>}> = []
  const byDay = new Map<string, number[]>()
  for (const item of items) {
    const key = dayKey(item.draft)
    const same = key === null ? [] : (byDay.get(key) ?? [])
    const urls = urlsOf(item.draft)
    // Only the latest drafts of the day are compared: a list of thousands on one day stays linear.
    const twin = same.slice(-MAX_SAME_DAY).find((index) => {
      const other = out[index] as (typeof out)[number]
      for (const url of urls) if (other.urls.has(url)) return true
      return other.shape !== item.shape && titleSimilarity(other.title, item.title) >= DUPLICATE_SIMILARITY
    })
    if (twin !== undefined) {
      const first = out[twin] as (typeof out)[number]
      const phrase = !first.draft.phrase?.time && item.draft.phrase?.time ? item.draft.phrase : first.draft.phrase
      // What the second announcement adds, once: the same event announced a hundred times stays one draft's size.
      const links = item.draft.links.filter((link) => fresh(first.seen, `link ${link.role} ${link.url}`))
      const details = item.draft.details.filter((span) => fresh(first.seen, `detail ${span.text}`))
      const places = (item.draft.places ?? []).filter((span) => fresh(first.seen, `place ${span.text}`))
      for (const url of urls) first.urls.add(url)
      out[twin] = {
        ...first,
        draft: {
          ...first.draft,
          ...(phrase ? {phrase} : {}),
          links: [...first.draft.links, ...links],
          details: [...first.draft.details, ...details],
          places: [...(first.draft.places ?? []), ...places]
        }
      }
      ctx.report('duplicate-session', item.draft.node, {title: item.title})
      continue
    }
    if (key !== null) {
      same.push(out.length)
      byDay.set(key, same)
    }
    const seen = new Set<string>()
    for (const link of item.draft.links) seen.add(`link ${link.role} ${link.url}`)
    for (const span of item.draft.details) seen.add(`detail ${span.text}`)
    for (const span of item.draft.places ?? []) seen.add(`place ${span.text}`)
    out.push({...item, urls, seen})
  }
  return out.map((item) => item.draft)
}

/** Whether `key` is new to `seen` (and remember it). */
function fresh(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false
  seen.add(key)
  return true
}
