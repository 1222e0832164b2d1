import {splitTag} from '../normalize/formats.js'

export interface HeaderLabel {
  /** The text before the first bracket: the date phrase of the style. */
  readonly lead: string
  /** Every bracketed label, as written. */
  readonly labels: string[]
}

// `[Quiz]`, `[Table ronde, Démo, Retex]`: a bracket and what it holds, no nesting.
const bracketed = /\[(?<label>[^[\]]*)\]/gu

/**
 * Split a session header's bold text into its date lead and its bracketed
 * labels: `Le jeudi 03/11 de 16h15 à 18h15 [Quiz]` → lead + `['Quiz']`.
 */
export function readHeaderLabel(text: string): HeaderLabel {
  const first = text.indexOf('[')
  const lead = (first === -1 ? text : text.slice(0, first)).trim()
  const labels = [...text.matchAll(bracketed)].map((match) => (match.groups?.['label'] ?? '').trim()).filter((label) => label !== '')
  return {lead, labels}
}

/** Tags of a list of labels: each split on commas, ` et ` and dashes (SPEC §4.3). */
export function labelsToTags(labels: ReadonlyArray<string>): string[] {
  return labels.flatMap((label) => splitTag(label))
}
