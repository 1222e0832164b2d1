import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {loadMarkdown} from '../../core/load.js'
import {findUnits} from '../../structure/marks.js'
import type {Candidate} from '../../structure/strategies.js'
import {invitationSentenceStrategy, pressBullet} from './rules.js'

const unitsOf = (markdown: string) => findUnits(loadMarkdown(new VFile(markdown)).hast)

describe('pressBullet', () => {
  test.each([
    ['- **Girls can code ! – Ministère des Armées** - Du 17 au 30 novembre', ['Du 17 au 30 novembre', 'Girls can code !', ['Ministère des Armées'], null, 1]],
    ['- **Bretagne : Les Causeries- Université Rennes 2** - du 23 novembre au 7 décembre', ['du 23 novembre au 7 décembre', 'Les Causeries', ['Université Rennes 2'], 'Bretagne', 1]],
    ["- **L'open data et les territoires** Etalab - 26 novembre", ['26 novembre', "L'open data et les territoires", ['Etalab'], null, 1]],
    // A PDF line wrap cut the date: the next line completes it.
    ['- **Atelier – DINUM** - du 22 au 26\nnovembre\nUne semaine d’ateliers.', ['du 22 au 26 novembre', 'Atelier', ['DINUM'], null, 2]],
    // An undated bullet with digits looked dated: reported; without digits it is a mention.
    ['- **Atelier – DINUM** - le 32/13', 'undated'],
    ['- **Nos partenaires** - la DINUM et Etalab', null],
    // Negatives: no bold lead, a paragraph.
    ['- Girls can code ! - Du 17 au 30 novembre', null],
    ['**Girls can code !** - Du 17 au 30 novembre', null]
  ])('%s', (markdown, expected) => {
    const [unit] = unitsOf(markdown)
    const reading = unit ? pressBullet(unit) : null
    expect(reading === null ? null : reading.date === null ? 'undated' : [reading.date, reading.title, reading.organizers, reading.region, reading.lines]).toEqual(expected)
  })
})

describe('invitationSentenceStrategy', () => {
  const propose = (markdown: string) => {
    const [unit] = unitsOf(markdown)
    const proposed = unit ? invitationSentenceStrategy(unit, undefined) : null
    return (Array.isArray(proposed) ? proposed : proposed ? [proposed as Candidate] : []).map((candidate) => [candidate.title, candidate.phrase.text])
  }
  test('each invitation of a paragraph, titled by its subject', () => {
    expect(
      propose("La DITP propose des rencontres en ligne. Rendez-vous le 24 novembre sur l'enjeu du renouvellement. Retrouvez-nous le 1er décembre pour un bilan.")
    ).toEqual([
      ["L'enjeu du renouvellement", '24 novembre'],
      ['Un bilan', '1er décembre']
    ])
  })
  test.each([
    ['a date far into the sentence', 'Rendez-vous sur le site de la DITP pour tout savoir du programme du 24 novembre.'],
    ['no invitation', 'Le 24 novembre, la DITP publie son rapport.'],
    ['an invitation without a day', 'Rendez-vous en novembre !']
  ])('%s: none', (_name, markdown) => {
    expect(propose(markdown)).toEqual([])
  })
})
