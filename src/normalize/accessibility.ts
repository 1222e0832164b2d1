import type {AccessibilityFeature} from '../schema/session.js'

// Closed list of SPEC §4.2, each with the French words that state it.
const featurePatterns: ReadonlyArray<readonly [RegExp, AccessibilityFeature]> = [
  [/mobilit[ée] r[ée]duite|(?<![\p{L}])PMR(?![\p{L}])|accessible en fauteuil|fauteuils? roulants?/iu, 'wheelchair'],
  [/(?<![\p{L}])LSF(?![\p{L}])|langue des signes/iu, 'sign-language'],
  [/sous-titr|v[ée]lotypie|transcription/iu, 'captions'],
  [/boucles? magn[ée]tiques?/iu, 'hearing-loop'],
  [/(?<![\p{L}])FALC(?![\p{L}])|facile à lire/iu, 'easy-read'],
  [/audio-?description/iu, 'audio-description']
]

// Every pattern above holds one of these stems: one cheap test skips the statements that name no feature.
const featureStems = /mobilit|pmr|fauteuil|lsf|signes|sous-titr|v[ée]lotyp|transcri|boucle|falc|facile|audio/i

export interface Accessibility {
  features: AccessibilityFeature[]
  statements: string[]
}

/**
 * Accessibility features and the statements that give them.
 *
 * @example
 * readAccessibility(['Accessible aux personnes à mobilité réduite'])
 * // {features: ['wheelchair'], statements: ['Accessible aux personnes à mobilité réduite']}
 */
const negation = /(?<![\p{L}])(?:ne|n['’])\s*(?:\p{L}+\s+){0,2}pas(?![\p{L}])|(?<![\p{L}])(?:pas|non)\s+(?:disponibles?|pr[ée]vue?s?|assur[ée]e?s?)|(?<![\p{L}])sans\s+(?:sous-titr|interpr[ée]t|transcri)/iu

export function readAccessibility(statements: ReadonlyArray<string>): Accessibility {
  const features = new Set<AccessibilityFeature>()
  const kept: string[] = []
  for (const statement of statements) {
    if (!featureStems.test(statement)) continue
    const named = featurePatterns.flatMap(([pattern, feature]) => (pattern.test(statement) ? [feature] : []))
    if (named.length === 0) continue
    kept.push(statement)
    // SPEC §4.2: `La transcription et la langue des signes ne seront pas disponibles` gives no feature; the sentence is kept.
    if (!negation.test(statement)) for (const feature of named) features.add(feature)
  }
  return {features: [...features], statements: kept}
}
