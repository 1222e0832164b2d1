/**
 * Thrown only for misuse of the API (wrong argument types, unknown parser
 * name, malformed plugin). Content never throws: it gives diagnostics.
 */
export class AgendaExtractError extends Error {
  /** Stable machine-readable code, e.g. `'invalid-input'`. */
  readonly code: AgendaExtractErrorCode

  constructor(code: AgendaExtractErrorCode, message: string) {
    super(message)
    this.name = 'AgendaExtractError'
    this.code = code
  }
}

export type AgendaExtractErrorCode =
  | 'invalid-input'
  | 'invalid-option'
  | 'unknown-parser'
  | 'invalid-parser'
