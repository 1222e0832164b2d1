import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {loadHtml} from '../src/core/load.js'
import {extract} from '../src/index.js'

const page = (head: string, main: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Accueil</a> <a href="/agenda/">Agenda</a></nav></header>
<main>${main}</main>
<footer><p><b>Le 01/01/2023 à 9h [Vœux]</b> <i>Pied de page</i></p></footer>
</body></html>`

describe('HTML pages', () => {
  test('navigation, footer and a sidebar of other events around one agenda give exactly its sessions', () => {
    const agenda = `<article><h1>Agenda de novembre</h1><div class="content">
<p><b>Le jeudi 03/11/2022 de 16h15 à 18h15 <br>[Quiz]</b> <i>Quiz géant</i></p>
<p>Venez tester vos connaissances.</p>
<p><b>Le lundi 07/11/2022 de 9h30 à 16h <br>[Démo]</b> <i>Données à voir</i></p>
<p>Une journée spéciale data.</p>
</div></article>
<aside><h2>Autres événements</h2><p><b>Le mardi 15/11/2022 à 10h <br>[Atelier]</b> <i>Un autre atelier</i></p><p><b>Le mardi 22/11/2022 à 10h <br>[Atelier]</b> <i>Encore un</i></p></aside>`
    const result = extract(page('', agenda))
    expect(result.parser).toBe('html-agenda')
    expect(result.sessions.map((s) => [s.title, s.start])).toEqual([
      ['Quiz géant', '2022-11-03T16:15:00+01:00'],
      ['Données à voir', '2022-11-07T09:30:00+01:00']
    ])
  })

  test('a fragment from a CMS is read as HTML', () => {
    const fragment = '<div><p><b>Le jeudi 03/11/2022 de 16h15 à 18h15 <br>[Quiz]</b> <i>Quiz géant</i></p><p><b>Le lundi 07/11/2022 à 9h30 <br>[Démo]</b> <i>Données</i></p></div>'
    const result = extract(fragment)
    expect(result.sessions.map((s) => s.title)).toEqual(['Quiz géant', 'Données'])
  })

  test('the reference date the page shows: `Publié le …` in a <time datetime>', () => {
    const main = `<article><h1>Agenda</h1><p class="meta">Publié le <time datetime="2022-10-21">21 octobre 2022</time></p>
<div class="content"><p><b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Quiz géant</i></p><p><b>Le lundi 07/11 à 9h30 <br>[Démo]</b> <i>Données</i></p></div></article>`
    const result = extract(page('', main))
    expect(result.document.referenceDate).toEqual({value: '2022-10-21', from: 'date'})
    expect(result.document.published).toBe('2022-10-21')
    expect(result.sessions.map((s) => s.start)).toEqual(['2022-11-03T16:15:00+01:00', '2022-11-07T09:30:00+01:00'])
  })

  test('relative links resolve against `url` or `<base href>`', () => {
    const main = `<div class="content"><p><b>Le jeudi 03/11/2022 de 16h15 à 18h15 <br>[Quiz]</b> <i>Quiz géant</i></p><p><a href="inscription">Inscriptions obligatoires</a></p>
<p><b>Le lundi 07/11/2022 à 9h30 <br>[Démo]</b> <i>Données</i></p></div>`
    const withUrl = extract(page('', main), {url: 'https://www.numerique.gouv.fr/agenda/'})
    expect(withUrl.sessions[0]?.links).toEqual([{url: 'https://www.numerique.gouv.fr/agenda/inscription', label: 'Inscriptions obligatoires', kind: 'registration'}])
    const withBase = extract(page('<base href="https://example.org/evenements/">', main))
    expect(withBase.sessions[0]?.links[0]?.url).toBe('https://example.org/evenements/inscription')
    expect(withBase.diagnostics).toEqual([])
  })

  test('an e-mail newsletter: table layout, inline styles, several events', () => {
    const row = (date: string, title: string, text: string, href: string) => `<tr><td style="padding:16px;font-family:Arial">
<p style="margin:0"><b style="color:#000091">${date} <br>[Webinaire]</b> <i>${title}</i></p>
<p style="font-size:14px">${text}</p>
<p><a href="${href}" style="color:#fff;background:#000091">Plus d'informations et inscriptions</a></p></td></tr>`
    const html = `<html><body><table width="600" align="center" style="border:0"><tbody>
<tr><td><img src="logo.png" alt="DINUM"></td></tr>
${row('Le mardi 08/11/2022 de 11h à 12h', 'Découvrir API Particulier', 'Une présentation des données disponibles.', 'https://app.livestorm.co/dinum/api')}
${row('Le jeudi 17/11/2022 de 14h à 15h', 'Les communs numériques', 'Un échange avec les équipes.', 'https://app.livestorm.co/dinum/communs')}
<tr><td style="font-size:10px">Vous recevez cette lettre car vous êtes inscrit. <a href="https://example.org/desinscription">Se désinscrire</a></td></tr>
</tbody></table></body></html>`
    const result = extract(html)
    expect(result.sessions.map((s) => [s.title, s.start, s.attendance, s.links.map((l) => l.kind)])).toEqual([
      ['Découvrir API Particulier', '2022-11-08T11:00:00+01:00', 'online', ['registration']],
      ['Les communs numériques', '2022-11-17T14:00:00+01:00', 'online', ['registration']]
    ])
  })
})

describe('structured data', () => {
  const jsonLd = (event: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', ...event})}</script>`
  const eventPage = (head: string, date: string) =>
    page(
      head,
      `<article><p class="event-date"><time datetime="${date}">17 septembre 2024</time></p><h1>Formation à l'écoconception</h1>
<div id="content-article"><p>Au cours de cette formation, vous comprendrez les enjeux environnementaux du numérique.</p></div>
<div id="informations-pratiques"><h2>Informations pratiques</h2><p class="font-bold">Direction interministérielle du numérique</p><p>20 avenue de Ségur 75007 Paris</p>
<p><span class="font-bold">Horaires</span> <span>9h - 12h30</span></p></div></article>`
    )
  const event = {
    '@type': 'Event',
    name: "Formation à l'écoconception",
    startDate: '2024-09-17T09:00:00+02:00',
    endDate: '2024-09-17T12:30:00+02:00',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {'@type': 'Place', name: 'Direction interministérielle du numérique', address: {'@type': 'PostalAddress', streetAddress: '20 avenue de Ségur', postalCode: '75007', addressLocality: 'Paris'}},
    offers: {'@type': 'Offer', price: 0, url: 'https://www.demarches-simplifiees.fr/commencer/formation'}
  }

  test('a JSON-LD Event that agrees with the page: read, no diagnostic', () => {
    const result = extract(eventPage(jsonLd(event), '2024-09-17T09:00:00+02:00'))
    expect(result.parser).toBe('single-event')
    expect(result.diagnostics).toEqual([])
    const [session] = result.sessions
    expect(session).toMatchObject({
      title: "Formation à l'écoconception",
      start: '2024-09-17T09:00:00+02:00',
      end: '2024-09-17T12:30:00+02:00',
      attendance: 'in-person',
      admission: {free: true},
      links: [{url: 'https://www.demarches-simplifiees.fr/commencer/formation', label: 'Inscription', kind: 'registration'}]
    })
    expect(session?.venues.map((v) => [v.name, v.street, v.postalCode, v.city])).toEqual([['Direction interministérielle du numérique', '20 avenue de Ségur', '75007', 'Paris']])
  })

  test('a JSON-LD Event that disagrees with the page: the structured data wins, with a warning', () => {
    const result = extract(eventPage(jsonLd(event), '2024-09-18T09:00:00+02:00'))
    expect(result.sessions[0]?.start).toBe('2024-09-17T09:00:00+02:00')
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['structured-data-conflict', 'warning']])
  })

  test('a cancelled online event in JSON-LD, inside an @graph', () => {
    const graph = {'@graph': [{'@type': 'WebPage', name: 'Page'}, {...event, eventStatus: 'https://schema.org/EventCancelled', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: {'@type': 'VirtualLocation', url: 'https://app.livestorm.co/dinum/eco'}}]}
    const result = extract(eventPage(jsonLd(graph), '2024-09-17T09:00:00+02:00'))
    expect(result.sessions[0]).toMatchObject({status: 'cancelled', attendance: 'online', venues: [], online: {platform: 'Livestorm', url: 'https://app.livestorm.co/dinum/eco'}})
  })

  test('a venue page with several JSON-LD Events: one session per event, its fields assigned from the typed values', () => {
    const events = [
      {
        '@type': 'TheaterEvent',
        name: 'Lecture publique',
        description: 'Une lecture suivie d’un échange. Interprétation en LSF.',
        startDate: '2024-10-04T19:00:00+02:00',
        endDate: '2024-10-04T21:00:00+02:00',
        url: 'https://example.org/agenda/lecture',
        location: {'@type': 'Place', name: 'Médiathèque Louise Michel', address: {'@type': 'PostalAddress', streetAddress: '29 rue des Haies', postalCode: '75020', addressLocality: 'Paris'}},
        offers: {'@type': 'Offer', price: 0}
      },
      {
        '@type': 'Event',
        name: 'Atelier numérique',
        startDate: '2024-10-05',
        eventStatus: 'https://schema.org/EventCancelled',
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        location: {'@type': 'VirtualLocation', url: 'https://meet.jit.si/atelier'},
        offers: {'@type': 'Offer', price: '5', priceCurrency: 'EUR', url: 'https://example.org/billets/atelier'},
        organizer: {'@type': 'Organization', name: 'Médiathèque Louise Michel'}
      }
    ]
    const html = page(jsonLd({'@graph': events}), '<h1>Agenda de la médiathèque</h1><p>Retrouvez nos rendez-vous.</p>')
    const result = extract(html, {path: 'agenda.html'})
    expect(result.parser).toBe('structured-data')
    expect(result.diagnostics).toEqual([])
    const base = {
      summary: null,
      description: null,
      timeZone: 'Europe/Paris',
      tags: [],
      topics: [],
      audience: [],
      source: {parser: 'structured-data', path: 'agenda.html', url: null, line: 1, column: 60}
    }
    expect(result.sessions.map(({id: _id, ...session}) => session)).toEqual([
      {
        ...base,
        title: 'Lecture publique',
        summary: 'Une lecture suivie d’un échange. Interprétation en LSF.',
        description: 'Une lecture suivie d’un échange. Interprétation en LSF.',
        start: '2024-10-04T19:00:00+02:00',
        end: '2024-10-04T21:00:00+02:00',
        status: 'scheduled',
        occurrences: [{start: '2024-10-04T19:00:00+02:00', end: '2024-10-04T21:00:00+02:00'}],
        formats: [],
        attendance: 'in-person',
        venues: [{name: 'Médiathèque Louise Michel', street: '29 rue des Haies', postalCode: '75020', city: 'Paris', region: null, room: null, note: null, country: 'FR', raw: 'Médiathèque Louise Michel, 29 rue des Haies, 75020 Paris'}],
        online: null,
        accessibility: {features: ['sign-language'], statements: ['Interprétation en LSF.']},
        admission: {free: true, price: null, registration: null, deadline: null, statements: []},
        organizers: [],
        links: [{url: 'https://example.org/agenda/lecture', label: 'Lecture publique', kind: 'info'}]
      },
      {
        ...base,
        title: 'Atelier numérique',
        // A day without a time is an all-day session (SPEC §4.1).
        start: '2024-10-05',
        end: '2024-10-05',
        status: 'cancelled',
        occurrences: [{start: '2024-10-05', end: '2024-10-05'}],
        formats: ['workshop'],
        attendance: 'online',
        venues: [],
        online: {platform: 'Jitsi', url: 'https://meet.jit.si/atelier'},
        accessibility: {features: [], statements: []},
        admission: {free: false, price: {amount: 5, currency: 'EUR'}, registration: null, deadline: null, statements: []},
        organizers: ['Médiathèque Louise Michel'],
        links: [{url: 'https://example.org/billets/atelier', label: 'Inscription', kind: 'registration'}]
      }
    ])
  })

  test('an Event without a date among dated ones: missing-date, no session', () => {
    const events = [
      {'@type': 'Event', name: 'Concert', startDate: '2024-10-04T20:00'},
      {'@type': 'Event', name: 'Exposition', startDate: '2024-10-05'},
      {'@type': 'Event', name: 'Atelier à venir'}
    ]
    const result = extract(page(jsonLd({'@graph': events}), '<p>Agenda.</p>'))
    expect([result.parser, result.sessions.map((s) => s.title), result.diagnostics.map((d) => [d.ruleId, d.message])]).toEqual([
      'structured-data',
      ['Concert', 'Exposition'],
      [['missing-date', 'Unexpected session header `Atelier à venir` without a readable date, expected a date such as `Le jeudi 03/11 de 16h15 à 18h15`']]
    ])
  })

  test('the same event in microdata and JSON-LD is one session; one event is a single-event page', () => {
    const one = {'@type': 'Event', name: 'Atelier accessibilité', startDate: '2024-06-04T14:00:00+02:00'}
    const microdata = '<div itemscope itemtype="https://schema.org/Event"><h1 itemprop="name">Atelier accessibilité</h1><time itemprop="startDate" datetime="2024-06-04T14:00:00+02:00">4 juin</time></div>'
    const result = extract(page(jsonLd(one), microdata))
    expect([result.parser, result.sessions.map((s) => [s.title, s.start])]).toEqual(['single-event', [['Atelier accessibilité', '2024-06-04T14:00:00+02:00']]])
  })

  test('the fields a page renders around its content are typed facts, not front matter', () => {
    const doc = loadHtml(new VFile(eventPage('', '2024-09-17T09:00:00+02:00')))
    expect(doc.frontMatter).toEqual({})
    expect(doc.page).toEqual({
      title: "Formation à l'écoconception",
      categories: [],
      published: null,
      start: {day: {day: 17, month: 9, year: 2024, weekday: null}, time: {hour: 9, minute: 0}, text: '2024-09-17T09:00:00+02:00'},
      end: null,
      place: 'Direction interministérielle du numérique',
      address: '20 avenue de Ségur 75007 Paris',
      rows: [{label: 'Horaires', key: 'horaires', content: '9h - 12h30', link: null}]
    })
  })

  test.each([
    ['og:title and article:published_time', '<meta property="og:title" content="Atelier API"><meta property="article:published_time" content="2024-02-20T10:00:00+01:00"><title>Atelier API | DINUM</title>', '<p>Texte.</p>', 'Atelier API', '2024-02-20'],
    ['a <title> with the site after a bar', '<title>Atelier API | DINUM</title>', '<p>Texte.</p>', 'Atelier API', null],
    // A page's own <h1> wins over its head.
    ['an <h1> in the page', '<meta property="og:title" content="Titre du partage"><title>Autre</title>', '<h1>Titre de la page</h1><p>Texte.</p>', 'Titre de la page', null]
  ])('the head gives the title and publication date a page does not show: %s', (_name, head, main, title, published) => {
    const doc = loadHtml(new VFile(page(head, main)))
    expect([doc.page?.title, doc.page?.published]).toEqual([title, published])
  })

  test('a page twin of every fixture exists', () => {
    expect(readFileSync(new URL('../fixtures/html/mip-2022.html', import.meta.url), 'utf8')).toContain('<aside class="autres-evenements">')
  })
})

describe('microdata', () => {
  test('an itemscope Event gives the date and place', () => {
    const html = `<main><div itemscope itemtype="https://schema.org/Event">
<h1 itemprop="name">Atelier accessibilité</h1>
<p>Le <time itemprop="startDate" datetime="2024-06-04T14:00:00+02:00">4 juin 2024 à 14h</time>
jusqu'à <time itemprop="endDate" datetime="2024-06-04T16:00:00+02:00">16h</time></p>
<div itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Lieu de la transformation publique</span>
<span itemprop="address">77 avenue de Ségur 75015 Paris</span></div>
<p>Un atelier pratique pour rendre vos services accessibles. Interprétation en LSF.</p>
</div></main>`
    const result = extract(html)
    expect(result.parser).toBe('single-event')
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.attendance, s.accessibility.features, s.venues.map((v) => v.postalCode)])).toEqual([
      ['Atelier accessibilité', '2024-06-04T14:00:00+02:00', '2024-06-04T16:00:00+02:00', 'in-person', ['sign-language'], ['75015']]
    ])
  })
})
