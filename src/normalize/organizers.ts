import {capitalize, splitSentences} from './text.js'

// Who the session's own text names as organising or hosting it (SPEC §4.2):
// `X vous accueille`, `X vous invitent`, `X organise`, `X présentent`. Inviting
// and welcoming count only when addressed to the reader (`vous`):
// `Le télétravail … invite les collectifs à …` names no organiser.
const hostVerb =
  /(?<![\p{L}])(?:vous\s+(?:accueillent|accueille|invitent|invite)|(?:vous\s+|nous\s+)?(?:organisent|organise|présentent|présente))(?![\p{L}])/u
// `organisé par X`, `organisées par le réseau X`.
const organisedBy = /(?<![\p{L}])organis[ée]e?s?\s+par\s+(?<who>[^,.;:()]+)/iu
// Where the organiser's name ends inside `organisé par …`: the next verb or preposition.
const nameEnd = /\s(?:a|ont|est|sont|vise|visent|pour|avec|en partenariat|autour|afin|dans|sur)\s/u
const leadingArticle = /^(?:(?:les|le|la)\s+|l['’]\s*)/iu
// A generic noun before a proper name goes: `Les équipes LABEL` → `LABEL`, `Le département Etalab` → `Etalab`;
// `Le pôle des produits numériques` keeps its noun.
const genericNoun = /^(?:[ée]quipes?|d[ée]partement|service)\s+(?=\p{Lu})/iu
// Subjects that are not organisers: pronouns and demonstratives.
const notAnOrganizer = /^(?:nous|vous|on|il|elle|ils|elles|qui|ce|cet|cette|ces|celui|celle|chaque|tout|toute|tous|en|dans|pour|lors|depuis|durant|pendant)(?![\p{L}])/iu
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
    if (!hostVerb.test(paragraph) && !organisedBy.test(paragraph)) continue
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
  const head = (subject.split(',')[0] ?? '').trim()
  if (head === '' || head.length > MAX_NAME || notAnOrganizer.test(head)) return
  const linked = linkLabels.find((label) => label.length > 1 && head.includes(label))
  // A linked name is kept as written (`beta.gouv`); a phrase loses its article.
  const names = linked ? [linked] : head.split(/\s+et\s+/u).map((name) => capitalize(name.replace(leadingArticle, '').replace(genericNoun, '')))
  for (const name of names) {
    const cleaned = name.replace(/\s+/gu, ' ').trim()
    if (cleaned.length > 1 && !notAnOrganizer.test(cleaned) && !found.includes(cleaned)) found.push(cleaned)
  }
}
