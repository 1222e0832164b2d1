import {describe, expect, test} from 'vitest'
import type {Venue} from '../schema/session.js'
import {readCardLine, readPlace, readVenues} from './venues.js'

const venue = (fields: Partial<Venue> & {raw: string}): Venue => ({
  name: null,
  street: null,
  postalCode: null,
  city: null,
  region: null,
  room: null,
  note: null,
  country: 'FR',
  ...fields
})

// Real addresses from the seeds and the corpus.
const cases: Array<[string, Venue]> = [
  ['77 avenue de Ségur 75015 Paris', venue({street: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', raw: '77 avenue de Ségur 75015 Paris'})],
  ['77 Av. de Ségur 75015 Paris', venue({street: '77 Av. de Ségur', postalCode: '75015', city: 'Paris', raw: '77 Av. de Ségur 75015 Paris'})],
  ['20 Av. de Ségur 75007 Paris', venue({street: '20 Av. de Ségur', postalCode: '75007', city: 'Paris', raw: '20 Av. de Ségur 75007 Paris'})],
  [
    'Matin : plénière en hybride\nPréfecture de région de Bretagne, 3 rue Martenot à Rennes, salle Renée Prévert',
    venue({
      name: 'Préfecture de région de Bretagne',
      street: '3 rue Martenot',
      city: 'Rennes',
      room: 'salle Renée Prévert',
      note: 'Matin',
      raw: 'Préfecture de région de Bretagne, 3 rue Martenot à Rennes, salle Renée Prévert'
    })
  ],
  [
    'Après-midi : l’eclozr, 1 rue du Général Maurice Guillaudot à Rennes',
    venue({name: 'l’eclozr', street: '1 rue du Général Maurice Guillaudot', city: 'Rennes', note: 'Après-midi', raw: 'l’eclozr, 1 rue du Général Maurice Guillaudot à Rennes'})
  ],
  ['Espace Beaulieu, 9 bd Vincent Gache à Nantes', venue({name: 'Espace Beaulieu', street: '9 bd Vincent Gache', city: 'Nantes', raw: 'Espace Beaulieu, 9 bd Vincent Gache à Nantes'})],
  [
    "Direction interministérielle du numérique (DINSIC), salle 2.115, 20 avenue de Ségur 75007, Paris",
    venue({
      name: 'Direction interministérielle du numérique (DINSIC)',
      street: '20 avenue de Ségur',
      postalCode: '75007',
      city: 'Paris',
      room: 'salle 2.115',
      raw: "Direction interministérielle du numérique (DINSIC), salle 2.115, 20 avenue de Ségur 75007, Paris"
    })
  ],
  ['77 avenue de Ségur, Lieu de la Transformation Publique', venue({street: '77 avenue de Ségur', raw: '77 avenue de Ségur, Lieu de la Transformation Publique'})],
  ['139, rue de Bercy – 75012 PARIS', venue({street: '139, rue de Bercy', postalCode: '75012', city: 'PARIS', raw: '139, rue de Bercy – 75012 PARIS'})],
  ['77 avenue de Ségur, Paris 15', venue({street: '77 avenue de Ségur', city: 'Paris', raw: '77 avenue de Ségur, Paris 15'})],
  [
    '87 avenue des magasins généraux, 93 300 Aubervilliers',
    venue({street: '87 avenue des magasins généraux', postalCode: '93300', city: 'Aubervilliers', raw: '87 avenue des magasins généraux, 93 300 Aubervilliers'})
  ],
  [
    'En présentiel au 20 avenue de Ségur 75007 Paris',
    venue({street: '20 avenue de Ségur', postalCode: '75007', city: 'Paris', raw: 'En présentiel au 20 avenue de Ségur 75007 Paris'})
  ],
  ['20 avenue de Ségur 75007 Paris', venue({street: '20 avenue de Ségur', postalCode: '75007', city: 'Paris', raw: '20 avenue de Ségur 75007 Paris'})],
  [
    'Dock Pullman, 87 avenue des Magasins Généraux 93300 Aubervilliers',
    venue({name: 'Dock Pullman', street: '87 avenue des Magasins Généraux', postalCode: '93300', city: 'Aubervilliers', raw: 'Dock Pullman, 87 avenue des Magasins Généraux 93300 Aubervilliers'})
  ],
  [
    'Maison de la Radio, 116 avenue du Président Kennedy, 75016 Paris, salle 2',
    venue({name: 'Maison de la Radio', street: '116 avenue du Président Kennedy', postalCode: '75016', city: 'Paris', room: 'salle 2', raw: 'Maison de la Radio, 116 avenue du Président Kennedy, 75016 Paris, salle 2'})
  ],
  ['12 bis quai des Chartrons à Bordeaux', venue({street: '12 bis quai des Chartrons', city: 'Bordeaux', raw: '12 bis quai des Chartrons à Bordeaux'})],
  // A street with no locality after it is in the town its sentence named before it…
  [
    "Le Printemps du Libre se tiendra à Paris, près de la gare St Lazare, au 8 rue d'Athènes.",
    venue({street: "8 rue d'Athènes", city: 'Paris', raw: "Le Printemps du Libre se tiendra à Paris, près de la gare St Lazare, au 8 rue d'Athènes."})
  ],
  // …not a town of the sentence before.
  ['Nous étions à Lyon. Rendez-vous au 8 rue Mercière.', venue({street: '8 rue Mercière', raw: 'Nous étions à Lyon. Rendez-vous au 8 rue Mercière.'})]
]

describe('readVenues', () => {
  test.each(cases)('%j', (text, expected) => {
    expect(readVenues([text])).toEqual([expected])
  })

  test.each([
    ['Entrée gratuite sur inscription'],
    ['En ligne via la webconférence de l’État'],
    ['les 8 produits numériques interministériels'],
    ['Pour les agents, citoyens et spécifiquement les étudiants'],
    ['Métro ➅ Cambronne ➇ La Motte Piquet - Grenelle ➉ Ségur']
  ])('no address in %j', (text) => {
    expect(readVenues([text])).toEqual([])
  })

  test('`à l’ensemble Fontenoy-Ségur` names the address', () => {
    expect(readVenues(['Entrée libre gratuite / Accessible aux personnes à mobilité réduite à l\'ensemble Fontenoy-Ségur', '20 Av. de Ségur 75007 Paris'])[0]?.name).toBe(
      'ensemble Fontenoy-Ségur'
    )
  })

  test('a place named elsewhere in the details names an unnamed address', () => {
    expect(
      readVenues(['Entrée libre gratuite / Accessible aux personnes à mobilité réduite au Lieu de la transformation publique', '77 avenue de Ségur 75015 Paris'])
    ).toEqual([venue({name: 'Lieu de la transformation publique', street: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', raw: '77 avenue de Ségur 75015 Paris'})])
  })
})

describe('readPlace: a place phrase beside a date', () => {
  test.each([
    ['à Paris', {name: null, city: 'Paris'}],
    ['au Palais des Congrès à Paris', {name: 'Palais des Congrès', city: 'Paris'}],
    ['à la DINSIC', {name: 'DINSIC', city: null}],
    ['au LLL', {name: 'LLL', city: null}],
    ['(grand amphi IBGBI)', {name: 'grand amphi IBGBI', city: null}],
    ['Concert , BUIS-LES-BARONNIES', {name: null, city: 'Buis-les-Baronnies'}],
    // Negatives: how, not where; a time; prose.
    ['en ligne', null],
    ['(séminaire online)', null],
    ['à 14h', null],
    ['pour découvrir le monde des logiciels libres et de leurs usages dans les collectivités territoriales', null]
  ])('%s', (text, expected) => {
    const venue = readPlace(text)
    expect(venue ? {name: venue.name, city: venue.city} : null).toEqual(expected)
  })

  test.each([
    ['Atelier , CREST', {category: 'Atelier', town: 'CREST'}],
    ['Réunion , CREST', {category: 'Réunion', town: 'CREST'}],
    ['Paris, France', null],
    ['Atelier , Crest', null]
  ])('readCardLine(%s)', (text, expected) => {
    expect(readCardLine(text)).toEqual(expected)
  })
})
