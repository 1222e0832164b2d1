/**
 * Stable ids (SPEC §4.5): derived from the document identity, the start and
 * the title, so the same session gets the same id on every run. A pure
 * 64-bit FNV-1a keeps the core free of `node:crypto`.
 */
export function sessionId(documentKey: string, start: string | null, title: string): string {
  return fnv1a64(`${documentKey}\u0000${start ?? ''}\u0000${title}`)
}

const MASK = 0xffffffffffffffffn
const PRIME = 0x100000001b3n

function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index))
    hash = (hash * PRIME) & MASK
  }
  return hash.toString(16).padStart(16, '0')
}
