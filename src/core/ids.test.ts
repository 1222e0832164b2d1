import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fnv1a64, sessionId} from './ids.js'

// The reference: 64-bit FNV-1a in BigInt arithmetic, as the ids were first computed.
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

describe('fnv1a64', () => {
  test.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8']
  ])('%j hashes to the published FNV-1a 64 value', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash)
  })

  test('gives the BigInt reference hash on any text, surrogates and NUL included', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => fnv1a64(text) === reference(text)), {numRuns: 2000})
  })
})

describe('sessionId', () => {
  test('is the hash of the document key, the start and the title, NUL-separated', () => {
    expect(sessionId('mip-2022.md', '2022-11-03T16:15:00+01:00', 'Atelier')).toBe(reference('mip-2022.md\u00002022-11-03T16:15:00+01:00\u0000Atelier'))
    expect(sessionId('a', null, 'b')).toBe(reference('a\u0000\u0000b'))
    expect(sessionId('a', null, 'b')).not.toBe(sessionId('a', '', 'b c'))
  })
})
