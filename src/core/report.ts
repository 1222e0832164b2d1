import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {Diagnostic} from '../types.js'
import {rules, type RuleId} from './rules.js'

const SOURCE = 'agenda-extract'

function toPlace(place: Node | Position | Point | null | undefined): Position | Point | undefined {
  if (!place) return undefined
  if ('type' in place) return place.position
  return place
}

/**
 * Add the catalogue's message for `ruleId` to `file`, at `place`.
 * `fatal` follows vfile: true = error, false = warning, undefined = info.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  place: Node | Position | Point | null | undefined,
  data: Readonly<Record<string, string>> = {}
): void {
  const rule = rules[ruleId]
  const at = toPlace(place)
  const message = file.message(rule.reason(data), {ruleId, source: SOURCE, ...(at ? {place: at} : {})})
  message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined
  if (data['actual'] !== undefined) message.actual = data['actual']
  if (data['expected'] !== undefined) message.expected = [data['expected']]
  message.note = rule.note
}

/** The contract's plain diagnostics, sorted by position. */
export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages
    .map((message): Diagnostic => ({
      message: message.reason,
      ruleId: message.ruleId as RuleId,
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      line: message.line ?? null,
      column: message.column ?? null,
      source: SOURCE
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
