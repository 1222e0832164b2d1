import {foldText} from './text.js'

export interface Admission {
  free: boolean | null
  price: {amount: number; currency: string} | null
  registration: 'required' | 'none' | null
  deadline: string | null
  statements: string[]
}

// SPEC §4.2. Linear patterns on one statement at a time.
// `libre` means free only for admission (`entrée libre`): `le libre`, `logiciels libres` are not.
const freeCue = /(?<![\p{L}])(?:gratuit|gratuite|gratuits|gratuites)(?![\p{L}])|entr[ée]e libre|acc[èe]s libre|libre acc[èe]s|participation libre/u
const paidCue = /(?<![\p{L}])payante?s?(?![\p{L}])/u
const priceCue = /(?<amount>\d{1,5}(?:[.,]\d{1,2})?)\s?(?:€|euros?(?![\p{L}]))/u
// A price is an admission price only in a statement about admission: `la cantine à 1 euro` is not.
const admissionWords = /(?<![\p{L}])(?:tarifs?|prix|entr[ée]es?|participation|inscriptions?|co[uû]ts?|payante?s?|billets?|frais)(?![\p{L}])/u
// `Inscription gratuite obligatoire`, `Inscription gratuite et obligatoire`: a few words may stand between.
// A sentence that asks the reader to register or book means the same (`pensez à vous inscrire`,
// `pour vous inscrire, écrivez à …`, `sont invités à s'inscrire`, `sur réservation`), even beside `entrée libre`.
const requiredCue =
  /sur inscription|sur r[ée]servation|(?:inscriptions?|r[ée]servations?)(?: \p{L}+){0,3}? (?:obligatoires?|requises?|n[ée]cessaires?|indispensables?)|(?:pensez à|pour|merci de|nous vous demandons de|il faut|veuillez|n'oubliez pas de) (?:vous |s')inscrire|et s'inscrire, il suffit|(?<![\p{L}])inscrivez-vous(?![\p{L}])|(?<![\p{L}])invit[ée]e?s? à (?:vous |s')inscrire/u
const openEntryCue = /entr[ée]e libre|acc[èe]s libre|sans r[ée]servation|sans inscription/u
// Every cue above holds one of these stems: a statement without any says nothing of admission,
// and most statements are skipped after this one cheap test.
const admissionStems = /gratuit|libre|payant|inscri|r[ée]serv|€|euro/i

/**
 * Admission from practical-detail statements and call-to-action labels.
 * A label counts only when it says registration is required
 * (`Inscriptions obligatoires`): a label `inscriptions` alone says nothing.
 *
 * @example
 * readAdmission(['Entrée gratuite sur inscription'], [])
 * // {free: true, registration: 'required', …}
 */
export function readAdmission(statements: ReadonlyArray<string>, linkLabels: ReadonlyArray<string>): Admission {
  const admission: Admission = {free: null, price: null, registration: null, deadline: null, statements: []}
  let openEntry = false
  for (const statement of statements) {
    if (!admissionStems.test(statement)) continue
    const text = foldText(statement)
    let matched = false
    const price = admissionWords.test(text) ? priceCue.exec(text) : null
    if (price?.groups?.['amount']) {
      const amount = Number(price.groups['amount'].replace(',', '.'))
      admission.price = {amount, currency: 'EUR'}
      admission.free = amount === 0
      matched = true
    } else if (paidCue.test(text)) {
      admission.free = false
      matched = true
    } else if (freeCue.test(text)) {
      admission.free ??= true
      matched = true
    }
    if (requiredCue.test(text)) {
      admission.registration = 'required'
      matched = true
    } else if (openEntryCue.test(text)) {
      openEntry = true
      matched = true
    }
    if (matched) admission.statements.push(statement)
  }
  if (admission.registration === null && linkLabels.some((label) => requiredCue.test(foldText(label)))) {
    admission.registration = 'required'
  }
  // `Entrée libre` without `sur inscription` means no registration.
  if (admission.registration === null && openEntry) admission.registration = 'none'
  return admission
}
