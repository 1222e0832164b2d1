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

/**
 * A plugin's own diagnostic (a rule id outside the catalogue): its message
 * is `data.message` (else the rule id), its severity `data.severity` (else
 * `warning`), its source the plugin's name.
 */
export function reportOwn(
  file: VFile,
  source: string,
  ruleId: string,
  place: Node | Position | Point | null | undefined,
  data: Readonly<Record<string, string>> = {}
): void {
  const at = toPlace(place)
  const message = file.message(data['message'] ?? ruleId, {ruleId, source, ...(at ? {place: at} : {})})
  const severity = data['severity']
  message.fatal = severity === 'error' ? true : severity === 'info' ? undefined : false
}

/** Whether `ruleId` is one of the catalogue's. */
export function isRuleId(ruleId: string): ruleId is RuleId {
  return Object.hasOwn(rules, ruleId)
}

/** The contract's plain diagnostics, sorted by position. */
export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages
    .map((message): Diagnostic => ({
      message: message.reason,
      ruleId: message.ruleId ?? '',
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      line: message.line ?? null,
      column: message.column ?? null,
      source: message.source ?? SOURCE
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
