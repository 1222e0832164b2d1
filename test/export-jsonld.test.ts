import {describe, expect, test} from 'vitest'
import {AgendaExtractError, toJSONLD, type Session} from '../src/index.js'
import {onlineSession, session} from './helpers/session.js'

describe('toJSONLD', () => {
  test('an in-person session: a whole schema.org Event', () => {
    expect(toJSONLD([session()])).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        identifier: 'a1b2c3d4e5f60718',
        name: 'Atelier « Données publiques » : ouverture, qualité, réutilisation ; retours d’expérience',
        description: 'Premier paragraphe, avec une virgule; un point-virgule.\n\nSecond paragraphe.',
        startDate: '2022-11-03T16:15:00+01:00',
        endDate: '2022-11-03T18:15:00+01:00',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: [
          {
            '@type': 'Place',
            name: 'Lieu de la transformation publique',
            address: {
              '@type': 'PostalAddress',
              streetAddress: '77 avenue de Ségur',
              postalCode: '75015',
              addressLocality: 'Paris',
              addressCountry: 'FR'
            }
          }
        ],
        isAccessibleForFree: true,
        offers: {'@type': 'Offer', url: 'https://example.org/inscription', price: 0},
        organizer: [{'@type': 'Organization', name: 'DINUM'}],
        audience: [{'@type': 'Audience', audienceType: 'agents publics'}],
        keywords: 'Atelier',
        url: 'https://example.org/inscription'
      }
    ])
  })

  test('hybrid, paying and full: Place and VirtualLocation, a sold-out offer with its deadline', () => {
    const [event] = toJSONLD([
      session({
        status: 'full',
        attendance: 'hybrid',
        venues: [{name: null, street: null, postalCode: null, city: null, region: 'Bretagne', room: null, note: null, country: null, raw: 'Bretagne'}],
        online: {platform: 'webconférence de l’État', url: null},
        admission: {free: false, price: {amount: 15, currency: 'EUR'}, registration: 'required', deadline: '2022-10-30', statements: []},
        links: [{url: 'https://example.org/programme', label: 'Programme', kind: 'program'}],
        organizers: [],
        audience: [],
        tags: []
      })
    ])
    expect(event).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        {'@type': 'Place', address: {'@type': 'PostalAddress', addressRegion: 'Bretagne'}},
        {'@type': 'VirtualLocation', name: 'webconférence de l’État'}
      ],
      isAccessibleForFree: false,
      offers: {'@type': 'Offer', price: 15, priceCurrency: 'EUR', availability: 'https://schema.org/SoldOut', validThrough: '2022-10-30'},
      url: 'https://example.org/programme'
    })
    expect(Object.keys(event ?? {})).not.toContain('organizer')
    expect(Object.keys(event ?? {})).not.toContain('keywords')
  })

  test('a venue known only by its text: a Place whose address is that text', () => {
    const [event] = toJSONLD([
      session({venues: [{name: 'Salle des fêtes', street: null, postalCode: null, city: null, region: null, room: null, note: null, country: null, raw: 'Salle des fêtes'}]})
    ])
    expect(event).toEqual(expect.objectContaining({location: [{'@type': 'Place', name: 'Salle des fêtes', address: 'Salle des fêtes'}]}))
  })

  test.each([
    ['cancelled', 'EventCancelled'],
    ['postponed', 'EventPostponed'],
    ['moved-online', 'EventMovedOnline']
  ] as const)('status %s: %s', (status, expected) => {
    expect(toJSONLD([session({status})])[0]).toMatchObject({eventStatus: `https://schema.org/${expected}`})
  })

  test('daily occurrences: one P1D eventSchedule', () => {
    const days = ['2020-11-16', '2020-11-17', '2020-11-18']
    const [event] = toJSONLD([onlineSession(days.map((day) => ({start: `${day}T17:00:00+01:00`, end: `${day}T17:30:00+01:00`})))])
    expect(event).toMatchObject({
      startDate: '2020-11-16T17:00:00+01:00',
      endDate: '2020-11-18T17:30:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: [{'@type': 'VirtualLocation', url: 'https://app.livestorm.co/dinum/webinaire', name: 'Livestorm'}],
      eventSchedule: [
        {
          '@type': 'Schedule',
          repeatFrequency: 'P1D',
          startDate: '2020-11-16',
          endDate: '2020-11-18',
          startTime: '17:00:00',
          endTime: '17:30:00',
          scheduleTimezone: 'Europe/Paris'
        }
      ]
    })
  })

  test('occurrences on other days: one schedule each', () => {
    const [event] = toJSONLD([
      onlineSession([
        {start: '2022-11-03T10:00:00+01:00', end: '2022-11-03T11:00:00+01:00'},
        {start: '2022-11-24', end: '2022-11-25'}
      ])
    ])
    expect(event).toMatchObject({
      eventSchedule: [
        {'@type': 'Schedule', startDate: '2022-11-03', endDate: '2022-11-03', startTime: '10:00:00', endTime: '11:00:00', scheduleTimezone: 'Europe/Paris'},
        {'@type': 'Schedule', startDate: '2022-11-24', endDate: '2022-11-25'}
      ]
    })
  })

  test('a session without a date has no startDate', () => {
    const [event] = toJSONLD([session({start: null, end: null})])
    expect(Object.keys(event ?? {}).filter((key) => key.endsWith('Date'))).toEqual([])
  })

  test('misuse throws AgendaExtractError', () => {
    expect(() => toJSONLD([{title: 'x'}] as unknown as Session[])).toThrow(AgendaExtractError)
    expect(() => toJSONLD([{title: 'x'}] as unknown as Session[])).toThrow(/^toJSONLD: sessions\.0\.id is not a valid Session field/u)
  })
})
