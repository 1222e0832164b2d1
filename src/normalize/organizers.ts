import {capitalize, splitSentences} from './text.js'

// Who the session's own text names as organising or hosting it (SPEC §4.2):
// `X vous accueille`, `X vous invitent`, `X organise`, `X présentent`. Inviting
// and welcoming count only when addressed to the reader (`vous`):
// `Le télétravail … invite les collectifs à …` names no organiser.
// `a le plaisir de vous convier` is the invitation formula. `présente` after
// an article or a form of être is the adjective (`la présente invitation`,
// `l'équipe sera présente`); `s'organise` is reflexive.
const hostVerb =
  /(?<![\p{L}])(?:vous\s+(?:accueillent|accueille|invitent|invite|convient|convie)|(?:a|ont)\s+le\s+plaisir\s+de\s+vous|(?:est|sont)\s+heureu(?:x|se|ses)\s+de\s+vous|(?<!s['’])(?:vous\s+|nous\s+)?(?:organisent|organise|présentent)|(?<!(?:la|une|cette|sera|est|seront|sont|était|serait)\s+)(?:vous\s+|nous\s+)?présente)(?![\p{L}])/u
// `organisé par X`, `organisées par le réseau X`.
const organisedBy = /(?<![\p{L}])organis[ée]e?s?\s+par\s+(?<who>[^,.;:()]+)/iu
// Both patterns above hold one of these stems: one cheap test skips the paragraphs that name nobody.
const hostStems = /organis|accueil|invit|convi|plaisir|heureu|présent/i
// Where the organiser's name ends inside `organisé par …`: the next verb or preposition.
const nameEnd = /\s(?:a|ont|est|sont|vise|visent|pour|avec|en partenariat|autour|afin|dans|sur)\s/u
const leadingArticle = /^(?:(?:les|le|la)\s+|l['’]\s*)/iu
// A generic noun before a proper name goes: `Les équipes LABEL` → `LABEL`, `Le département Etalab` → `Etalab`;
// `Le pôle des produits numériques` keeps its noun.
// (Case-sensitive: under `i`, `\p{Lu}` would match any letter.)
const genericNoun = /^(?:[ÉEée]quipes?|[Dd][ée]partement|[Ss]ervice)\s+(?=\p{Lu})/u
// Subjects that are not organisers: pronouns, demonstratives, and people
// named only by an indefinite (`des designers`, `un collectif`).
const notAnOrganizer =
  /^(?:nous|vous|on|il|elle|ils|elles|qui|ce|cet|cette|ces|celui|celle|chaque|tout|toute|tous|des|un|une|plusieurs|quelques|de\s+nombreux|en|dans|pour|lors|depuis|durant|pendant)(?![\p{L}])/iu
// A clause that opens a sentence before its subject: `Afin d'accompagner …,
// la DGFIP organise`, `Le 13 mars, Etalab organise`, `À cette occasion, …`.
const fronted =
  /^(?:afin|pour|dans|depuis|lors|durant|pendant|après|avant|suite|grâce|à|a|au|aux|en|cette|ce|cet|comme|ainsi|alors|enfin|également|aujourd['’]hui|demain|le\s+\d|les\s+\d|du\s+\d|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu
// A name is a few words: a longer subject is a sentence, not a name.
const MAX_NAME_WORDS = 10
// The verb may come after a long apposition; the name itself (before the first comma) is short.
const MAX_SENTENCE_LEAD = 300
const MAX_NAME = 120

/**
 * Organisers named by a session's description. A linked name inside the
 * subject wins (`Le département [Etalab](…), qui …, organise` → `Etalab`);
 * an apposition after the first comma is dropped; ` et ` joins two.
 *
 * @param paragraphs - description paragraphs
 * @param linkLabels - labels of links inside the description
 */
export function readOrganizers(paragraphs: ReadonlyArray<string>, linkLabels: ReadonlyArray<string>): string[] {
  const found: string[] = []
  for (const paragraph of paragraphs) {
    // Most paragraphs name nobody: test the whole paragraph before splitting it.
    if (!hostStems.test(paragraph) || (!hostVerb.test(paragraph) && !organisedBy.test(paragraph))) continue
    for (const sentence of splitSentences(paragraph)) {
      const by = organisedBy.exec(sentence)?.groups?.['who']
      if (by) addNames(found, by.split(nameEnd)[0] ?? by, linkLabels)
      const verb = hostVerb.exec(sentence)
      if (verb && verb.index > 0 && verb.index <= MAX_SENTENCE_LEAD) addNames(found, sentence.slice(0, verb.index), linkLabels)
    }
  }
  return found
}

function addNames(found: string[], subject: string, linkLabels: ReadonlyArray<string>): void {
  // The subject is the first comma-separated part that is not a fronted clause;
  // what follows it is an apposition (`beta.gouv, le réseau …, vous accueille`).
  const parts = subject.split(',').map((part) => part.trim())
  const head = parts.find((part) => part !== '' && !fronted.test(part)) ?? ''
  if (head === '' || head.length > MAX_NAME || notAnOrganizer.test(head)) return
  const linked = linkLabels.find((label) => label.length > 1 && head.includes(label))
  // A linked name is kept as written (`beta.gouv`); a phrase loses its article.
  // Brackets are a Markdown link left as text inside raw HTML.
  const bare = head.replace(/^\[|\]$/gu, '')
  const names = linked ? [linked] : bare.split(/\s+et\s+/u).map((name) => capitalize(name.replace(leadingArticle, '').replace(genericNoun, '')))
  for (const name of names) {
    const cleaned = name.replace(/\s+/gu, ' ').trim()
    if (cleaned.length <= 1 || cleaned.split(' ').length > MAX_NAME_WORDS || notAnOrganizer.test(cleaned)) continue
    if (!found.includes(cleaned)) found.push(cleaned)
  }
}
