import {describe, expect, test} from 'vitest'
import {extract, type Session} from '../src/index.js'

/** A single-event post: front-matter lines, then the body. */
function post(frontMatter: string[], body: string[] = []): string {
  return ['---', 'title: Atelier données', 'date: 2021-10-01 10:00:00 +02:00', ...frontMatter, '---', '', ...body, ''].join('\n')
}

const pick = (session: Session | undefined) => ({
  start: session?.start,
  end: session?.end,
  attendance: session?.attendance,
  online: session?.online
})

describe('single-event posts: dates', () => {
  test('a body time range refines a front-matter date at midnight, without a conflict', () => {
    const result = extract(post(['event_start_date: 2022-05-10 00:00:00 +02:00'], ['Rendez-vous le mardi 10 mai de 14h à 16h.']))
    expect(result.parser).toBe('single-event')
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([['2022-05-10T14:00:00+02:00', '2022-05-10T16:00:00+02:00']])
    expect(result.diagnostics).toEqual([])
  })

  test('a Horaires row that disagrees with the front-matter clock wins, with an info naming both', () => {
    const result = extract(post(['event_start_date: 2022-05-10 09:00:00 +02:00', 'champs_informations:', '- intitule: Horaires', '  contenu: 14h30 - 16h']))
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([['2022-05-10T14:30:00+02:00', '2022-05-10T16:00:00+02:00']])
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        'front-matter-conflict',
        'info',
        'Unexpected front-matter value `2022-05-10 09:00:00 +02:00`, expected `14h30 - 16h` as written in the post; the written value wins'
      ]
    ])
  })

  test('a written weekday that does not match the date warns and keeps the date', () => {
    const result = extract(post(['event_start_date: 2021-11-18 00:00:00 +01:00'], ['Rendez-vous le mardi 18 novembre 2021 de 10h à 12h.']))
    expect(result.sessions[0]?.start).toBe('2021-11-18T10:00:00+01:00')
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['weekday-mismatch', 'Unexpected weekday `mardi` for 2021-11-18, expected `jeudi`; the date is kept']
    ])
  })

  test('a Date row that differs from the front matter wins, with a conflict', () => {
    const result = extract(post(['event_start_date: 2021-11-18 00:00:00 +01:00', 'champs_informations:', '- intitule: Date', '  contenu: mardi 16 novembre 2021']))
    expect(result.sessions[0]?.start).toBe('2021-11-16')
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['front-matter-conflict'])
  })

  test('an end before the start is dropped with a warning', () => {
    const result = extract(post(['event_start_date: 2022-05-10 14:00:00 +02:00', 'event_end_date: 2022-05-09 16:00:00 +02:00']))
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([['2022-05-10T14:00:00+02:00', null]])
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['end-before-start'])
  })

  test('a multi-day event is one session spanning its days', () => {
    const result = extract(post(['event_start_date: 2024-03-12 09:00:00 +01:00', 'event_end_date: 2024-03-14 17:00:00 +01:00']))
    expect(result.sessions.map((s) => [s.start, s.end, s.occurrences])).toEqual([
      ['2024-03-12T09:00:00+01:00', '2024-03-14T17:00:00+01:00', [{start: '2024-03-12T09:00:00+01:00', end: '2024-03-14T17:00:00+01:00'}]]
    ])
  })

  test('several dated lines in the body are several sessions', () => {
    const result = extract(
      post(['event_start_date: 2019-11-26 10:00:00 +01:00', 'event_end_date: 2019-11-28 17:00:00 +01:00'], ['Horaires :', '', '- mardi 26 novembre de 10h à 13h', '- jeudi 28 novembre de 14h à 17h'])
    )
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([
      ['2019-11-26T10:00:00+01:00', '2019-11-26T13:00:00+01:00'],
      ['2019-11-28T14:00:00+01:00', '2019-11-28T17:00:00+01:00']
    ])
    expect(new Set(result.sessions.map((s) => s.id)).size).toBe(2)
  })

  test('a listed session with its own title line keeps that title', () => {
    const result = extract(
      post(
        ['event_start_date: 2021-11-29 09:00:00 +01:00', 'event_end_date: 2021-12-16 18:00:00 +01:00'],
        ['* **Le virage cloud dans l’État**', '<br>Lundi 29 novembre 2021, 17h-17h30', '', '* **La culture d’innovation**', '<br>Mercredi 1er décembre, 17h-18h']
      )
    )
    expect(result.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['Le virage cloud dans l’État', '2021-11-29T17:00:00+01:00', '2021-11-29T17:30:00+01:00'],
      ['La culture d’innovation', '2021-12-01T17:00:00+01:00', '2021-12-01T18:00:00+01:00']
    ])
  })

  test('dates the post only mentions are not sessions', () => {
    const result = extract(
      post(
        ['event_start_date: 2021-03-30 14:00:00 +02:00', 'event_end_date: 2021-03-30 15:00:00 +02:00'],
        ["L'appel à candidatures est ouvert du 1er mars au 2 mai 2021.", '', "La première édition s'est tenue le 12 mars 2020."]
      )
    )
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([['2021-03-30T14:00:00+02:00', '2021-03-30T15:00:00+02:00']])
  })

  test.each([
    ['2017-06-15 14:00:00 +02:00', '2017-06-15T14:00:00+02:00'],
    ['2018-12-06 09:00:00 +01:00', '2018-12-06T09:00:00+01:00'],
    ['2020-03-29 10:00:00 +02:00', '2020-03-29T10:00:00+02:00'],
    ['2023-10-29 10:00:00 +01:00', '2023-10-29T10:00:00+01:00'],
    ['2026-07-01 18:30:00 +02:00', '2026-07-01T18:30:00+02:00']
  ])('event_start_date %s → %s (offset of that day)', (value, start) => {
    expect(extract(post([`event_start_date: ${value}`])).sessions[0]?.start).toBe(start)
  })

  test('a front-matter offset that is wrong for the day is recomputed from the zone', () => {
    expect(extract(post(['event_start_date: 2023-06-27 11:00:00 +01:00'])).sessions[0]?.start).toBe('2023-06-27T11:00:00+02:00')
  })
})

describe('single-event posts: attendance and platforms', () => {
  test.each([
    [['lieu: Webinaire 100% en ligne'], [], {attendance: 'online', online: {platform: null, url: null}}],
    [['lieu: "Événement 100% en ligne : sur YouTube"'], [], {attendance: 'online', online: {platform: 'YouTube', url: null}}],
    [[], ['La conférence sera diffusée en direct sur [YouTube](https://www.youtube.com/watch?v=abc).'], {attendance: 'online', online: {platform: 'YouTube', url: 'https://www.youtube.com/watch?v=abc'}}],
    [[], ['Le webinaire aura lieu sur Zoom.'], {attendance: 'online', online: {platform: 'Zoom', url: null}}],
    [[], ['Connexion via Microsoft Teams.'], {attendance: 'online', online: {platform: 'Teams', url: null}}],
    [[], ['Rejoignez-nous en visio.'], {attendance: 'online', online: {platform: null, url: null}}],
    [[], ['[Inscription sur Livestorm](https://app.livestorm.co/dinum/atelier)'], {attendance: 'online', online: {platform: 'Livestorm', url: 'https://app.livestorm.co/dinum/atelier'}}],
    [['lieu: Direction interministérielle du numérique', 'adresse: 20 avenue de Ségur 75007 Paris'], ['Également en ligne via la webconférence de l’État.'], {attendance: 'hybrid', online: {platform: "webconférence de l'État", url: null}}],
    [['lieu: Paris 7e'], [], {attendance: 'in-person', online: null}],
    [[], ['Les démarches en ligne seront présentées ; inscription en ligne obligatoire.'], {attendance: null, online: null}]
  ])('%j %j', (frontMatter, body, expected) => {
    expect(pick(extract(post(['event_start_date: 2023-06-27 11:00:00 +02:00', ...frontMatter], body)).sessions[0])).toMatchObject(expected)
  })

  test('venues from lieu and adresse', () => {
    const [session] = extract(post(['event_start_date: 2024-09-17 09:00:00 +02:00', 'lieu: Paris 7e'])).sessions
    expect(session?.venues).toEqual([{name: null, street: null, postalCode: null, city: 'Paris', region: null, room: null, note: null, country: 'FR', raw: 'Paris 7e'}])
  })
})

describe('single-event posts: accessibility, admission, status', () => {
  test('accessibility from the body', () => {
    const [session] = extract(
      post(['event_start_date: 2023-06-27 11:00:00 +02:00'], ['Le webinaire est accessible : interprétation en LSF, vélotypie et sous-titrage.', '', 'La salle est accessible aux PMR.'])
    ).sessions
    expect(session?.accessibility.features).toEqual(['sign-language', 'captions', 'wheelchair'])
  })

  test.each([
    [['Tarif : 15 € par personne.'], {free: false, price: {amount: 15, currency: 'EUR'}, registration: null}],
    [['Gratuit, sur inscription.'], {free: true, price: null, registration: 'required'}],
    [['Entrée libre, dans la limite des places disponibles.'], {free: true, price: null, registration: 'none'}],
    [['La cantine à 1 euro est un exemple de démarche simplifiée.'], {free: null, price: null, registration: null}]
  ])('%j', (body, admission) => {
    expect(extract(post(['event_start_date: 2023-06-27 11:00:00 +02:00'], body)).sessions[0]?.admission).toMatchObject(admission)
  })

  test('an information row whose label is a statement (`intitule: Gratuit`) is read too', () => {
    const result = extract(
      post(['event_start_date: 2023-03-13 09:00:00 +01:00', 'champs_informations:', '- intitule: Gratuit', '  contenu: Inscription obligatoire'])
    )
    expect(result.sessions[0]?.admission).toEqual({free: true, price: null, registration: 'required', deadline: null, statements: ['Gratuit : Inscription obligatoire']})
  })

  test('an implausible front-matter date is ignored: the body range `du 7 au 9 septembre` is the session', () => {
    const result = extract(
      ['---', 'title: ID Forum', 'date: 2021-08-09 11:55:00 +02:00', 'event_start_date: 0007-08-31 23:09:21 +00:09', 'lieu: Lille Grand Palais', '---', '', 'L’équipe sera présente au salon du 7 au 9 septembre à Lille.', ''].join('\n')
    )
    expect(result.sessions.map((s) => [s.start, s.end])).toEqual([['2021-09-07', '2021-09-09']])
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['implausible-date', 4]])
  })

  test('a `Tous les jours` row repeats its time on every day; a row labelled with a place names its address', () => {
    const result = extract(
      post([
        'event_start_date: 2022-11-16 00:00:00 +01:00',
        'event_end_date: 2022-11-18 00:00:00 +01:00',
        'lieu: En présentiel et en ligne',
        'adresse: 61 Bd de la Prairie au Duc, 44200 Nantes',
        'champs_informations:',
        '- intitule: Tous les jours',
        '  contenu: de 13h à 20h',
        "- intitule: 'Ecole de design Nantes Atlantique '",
        '  contenu: 61 Bd de la Prairie au Duc, 44200 Nantes'
      ])
    )
    const [session] = result.sessions
    expect(session?.occurrences).toEqual(
      ['16', '17', '18'].map((day) => ({start: `2022-11-${day}T13:00:00+01:00`, end: `2022-11-${day}T20:00:00+01:00`}))
    )
    expect(session?.venues.map((venue) => [venue.name, venue.street, venue.postalCode, venue.city])).toEqual([
      ['Ecole de design Nantes Atlantique', '61 Bd de la Prairie au Duc', '44200', 'Nantes']
    ])
    expect(session?.attendance).toBe('hybrid')
  })

  test('row links: a host without its scheme is read as https; a broken one is reported once, at the rows', () => {
    const result = extract(
      post([
        'event_start_date: 2019-11-29 12:00:00 +01:00',
        'champs_informations:',
        '- intitule: Modalités',
        '  contenu: Inscription obligatoire',
        '  lien: edite-piaf-sip.eventbrite.com',
        '- intitule: Plus d’informations',
        '  lien: "#"'
      ])
    )
    expect(result.sessions[0]?.links).toEqual([{url: 'https://edite-piaf-sip.eventbrite.com', label: 'Inscription obligatoire', kind: 'registration'}])
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['placeholder-link', 5]])
  })

  test('a post without event fields is dated by its lead (`chapeau-text`)', () => {
    const result = extract(
      [
        '---',
        'title: Campus du numérique',
        'date: 2024-05-28 10:26:00 +02:00',
        "chapeau-text: 'La DINUM et la DGAFP organisent les premiers Regards francophones, le 5 juin prochain à Paris.'",
        '---',
        '',
        'Ce rendez-vous a pour objectif d’échanger et partager les expertises.',
        ''
      ].join('\n')
    )
    expect(result.parser).toBe('single-event')
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.source.line])).toEqual([['Campus du numérique', '2024-06-05', '2024-06-05', 4]])
  })

  test('a body line naming the event’s days with a time gives one occurrence a day', () => {
    const result = extract(
      post(['event_start_date: 2019-06-13 09:30:00 +02:00', 'event_end_date: 2019-06-14 19:00:00 +02:00'], ['**Quand ?** 13 et 14 juin 2019, de 9h à 19h'])
    )
    expect(result.sessions[0]?.occurrences).toEqual([
      {start: '2019-06-13T09:00:00+02:00', end: '2019-06-13T19:00:00+02:00'},
      {start: '2019-06-14T09:00:00+02:00', end: '2019-06-14T19:00:00+02:00'}
    ])
  })

  test('rows written with `Intitulé` keys are read the same', () => {
    const result = extract(post(['event_start_date: 2019-07-24 00:00:00 +02:00', 'champs_informations:', '- contenu: 14h-17h', '  Intitulé: Horaires', '- contenu: Modalités', "  Intitulé: 'Inscription gratuite obligatoire '"]))
    expect(result.sessions.map((s) => [s.start, s.end, s.admission.free, s.admission.registration])).toEqual([
      ['2019-07-24T14:00:00+02:00', '2019-07-24T17:00:00+02:00', true, 'required']
    ])
  })

  test('`le programme complet` is not a full session', () => {
    const result = extract(post(['event_start_date: 2023-06-27 11:00:00 +02:00'], ['Le programme complet de la journée sera envoyé aux personnes inscrites.']))
    expect(result.sessions[0]?.status).toBe('scheduled')
    expect(result.diagnostics).toEqual([])
  })

  test.each([
    ['**Événement annulé.**', 'cancelled'],
    ['Cet atelier est reporté à une date ultérieure.', 'postponed'],
    ['Complet : les inscriptions sont closes.', 'full']
  ])('%s → %s', (body, status) => {
    const result = extract(post(['event_start_date: 2023-06-27 11:00:00 +02:00'], [body]))
    expect(result.sessions[0]?.status).toBe(status)
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['status-change'])
  })
})

describe('single-event posts whose body is a programme', () => {
  const post = (items: number) =>
    [
      '---',
      'title: Forum de l’emploi tech',
      'event_start_date: 2021-11-29 09:00:00 +01:00',
      'event_end_date: 2021-12-16 18:00:00 +01:00',
      'lieu: Paris',
      '---',
      '',
      '#### Conférences en ligne',
      '',
      ...Array.from({length: items}, (_, index) => `* **Conférence ${index + 1}**<br>Lundi ${index + 6} décembre 2021, 17h-17h30\n`)
    ].join('\n')

  test('five dated blocks or more are read as sessions of their own', () => {
    const {parser, sessions} = extract(post(5))
    expect(parser).toBe('single-event')
    // Each talk is its own: the heading above says online, so the post's `lieu: Paris` is not theirs.
    expect(sessions.map((session) => [session.title, session.start, session.end, session.formats, session.attendance, session.venues, session.description])).toEqual(
      [6, 7, 8, 9, 10].map((day, index) => {
        const date = `2021-12-${String(day).padStart(2, '0')}`
        return [`Conférence ${index + 1}`, `${date}T17:00:00+01:00`, `${date}T17:30:00+01:00`, ['conference'], 'online', [], null]
      })
    )
  })

  test('fewer are read by the single-event rules: the post’s body is each session’s description', () => {
    const {sessions} = extract(post(2))
    expect(sessions.map((session) => [session.title, session.start, session.attendance, session.description?.split('\n\n')[0]])).toEqual([
      ['Conférence 1', '2021-12-06T17:00:00+01:00', 'online', 'Conférences en ligne'],
      ['Conférence 2', '2021-12-07T17:00:00+01:00', 'online', 'Conférences en ligne']
    ])
  })
})
