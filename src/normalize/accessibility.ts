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
export function readAccessibility(statements: ReadonlyArray<string>): Accessibility {
  const features = new Set<AccessibilityFeature>()
  const kept: string[] = []
  for (const statement of statements) {
    let matched = false
    for (const [pattern, feature] of featurePatterns) {
      if (pattern.test(statement)) {
        features.add(feature)
        matched = true
      }
    }
    if (matched) kept.push(statement)
  }
  return {features: [...features], statements: kept}
}
