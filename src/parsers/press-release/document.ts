import type {Element, Root} from 'hast'
import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {isValidDay, toDateString} from '../../normalize/dates/zoned.js'
import {capitalize, cleanText, isCapitalsLine} from '../../normalize/text.js'
import type {DocumentFacts, PressContact} from '../../types.js'
import {elementChildren, headingTags, isElement, textOf} from '../../core/hast.js'

/** Where the dateline may stand: among the first blocks of the release. */
const DATELINE_WITHIN = 15
/** A dateline, `Communiqué de presse` or `Contacts presse :` is a short line. */
const MAX_LANDMARK = 80

// `Paris, le 18 novembre 2020`: a place, a comma, a full date with its year.
const datelinePattern = /^(?<place>\p{Lu}[\p{L}'’ -]{1,40}),\s+(?:le\s+)?(?<date>.{6,40})$/u

/** The dateline's day, `YYYY-MM-DD`, or `null`. */
export function readDateline(text: string): string | null {
  const match = datelinePattern.exec(cleanText(text))
  const date = match?.groups?.['date']
  const phrase = date ? parseDatePhrase(date) : null
  const day = phrase?.kind === 'single' ? phrase.from : null
  if (!phrase || phrase.index !== 0 || !day || day.month === null || day.year === null) return null
  return isValidDay(day.year, day.month, day.day) ? toDateString(day.year, day.month, day.day) : null
}

/** A heading of the release: a Markdown heading or a paragraph in capitals. */
export function isHeadingLike(element: Element): boolean {
  return isElement(element, ...headingTags) || (isElement(element, 'p') && isCapitalsLine(textOf(element)))
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
const pressReleaseCue = /communique de presse/u
const contactsCue = /^contacts?\s+(?:presse|medias?)\s*:?$/u

export interface PressReleaseOutline {
  /** Index (in the top-level elements) of the dateline, `-1` when there is none. */
  readonly dateline: number
  readonly datelineDay: string | null
  /** Whether `Communiqué de presse` is written near the top. */
  readonly announced: boolean
  /** Index of the `Contacts presse :` paragraph, `-1` when there is none. */
  readonly contacts: number
}

/** Find the landmarks of a press release among the top-level blocks. */
export function outlinePressRelease(tree: Root): PressReleaseOutline {
  const elements = elementChildren(tree)
  let dateline = -1
  let datelineDay: string | null = null
  let announced = false
  let contacts = -1
  elements.forEach((element, index) => {
    // Landmarks are paragraphs and headings (lists, tables and quotes hold none), and short lines:
    // long paragraphs are not tested.
    if (!isElement(element, 'p', ...headingTags)) return
    const text = textOf(element)
    if (text.length > MAX_LANDMARK) return
    if (index < DATELINE_WITHIN && dateline === -1) {
      const day = readDateline(text)
      if (day) {
        dateline = index
        datelineDay = day
      }
    }
    if (index < DATELINE_WITHIN && pressReleaseCue.test(fold(text))) announced = true
    if (contacts === -1 && contactsCue.test(fold(cleanText(text)))) contacts = index
  })
  return {dateline, datelineDay, announced, contacts}
}

/**
 * What the release says of itself: the dateline date, the publisher from the
 * letterhead in capitals above it, the headline in capitals below it, and the
 * press contacts after `Contacts presse :`.
 */
export function describePressRelease(tree: Root, outline: PressReleaseOutline): DocumentFacts {
  const elements = elementChildren(tree)
  const texts = elements.map((element) => cleanText(textOf(element)))
  const before = texts.slice(0, Math.max(outline.dateline, 0))
  const letterhead = before.find((text) => isCapitalsLine(text) && !pressReleaseCue.test(fold(text)))
  let title: string | null = null
  const headline = outline.dateline === -1 ? -1 : texts.findIndex((text, index) => index > outline.dateline && isCapitalsLine(text))
  if (headline !== -1) {
    const first = texts[headline] ?? ''
    const next = texts[headline + 1]
    title = first.endsWith(':') && next && isCapitalsLine(next) ? `${first} ${next}` : first
  }
  return {
    dateline: outline.datelineDay,
    publisher: letterhead ? capitalize(letterhead.toLowerCase()) : null,
    title,
    contacts:
      outline.contacts === -1
        ? []
        : elements.slice(outline.contacts + 1).flatMap((element) => textOf(element).split('\n').flatMap(readContact))
  }
}

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u
const phonePattern = /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/u
const personName = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u

/** `DITP - claire.bonnetier@modernisation.gouv.fr - 06.08.72.50.29` → organisation, email, phone. */
export function readContact(line: string): PressContact[] {
  const email = emailPattern.exec(line)?.[0] ?? null
  const phone = phonePattern.exec(line)?.[0] ?? null
  if (!email && !phone) return []
  const parts = line
    .replace(email ?? '', '')
    .replace(phone ?? '', '')
    .split(/\s+[–—-]\s+|\s*[,;|]\s*/u)
    .map((part) => part.replace(/^[\s–—-]+|[\s–—-]+$/gu, ''))
    .filter((part) => part !== '')
  const name = parts.find((part) => personName.test(part)) ?? null
  const organization = parts.find((part) => part !== name) ?? null
  return [{name, organization, email, phone}]
}
