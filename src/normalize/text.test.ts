import {describe, expect, test} from 'vitest'
import {cutAtWord, splitSentences, summarize, unquote} from './text.js'

describe('text', () => {
  test('sentences split at French punctuation, not inside names', () => {
    expect(splitSentences('beta.gouv vous accueille de manière ludique ! Venez rencontrer les équipes. Et voilà')).toEqual([
      'beta.gouv vous accueille de manière ludique !',
      'Venez rencontrer les équipes.',
      'Et voilà'
    ])
  })

  test('summary: first sentences within 200 characters, cut at a word', () => {
    expect(summarize('Court. Deuxième phrase.')).toBe('Court. Deuxième phrase.')
    const long = 'mot '.repeat(80).trim() + '.'
    const summary = summarize(long)
    expect(summary?.length).toBeLessThanOrEqual(200)
    expect(summary?.endsWith('mot…')).toBe(true)
    expect(summarize('')).toBeNull()
  })

  test('cutAtWord keeps short text', () => {
    expect(cutAtWord('Quiz géant', 160)).toBe('Quiz géant')
  })

  test('quotes around the whole title go, inner quotes stay', () => {
    expect(unquote('« Faisons Simple »')).toBe('Faisons Simple')
    expect(unquote('Café Transfo #4 « S’inspirer des écosystèmes »')).toBe('Café Transfo #4 « S’inspirer des écosystèmes »')
    expect(unquote('«Faisons Simple», le Simplificathon éclair')).toBe('«Faisons Simple», le Simplificathon éclair')
  })
})
