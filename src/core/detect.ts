import {AgendaExtractError} from '../errors.js'
import type {ParsedDocument, ParserPlugin} from '../types.js'

/** A plugin must score at least this to read a document. */
export const DETECTION_THRESHOLD = 0.3

/** Throw on a malformed plugin list (API misuse). */
export function assertParsers(parsers: unknown): asserts parsers is ReadonlyArray<ParserPlugin> {
  if (!Array.isArray(parsers)) throw new AgendaExtractError('invalid-parser', '`parsers` must be an array of parser plugins')
  const names = new Set<string>()
  for (const [index, plugin] of parsers.entries()) {
    const candidate = plugin as Partial<ParserPlugin> | null
    if (
      typeof candidate !== 'object' ||
      candidate === null ||
      typeof candidate.name !== 'string' ||
      candidate.name === '' ||
      typeof candidate.detect !== 'function' ||
      typeof candidate.parse !== 'function' ||
      (candidate.ceiling !== undefined && !(typeof candidate.ceiling === 'number' && candidate.ceiling >= 0 && candidate.ceiling <= 1))
    ) {
      throw new AgendaExtractError(
        'invalid-parser',
        `Parser plugin at index ${index} must be an object with a non-empty \`name\`, a \`detect\` function, a \`parse\` function and, if any, a \`ceiling\` from 0 to 1`
      )
    }
    // `source.parser` and `parser: 'name'` must name one plugin.
    if (names.has(candidate.name)) throw new AgendaExtractError('invalid-parser', `Parser plugin at index ${index} reuses the name \`${candidate.name}\`; names must be unique`)
    names.add(candidate.name)
  }
}

/** The plugin named `name`; throws when there is none (API misuse). */
export function findParser(parsers: ReadonlyArray<ParserPlugin>, name: string): ParserPlugin {
  const plugin = parsers.find((candidate) => candidate.name === name)
  if (!plugin) {
    const known = parsers.map((candidate) => `\`${candidate.name}\``).join(', ')
    throw new AgendaExtractError('unknown-parser', `Unknown parser \`${name}\`; expected one of ${known}`)
  }
  return plugin
}

/** The plugin with the highest score ≥ the threshold; ties go to the earlier plugin. */
export function detectParser(parsers: ReadonlyArray<ParserPlugin>, doc: ParsedDocument): ParserPlugin | null {
  let best: ParserPlugin | null = null
  let bestScore = DETECTION_THRESHOLD
  for (const plugin of parsers) {
    // Ties go to the earlier plugin: one whose ceiling is no higher than the best cannot win.
    if (best !== null && (plugin.ceiling ?? 1) <= bestScore) continue
    const score = plugin.detect(doc)
    if (Number.isFinite(score) && score >= bestScore && (best === null || score > bestScore)) {
      best = plugin
      bestScore = score
    }
  }
  return best
}
