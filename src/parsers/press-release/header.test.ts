import {describe, expect, test} from 'vitest'
import {readPressHeader} from './header.js'

// The bold text and the rest of the line of every event of press-release-2020.
describe('readPressHeader', () => {
  test.each([
    [
      "A quelles données publiques rêvez-vous d'avoir accès ? – DINUM",
      ' - Du 1er au 30 novembre',
      {title: "A quelles données publiques rêvez-vous d'avoir accès ?", organizers: ['DINUM'], region: null, date: 'Du 1er au 30 novembre', trailing: ''}
    ],
    [
      'Girls can code ! – Ministère des Armées',
      ' - Du 17 au 30 novembre',
      {title: 'Girls can code !', organizers: ['Ministère des Armées'], region: null, date: 'Du 17 au 30 novembre', trailing: ''}
    ],
    [
      "Programme de soutien à l'innovation sociale - Ministère des solidarités et de la santé",
      ' 24 novembre Ce webinaire, organisé par la Direction générale de la cohésion sociale a pour objectif d’échanger.',
      {
        title: "Programme de soutien à l'innovation sociale",
        organizers: ['Ministère des solidarités et de la santé'],
        region: null,
        date: '24 novembre Ce webinaire, organisé par la Direction générale de la cohésion sociale a pour objectif d’échanger.',
        trailing: 'Ce webinaire, organisé par la Direction générale de la cohésion sociale a pour objectif d’échanger.'
      }
    ],
    [
      'Quel rôle pour le design et les designers au Ministère de la Culture ?',
      ' - 25 novembre',
      {title: 'Quel rôle pour le design et les designers au Ministère de la Culture ?', organizers: [], region: null, date: '25 novembre', trailing: ''}
    ],
    [
      "L'open data et les territoires : quelle collaboration entre l'Etat et les collectivités territoriales ?",
      ' Etalab - 26 novembre',
      {
        title: "L'open data et les territoires : quelle collaboration entre l'Etat et les collectivités territoriales ?",
        organizers: ['Etalab'],
        region: null,
        date: '26 novembre',
        trailing: ''
      }
    ],
    [
      'Auvergne-Rhône-Alpes : #Webinaire Lab Pôle Emploi',
      ' - 26 novembre',
      {title: '#Webinaire Lab Pôle Emploi', organizers: [], region: 'Auvergne-Rhône-Alpes', date: '26 novembre', trailing: ''}
    ],
    [
      "Bretagne : Les 2ndes Causeries bretonnes de la créativité dans l'action publique- Université Rennes 2",
      ' - du 23 novembre au 7 décembre',
      {
        title: "Les 2ndes Causeries bretonnes de la créativité dans l'action publique",
        organizers: ['Université Rennes 2'],
        region: 'Bretagne',
        date: 'du 23 novembre au 7 décembre',
        trailing: ''
      }
    ],
    [
      'Hauts de France : «Faisons Simple», le Simplificathon éclair du département du Nord',
      ", jusqu'au 4 décembre",
      {
        title: '«Faisons Simple», le Simplificathon éclair du département du Nord',
        organizers: [],
        region: 'Hauts de France',
        date: "jusqu'au 4 décembre",
        trailing: ''
      }
    ],
    [
      'Nouvelle Aquitaine : Hackathon, quel portail pour demain ? organisé par la CAF de la Haute-Vienne, les 24 et 25 novembre prochains',
      ' . infos pratiques ici',
      {
        title: 'Hackathon, quel portail pour demain ?',
        organizers: ['CAF de la Haute-Vienne'],
        region: 'Nouvelle Aquitaine',
        date: 'les 24 et 25 novembre prochains',
        trailing: '. infos pratiques ici'
      }
    ]
  ])('%s', (bold, rest, expected) => {
    expect(readPressHeader(bold, rest)).toEqual(expected)
  })

  test('an undated header keeps its whole title', () => {
    expect(readPressHeader('Podcasts de la DITP', '')).toEqual({title: 'Podcasts de la DITP', organizers: [], region: null, date: null, trailing: ''})
  })
})
