import {describe, expect, test} from 'vitest'
import type {RuleId} from '../../core/rules.js'
import {resolveOccurrences} from './occurrences.js'
import {parseDatePhrase} from './phrase.js'
import {resolveYear} from './year.js'

function resolve(text: string, reference: string | null, timeZone = 'Europe/Paris') {
  const reports: Array<[RuleId, Readonly<Record<string, string>>]> = []
  const phrase = parseDatePhrase(text)
  if (!phrase) throw new Error(`no phrase in ${text}`)
  const result = resolveOccurrences(phrase, {reference, timeZone, report: (ruleId, data) => reports.push([ruleId, data])})
  return {...result, reports}
}

describe('resolveOccurrences', () => {
  test('a single day with a time range, CET', () => {
    expect(resolve('Le jeudi 03/11 de 16h15 à 18h15', '2022-11-02')).toEqual({
      start: '2022-11-03T16:15:00+01:00',
      end: '2022-11-03T18:15:00+01:00',
      occurrences: [{start: '2022-11-03T16:15:00+01:00', end: '2022-11-03T18:15:00+01:00'}],
      reports: []
    })
  })

  test('alternative slots of a day: one occurrence each; over two days, each day each slot', () => {
    expect(resolve('Le 16 décembre 2021 de 10h à 11h, de 14h à 15h ou de 16h à 17h', null)).toEqual({
      start: '2021-12-16T10:00:00+01:00',
      end: '2021-12-16T17:00:00+01:00',
      occurrences: [
        {start: '2021-12-16T10:00:00+01:00', end: '2021-12-16T11:00:00+01:00'},
        {start: '2021-12-16T14:00:00+01:00', end: '2021-12-16T15:00:00+01:00'},
        {start: '2021-12-16T16:00:00+01:00', end: '2021-12-16T17:00:00+01:00'}
      ],
      reports: []
    })
    expect(resolve('Les 12 et 13 mars 2024 de 9h à 12h et de 14h à 17h', null).occurrences.map((o) => o.start)).toEqual([
      '2024-03-12T09:00:00+01:00',
      '2024-03-12T14:00:00+01:00',
      '2024-03-13T09:00:00+01:00',
      '2024-03-13T14:00:00+01:00'
    ])
  })

  test('a slot that ends before it starts is reported and left out', () => {
    const result = resolve('Le 12 mars 2024 de 10h à 11h et de 15h à 14h', null)
    expect([result.occurrences.length, result.reports.map(([ruleId]) => ruleId)]).toEqual([1, ['end-before-start']])
  })

  test('summer dates are CEST', () => {
    expect(resolve('Le 17 septembre 2024 de 9h30 à 12h30', null).occurrences).toEqual([
      {start: '2024-09-17T09:30:00+02:00', end: '2024-09-17T12:30:00+02:00'}
    ])
  })

  test('the offset is the one of the date, across the October change', () => {
    expect(resolve('Du 26/10 au 28/10 de 10h à 11h', '2024-10-01').occurrences.map((o) => o.start)).toEqual([
      '2024-10-26T10:00:00+02:00',
      '2024-10-27T10:00:00+01:00',
      '2024-10-28T10:00:00+01:00'
    ])
  })

  test('a weekday that does not match keeps the date and warns', () => {
    const result = resolve('Le jeudi 03/11 de 16h15 à 18h15', '2023-11-02')
    expect(result.start).toBe('2023-11-03T16:15:00+01:00')
    expect(result.reports).toEqual([['weekday-mismatch', {actual: 'jeudi', expected: 'vendredi', date: '2023-11-03'}]])
  })

  test('a date range with a daily time range is one occurrence per day', () => {
    const result = resolve('Du 16/11 au 20/11 de 17h à 17h30', '2020-11-02')
    expect(result.occurrences).toHaveLength(5)
    expect(result.occurrences[4]).toEqual({start: '2020-11-20T17:00:00+01:00', end: '2020-11-20T17:30:00+01:00'})
    expect(result.start).toBe('2020-11-16T17:00:00+01:00')
    expect(result.end).toBe('2020-11-20T17:30:00+01:00')
  })

  test('a date range without times is one date-only occurrence', () => {
    expect(resolve('Du 02/11 au 30/11', '2020-11-02')).toMatchObject({
      start: '2020-11-02',
      end: '2020-11-30',
      occurrences: [{start: '2020-11-02', end: '2020-11-30'}]
    })
  })

  test('a single day without a time is all-day, end = start', () => {
    expect(resolve('24 novembre', '2020-11-18')).toMatchObject({start: '2020-11-24', end: '2020-11-24'})
  })

  test('`les 24 et 25 novembre` is one occurrence over both days', () => {
    expect(resolve('les 24 et 25 novembre prochains', '2020-11-18').occurrences).toEqual([{start: '2020-11-24', end: '2020-11-25'}])
  })

  test('`13 et 14 juin, de 9h à 19h` is one occurrence a day', () => {
    expect(resolve('13 et 14 juin 2019, de 9h à 19h', '2019-05-31').occurrences).toEqual([
      {start: '2019-06-13T09:00:00+02:00', end: '2019-06-13T19:00:00+02:00'},
      {start: '2019-06-14T09:00:00+02:00', end: '2019-06-14T19:00:00+02:00'}
    ])
  })

  test('`à 9h` alone has no end', () => {
    expect(resolve('Le 05/11 à 9h', '2020-11-02')).toMatchObject({start: '2020-11-05T09:00:00+01:00', end: null})
  })

  test('the `à 11h à 12h` typo is a range with an info', () => {
    const result = resolve('Le 20/11 à 11h à 12h', '2020-11-02')
    expect(result.end).toBe('2020-11-20T12:00:00+01:00')
    expect(result.reports).toEqual([['time-range-typo', {phrase: 'à 11h à 12h'}]])
  })

  test('`jusqu’au` starts at the reference date', () => {
    const result = resolve("jusqu'au 4 décembre", '2020-11-18')
    expect(result.occurrences).toEqual([{start: '2020-11-18', end: '2020-12-04'}])
    expect(result.reports).toEqual([['open-start-date', {phrase: "jusqu'au 4 décembre", start: '2020-11-18'}]])
  })

  test('an impossible date gives no time and an error', () => {
    const result = resolve('Le 31/11 de 10h à 11h', '2022-11-02')
    expect(result.start).toBeNull()
    expect(result.occurrences).toEqual([{start: null, end: null}])
    expect(result.reports).toEqual([['invalid-date', {phrase: '31/11'}]])
  })

  test('no year anywhere: unknown, with a warning', () => {
    const result = resolve('Le 03/11 de 10h à 11h', null)
    expect(result.start).toBeNull()
    expect(result.reports).toEqual([['missing-reference-date', {phrase: '03/11'}]])
  })

  test('an end before the start is dropped', () => {
    const result = resolve('Le 03/11 de 18h à 16h', '2022-11-02')
    expect(result).toMatchObject({start: '2022-11-03T18:00:00+01:00', end: null})
    expect(result.reports).toEqual([['end-before-start', {start: '18h00', end: '16h00'}]])
  })

  test('other time zones', () => {
    expect(resolve('Le 03/11 à 9h', '2022-11-02', 'America/Cayenne').start).toBe('2022-11-03T09:00:00-03:00')
  })
})

describe('resolveYear', () => {
  test.each([
    [3, 11, null, '2022-11-02', 2022],
    [3, 11, 2021, '2022-11-02', 2021],
    [15, 1, null, '2022-11-02', 2023],
    [1, 5, null, '2022-11-02', 2023],
    [3, 5, null, '2022-11-02', 2022],
    [30, 10, null, '2022-11-02', 2022],
    [3, 11, null, null, null]
  ])('%i/%i (written %s) with reference %s → %s', (d, m, written, reference, expected) => {
    expect(resolveYear(d, m, written, reference)).toBe(expected)
  })
})

describe('toZonedDateTime', async () => {
  const {toZonedDateTime} = await import('./zoned.js')
  test.each([
    [2022, 11, 3, 16, 15, 'Europe/Paris', '2022-11-03T16:15:00+01:00'],
    [2024, 7, 3, 9, 0, 'Europe/Paris', '2024-07-03T09:00:00+02:00'],
    [2024, 3, 31, 1, 30, 'Europe/Paris', '2024-03-31T01:30:00+01:00'],
    [2024, 3, 31, 3, 30, 'Europe/Paris', '2024-03-31T03:30:00+02:00'],
    [2024, 10, 27, 3, 30, 'Europe/Paris', '2024-10-27T03:30:00+01:00'],
    [2024, 1, 15, 9, 0, 'Asia/Kolkata', '2024-01-15T09:00:00+05:30'],
    [2024, 1, 15, 9, 0, 'America/Cayenne', '2024-01-15T09:00:00-03:00'],
    [2024, 1, 15, 9, 0, 'UTC', '2024-01-15T09:00:00+00:00']
  ])('%i-%i-%i %i:%i in %s', (year, month, day, hour, minute, zone, expected) => {
    expect(toZonedDateTime(year, month, day, hour, minute, zone)).toBe(expected)
  })
})

// Every header date of the agenda seeds, resolved against the document's
// reference date: [phrase, reference, first start, last end, occurrences].
describe('every header phrase of mip-2020 and mip-2021', () => {
  const p = (day: string, time: string) => `${day}T${time}:00+01:00`
  test.each([
    ['Du 02/11 au 30/11', '2020-11-02', '2020-11-02', '2020-11-30', 1],
    ['Le 05/11 à 9h', '2020-11-02', p('2020-11-05', '09:00'), null, 1],
    ['Le 09/11 de 14h à 15h15', '2020-11-02', p('2020-11-09', '14:00'), p('2020-11-09', '15:15'), 1],
    ['Le 10/11 à 14h', '2020-11-02', p('2020-11-10', '14:00'), null, 1],
    ['Du 16/11 au 20/11 de 17h à 17h30', '2020-11-02', p('2020-11-16', '17:00'), p('2020-11-20', '17:30'), 5],
    ['Le 19/11 à 14h', '2020-11-02', p('2020-11-19', '14:00'), null, 1],
    ['Le 20/11 à 11h à 12h', '2020-11-02', p('2020-11-20', '11:00'), p('2020-11-20', '12:00'), 1],
    ['Le 23/11 de 13h30 à 17h30', '2020-11-02', p('2020-11-23', '13:30'), p('2020-11-23', '17:30'), 1],
    ['Le 24/11 à 9h30 à 10h15', '2020-11-02', p('2020-11-24', '09:30'), p('2020-11-24', '10:15'), 1],
    ['Le 24/11 de 14h à 14h45', '2020-11-02', p('2020-11-24', '14:00'), p('2020-11-24', '14:45'), 1],
    ['Le 25/11 de 11h à 12h', '2020-11-02', p('2020-11-25', '11:00'), p('2020-11-25', '12:00'), 1],
    ['Le 25/11 de 13h à 14h', '2020-11-02', p('2020-11-25', '13:00'), p('2020-11-25', '14:00'), 1],
    ['Le 26/11 de 9h30 à 12h', '2020-11-02', p('2020-11-26', '09:30'), p('2020-11-26', '12:00'), 1],
    ['Le 26/11 de 11h à 11h45', '2020-11-02', p('2020-11-26', '11:00'), p('2020-11-26', '11:45'), 1],
    ['Le 26/11 de 15h30 à 17h', '2020-11-02', p('2020-11-26', '15:30'), p('2020-11-26', '17:00'), 1],
    ['Le 26/11 à 17h', '2020-11-02', p('2020-11-26', '17:00'), null, 1],
    ['Le 26/11 de 18h à 20h', '2020-11-02', p('2020-11-26', '18:00'), p('2020-11-26', '20:00'), 1],
    ['Le 27/11 de 14h à 16h', '2020-11-02', p('2020-11-27', '14:00'), p('2020-11-27', '16:00'), 1],
    ['Le 30/11 de 9h à 10h', '2020-11-02', p('2020-11-30', '09:00'), p('2020-11-30', '10:00'), 1],
    ['Le 30/11 de 9h30 à 10h30', '2020-11-02', p('2020-11-30', '09:30'), p('2020-11-30', '10:30'), 1],
    ['Le mercredi 10/11 de 10h à 11h30', '2021-11-02', p('2021-11-10', '10:00'), p('2021-11-10', '11:30'), 1],
    ['Le lundi 15/11 de 18h à 20h', '2021-11-02', p('2021-11-15', '18:00'), p('2021-11-15', '20:00'), 1],
    ['Le mercredi 17/11 de 17h à 17h30', '2021-11-02', p('2021-11-17', '17:00'), p('2021-11-17', '17:30'), 1],
    ['Le jeudi 18/11 de 10h à 12h', '2021-11-02', p('2021-11-18', '10:00'), p('2021-11-18', '12:00'), 1],
    ['Le mercredi 24/11 de 10h à 11h30', '2021-11-02', p('2021-11-24', '10:00'), p('2021-11-24', '11:30'), 1],
    ['Le mercredi 24/11 de 10h30 à 12h30', '2021-11-02', p('2021-11-24', '10:30'), p('2021-11-24', '12:30'), 1],
    ['Le mercredi 24/11 de 16h à 17h', '2021-11-02', p('2021-11-24', '16:00'), p('2021-11-24', '17:00'), 1],
    ['Le jeudi 25/11 de 9h à 17h30', '2021-11-02', p('2021-11-25', '09:00'), p('2021-11-25', '17:30'), 1],
    ['Le jeudi 25/11 de 14h à 15h', '2021-11-02', p('2021-11-25', '14:00'), p('2021-11-25', '15:00'), 1],
    ['Le jeudi 25/11 de 17h à 18h', '2021-11-02', p('2021-11-25', '17:00'), p('2021-11-25', '18:00'), 1],
    ['Le vendredi 26/11 de 11h à 11h30', '2021-11-02', p('2021-11-26', '11:00'), p('2021-11-26', '11:30'), 1],
    ['Le mardi 30/11 de 10h à 12h', '2021-11-02', p('2021-11-30', '10:00'), p('2021-11-30', '12:00'), 1]
  ] as Array<[string, string, string, string | null, number]>)('%s (reference %s)', (text, reference, start, end, count) => {
    const result = resolve(text, reference)
    expect([result.start, result.end, result.occurrences.length]).toEqual([start, end, count])
    // The 2021 weekdays are right: no weekday-mismatch.
    expect(result.reports.filter(([ruleId]) => ruleId === 'weekday-mismatch')).toEqual([])
  })
})
