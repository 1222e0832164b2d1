import {describe, expect, test} from 'vitest'
import {extract} from '../src/index.js'

describe('structure: dated headings and paragraphs', () => {
  test('dates in the headings', () => {
    const doc = [
      '---',
      'title: Nos rendez-vous de mars',
      'date: 2024-02-20 10:00:00 +01:00',
      '---',
      '',
      '## Programme',
      '',
      '### Le mardi 12 mars 2024 de 10h à 12h – Atelier API Particulier',
      '',
      'Un atelier pour découvrir les données disponibles. Entrée libre.',
      '',
      '[Inscriptions](https://example.org/inscription-api)',
      '',
      '### Le jeudi 21 mars 2024 à 14h : Webinaire FranceConnect',
      '',
      'Présentation en ligne de la fédération d’identité.',
      ''
    ].join('\n')
    const result = extract(doc)
    expect(result.parser).toBe('structure')
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.formats, s.attendance, s.admission.registration, s.links.map((l) => l.kind)])).toEqual([
      ['Atelier API Particulier', '2024-03-12T10:00:00+01:00', '2024-03-12T12:00:00+01:00', ['workshop'], null, 'none', ['registration']],
      ['Webinaire FranceConnect', '2024-03-21T14:00:00+01:00', null, ['webinar'], 'online', null, []]
    ])
  })

  test('titles in the headings, the date opening the next paragraph', () => {
    const doc = [
      '### Atelier accessibilité',
      '',
      'Le 4 juin 2024 de 14h à 16h, au 20 avenue de Ségur 75007 Paris.',
      '',
      'Un atelier pratique.',
      '',
      '### Formation écoconception',
      '',
      'Le 17 septembre 2024 de 9h à 12h30',
      ''
    ].join('\n')
    const result = extract(doc)
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.formats])).toEqual([
      ['Atelier accessibilité', '2024-06-04T14:00:00+02:00', '2024-06-04T16:00:00+02:00', ['workshop']],
      ['Formation écoconception', '2024-09-17T09:00:00+02:00', '2024-09-17T12:30:00+02:00', ['training']]
    ])
  })

  test('a bold date opening a paragraph', () => {
    const doc = '**Mardi 12 mars 2024, 10h-12h** – Atelier API\n\nDescription.\n\n**Jeudi 14 mars 2024, 9h30-11h** – Rencontre des communs\n\nAutre description.\n'
    expect(extract(doc).sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['Atelier API', '2024-03-12T10:00:00+01:00', '2024-03-12T12:00:00+01:00'],
      ['Rencontre des communs', '2024-03-14T09:30:00+01:00', '2024-03-14T11:00:00+01:00']
    ])
  })

  test('a recap under a dated heading is not a session', () => {
    const doc = '# Bilan\n\n## Le 12 mars 2024 : ce que nous avons appris\n\nUn retour sur la journée.\n'
    expect(extract(doc).sessions).toEqual([])
  })
})

describe('structure: the title before the date', () => {
  test('a newsletter with titles first and scheduled dates', () => {
    const html = `<html><body><table><tr><td>
<h3>Webinaire – Découvrir API Particulier – jeudi 14 mars 2024, de 11h à 12h</h3>
<p>Une présentation des données disponibles.</p>
<p><a href="https://app.livestorm.co/dinum/api">Je m'inscris</a></p>
</td></tr><tr><td>
<h3>Atelier FranceConnect – mardi 19 mars 2024 de 14h à 16h</h3>
<p>Au 20 avenue de Ségur 75007 Paris. Entrée gratuite sur inscription.</p>
</td></tr></table></body></html>`
    expect(extract(html).sessions.map((s) => [s.title, s.start, s.end, s.formats, s.attendance, s.admission.registration])).toEqual([
      ['Webinaire – Découvrir API Particulier', '2024-03-14T11:00:00+01:00', '2024-03-14T12:00:00+01:00', ['webinar'], 'online', null],
      ['Atelier FranceConnect', '2024-03-19T14:00:00+01:00', '2024-03-19T16:00:00+01:00', ['workshop'], 'in-person', 'required']
    ])
  })
})

describe('structure: a section says when its dated heading starts', () => {
  const heading = (body: string) => `### Le 26 avril 2022 à Paris : Journée Wikimédia\n\nUne restitution du rapport.\n\n${body}\n`
  test.each([
    ['Le programme démarre à 9h et prévoit deux tables rondes.', '2022-04-26T09:00:00+02:00'],
    ['Accueil dès 8h30, puis une présentation.', '2022-04-26T08:30:00+02:00'],
    // Negatives: an end, a start with no time, a time of something else.
    ['La journée se termine à 17h.', '2022-04-26'],
    ['Le programme commence à la mairie.', '2022-04-26'],
    ['Le déjeuner est servi à 12h.', '2022-04-26']
  ])('%s', (body, start) => {
    expect(extract(heading(body)).sessions.map((s) => [s.title, s.start])).toEqual([['Journée Wikimédia', start]])
  })
})

describe('structure: a statement about one part applies to that part’s sessions (SPEC §4.2)', () => {
  const doc = [
    '## Présentations de recruteurs',
    '',
    'Les administrations se présentent en visio, 30 minutes chacune.',
    '',
    '* **La DINUM recrute**<br>vendredi 3 décembre 2021, 17h00-17h30',
    '* **La CNIL recrute**<br>lundi 6 décembre 2021, 17h00-17h30',
    '',
    'Pour participer, inscrivez-vous sur la plateforme.',
    '',
    '## Ateliers à Paris',
    '',
    '* **Pitch**<br>jeudi 16 décembre 2021, 10h-11h',
    '',
    '## Conférences',
    '',
    '### Le 17 décembre 2021 à 10h : Conférence cloud',
    '',
    'Entrée libre, en visio.',
    '',
    '### Le 18 décembre 2021 à 10h : Conférence data',
    ''
  ].join('\n')
  test('the paragraphs around a section’s items speak of its items; one heading session’s body speaks of it alone', () => {
    expect(extract(doc).sessions.map((s) => [s.title, s.attendance, s.admission.registration])).toEqual([
      ['La DINUM recrute', 'online', 'required'],
      ['La CNIL recrute', 'online', 'required'],
      ['Pitch', null, null],
      ['Conférence cloud', 'online', 'none'],
      ['Conférence data', null, null]
    ])
  })
})
