import {describe, expect, test} from 'vitest'
import {findFormats, findFormatsIn, splitTag} from './formats.js'

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
