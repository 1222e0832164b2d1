import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {loadMarkdown} from '../core/load.js'
import type {DraftSession} from '../types.js'
import {findUnits} from './marks.js'
import {dropMentions, dropProgrammeHeaders, mergeDuplicates, titleSimilarity} from './refine.js'
import {proposeCandidates} from './strategies.js'

function reported() {
  const calls: Array<[string, Readonly<Record<string, string>> | undefined]> = []
  return {calls, ctx: {report: (ruleId: string, _place: unknown, data?: Readonly<Record<string, string>>) => void calls.push([ruleId, data])}}
}

describe('dropMentions', () => {
  test.each([
    ['- Inscriptions avant le 5 mars 2024 : écrivez-nous', 'a deadline or publication date'],
    ['- Candidatures : du 1er au 30 mars 2024', 'a deadline or publication date'],
    ['- Publié le 12 mai 2024 : notre rapport', 'a deadline or publication date'],
    ['## Le 12 mars 2024 : ce que nous avons appris', 'a recap'],
    ['- 21 mars 2024 : Retour sur la journée des communs', 'a recap'],
    ['## Revue de presse\n\n- [Journée du Libre Éducatif : 1er avril 2022](https://example.org), dane.ac-lyon.fr, mars 2022.', 'an article of a press review'],
    ['## Revue de presse\n\n### En Europe\n\n- [Journée du Libre Éducatif : 1er avril 2022](https://example.org), dane.ac-lyon.fr, mars 2022.', 'an article of a press review'],
    // Negatives: events are kept.
    ['- 12 mars 2024 à 10h : Atelier API Particulier', null],
    ['- Du 3 au 5 avril 2024 : Forum des inscriptions en ligne', null]
  ])('%s', (markdown, reason) => {
    const {calls, ctx} = reported()
    const candidates = proposeCandidates(findUnits(loadMarkdown(new VFile(markdown)).hast))
    expect(candidates).toHaveLength(1)
    const kept = dropMentions(candidates, ctx)
    expect(kept).toHaveLength(reason === null ? 1 : 0)
    expect(calls.map(([ruleId, data]) => [ruleId, data?.['reason']])).toEqual(reason === null ? [] : [['not-a-session', reason]])
  })
})

describe('dropProgrammeHeaders', () => {
  const talks = '* **Le virage cloud dans l\'État**<br>Lundi 29 novembre 2021, 17h-17h30\n* **Le logiciel libre dans l\'État**<br>Mercredi 1er décembre 2021, 18h-18h30\n'
  test.each([
    // A heading that dates several days and holds two dated talks is their programme's header.
    ['#### Conférences tech\n\n***Du 29 novembre au 2 décembre 2021***\n\n' + talks, ['Le virage cloud dans l\'État', 'Le logiciel libre dans l\'État'], ['Du 29 novembre au 2 décembre 2021']],
    ['## Semaine du numérique du 29 novembre au 3 décembre 2021\n\n' + talks, ['Le virage cloud dans l\'État', 'Le logiciel libre dans l\'État'], ['Semaine du numérique du 29 novembre au 3 décembre 2021']],
    // Negatives: one talk inside, a heading of one day, a multi-day heading with no talks.
    ['## Forum du 29 novembre au 2 décembre 2021\n\n* **Le virage cloud**<br>Lundi 29 novembre 2021, 17h-17h30\n', ['Forum', 'Le virage cloud'], []],
    ['## Journée du 29 novembre 2021\n\n' + talks, ['Journée', 'Le virage cloud dans l\'État', 'Le logiciel libre dans l\'État'], []],
    ['## Forum du 29 novembre au 2 décembre 2021\n\nUn forum en ligne.\n', ['Forum'], []]
  ])('%s', (markdown, kept, dropped) => {
    const {calls, ctx} = reported()
    const candidates = dropProgrammeHeaders(proposeCandidates(findUnits(loadMarkdown(new VFile(markdown)).hast)), ctx)
    expect(candidates.map((candidate) => candidate.title)).toEqual(kept)
    expect(calls.map(([ruleId, data]) => [ruleId, data?.['text']])).toEqual(dropped.map((text) => ['not-a-session', text]))
  })
})

describe('titleSimilarity', () => {
  test.each([
    ['Rendez-vous pour la journée BlueHats au salon Open Source Experience !', 'Journée #BlueHats lors du salon Open Source Experience au Palais des Congrès à Paris', 0.5],
    ['Atelier MediaLab', 'atelier médialab', 1],
    ['Accessibilité numérique et design', "L'accessibilité numérique dans la pratique", 0.5],
    ['Loto', 'Concert', 0]
  ])('%s ~ %s', (a, b, expected) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(expected, 1)
  })
})

describe('mergeDuplicates', () => {
  const node = {type: 'root', children: []} as const
  const draft = (day: number, title: string, links: string[], time = false): DraftSession => ({
    node,
    date: {text: `${day} novembre`, node},
    phrase: {kind: 'single', text: `${day} novembre`, index: 0, from: {day, month: 11, year: null, weekday: null}, to: null, time: time ? {text: 'de 11h à 12h', index: 0, start: {hour: 11, minute: 0}, end: {hour: 12, minute: 0}, typo: false} : null},
    title: {text: title, node},
    tags: [],
    description: [],
    details: [],
    links: links.map((url) => ({url, label: url, role: 'call-to-action', node: null}))
  })

  test('a featured section and its agenda line: one session, the union of links, the time of the second', () => {
    const {calls, ctx} = reported()
    const merged = mergeDuplicates(
      [
        {draft: draft(22, 'Atelier #BlueHats : les outils du médialab', []), shape: 'heading', title: 'Atelier #BlueHats : les outils du médialab'},
        {draft: draft(22, 'Atelier #BlueHats en ligne avec le MediaLab', ['https://example.org/details'], true), shape: 'item', title: 'Atelier #BlueHats en ligne avec le MediaLab'}
      ],
      ctx
    )
    expect(merged.map((d) => [d.title?.text, d.links.map((l) => l.url), d.phrase?.time?.text ?? null])).toEqual([
      ['Atelier #BlueHats : les outils du médialab', ['https://example.org/details'], 'de 11h à 12h']
    ])
    expect(calls.map(([ruleId]) => ruleId)).toEqual(['duplicate-session'])
  })

  test('the same link on the same day is one event, whatever the shapes', () => {
    const {ctx} = reported()
    const merged = mergeDuplicates(
      [
        {draft: draft(13, 'JDD 2017', ['/evenements/jdd/']), shape: 'paragraph', title: 'JDD 2017'},
        {draft: draft(13, '[13 Jun] JDD', ['/evenements/jdd/']), shape: 'paragraph', title: '[13 Jun] JDD'}
      ],
      ctx
    )
    expect(merged).toHaveLength(1)
  })

  test('the same event announced 500 times: one draft, its links and details once each (linear, whatever the input)', () => {
    const {calls, ctx} = reported()
    const copy = (): DraftSession => ({...draft(13, 'JDD 2017', ['/evenements/jdd/', '/inscription']), details: [{text: 'Entrée libre', node}]})
    const merged = mergeDuplicates(
      Array.from({length: 500}, () => ({draft: copy(), shape: 'paragraph', title: 'JDD 2017'})),
      ctx
    )
    expect(merged.map((d) => [d.links.map((l) => l.url), d.details.map((span) => span.text)])).toEqual([[['/evenements/jdd/', '/inscription'], ['Entrée libre']]])
    expect(calls).toHaveLength(499)
  })

  test.each([
    // Negatives: sibling items of one list, other days, unlike titles.
    [[draft(5, "L'accessibilité numérique dans la pratique", ['/a']), 'item'], [draft(5, 'Accessibilité numérique et design', ['/b']), 'item']],
    [[draft(5, 'Atelier API', []), 'heading'], [draft(6, 'Atelier API', []), 'item']],
    [[draft(5, 'Atelier API', []), 'heading'], [draft(5, 'Concert de jazz', []), 'item']]
  ] as const)('two sessions stay two (%#)', ([first, firstShape], [second, secondShape]) => {
    const {calls, ctx} = reported()
    const items = [
      {draft: first, shape: firstShape, title: first.title?.text ?? ''},
      {draft: second, shape: secondShape, title: second.title?.text ?? ''}
    ]
    expect(mergeDuplicates(items, ctx)).toHaveLength(2)
    expect(calls).toEqual([])
  })
})
