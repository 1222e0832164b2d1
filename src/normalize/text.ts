/** Small text helpers shared by the normalizers. Every regex here is linear. */

/** Collapse runs of white space (including non-breaking spaces) and trim. */
export function cleanText(text: string): string {
  // Most texts are clean already (they were cleaned once): test before building a new string.
  return untidy.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}
// White space other than single spaces inside the text: `a  b`, `a\nb`, `a\u00a0b`, ` a`, `a `.
const untidy = /[^\S ]| {2}|^ | $/u

/** Lower-case and fold apostrophes, for keyword matching. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/[’`]/g, "'")
}

// A sentence ends at `.`, `!`, `?` or `…` followed by white space and a capital,
// an opening quote or bracket: "ludique ! Venez" splits, "beta.gouv" does not.
const sentenceEnd = /(?<=[.!?…])\s+(?=[\p{Lu}«"“[(])/u

/** Split prose into sentences (French punctuation, `!` after a space). */
export function splitSentences(text: string): string[] {
  return cleanText(text)
    .split(sentenceEnd)
    .filter((sentence) => sentence.length > 0)
}

/** Cut `text` at a word so that it is at most `max` characters, adding `…` when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const slice = text.slice(0, max - 1)
  const space = slice.lastIndexOf(' ')
  return `${(space > max / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:–-]+$/u, '')}…`
}

/**
 * First sentence(s) of a description, at most `max` characters, cut at a
 * word (SPEC §3 `summary`).
 */
export function summarize(text: string, max = 200): string | null {
  // Only the opening of a long description can be part of the summary.
  const sentences = splitSentences(text.slice(0, max * 4))
  const first = sentences[0]
  if (first === undefined) return null
  let summary = first
  for (const sentence of sentences.slice(1)) {
    if (summary.length + 1 + sentence.length > max) break
    summary += ` ${sentence}`
  }
  return cutAtWord(summary, max)
}

/** Upper-case the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Strip guillemets or quotes that surround the whole text. */
export function unquote(text: string): string {
  const trimmed = text.trim()
  const pairs: Record<string, string> = {'«': '»', '"': '"', '“': '”'}
  const close = pairs[trimmed.charAt(0)]
  if (close && trimmed.endsWith(close) && trimmed.length > 2) {
    const inner = trimmed.slice(1, -1)
    // Only when the quotes wrap everything: «a» b «c» keeps its quotes.
    if (!inner.includes(trimmed.charAt(0)) && !inner.includes(close)) return inner.trim()
  }
  return trimmed
}

/** A heading converted from a PDF or typed in capitals: at least 8 letters, (nearly) all capitals. */
export function isCapitalsLine(text: string): boolean {
  let letters = 0
  let upper = 0
  for (const char of text) {
    if (char.toLowerCase() !== char.toUpperCase()) {
      letters++
      if (char === char.toUpperCase()) upper++
    }
  }
  return letters >= 8 && upper / letters >= 0.85
}
