import {describe, expect, test} from 'vitest'
import {checkUrl, classifyLink} from './links.js'

describe('classifyLink', () => {
  test.each([
    ["Plus d'informations et inscriptions", '', 'registration'],
    ['Plus d’informations et inscriptions', '', 'registration'],
    ['Inscriptions obligatoires', '', 'registration'],
    ['Programme et inscriptions', '', 'registration'],
    ['Découvrir le programme', '', 'program'],
    ['Voir le replay', '', 'replay'],
    ['Revoir la conférence', '', 'replay'],
    ["Plus d'informations", '', 'info'],
    ['Participez à notre appel à idées', '', 'info'],
    ['En savoir plus et participer', '', 'info'],
    [
      'https://app.livestorm.co/dinum-3/reussir-son-programme-dintrapreneuriat-notre-retour-dexperience',
      'Inscrivez-vous ici :',
      'registration'
    ],
    ['https://example.org/agenda', '', 'info']
  ])('%s (lead %j) → %s', (label, lead, kind) => {
    expect(classifyLink(label, lead)).toBe(kind)
  })
})

describe('checkUrl', () => {
  test.each([
    ['https://beta.gouv.fr/', null, {ok: true, url: 'https://beta.gouv.fr/'}],
    [
      'https://www.eventbrite.fr/e/billets-atelier-200197745847?aff=ebdsoporgprofile',
      null,
      {ok: true, url: 'https://www.eventbrite.fr/e/billets-atelier-200197745847?aff=ebdsoporgprofile'}
    ],
    ['HTTPS://Example.org/A', null, {ok: true, url: 'HTTPS://Example.org/A'}],
    ['/uploads/programme.pdf', 'https://www.numerique.gouv.fr/actualites/x/', {ok: true, url: 'https://www.numerique.gouv.fr/uploads/programme.pdf'}],
    // SPEC §4.4: without a base a relative link is kept as written.
    ['/uploads/programme.pdf', null, {ok: true, url: '/uploads/programme.pdf'}],
    ['ABSTRACT/6_mai2021.pdf', null, {ok: true, url: 'ABSTRACT/6_mai2021.pdf'}],
    ['{{ event.url }}', null, {ok: false, reason: 'placeholder'}],
    ['{% link agenda.md %}', 'https://example.org/', {ok: false, reason: 'placeholder'}],
    ['#', null, {ok: false, reason: 'placeholder'}],
    ['', null, {ok: false, reason: 'placeholder'}],
    ['javascript:void(0)', null, {ok: false, reason: 'placeholder'}],
    ['https://LIENMENTORENATTENTE.fr', null, {ok: false, reason: 'placeholder'}],
    ['https://example.org/lien-a-venir', null, {ok: false, reason: 'placeholder'}],
    ['https://TODO', null, {ok: false, reason: 'placeholder'}],
    ['https://www.attentes-usagers.fr/enquete', null, {ok: true, url: 'https://www.attentes-usagers.fr/enquete'}],
    ['https://avenir-climatique.org/', null, {ok: true, url: 'https://avenir-climatique.org/'}],
    ['https://www.lien-social.fr/', null, {ok: true, url: 'https://www.lien-social.fr/'}],
    ['https://link.springer.com/article/1', null, {ok: true, url: 'https://link.springer.com/article/1'}],
    ['https://www.modernisation.gou**v.fr/mois-de-linnovation-publique', null, {ok: false, reason: 'invalid'}],
    ['mailto:presse@numerique.gouv.fr', null, {ok: true, url: 'mailto:presse@numerique.gouv.fr'}],
    ['edite-piaf-sip.eventbrite.com', null, {ok: true, url: 'https://edite-piaf-sip.eventbrite.com'}],
    ['www.numerique.gouv.fr/agenda/', 'https://example.org/', {ok: true, url: 'https://www.numerique.gouv.fr/agenda/'}],
    ['index.html', 'https://example.org/a/', {ok: true, url: 'https://example.org/a/index.html'}]
  ])('%s', (url, base, expected) => {
    expect(checkUrl(url, base)).toEqual(expected)
  })
})
