import {describe, expect, test} from 'vitest'
import {findFormats, findFormatsIn, findProseFormats, splitTag} from './formats.js'

describe('splitTag', () => {
  test.each([
    ['Table ronde, Démo, Retex', ['Table ronde', 'Démo', 'Retex']],
    ['Conférence et Ateliers', ['Conférence', 'Ateliers']],
    ['Atelier participatif – Clinique', ['Atelier participatif', 'Clinique']],
    ['Quiz', ['Quiz']],
    ['Volet numérique du plan France Relance', ['Volet numérique du plan France Relance']],
    ['e-conférence', ['e-conférence']],
    ['Appel à idées', ['Appel à idées']]
  ])('%s', (label, tags) => {
    expect(splitTag(label)).toEqual(tags)
  })
})

describe('findFormats', () => {
  test.each([
    ['Quiz', ['quiz']],
    ['Meetup', ['meetup']],
    ['Table ronde', ['roundtable']],
    ['Démo', ['demo']],
    ['Retex', ['experience-sharing']],
    ['Conférence et Ateliers', ['conference', 'workshop']],
    ['Webinaire', ['webinar']],
    ['Formation', ['training']],
    ['Appel à idées', ['call-for-ideas']],
    ['Appel à projets', ['call-for-projects']],
    ['Restitutions', ['presentation']],
    ['Clinique', ['clinic']],
    ['Hackathon, quel portail pour demain ?', ['hackathon']],
    ['Ce webinaire, organisé par la Direction générale', ['webinar']],
    ['cette e-conférence', ['conference']],
    ["Réunion d’information sur l’appel à projets « Cycle de vie de la donnée »", ['information-session', 'call-for-projects']],
    ['Participez à nos ateliers de formation !', ['workshop', 'training']],
    ['Portes ouvertes', ['open-day']],
    ['Forum des usages', ['forum']],
    ['plénière en hybride', ['conference']]
  ])('%s', (text, formats) => {
    expect(findFormats(text)).toEqual(formats)
  })

  test.each([['API'], ['EIG'], ['Expérimentations'], ['Intelligence artificielle'], ['Baromètre Numérique de l’Agent'], ['Transformation']])(
    'no format in %s',
    (text) => {
      expect(findFormats(text)).toEqual([])
    }
  )

  test('tags give formats in order, without repeats', () => {
    expect(findFormatsIn(['Atelier', 'Ateliers', 'Clinique'])).toEqual(['workshop', 'clinic'])
  })
})

describe('findProseFormats', () => {
  test.each([
    ['Ce webinaire, organisé par la Direction générale de la cohésion sociale.', ['webinar']],
    ['Des témoignages directs de leur expérience seront proposés pendant cette e-conférence.', ['experience-sharing', 'conference']],
    ["Les sujets sélectionnés feront l'objet chacun d'ateliers (agents volontaires, usagers).", ['workshop']],
    ['Au ministère de la Culture, plusieurs designers travaillent dans le cadre de la mise en place du nouvel atelier numérique.', []],
    ['14h00 - 15h00 : Pitchs des projets\n15h00 - 16h00 : Table ronde « Comment attirer et fidéliser les talents de la data au sein de l’État ? ».', ['roundtable']],
    ['[10h15 - 12h] Plénière : outiller les politiques publiques avec les communs numériques', ['conference']],
    ['10h - 10h45: lightning talks et démonstrations\nAvec Marc Chanteux, réseau national de télécommunications', ['demo']],
    ['Présentation des solutions web-conférence de l’État, Tchap et la plateforme OSMOSE', ['presentation']],
    ['Cet atelier vous permettra de découvrir les solutions de web-conférence de l’État.', ['workshop']],
    ['Animation d’un atelier d’intelligence collective', ['workshop']],
    ['Nous avons publié un rapport sur le futur atelier numérique de la direction et ses nombreux projets.', []]
  ])('%s', (text, formats) => {
    expect(findProseFormats(text)).toEqual(formats)
  })
})

describe('findProseFormats: a format word that names something else', () => {
  test.each([
    ['Ils sont très utilisés dans le domaine de la formation et de la documentation.', []],
    ['Cet atelier est réservé aux personnes ayant suivi la formation « accessibilité ».', ['workshop']],
    ['Rendez-vous dans l’espace de conférence du salon.', []],
    // Negative: the format itself is kept.
    ['La formation se tient sur deux jours.', ['training']]
  ])('%s', (text, expected) => {
    expect(findProseFormats(text)).toEqual(expected)
  })
})
