import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {extract} from '../src/index.js'

const release = readFileSync(new URL('../fixtures/press-release-2020.md', import.meta.url), 'utf8')

describe('press release', () => {
  test('DocumentInfo: dateline, letterhead, headline and press contacts', () => {
    expect(extract(release).document).toEqual({
      title: "MOIS DE L'INNOVATION PUBLIQUE 2020 : PRES DE 300 EVENEMENTS DIGITAUX JUSQU'AU 30 NOVEMBRE",
      published: '2020-11-18',
      referenceDate: {value: '2020-11-18', from: 'dateline'},
      defaultAttendance: null,
      defaultVenue: null,
      fee: null,
      registrationUrl: null,
      image: null,
      publisher: 'Ministère de la transformation et de la fonction publiques',
      contacts: [
        {name: null, organization: 'DITP', email: 'claire.bonnetier@modernisation.gouv.fr', phone: '06.08.72.50.29'},
        {name: null, organization: null, email: 'Innovationpublique@plus2sens.com', phone: '06 13 06 42 00'}
      ]
    })
  })

  test('the dateline gives the year; a January event in a December release is next year', () => {
    const doc = '**MINISTÈRE DE LA CULTURE**\n\nParis, le 3 décembre 2024\n\n- **Atelier design – Ministère de la Culture** - 15 janvier\n\nUn atelier pour les agents.\n'
    expect(extract(doc).sessions.map((s) => [s.title, s.start, s.organizers])).toEqual([['Atelier design', '2025-01-15', ['Ministère de la Culture']]])
  })

  test('undated mentions and umbrella statements are not sessions', () => {
    const titles = extract(release).sessions.map((s) => s.title)
    expect(titles).toHaveLength(10)
    expect(titles.some((title) => /podcast|300|150/iu.test(title))).toBe(false)
  })

  test('a contact line with a person', async () => {
    const {readContact} = await import('../src/parsers/press-release/document.js')
    expect(readContact('Claire Bonnetier - DITP - claire.bonnetier@modernisation.gouv.fr - 06 08 72 50 29')).toEqual([
      {name: 'Claire Bonnetier', organization: 'DITP', email: 'claire.bonnetier@modernisation.gouv.fr', phone: '06 08 72 50 29'}
    ])
    expect(readContact('Pour en savoir plus sur la DITP: modernisation.gouv.fr.')).toEqual([])
  })
})

describe('PDF conversion artefacts', () => {
  test('wrapped bold titles, `**` runs and capital headings do not break it', () => {
    const doc = [
      '**MINISTÈRE',
      'DE LA CULTURE**',
      '',
      'COMMUNIQUE DE PRESSE',
      '',
      'Paris, le 3 novembre 2021',
      '',
      'DES ATELIERS **** POUR TOUS',
      '',
      '- **Atelier design – Ministère de la',
      'Culture** - 15 novembre',
      '',
      'Un atelier pour les agents, animé ** en ligne. [ici](#)',
      '',
      'LES ** RENDEZ-VOUS DU MOIS',
      '',
      '- **Bretagne : Forum des labs** - du 22 au 26',
      'novembre',
      'Des ateliers à distance.',
      ''
    ].join('\n')
    const result = extract(doc)
    expect(result.parser).toBe('press-release')
    expect(result.document.publisher).toBe('Ministère de la culture')
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.formats, s.attendance, s.organizers, s.venues.map((v) => v.region)])).toEqual([
      ['Atelier design', '2021-11-15', '2021-11-15', ['workshop'], 'online', ['Ministère de la Culture'], []],
      ['Forum des labs', '2021-11-22', '2021-11-26', ['forum'], 'online', [], ['Bretagne']]
    ])
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['placeholder-link', 13]])
  })
})
