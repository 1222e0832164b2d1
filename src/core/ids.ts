/**
 * Stable ids (SPEC §4.5): derived from the document identity, the start and
 * the title, so the same session gets the same id on every run. A pure
 * 64-bit FNV-1a keeps the core free of `node:crypto`.
 */
export function sessionId(documentKey: string, start: string | null, title: string): string {
  return fnv1a64(`${documentKey}\u0000${start ?? ''}\u0000${title}`)
}

/**
 * 64-bit FNV-1a over UTF-16 code units, in four 16-bit limbs (least
 * significant first): the same hashes as BigInt arithmetic, without a BigInt
 * per character. The prime 2⁴⁰ + 0x1b3 multiplies as `h × 0x1b3 + (h << 40)`.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let index = 0; index < text.length; index++) {
    h0 ^= text.charCodeAt(index)
    const t0 = h0 * 0x1b3
    let t1 = h1 * 0x1b3
    let t2 = h2 * 0x1b3 + ((h0 & 0xff) << 8)
    let t3 = h3 * 0x1b3 + ((h0 >>> 8) | ((h1 & 0xff) << 8))
    t1 += t0 >>> 16
    t2 += t1 >>> 16
    t3 += t2 >>> 16
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = t3 & 0xffff
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0)
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0')
}
