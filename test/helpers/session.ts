import type {Session} from '../../src/index.js'

/** A whole, valid session (an in-person workshop in Paris), with `overrides` on top. */
export function session(overrides: Partial<Session> = {}): Session {
  const start = overrides.start === undefined ? '2022-11-03T16:15:00+01:00' : overrides.start
  const end = overrides.end === undefined ? '2022-11-03T18:15:00+01:00' : overrides.end
  return {
    id: 'a1b2c3d4e5f60718',
    title: 'Atelier « Données publiques » : ouverture, qualité, réutilisation ; retours d’expérience',
    summary: 'Un atelier.',
    description: 'Premier paragraphe, avec une virgule; un point-virgule.\n\nSecond paragraphe.',
    start,
    end,
    timeZone: 'Europe/Paris',
    status: 'scheduled',
    occurrences: [{start, end}],
    tags: ['Atelier'],
    formats: ['workshop'],
    topics: [],
    attendance: 'in-person',
    venues: [
      {
        name: 'Lieu de la transformation publique',
        street: '77 avenue de Ségur',
        postalCode: '75015',
        city: 'Paris',
        region: null,
        room: null,
        note: null,
        country: 'FR',
        raw: '77 avenue de Ségur 75015 Paris'
      }
    ],
    online: null,
    accessibility: {features: ['wheelchair'], statements: []},
    admission: {free: true, price: null, registration: 'required', deadline: null, statements: []},
    audience: ['agents publics'],
    organizers: ['DINUM'],
    links: [{url: 'https://example.org/inscription', label: 'Inscription', kind: 'registration'}],
    source: {parser: 'test', path: 'agenda.md', url: null, line: 3, column: 1},
    ...overrides
  }
}

/** A session held online on the given occurrences. */
export function onlineSession(occurrences: Session['occurrences'], overrides: Partial<Session> = {}): Session {
  const first = occurrences[0] ?? {start: null, end: null}
  const last = occurrences[occurrences.length - 1] ?? first
  return session({
    id: 'f0e1d2c3b4a59687',
    title: 'Webinaire',
    start: first.start,
    end: last.end,
    occurrences,
    attendance: 'online',
    venues: [],
    online: {platform: 'Livestorm', url: 'https://app.livestorm.co/dinum/webinaire'},
    ...overrides
  })
}
