import type {LinkKind} from '../schema/session.js'
import {foldText} from './text.js'

// SPEC §4.4, in priority order: inscri* > programme > replay/revoir/différé > info.
const registrationCue = /inscri/u
const programCue = /programme/u
const replayCue = /replay|revoir|diff[ée]r[ée]/u

/**
 * The kind of a call-to-action link from its label; when the label is the
 * bare URL, from the words just before it (`Inscrivez-vous ici : https://…`).
 *
 * @example
 * classifyLink("Plus d'informations et inscriptions") // 'registration'
 * classifyLink('Découvrir le programme') // 'program'
 */
export function classifyLink(label: string, lead = ''): Exclude<LinkKind, 'reference'> {
  if (isBareUrl(label)) return kindOf(lead)
  // A label that says nothing specific (`ici`, `Détails`) takes the words before it.
  const kind = kindOf(label)
  return kind === 'info' ? kindOf(lead) : kind
}

function kindOf(text: string): Exclude<LinkKind, 'reference'> {
  const folded = foldText(text)
  if (registrationCue.test(folded)) return 'registration'
  if (programCue.test(folded)) return 'program'
  if (replayCue.test(folded)) return 'replay'
  return 'info'
}

function isBareUrl(label: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(label.trim())
}

export type CheckedUrl =
  | {readonly ok: true; readonly url: string}
  | {readonly ok: false; readonly reason: 'placeholder' | 'invalid'}

/**
 * Check a link target (SPEC §4.4): placeholders (`#`, empty, `javascript:`,
 * template code, a URL that says the link is to come) and unparsable URLs are refused; relative URLs resolve
 * against `base`, or are kept as written without one;
 * absolute URLs are kept exactly as written.
 */
export function checkUrl(raw: string, base: string | null): CheckedUrl {
  const url = raw.trim()
  if (url === '' || url.startsWith('#') || /^javascript:/iu.test(url) || templateCode.test(url) || toCome.test(url)) return {ok: false, reason: 'placeholder'}
  if (/^[a-z][a-z\d+.-]*:/iu.test(url)) {
    return isAbsoluteUrl(url) ? {ok: true, url} : {ok: false, reason: 'invalid'}
  }
  // `edite-piaf-sip.eventbrite.com`, `www.example.org/x`: a host written without its scheme.
  if (schemelessHost.test(url)) {
    const absolute = `https://${url}`
    return isAbsoluteUrl(absolute) ? {ok: true, url: absolute} : {ok: false, reason: 'invalid'}
  }
  const resolved = base === null ? null : parseUrl(url, base)
  if (resolved) return {ok: true, url: resolved.href}
  // SPEC §4.4: without a base, a relative link is kept as written (`/ateliers/eupl`).
  return {ok: true, url}
}

// Template code a site generator left unrendered: `{{ event.url }}`, `{% link %}`, `[**idv**]`.
const templateCode = /\{\{|\{%|\[\*\*/u
// A URL that says the link is to come (SPEC §4.4): `https://LIENMENTORENATTENTE.fr`, `https://example.org/lien-a-venir`,
// `https://TODO`, `https://xxx.fr`. Must not match `https://www.attentes-usagers.fr`, `https://avenir-climatique.org`, `https://link.springer.com`.
const toCome = /en-?attente|(?:lien|url|link)-?(?:a-?venir|tbd|todo)|^https?:\/\/(?:www\.)?(?:todo|tbd|xxx+|placeholder)(?:[./:]|$)/iu

/** An add-to-calendar file (`/agenda/x.ics`) is not a session link (SPEC §4.4). */
export function isCalendarFile(url: string): boolean {
  const path = url.split(/[?#]/u, 1)[0] ?? ''
  return /\.ics$/iu.test(path)
}

// `www.` or a usual top-level domain, so that `index.html` stays a relative path.
const schemelessHost = /^(?:www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:fr|com|org|net|eu|io|info|studio|app|co))(?=[/?#:]|$)/iu

// Hosts are letters, digits, dots and hyphens (IDNs arrive as Unicode letters);
// `gou**v.fr` is a conversion artefact, not a host.
const hostPattern = /^[\p{L}\p{N}.-]+$/u

function isAbsoluteUrl(url: string): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return true
  const host = url.slice(url.indexOf('//') + 2).split(/[/?#:]/u, 1)[0] ?? ''
  return parsed.hostname !== '' && hostPattern.test(host)
}

/** A URL parsed once (`URL.canParse` then `new URL` parse it twice), or `null`. */
export function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base)
  } catch {
    return null
  }
}
