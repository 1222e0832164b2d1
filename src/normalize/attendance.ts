import type {Attendance} from '../schema/session.js'
import {parseUrl} from './links.js'
import {foldText} from './text.js'

// SPEC §4.2; the lists are examples, not closed lists.
const hybridCue = /(?<![\p{L}])hybride?s?(?![\p{L}])|distanciel et (?:en )?pr[ée]sentiel|pr[ée]sentiel et (?:en )?distanciel|en ligne et en pr[ée]sentiel|en pr[ée]sentiel et en ligne/u
const inPersonCue = /pr[ée]sentiel|sur place/u
// `démarches en ligne`, `inscription en ligne`, `disponible en ligne`: `en ligne` qualifying
// a noun is a subject, not how the session is attended.
const onlineCue =
  /(?<!(?:d[ée]marches?|services?(?: publics?)?|formulaires?|outils?|ressources?|proc[ée]dures?|plateformes?|publications?|inscriptions?|candidatures?|disponibles?|replay|questionnaire|t[ée]l[ée]services?|administrations?|d[ée]clarations?|demandes?|dossiers?|paiements?|contenus?|documents?)\s)en ligne|(?<![\p{L}])(?:webinaires?|webconf[ée]rences?|e-conf[ée]rences?|visio(?:conf[ée]rence)?s?|distanciel|youtube|zoom|teams|livestorm|webex|jitsi|live|streaming|online)(?![\p{L}])|à distance/u

// Every cue above holds one of these stems: one cheap test skips the statements that say nothing of the mode.
const modeStems = /hybrid|pr[ée]sentiel|sur place|en ligne|webinai|webconf|e-conf|visio|distan|youtube|zoom|teams|livestorm|webex|jitsi|live|streaming|online/i

const themeCue = /(?<![\p{L}])(?:th[èe]mes?|sujets?)(?![\p{L}])/u

export interface AttendanceCues {
  /** Practical-detail statements. */
  readonly statements: ReadonlyArray<string>
  /** The session names a physical address. */
  readonly hasVenue: boolean
  /** The session's formats say online (`webinar`), or a call to action goes to a meeting platform. */
  readonly onlineFormat: boolean
}

/**
 * in-person / online / hybrid from what the session itself says; `null`
 * when it says nothing (never guess). Titles are not read: `Travail en mode
 * hybride` is a subject, not a mode (SPEC §4.2).
 */
export function readAttendance(cues: AttendanceCues): Attendance | null {
  let inPerson = cues.hasVenue
  let online = cues.onlineFormat
  for (const statement of cues.statements) {
    if (!modeStems.test(statement)) continue
    const text = foldText(statement)
    // `Le thème cette année : la créativité à distance` states a subject, not a mode.
    if (themeCue.test(text)) continue
    if (hybridCue.test(text)) return 'hybrid'
    if (inPersonCue.test(text)) inPerson = true
    if (onlineCue.test(text)) online = true
  }
  return inPerson && online ? 'hybrid' : inPerson ? 'in-person' : online ? 'online' : null
}

/**
 * The attendance a front-matter `lieu` gives as a default: only when it
 * names a single mode (`En ligne`); `En ligne et en présentiel` is no default.
 */
export function readDefaultAttendance(lieu: string): Attendance | null {
  const text = foldText(lieu)
  if (hybridCue.test(text)) return null
  const online = onlineCue.test(text)
  const inPerson = inPersonCue.test(text)
  return online && !inPerson ? 'online' : inPerson && !online ? 'in-person' : null
}

const platforms: ReadonlyArray<readonly [RegExp, string, RegExp | null]> = [
  [/webconf[ée]rence de l['’][ée]tat|webconf\.numerique\.gouv/u, "webconférence de l'État", /webconf\.numerique\.gouv\.fr/u],
  [/w[ée]binaire de l['’][ée]tat|webinaire\.numerique\.gouv/u, "webinaire de l'État", /webinaire\.numerique\.gouv\.fr/u],
  [/youtube|youtu\.be/u, 'YouTube', /(?:^|\.)(?:youtube\.com|youtu\.be)$/u],
  [/(?<![\p{L}])zoom(?![\p{L}])/u, 'Zoom', /(?:^|\.)zoom\.us$/u],
  [/(?<![\p{L}])teams(?![\p{L}])/u, 'Teams', /(?:^|\.)teams\.(?:microsoft|live)\.com$/u],
  [/livestorm/u, 'Livestorm', /(?:^|\.)livestorm\.co$/u],
  [/webex/u, 'Webex', /(?:^|\.)webex\.com$/u],
  [/jitsi/u, 'Jitsi', /(?:^|\.)jit\.si$/u]
]

/** The online platform named in the statements or links, with its URL when a link goes there. */
export function readOnline(statements: ReadonlyArray<string>, urls: ReadonlyArray<string>): {platform: string | null; url: string | null} {
  const hosts = urls.map((url) => [url, hostOf(url)] as const)
  const folded = statements.map((statement) => foldText(statement))
  for (const [cue, platform, host] of platforms) {
    const url = host ? (hosts.find(([, hostname]) => host.test(hostname))?.[0] ?? null) : null
    if (url || folded.some((statement) => cue.test(statement))) return {platform, url}
  }
  return {platform: null, url: null}
}

// Meeting platforms: a call to action there means the session happens there.
// (A YouTube link may be a video to watch later, so it is not one.)
const meetingHosts = /(?:^|\.)(?:livestorm\.co|zoom\.us|teams\.microsoft\.com|teams\.live\.com|webex\.com|webconf\.numerique\.gouv\.fr|webinaire\.numerique\.gouv\.fr|meet\.jit\.si|meet\.google\.com|whereby\.com|gotomeeting\.com)$/u

/** Whether a URL is a meeting platform's (Livestorm, Zoom, Teams, Webex, Jitsi, Google Meet, webconférence and webinaire de l'État). */
export function isMeetingUrl(url: string): boolean {
  return meetingHosts.test(hostOf(url))
}

function hostOf(url: string): string {
  return parseUrl(url)?.hostname ?? ''
}
