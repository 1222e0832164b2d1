import type {SessionStatus} from '../schema/session.js'
import {foldText} from './text.js'

// SPEC §4.2, most specific first: "reporté … en ligne" is still postponed.
const statusPatterns: ReadonlyArray<readonly [RegExp, SessionStatus]> = [
  [/(?<![\p{L}])annul[ée]e?s?(?![\p{L}])/u, 'cancelled'],
  [/(?<![\p{L}])report[ée]e?s?(?![\p{L}])|report à une date ultérieure/u, 'postponed'],
  // `complet` says a session is full when it stands alone or is said of it
  // (`COMPLET`, `[Complet]`, `– complet`, `Atelier complet !`, `l'atelier est
  // complet`); `le programme complet` is a complete programme.
  [/(?:^|[[(\-–—:|!]\s*|(?<![\p{L}])(?:est|sont|affiche|désormais|déjà)\s+)compl(?:et|ète)s?(?![\p{L}])/u, 'full'],
  [/^(?:[\p{L}'’]+\s+){0,2}compl(?:et|ète)s?[\s!.]*$/u, 'full'],
  [/se tiendra (?:finalement|désormais) en ligne|(?:basculée?|passée?) en ligne/u, 'moved-online']
]

// Every pattern above holds one of these stems: one cheap test skips the other statements.
const statusStems = /annul|report|compl|en ligne/i

export interface StatusReading {
  readonly status: SessionStatus
  /** The statement that changed the status, for the `status-change` diagnostic. */
  readonly statement: string | null
}

/**
 * The session status from its header, title and details; `scheduled`
 * unless a statement says otherwise. A struck-through header is cancelled.
 */
export function readStatus(statements: ReadonlyArray<string>, struckThrough = false): StatusReading {
  for (const statement of statements) {
    if (!statusStems.test(statement)) continue
    const text = foldText(statement)
    for (const [pattern, status] of statusPatterns) {
      if (pattern.test(text)) return {status, statement}
    }
  }
  if (struckThrough) return {status: 'cancelled', statement: null}
  return {status: 'scheduled', statement: null}
}
