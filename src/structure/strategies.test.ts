import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {loadHtml, loadMarkdown} from '../core/load.js'
import {parseDatePhrase} from '../normalize/dates/phrase.js'
import {findUnits} from './marks.js'
import {
  datedLineStrategy,
  definitionStrategy,
  findInvitation,
  headingStrategy,
  headingThenLineStrategy,
  isWeakPart,
  proposeCandidates,
  readTitle,
  tableRowStrategy,
  titleBlockStrategy,
  type Candidate,
  type Strategy
} from './strategies.js'

const unitsOf = (markdown: string) => findUnits(loadMarkdown(new VFile(markdown)).hast)

/** What a strategy proposes for the first unit of a document: `[title, date phrase, rest]`, or `null`. */
function propose(strategy: Strategy, markdown: string): [string | null, string, string[]] | null {
  const units = unitsOf(markdown)
  for (const [index, unit] of units.entries()) {
    const proposed = strategy(unit, units[index + 1])
    const candidate = Array.isArray(proposed) ? proposed[0] : (proposed as Candidate | null)
    if (candidate) return [candidate.title, candidate.phrase.text, [...candidate.rest]]
  }
  return null
}

describe('headingStrategy', () => {
  test.each([
    ["### Le 26 avril à Paris : Journée Wikimédia France sur l'open content", ["Journée Wikimédia France sur l'open content", '26 avril', ['à Paris']]],
    ['## Atelier #BlueHats du 22 octobre : les outils du médialab', ['Atelier #BlueHats : les outils du médialab', '22 octobre', []]],
    ['### Le Forum en ligne du 29 novembre au 15 décembre 2021 en ligne', ['Le Forum en ligne', 'du 29 novembre au 15 décembre 2021', ['en ligne']]],
    ['### Les 8 et 9 novembre 2022 à Paris : Open Source Experience 2022', ['Open Source Experience 2022', 'Les 8 et 9 novembre 2022', ['à Paris']]],
    // Negatives: no day, a month only, no heading.
    ['## Nos ateliers de formation pour 2026', null],
    ['### Mars - avril 2021', null],
    ['Le 26 avril à Paris : une journée.', null]
  ])('%s', (markdown, expected) => {
    expect(propose(headingStrategy, markdown)).toEqual(expected)
  })
})

describe('headingThenLineStrategy', () => {
  test.each([
    ['### Atelier accessibilité\n\nLe 4 juin 2024 de 14h à 16h, au 20 avenue de Ségur 75007 Paris.', ['Atelier accessibilité', '4 juin 2024', ['au 20 avenue de Ségur 75007 Paris']]],
    ['### Formation écoconception\n\nLe 17 septembre 2024', ['Formation écoconception', '17 septembre 2024', []]],
    // Negative: prose that opens with a date does not date the heading.
    ['### Bilan\n\nLe 3 novembre, nous avons publié un rapport sur la journée.', null]
  ])('%s', (markdown, expected) => {
    expect(propose(headingThenLineStrategy, markdown)).toEqual(expected)
  })
})

describe('datedLineStrategy', () => {
  test.each([
    ['- [25 février 2022](https://example.org/eupl) : Présentation de la licence EUPL', ['Présentation de la licence EUPL', '25 février 2022', []]],
    ['- 13 mai 2022 à 11h : Créer sa documentation avec Scenari', ['Créer sa documentation avec Scenari', '13 mai 2022', []]],
    ['- ~~10 février – présentiel~~ complet !', [null, '10 février', ['présentiel complet !']]],
    ['- Mardi 5 novembre 2024 | 12h30-13h30 | Salle 241 - Quelles clés pour un parc responsable ?', ['Quelles clés pour un parc responsable ?', 'Mardi 5 novembre 2024', ['Salle 241']]],
    ['**Jeudi 18 novembre 2021. 14h (grand amphi IBGBI)** : RNA-Seq in plant organelles', ['RNA-Seq in plant organelles', 'Jeudi 18 novembre 2021', ['(grand amphi IBGBI)']]],
    ['- Forum Biotechno 16 Juin 2017', ['Forum Biotechno', '16 Juin 2017', []]],
    // Negatives: a sentence whose date comes late, a paragraph of prose opening with a date.
    ['En plus de ces ateliers, retrouvez la présentation faite lors du conseil du 8 avril 2022.', null],
    ['Le 3 novembre nous avons publié un rapport', null],
    ['- Inscriptions ouvertes', null]
  ])('%s', (markdown, expected) => {
    expect(propose(datedLineStrategy, markdown)).toEqual(expected)
  })
})

describe('titleBlockStrategy', () => {
  test.each([
    ['> [**Présentation du défi IA Flash**](https://example.org/ia)<br/>\n> IA Flash, le 22 octobre à 12h30, à la DINSIC', ['Présentation du défi IA Flash', '22 octobre', ['IA Flash', 'à la DINSIC']]],
    ['- **Le virage cloud dans l’État**<br>Lundi 29 novembre 2021 de 17h à 17h30', ['Le virage cloud dans l’État', 'Lundi 29 novembre 2021', []]],
    // Negatives: one line only; a first line that is a long sentence.
    ['**Présentation du défi IA Flash**', null],
    [`${'Une très longue phrase qui raconte ce qui s’est passé pendant toute une année de travail. '.repeat(2)}\nle 22 octobre à 12h30`, null]
  ])('%s', (markdown, expected) => {
    expect(propose(titleBlockStrategy, markdown)).toEqual(expected)
  })

  test('a card: title, category line, date line, inside one link', () => {
    const card = (href: string, title: string, category: string, date: string) =>
      `<td><a href="${href}"><span>${title}</span><br/><span>${category}</span><br/><strong>${date}</strong></a></td>`
    const html = `<table><tr>${card('https://example.org/e/1', 'Concert Brassens le 6 Mars 2016 à 17 h.', 'Concert , SOLERIEUX', 'Dimanche 06 mars 2016')}${card('https://example.org/e/2', 'Loto de la salle des fêtes', 'Jeux , VILLEPERDRIX', 'Dimanche 28 février 2016')}${card('https://example.org/e/3', 'Atelier de Qi Gong', 'Atelier , CREST', 'du samedi 05 au dimanche 06 mars 2016')}</tr></table>`
    const units = findUnits(loadHtml(new VFile({value: html, path: 'x.html'})).hast)
    const candidates = proposeCandidates(units, [titleBlockStrategy])
    expect(candidates.map((candidate) => [candidate.title, candidate.phrase.text, candidate.phrase.time?.text ?? null, candidate.lines.map((line) => line.text)])).toEqual([
      ['Concert Brassens', '6 Mars 2016', 'à 17 h', ['Concert , SOLERIEUX']],
      ['Loto de la salle des fêtes', 'Dimanche 28 février 2016', null, ['Jeux , VILLEPERDRIX']],
      ['Atelier de Qi Gong', 'du samedi 05 au dimanche 06 mars 2016', null, ['Atelier , CREST']]
    ])
  })
})

describe('tableRowStrategy and definitionStrategy', () => {
  test('columns come from the header row', () => {
    const units = unitsOf('| Date | Horaires | Titre | Lieu |\n| --- | --- | --- | --- |\n| 12 mars 2024 | 10h-12h | Atelier API | à Rennes |\n| à venir | | Clinique | |\n')
    expect(proposeCandidates(units, [tableRowStrategy]).map((candidate) => [candidate.title, candidate.header.text, [...candidate.rest]])).toEqual([
      ['Atelier API', '12 mars 2024, 10h-12h', ['à Rennes']]
    ])
  })

  test('a table without a date column proposes nothing', () => {
    const units = unitsOf('| Nom | Rôle |\n| --- | --- |\n| Alice | 12 mars 2024 |\n')
    expect(proposeCandidates(units, [tableRowStrategy])).toEqual([])
  })

  test('a dated term is titled by its definition', () => {
    const units = unitsOf('<dl><dt>4 avril 2024</dt><dd>Clinique RGAA</dd><dd>Apportez vos questions.</dd><dt>Plus tard</dt><dd>Rien</dd></dl>\n')
    expect(proposeCandidates(units, [definitionStrategy]).map((candidate) => [candidate.title, candidate.phrase.text, candidate.lines.map((line) => line.text)])).toEqual([
      ['Clinique RGAA', '4 avril 2024', ['Apportez vos questions.']]
    ])
  })
})

describe('findInvitation', () => {
  test.each([
    ['La soirée aura lieu le vendredi 17 mai au à partir de 19h30 au restaurant.', ['vendredi 17 mai', 'de 19h30']],
    ['Cette édition se tiendra du **25 au 27 mars 2020** sur le campus de Beaulieu.', ['du 25 au 27 mars 2020', null]],
    ['Jeudi 20 mai, nous avons organisé un webinaire de 10h30 à 12h.', ['Jeudi 20 mai', 'de 10h30 à 12h']],
    ['Le 9 mai prochain se tiendra le Printemps du Libre. Les portes ouvrent de 13h à 20h.', ['9 mai', 'de 13h à 20h']],
    // A start alone later in the paragraph is someone else's.
    ['Le 9 mai prochain se tiendra le Printemps du Libre. Le bus part à 9h.', ['9 mai', null]],
    // Negatives: a relative clause mentions another event; no day; no announcement.
    ['Nous serons partenaires de l’Open World Forum 2010, qui se déroulera les 30 septembre et 1er octobre prochains à Paris.', null],
    ['Le programme se tiendra en mai à Toulouse.', null],
    ['Alpha est née le 7 novembre 2017 et a accueilli 28 participants.', null]
  ])('%s', (markdown, expected) => {
    const candidate = findInvitation(unitsOf(markdown))
    expect(candidate ? [candidate.phrase.text, candidate.phrase.time?.text ?? null] : null).toEqual(expected)
  })
})

describe('readTitle', () => {
  const title = (text: string) => {
    const phrase = parseDatePhrase(text)
    if (!phrase) throw new Error(`no date in ${text}`)
    return readTitle(text, phrase)
  }
  test.each([
    ['Webinaire – Découvrir API Particulier – jeudi 14 mars 2024, de 11h à 12h', {title: 'Webinaire – Découvrir API Particulier', rest: []}],
    ['Rendez-vous le 9 novembre pour la journée BlueHats !', {title: 'Rendez-vous pour la journée BlueHats !', rest: []}],
    ['par Armand Giraud le 2 mai 2019 à 15h au LLL', {title: 'par Armand Giraud', rest: ['au LLL']}],
    ['8 octobre : les outils Framasoft', {title: 'les outils Framasoft', rest: []}],
    ['RRLL 2014 à Toulouse le 14 novembre prochain', {title: 'RRLL 2014 à Toulouse', rest: []}],
    ['14 avril - présentiel', {title: null, rest: ['présentiel']}]
  ])('%s', (text, expected) => {
    expect(title(text)).toEqual(expected)
  })

  test.each([
    ['présentiel complet !', true],
    ['visioconférence', true],
    ['Soirée jeux', false],
    ['Loto', false]
  ])('isWeakPart(%s)', (text, expected) => {
    expect(isWeakPart(text)).toBe(expected)
  })
})
