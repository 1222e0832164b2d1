// The regions of France as data. Press releases write them loosely
// (`Hauts de France`, `Nouvelle Aquitaine`), so they are compared folded:
// lower case, no accents, no spaces, hyphens or apostrophes.
const regionNames = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
  'Guadeloupe',
  'Martinique',
  'Guyane',
  'La Réunion',
  'Mayotte'
]

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, '')

const folded = new Set(regionNames.map(fold))

/** Whether `label` names a French region, however it is spaced or hyphenated. */
export function isRegion(label: string): boolean {
  return folded.has(fold(label))
}

// `Bretagne : Les 2ndes Causeries …`: a label, a spaced colon, the rest.
const regionPrefix = /^(?<label>[^:]{2,40}?)\s*:\s+(?<rest>.+)$/su

/**
 * Split a region prefix off a title (SPEC §4.2): `Bretagne : Les Causeries`
 * → `{region: 'Bretagne', rest: 'Les Causeries'}`; `null` when the label before
 * the colon is not a region (`L'open data et les territoires : …`).
 */
export function splitRegionPrefix(text: string): {region: string; rest: string} | null {
  const match = regionPrefix.exec(text)
  const label = match?.groups?.['label']?.trim()
  const rest = match?.groups?.['rest']
  return label && rest && isRegion(label) ? {region: label, rest} : null
}
