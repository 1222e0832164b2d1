import type {Diagnostic, Session} from '../types.js'

/** `file:line:column: severity: message [ruleId]` (SPEC §5); a diagnostic without a place points at 1:1. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`
}

/** `json`: one array of every session; `ndjson`: one session per line. */
export function formatSessions(sessions: ReadonlyArray<Session>, format: 'json' | 'ndjson'): string {
  if (format === 'ndjson') return sessions.map((session) => JSON.stringify(session) + '\n').join('')
  return JSON.stringify(sessions, null, 2) + '\n'
}
