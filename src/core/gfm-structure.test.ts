import {describe, expect, test} from 'vitest'
import {gfmPartsOf} from './gfm-structure.js'

describe('gfmPartsOf', () => {
  test.each([
    ['| Date | Titre |\n| --- | --- |\n| 4 avril | Atelier |\n', {tables: true, strikethrough: false}],
    ['Date | Titre\n---|---\n4 avril | Atelier\n', {tables: true, strikethrough: false}],
    ['| a |\n|:-:|\n', {tables: true, strikethrough: false}],
    ['- ~~10 février~~ complet !\n', {tables: false, strikethrough: true}],
    // Negatives: a pipe without a delimiter row, a rule, a dash list.
    ['Mardi 5 novembre 2024 | 12h30-13h30 | Salle 241\n', {tables: false, strikethrough: false}],
    ['Texte\n\n---\n\nSuite\n', {tables: false, strikethrough: false}],
    ['- un\n- deux\n', {tables: false, strikethrough: false}]
  ])('%j', (text, expected) => {
    expect(gfmPartsOf(text)).toEqual(expected)
  })
})
