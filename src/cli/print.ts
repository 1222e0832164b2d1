import {toCSV, toICS, toJSONLD} from '../export/index.js'
import type {Diagnostic, Session} from '../types.js'
import type {OutputFormat} from './args.js'

/** `file:line:column: severity: message [ruleId]` (SPEC §5); a diagnostic without a place points at 1:1. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`
}

/**
 * Every session of every file in one output: a JSON array, one JSON line per
 * session, one calendar, one table or one array of schema.org events.
 * `stamp` is the calendar's DTSTAMP.
 */
export function formatSessions(sessions: ReadonlyArray<Session>, format: OutputFormat, stamp: Date): string {
  switch (format) {
    case 'ndjson':
      return sessions.map((session) => JSON.stringify(session) + '\n').join('')
    case 'ics':
      return toICS(sessions, {stamp})
    case 'csv':
      return toCSV(sessions)
    case 'jsonld':
      return JSON.stringify(toJSONLD(sessions), null, 2) + '\n'
    case 'json':
      return JSON.stringify(sessions, null, 2) + '\n'
  }
}
