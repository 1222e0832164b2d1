import {describe, expect, test} from 'vitest'
import {readAccessibility} from './accessibility.js'
import {readAdmission} from './admission.js'
import {readAttendance, readDefaultAttendance, readOnline} from './attendance.js'
import {readAudience} from './audience.js'
import {readOrganizers} from './organizers.js'
import {readStatus} from './status.js'

describe('readAccessibility', () => {
  test.each([
    ['Accessible aux personnes à mobilité réduite au Lieu de la transformation publique', ['wheelchair']],
    ['Lieu accessible PMR', ['wheelchair']],
    ['Interprétation en LSF et vélotypie', ['sign-language', 'captions']],
    ['Conférence sous-titrée en direct', ['captions']],
    ['Salle équipée d’une boucle magnétique', ['hearing-loop']],
    ['Supports en FALC', ['easy-read']],
    ['Film en audiodescription', ['audio-description']],
    ['Entrée gratuite sur inscription', []],
    ['Services publics en ligne : formez-vous à l’accessibilité !', []]
  ])('%s', (statement, features) => {
    const result = readAccessibility([statement])
    expect(result.features).toEqual(features)
    expect(result.statements).toEqual(features.length > 0 ? [statement] : [])
  })
})

describe('readAdmission', () => {
  test.each([
    [['Entrée gratuite sur inscription'], [], true, 'required'],
    [['Entrée libre gratuite'], [], true, 'none'],
    [['Entrée libre gratuite sur inscription'], [], true, 'required'],
    [['Entrée libre gratuite'], ['Inscriptions'], true, 'none'],
    [[], ['Inscriptions obligatoires'], null, 'required'],
    [['Inscription gratuite et obligatoire'], [], true, 'required'],
    [[], ["Plus d'informations et inscriptions"], null, null],
    [['Événement gratuit, inscription obligatoire'], [], true, 'required'],
    [['Tarif : 15 €'], [], false, null],
    [['Atelier payant'], [], false, null],
    [['77 avenue de Ségur 75015 Paris'], [], null, null],
    [["Les services intéressés sont invités à s'inscrire dès maintenant."], [], null, 'required'],
    [['Vous êtes invitées à vous inscrire avant le 3 mars.'], [], null, 'required'],
    // Negative: an invitation to attend is no request to register.
    [['Vous êtes invités à participer à la journée.'], [], null, null]
  ] as Array<[string[], string[], boolean | null, string | null]>)('%j %j', (statements, labels, free, registration) => {
    expect(readAdmission(statements, labels)).toMatchObject({free, registration})
  })

  test('a stated price', () => {
    expect(readAdmission(['Tarif : 15 €'], []).price).toEqual({amount: 15, currency: 'EUR'})
  })
})

describe('readAttendance', () => {
  test.each([
    [['77 avenue de Ségur 75015 Paris'], true, false, 'in-person'],
    [['En ligne via la webconférence de l’État'], true, false, 'hybrid'],
    [['Matin : plénière en hybride'], true, false, 'hybrid'],
    [['En présentiel au Lieu de la transformation publique'], false, false, 'in-person'],
    [['Formats distanciel et présentiel'], false, false, 'hybrid'],
    [['Diffusion sur YouTube'], false, false, 'online'],
    [['Session à distance'], false, false, 'online'],
    [[], false, true, 'online'],
    [['Entrée libre gratuite'], false, false, null],
    [['La multiplication des usages (santé, banque, administration en ligne) met l’identité au cœur des activités.'], true, false, 'in-person']
  ] as Array<[string[], boolean, boolean, string | null]>)('%j venue=%s webinar=%s', (statements, hasVenue, onlineFormat, expected) => {
    expect(readAttendance({statements, hasVenue, onlineFormat})).toBe(expected)
  })

  test.each([
    ['En ligne ', 'online'],
    ['En ligne et en présentiel', null],
    ['Paris', null],
    ['En présentiel', 'in-person']
  ])('front-matter lieu %j → %s', (lieu, expected) => {
    expect(readDefaultAttendance(lieu)).toBe(expected)
  })

  test('the platform and its link', () => {
    expect(readOnline(['En ligne via la webconférence de l’État'], [])).toEqual({platform: "webconférence de l'État", url: null})
    expect(readOnline([], ['https://app.livestorm.co/dinum-12/simplifier-demarches-api'])).toEqual({
      platform: 'Livestorm',
      url: 'https://app.livestorm.co/dinum-12/simplifier-demarches-api'
    })
    expect(readOnline(['En ligne'], [])).toEqual({platform: null, url: null})
    expect(readOnline(['Webinaire de l’Etat'], ['https://webinaire.numerique.gouv.fr//meeting/signin/4562'])).toEqual({
      platform: "webinaire de l'État",
      url: 'https://webinaire.numerique.gouv.fr//meeting/signin/4562'
    })
  })
})

describe('readStatus', () => {
  test.each([
    [['Atelier annulé'], 'cancelled'],
    [['Cet événement est reporté à une date ultérieure'], 'postponed'],
    [['Complet'], 'full'],
    [['Atelier complet !'], 'full'],
    [['Webinaire – COMPLET'], 'full'],
    [["L'atelier est complet, inscrivez-vous sur la liste d'attente"], 'full'],
    [['Les inscriptions sont complètes'], 'full'],
    [['Le programme complet de la journée sera envoyé aux personnes inscrites'], 'scheduled'],
    [['Un accompagnement complet pour votre projet'], 'scheduled'],
    [['La rencontre se tiendra finalement en ligne'], 'moved-online'],
    [["L'événement se tiendra exclusivement en ligne"], 'scheduled'],
    [['Entrée libre gratuite'], 'scheduled']
  ])('%j → %s', (statements, status) => {
    expect(readStatus(statements).status).toBe(status)
  })

  test('a struck-through header is cancelled', () => {
    expect(readStatus([], true)).toEqual({status: 'cancelled', statement: null})
  })
})

describe('readOrganizers', () => {
  test.each([
    [
      "beta.gouv, le réseau des incubateurs animé par la DINUM, vous accueille pour échanger sur l'innovation publique de manière ludique !",
      ['beta.gouv'],
      ['beta.gouv']
    ],
    ['Le département Etalab, qui coordonne la stratégie de l’État dans le domaine de la donnée, organise une journée spéciale data.', ['Etalab'], ['Etalab']],
    ['Etalab organise une réunion d’information pour vous présenter le dispositif.', [], ['Etalab']],
    ['Ce webinaire, organisé par la Direction générale de la cohésion sociale a pour objectif d’échanger.', [], ['Direction générale de la cohésion sociale']],
    ['Le pôle des produits numériques partagés présente aux agents publics les 8 produits numériques.', [], ['Pôle des produits numériques partagés']],
    ['Depuis 2013, nous aidons des agents publics à créer des services publics numériques.', [], []],
    ['Cette formation présente les bases de l’écoconception.', [], []],
    [
      'Afin d’accompagner l’ouverture de la base DVF, la DGFIP organise un évènement, en partenariat avec Etalab.',
      [],
      ['DGFIP']
    ],
    [
      'La direction interministérielle du numérique (DINUM) a le plaisir de vous convier au 3e meetup Design Public organisé par des designers travaillant sur des projets de la fonction publique.',
      [],
      ['Direction interministérielle du numérique (DINUM)']
    ],
    ['Le 13 mars, Etalab vous invite à sa journée.', [], ['Etalab']],
    ['L’équipe Transformation numérique de l’État de la DINUM est heureuse de vous convier au Café Transfo.', [], ['Transformation numérique de l’État de la DINUM']],
    ["Le Café Transfo est un événement organisé par [la mission Transformation numérique de l'État](https://example.org) ayant pour objectif", [], ["Mission Transformation numérique de l'État"]]
  ])('%s', (paragraph, labels, organizers) => {
    expect(readOrganizers([paragraph], labels)).toEqual(organizers)
  })
})

describe('readAudience', () => {
  test('a `Pour les …` statement lists audiences', () => {
    expect(readAudience(['Pour les agents, citoyens et spécifiquement les étudiants en recherche d’un premier emploi ou des jeunes actifs'])).toEqual([
      'agents',
      'citoyens',
      'étudiants en recherche d’un premier emploi',
      'jeunes actifs'
    ])
    expect(readAudience(['77 avenue de Ségur 75015 Paris'])).toEqual([])
  })
})

describe('readOrganizers: what is not an organiser', () => {
  test.each([
    ['Le télétravail s’installe désormais de façon pérenne dans les organisations et invite les collectifs à s’organiser en mode hybride.'],
    ['Cinq équipes projets ont été accompagnées par le Lab IA d’Etalab et la DITP en 2020.'],
    ['Nous proposons à vous, agents publics, un espace de rencontre.'],
    ['Merci de bien vouloir confirmer votre présence à l’évènement en remplissant la présente invitation.'],
    ['Pour en savoir plus, des designers travaillant sur ces projets présentent leurs travaux.'],
    ['Pour discuter de ces sujets, le salon ID Forum s’organise en parallèle du FIC.'],
    ['L’équipe de FranceConnect sera présente au salon ID Forum du 7 au 9 septembre à Lille.']
  ])('%s', (paragraph) => {
    expect(readOrganizers([paragraph], [])).toEqual([])
  })
})
