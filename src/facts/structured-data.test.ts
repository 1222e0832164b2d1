import type {Element} from 'hast'
import {describe, expect, test} from 'vitest'
import {phraseOfMoments, readStatedMoment, readStructuredEvents, type StructuredDataProblem} from './structured-data.js'

const script = (data: unknown): Element => ({
  type: 'element',
  tagName: 'script',
  properties: {type: 'application/ld+json'},
  children: [{type: 'text', value: typeof data === 'string' ? data : JSON.stringify(data)}]
})

function read(data: unknown): {events: ReturnType<typeof readStructuredEvents>; problems: StructuredDataProblem[]} {
  const problems: StructuredDataProblem[] = []
  const events = readStructuredEvents([script(data)], [], (problem) => problems.push(problem))
  return {events, problems}
}

describe('readStatedMoment', () => {
  test.each([
    ['2024-09-17T09:00:00+02:00', {day: {day: 17, month: 9, year: 2024, weekday: null}, time: {hour: 9, minute: 0}}],
    ['2024-09-17', {day: {day: 17, month: 9, year: 2024, weekday: null}, time: null}],
    // Midnight is a CMS's "no time given".
    ['2024-09-17T00:00:00Z', {day: {day: 17, month: 9, year: 2024, weekday: null}, time: null}],
    ['2024-13-17', null],
    ['17 septembre 2024', null],
    [42, null]
  ])('%s', (value, expected) => {
    const moment = readStatedMoment(value)
    expect(moment === null ? null : {day: moment.day, time: moment.time}).toEqual(expected)
  })
})

describe('phraseOfMoments', () => {
  test('one day with a time range', () => {
    const start = readStatedMoment('2024-06-04T14:00:00+02:00')!
    const end = readStatedMoment('2024-06-04T16:30:00+02:00')
    expect(phraseOfMoments(start, end)).toMatchObject({kind: 'single', to: null, time: {start: {hour: 14, minute: 0}, end: {hour: 16, minute: 30}}})
  })
  test('several days with times span them; without times they are a range of days', () => {
    expect(phraseOfMoments(readStatedMoment('2024-06-04T09:00')!, readStatedMoment('2024-06-06T17:00'))).toMatchObject({kind: 'span', to: {day: 6, month: 6}})
    expect(phraseOfMoments(readStatedMoment('2024-06-04')!, readStatedMoment('2024-06-06'))).toMatchObject({kind: 'range', time: null})
  })
})

describe('readStructuredEvents', () => {
  test('every Event of a @graph, typed: places, online access, mode, status, offers, organizer', () => {
    const {events, problems} = read({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'WebPage', name: 'Agenda'},
        {
          '@type': 'EducationEvent',
          name: 'Atelier API',
          startDate: '2024-03-12T10:00:00+01:00',
          endDate: '2024-03-12T12:00:00+01:00',
          eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
          eventStatus: 'https://schema.org/EventRescheduled',
          location: [
            {'@type': 'Place', name: 'Ségur', address: {'@type': 'PostalAddress', streetAddress: '20 avenue de Ségur', postalCode: '75007', addressLocality: 'Paris', addressCountry: 'FR'}},
            {'@type': 'VirtualLocation', url: 'https://webinaire.numerique.gouv.fr/b/abc'}
          ],
          offers: [{'@type': 'Offer', price: '15', priceCurrency: 'EUR', url: 'https://example.org/billets'}, {'@type': 'Offer', price: 10}],
          organizer: [{'@type': 'Organization', name: 'DINUM'}, 'Etalab']
        },
        {'@type': 'Event', name: 'Complet', startDate: '2024-03-13', offers: {availability: 'https://schema.org/SoldOut'}, isAccessibleForFree: true}
      ]
    })
    expect(problems).toEqual([])
    expect(events.map(({node: _node, ...event}) => event)).toEqual([
      {
        name: 'Atelier API',
        description: null,
        start: {day: {day: 12, month: 3, year: 2024, weekday: null}, time: {hour: 10, minute: 0}, text: '2024-03-12T10:00:00+01:00'},
        end: {day: {day: 12, month: 3, year: 2024, weekday: null}, time: {hour: 12, minute: 0}, text: '2024-03-12T12:00:00+01:00'},
        venues: [{name: 'Ségur', street: '20 avenue de Ségur', postalCode: '75007', city: 'Paris', region: null, room: null, note: null, country: 'FR', raw: 'Ségur, 20 avenue de Ségur, 75007 Paris'}],
        online: {url: 'https://webinaire.numerique.gouv.fr/b/abc'},
        attendance: 'hybrid',
        status: 'postponed',
        free: false,
        price: {amount: 10, currency: 'EUR'},
        url: null,
        registrationUrl: 'https://example.org/billets',
        organizers: ['DINUM', 'Etalab']
      },
      {
        name: 'Complet',
        description: null,
        start: {day: {day: 13, month: 3, year: 2024, weekday: null}, time: null, text: '2024-03-13'},
        end: null,
        venues: [],
        online: null,
        attendance: null,
        status: 'full',
        free: true,
        price: null,
        url: null,
        registrationUrl: null,
        organizers: []
      }
    ])
  })

  test('a festival: the event and its subEvents', () => {
    const {events} = read({'@type': 'Festival', name: 'Festival', startDate: '2024-05-01', subEvent: [{'@type': 'Event', name: 'Concert', startDate: '2024-05-01T20:00'}]})
    expect(events.map((event) => event.name)).toEqual(['Festival', 'Concert'])
  })

  test.each([
    ['a page that is no event', {'@type': 'Organization', name: 'DINUM'}],
    ['a scalar', 42],
    ['an event type in a name only', {'@type': 'Thing', name: 'Event'}]
  ])('%s: no event', (_name, data) => {
    expect(read(data).events).toEqual([])
  })

  test('a block that is not JSON is a problem, not an exception', () => {
    const {events, problems} = read('{"@type": "Event",')
    expect(events).toEqual([])
    expect(problems.map((problem) => problem.detail)).toEqual(['not JSON'])
  })

  test('nesting deeper than a page needs is not read (bounded work)', () => {
    let data: unknown = {'@type': 'Event', name: 'Profond', startDate: '2024-05-01'}
    for (let depth = 0; depth < 50; depth++) data = [data]
    expect(read(data).events).toEqual([])
  })
})
