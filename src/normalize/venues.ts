import type {Venue} from '../schema/session.js'

// French street types; `bd`, `av.` are the usual abbreviations.
const streetTypes =
  'rue|avenue|av\\.?|bd|boulevard|bld|place|pl\\.|quai|all[ée]es?|chemin|impasse|cours|route|square|esplanade|parvis|passage|promenade|rond-point|voie|cit[ée]|faubourg|mail'
// `77 avenue de Ségur`, `9 bd Vincent Gache`, `3 rue Martenot` (the name runs to
// a comma, ` à `, a postal code or the end). Must not match `8 produits`.
const streetPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<street>\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:${streetTypes})(?![\\p{L}])[^,\\n]*?)(?=\\s*,|\\.\\s|\\s+à\\s|\\s+(?:[–—-]\\s+)?\\d{2}\\s?\\d{3}(?!\\d)|\\s*$)`,
  'imu'
)
// Nouns that open a place's name (`Lieu de la transformation publique`): never a city.
const placeNouns = 'Lieu|Espace|Maison|Centre|Hôtel|Palais|Cité|Campus|Halle|Préfecture|Mairie|Tiers-lieu|Musée|Bibliothèque|Institut|Théâtre|Ministère'
// `salle Renée Prévert`, `amphithéâtre Laroque`.
const roomWord = '(?:salle|amphi(?:th[ée]âtre)?)\\s'
const city = "\\p{Lu}[\\p{L}'’-]*(?:\\s(?:sur|sous|en|lès|les|le|la)\\s\\p{Lu}[\\p{L}'’-]*|\\s\\p{Lu}[\\p{L}'’-]*)*"
// After the street: `75015 Paris`, `93 300 Aubervilliers`, `– 75012 PARIS`, `à Rennes`, `, Paris 15`.
const localityPattern = new RegExp(
  `^\\s*[,–—-]?\\s*(?:(?<postalCode>\\d{2}\\s?\\d{3})(?!\\d),?\\s+(?<city>${city})|à\\s+(?<cityAfterA>${city})|(?<=,\\s*)(?!(?:Salle|Bâtiment|Étage|Amphi|${placeNouns})(?![\\p{L}]))(?<cityOnly>${city}))`,
  'u'
)
const roomPattern = new RegExp(`(?<![\\p{L}])(?<room>${roomWord}[^,\\n/]+)`, 'iu')
// The room may follow the place's name instead: `DINSIC, salle 2.115, 20 avenue de Ségur`.
const roomAfterName = new RegExp(`,\\s*(?<room>${roomWord}[^,]+)$`, 'iu')
// `Matin :`, `Après-midi :` (SPEC §4.2 note).
const notePattern = /^\s*(?<note>matin(?:ée)?|après-midi|apr[eè]s-midi|soir(?:ée)?|journée)\s*:\s*/iu
// A named place written elsewhere in the details: `au Lieu de la transformation publique`,
// `à l'ensemble Fontenoy-Ségur`.
const placeNamePattern = new RegExp(
  `(?<![\\p{L}])(?:(?:au|à la|dans les locaux de)\\s+|à l['’]\\s*)(?<name>(?:(?:${placeNouns})(?![\\p{L}])|ensemble\\s+(?=\\p{Lu}))[^,;/\\n.]*)`,
  'u'
)

const nameTrim = /^(?:\s|,|:|–|-|au\s|à\s)+|(?:\s|,|:|–|-)+$/gu

/**
 * French postal addresses in practical-detail items (SPEC §4.2): street,
 * postal code and city; the text before the street is the venue name,
 * `salle …` the room, `Matin :` the note.
 *
 * @example
 * readVenues(['77 avenue de Ségur 75015 Paris'])
 * // [{street: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', …}]
 */
export function readVenues(items: ReadonlyArray<string>): Venue[] {
  const venues: Venue[] = []
  const seen = new Map<string, number>()
  for (const item of items) {
    const venue = readVenue(item)
    if (!venue) continue
    // The same address written twice (`adresse` and a `Lieu` row) is one venue,
    // named if either names it.
    const key = `${venue.street?.toLowerCase()}|${venue.postalCode}|${venue.city?.toLowerCase()}`
    const index = seen.get(key)
    if (index === undefined) {
      seen.set(key, venues.length)
      venues.push(venue)
    } else if (venues[index]?.name === null && venue.name !== null) {
      venues[index] = venue
    }
  }
  if (venues.some((venue) => venue.name === null)) {
    const name = findPlaceName(items)
    if (name) return venues.map((venue) => (venue.name === null ? {...venue, name} : venue))
  }
  return venues
}

// A statement that is only a locality: `Paris 7e`, `Lyon 3ème`, `75007 Paris`.
const localityOnly = new RegExp(`^(?:(?<city>${city})\\s+\\d{1,2}(?:e|er|ème|eme)|(?<postalCode>\\d{2}\\s?\\d{3})\\s+(?<cityAfterCode>${city}))$`, 'u')

function readLocality(text: string): Venue | null {
  const groups = localityOnly.exec(text.trim())?.groups
  if (!groups) return null
  return {
    name: null,
    street: null,
    postalCode: groups['postalCode']?.replace(/\s/gu, '') ?? null,
    city: groups['city'] ?? groups['cityAfterCode'] ?? null,
    region: null,
    room: null,
    note: null,
    country: 'FR',
    raw: text.trim()
  }
}

function readVenue(item: string): Venue | null {
  // Every address form read here has a number (street number, postal code, arrondissement).
  if (!/\d/u.test(item)) return null
  const noteMatch = notePattern.exec(item)
  const body = noteMatch ? item.slice(noteMatch[0].length) : item
  const streetMatch = streetPattern.exec(body)
  const street = streetMatch?.groups?.['street']
  if (!streetMatch || street === undefined) return readLocality(body)
  const after = body.slice(streetMatch.index + street.length)
  const locality = localityPattern.exec(after)
  const lineStart = body.lastIndexOf('\n', streetMatch.index) + 1
  // Only an apposition names the place: `Espace Beaulieu, 9 bd …`; `En présentiel au 20 avenue …` does not.
  const before = body.slice(lineStart, streetMatch.index)
  const written = /[,:–]\s*$/u.test(before) ? before.replace(nameTrim, '') : ''
  const rest = locality ? after.slice(locality[0].length) : after
  const nameRoom = roomAfterName.exec(written)
  const name = nameRoom ? written.slice(0, nameRoom.index).trim() : written
  const room = roomPattern.exec(rest)?.groups?.['room']?.trim() ?? nameRoom?.groups?.['room']?.trim() ?? null
  const lineEnd = body.indexOf('\n', streetMatch.index)
  // `se tiendra à Paris, près de la gare St Lazare, au 8 rue d'Athènes`: a street with no locality after it
  // is in the town its sentence named just before it.
  const townBefore = locality ? null : townBeforeStreet(body.slice(Math.max(lineStart, streetMatch.index - TOWN_WINDOW), streetMatch.index))
  return {
    name: name === '' ? null : name,
    street: street.trim().replace(/[,.]$/u, ''),
    postalCode: locality?.groups?.['postalCode']?.replace(/\s/gu, '') ?? null,
    city: locality?.groups?.['city'] ?? locality?.groups?.['cityAfterA'] ?? locality?.groups?.['cityOnly'] ?? townBefore,
    region: null,
    room,
    note: noteMatch?.groups?.['note'] ? capitalizeNote(noteMatch.groups['note']) : null,
    country: 'FR',
    raw: body.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim()
  }
}

/** How far before a street its sentence's town may stand. */
const TOWN_WINDOW = 120
const townAt = new RegExp(`(?<![\\p{L}])à\\s+(?<city>${city})(?![\\p{L}])`, 'gu')

/** The last `à <Town>` of the words before a street, within its sentence. */
function townBeforeStreet(before: string): string | null {
  const sentence = before.slice(before.search(/[.!?]\s+[^.!?]*$/u) + 1)
  let town: string | null = null
  for (const match of sentence.matchAll(townAt)) town = match.groups?.['city'] ?? town
  return town
}

function capitalizeNote(note: string): string {
  return note.charAt(0).toUpperCase() + note.slice(1)
}

function findPlaceName(items: ReadonlyArray<string>): string | null {
  for (const item of items) {
    const name = placeNamePattern.exec(item)?.groups?.['name']
    if (name) return name.trim()
  }
  return null
}

// A place as a header states it, beside its date: `à Paris`, `au Palais des Congrès à Paris`,
// `à la DINSIC`, `au LLL`, `(grand amphi IBGBI)`, `Réunion , CREST` (a card's category and town).
// Must not read `en ligne`, `(séminaire online)`, `à 14h`.
const placeCity = new RegExp(`^(?:(?<name>.+?)\\s+)?à\\s+(?<city>${city})$`, 'u')
const placeName = /^(?:au|aux|à la|à l['’]|chez)\s*(?<name>\p{Lu}.*)$/u
const cardTown = /^(?<category>[^,]{1,40})\s,\s(?<town>\p{Lu}[\p{Lu}' -]+)$/u

/**
 * A listing card's `Catégorie , VILLE` line: its category (a format label)
 * and its town in capitals; `null` for any other line.
 *
 * @example
 * readCardLine('Atelier , CREST') // {category: 'Atelier', town: 'CREST'}
 */
export function readCardLine(text: string): {category: string; town: string} | null {
  const groups = cardTown.exec(text.trim())?.groups
  return groups?.['category'] && groups['town'] ? {category: groups['category'], town: groups['town'].trim()} : null
}
const notAPlace = /en ligne|online|visio|distanciel|webinaire|[àa]\s+\d|\d{1,2}\s?h/iu
const MAX_PLACE = 80

function townCase(town: string): string {
  return town
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/-(Sur|Sous|Les|Le|La|En|De|Des|Du)-/gu, (part) => part.toLowerCase())
}

/**
 * A venue from a short place phrase (SPEC §4.2): a city after `à`, a named
 * place after `au`/`à la`, a parenthesised room or hall, a card's town in capitals.
 *
 * @example
 * readPlace('au Palais des Congrès à Paris') // {name: 'Palais des Congrès', city: 'Paris', …}
 */
export function readPlace(text: string): Venue | null {
  const raw = text.trim().replace(/^\((.*)\)$/u, '$1').trim()
  if (raw === '' || raw.length > MAX_PLACE || notAPlace.test(raw)) return null
  const venue = (name: string | null, town: string | null): Venue => ({
    name: name === null || name === '' ? null : name,
    street: null,
    postalCode: null,
    city: town,
    region: null,
    room: null,
    note: null,
    country: 'FR',
    raw
  })
  const card = readCardLine(raw)
  if (card) return venue(null, townCase(card.town))
  const atCity = placeCity.exec(raw)?.groups
  if (atCity?.['city']) {
    const name = atCity['name'] ? (placeName.exec(atCity['name'])?.groups?.['name'] ?? atCity['name'].replace(/^(?:au|aux|à la|à l['’])\s*/u, '')) : null
    return venue(name, atCity['city'])
  }
  const named = placeName.exec(raw)?.groups?.['name']
  if (named) return venue(named, null)
  // A parenthesised hall: `(grand amphi IBGBI)`.
  if (text.trim().startsWith('(')) return venue(raw, null)
  return null
}
