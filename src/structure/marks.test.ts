import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {loadMarkdown} from '../core/load.js'
import {findUnits} from './marks.js'

const kindsOf = (markdown: string) => findUnits(loadMarkdown(new VFile(markdown)).hast).map((unit) => [unit.kind, unit.rank, unit.heading?.lines[0]?.text ?? null])

describe('findUnits', () => {
  test('a short paragraph in capitals is a heading of the lowest rank, enclosing the blocks after it', () => {
    expect(kindsOf("## Agenda\n\nCULTURE, ARMEES : DES EVENEMENTS OUVERTS A TOUS\n\n- **Girls can code !** - 17 novembre\n\nUn atelier.")).toEqual([
      ['heading', 2, null],
      ['heading', 6, 'Agenda'],
      ['item', 7, 'CULTURE, ARMEES : DES EVENEMENTS OUVERTS A TOUS'],
      ['paragraph', 7, 'CULTURE, ARMEES : DES EVENEMENTS OUVERTS A TOUS']
    ])
  })
  test.each([
    ['a short word in capitals', 'DINUM'],
    ['a sentence with some capitals', 'La DINUM et la DITP organisent un atelier.'],
    ['a paragraph of two lines', 'CULTURE ET ARMEES<br>DES EVENEMENTS OUVERTS']
  ])('%s: a paragraph', (_name, markdown) => {
    expect(kindsOf(markdown).map(([kind]) => kind)).toEqual(['paragraph'])
  })
  test('a line is parsed for its date phrase once, when asked', () => {
    const [unit] = findUnits(loadMarkdown(new VFile('Le 12 mars 2024 à 10h : Atelier API')).hast)
    const line = unit?.lines[0]
    expect(line?.phrase).toBe(line?.phrase)
    expect([line?.phrase?.text, line?.phrase?.time?.text]).toEqual(['12 mars 2024', 'à 10h'])
  })
})
