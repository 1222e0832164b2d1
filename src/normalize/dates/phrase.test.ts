import {describe, expect, test} from 'vitest'
import {parseDatePhrase, parseTimeRange} from './phrase.js'

type Day = [day: number, month: number | null, year: number | null, weekday: number | null]
type Clock = [hour: number, minute: number]
const day = ([d, month, year, weekday]: Day) => ({day: d, month, year, weekday})
const clock = ([hour, minute]: Clock) => ({hour, minute})

// [phrase (real, from the seeds and corpus), kind, from, to, start time, end time, typo]
const positives: Array<[string, string, Day | null, Day | null, Clock | null, Clock | null, boolean]> = [
  // mip-2022 / mip-2023 (HTML-block agenda)
  ['Le jeudi 03/11 de 16h15 à 18h15', 'single', [3, 11, null, 4], null, [16, 15], [18, 15], false],
  ['Le lundi 07/11 de 9h30 à 16h', 'single', [7, 11, null, 1], null, [9, 30], [16, 0], false],
  ['Le mardi 29/11 de 14h30 à 17h', 'single', [29, 11, null, 2], null, [14, 30], [17, 0], false],
  // mip-2021 (bracketed)
  ['[Le mercredi 10/11 de 10h à 11h30]', 'single', [10, 11, null, 3], null, [10, 0], [11, 30], false],
  ['[Le jeudi 25/11 de 9h à 17h30]', 'single', [25, 11, null, 4], null, [9, 0], [17, 30], false],
  // mip-2020 (Markdown)
  ['[Le 05/11 à 9h]', 'single', [5, 11, null, null], null, [9, 0], null, false],
  ['[Le 09/11 de 14h à 15h15]', 'single', [9, 11, null, null], null, [14, 0], [15, 15], false],
  ['[Du 02/11 au 30/11]', 'range', [2, 11, null, null], [30, 11, null, null], null, null, false],
  ['[Du 16/11 au 20/11 de 17h à 17h30]', 'range', [16, 11, null, null], [20, 11, null, null], [17, 0], [17, 30], false],
  ['[Le 20/11 à 11h à 12h]', 'single', [20, 11, null, null], null, [11, 0], [12, 0], true],
  ['[Le 24/11 à 9h30 à 10h15]', 'single', [24, 11, null, null], null, [9, 30], [10, 15], true],
  ['[Le 26/11 à 17h]', 'single', [26, 11, null, null], null, [17, 0], null, false],
  // press-release-2020
  ['Paris, le 18 novembre 2020', 'single', [18, 11, 2020, null], null, null, null, false],
  ['Du 1er au 30 novembre', 'range', [1, 11, null, null], [30, 11, null, null], null, null, false],
  ['Du 17 au 30 novembre', 'range', [17, 11, null, null], [30, 11, null, null], null, null, false],
  ['du 23 novembre au 7 décembre', 'range', [23, 11, null, null], [7, 12, null, null], null, null, false],
  ["jusqu'au 4 décembre", 'until', null, [4, 12, null, null], null, null, false],
  ['les 24 et 25 novembre prochains', 'pair', [24, 11, null, null], [25, 11, null, null], null, null, false],
  ['Quand ? 13 et 14 juin 2019, de 9h à 19h', 'pair', [13, 6, 2019, null], [14, 6, 2019, null], [9, 0], [19, 0], false],
  ['les 13 & 14 juin prochains', 'pair', [13, 6, null, null], [14, 6, null, null], null, null, false],
  ['à Lille les 7, 8 et 9 septembre 2021', 'pair', [7, 9, 2021, null], [9, 9, 2021, null], null, null, false],
  ['24 novembre Ce webinaire, organisé par la Direction générale', 'single', [24, 11, null, null], null, null, null, false],
  ['Rendez-vous le 24 novembre sur l’enjeu du renouvellement', 'single', [24, 11, null, null], null, null, null, false],
  ['Du 2 au 30 novembre 2020, près de 300 événements', 'range', [2, 11, 2020, null], [30, 11, 2020, null], null, null, false],
  // corpus and SPEC §4.1 forms
  ['mardi 18 novembre 2021', 'single', [18, 11, 2021, 2], null, null, null, false],
  ['Le 17 septembre 2024 de 9h30 à 12h30', 'single', [17, 9, 2024, null], null, [9, 30], [12, 30], false],
  ['le 3 juillet 2024, 9h30-17h', 'single', [3, 7, 2024, null], null, [9, 30], [17, 0], false],
  ['jeudi 1er février 2024 de 10h - 12h', 'single', [1, 2, 2024, 4], null, [10, 0], [12, 0], false],
  ['Le 12/06/2023 à 16:15', 'single', [12, 6, 2023, null], null, [16, 15], null, false],
  ['Le 5 déc. à midi', 'single', [5, 12, null, null], null, [12, 0], null, false],
  ['Le 8 mars de 18 h à 20 h', 'single', [8, 3, null, null], null, [18, 0], [20, 0], false]
]

describe('parseDatePhrase', () => {
  test.each(positives)('%s', (text, kind, from, to, start, end, typo) => {
    const phrase = parseDatePhrase(text)
    expect(phrase).not.toBeNull()
    expect(phrase?.kind).toBe(kind)
    expect(phrase?.from).toEqual(from ? day(from) : null)
    expect(phrase?.to).toEqual(to ? day(to) : null)
    expect(phrase?.time?.start ?? null).toEqual(start ? clock(start) : null)
    expect(phrase?.time?.end ?? null).toEqual(end ? clock(end) : null)
    expect(phrase?.time?.typo ?? false).toBe(typo)
  })

  // Numbers that are not dates, from the same documents.
  test.each([
    ['Depuis 2013, nous aidons des agents publics'],
    ['près de 300 événements digitaux'],
    ['un an après la promotion 3 du programme'],
    ['les 8 produits numériques interministériels'],
    ['77 avenue de Ségur 75015 Paris'],
    ['Café Transfo #4'],
    ['pendant 30 minutes chaque jour'],
    ['']
  ])('no date in %j', (text) => {
    expect(parseDatePhrase(text)).toBeNull()
  })

  test('the matched text and offset point into the span', () => {
    const phrase = parseDatePhrase('Rendez-vous le 24 novembre sur …')
    expect(phrase?.text).toBe('24 novembre')
    expect(phrase?.index).toBe(15)
  })
})

describe('parseTimeRange', () => {
  test.each([
    ['de 9h30 à 17h', [9, 30], [17, 0], false],
    ['9h30-17h', [9, 30], [17, 0], false],
    ['10h - 12h', [10, 0], [12, 0], false],
    ['14h00 – 15h30', [14, 0], [15, 30], false],
    ['à 9h', [9, 0], null, false],
    ['à 11h à 12h', [11, 0], [12, 0], true],
    ['16:15', [16, 15], null, false],
    ['de midi à 14h', [12, 0], [14, 0], false],
    ['18 h', [18, 0], null, false]
  ] as Array<[string, Clock, Clock | null, boolean]>)('%s', (text, start, end, typo) => {
    expect(parseTimeRange(text)).toMatchObject({start: clock(start), end: end ? clock(end) : null, typo})
  })

  test.each([['Depuis 2013'], ['3 produits'], ['25h'], ['la promotion 3']])('no time in %j', (text) => {
    expect(parseTimeRange(text)).toBeNull()
  })
})

describe('slots (SPEC §4.0: one session in alternative slots, a day in two blocks)', () => {
  const slotsOf = (text: string) => {
    const phrase = parseDatePhrase(text)
    return [phrase?.time?.text ?? null, ...(phrase?.slots ?? []).map((slot) => slot.text)]
  }
  test.each([
    ['Le 16 décembre de 10h à 11h, de 14h à 15h ou de 16h à 17h', ['de 10h à 11h', 'de 14h à 15h', 'de 16h à 17h']],
    ['Le 12 mars de 10h30 à 12h30 et de 13h30 à 16h30', ['de 10h30 à 12h30', 'de 13h30 à 16h30']],
    ['Le 12 mars, 9h-12h / 14h-17h', ['9h-12h', '14h-17h']],
    // Negatives: a lone range, a range then a start time, a range then a sentence.
    ['Le 12 mars de 10h à 12h', ['de 10h à 12h']],
    ['Le 12 mars de 10h à 12h et 14h', ['de 10h à 12h']],
    ['Le 12 mars de 10h à 12h, puis un cocktail de 18h à 20h', ['de 10h à 12h']],
    ['Le 12 mars à 10h, de 14h à 15h', ['à 10h']]
  ])('%s', (text, expected) => {
    expect(slotsOf(text)).toEqual(expected)
  })
})
