import type {ElementContent} from 'hast'
import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {capitalize, cleanText, splitSentences} from '../../normalize/text.js'
import type {HeaderRule} from '../../structure/headers.js'
import type {Line} from '../../structure/marks.js'
import type {Candidate, Strategy} from '../../structure/strategies.js'
import {linksIn, textOf} from '../../core/hast.js'
import {readPressHeader} from './header.js'

const span = (children: ReadonlyArray<ElementContent>): {type: 'element'; tagName: 'span'; properties: {}; children: ElementContent[]} => ({
  type: 'element',
  tagName: 'span',
  properties: {},
  children: [...children]
})

/**
 * A press release's event bullet (SPEC §1): a list item whose line opens
 * with a bold title, then its date — `- **Title – Organiser** - Du 17 au 30
 * novembre`, `**Région : Title** - 26 novembre`, `**Title** Etalab - 26
 * novembre`. A line wrap from the PDF can cut the date (`du 22 au 26` /
 * `novembre`): the next line is joined. An undated bullet is a mention; one
 * with digits looked dated and is reported.
 */
export const pressBullet: HeaderRule = (unit) => {
  if (unit.kind !== 'item') return null
  const [first, second] = unit.lines
  if (!first) return null
  const significant = first.children.filter((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
  const bold = significant[0]
  if (bold?.type !== 'element' || (bold.tagName !== 'strong' && bold.tagName !== 'b')) return null
  const boldText = textOf(bold)
  let restNodes: ReadonlyArray<ElementContent> = first.children.slice(first.children.indexOf(bold) + 1)
  let header = readPressHeader(boldText, textOf(span(restNodes)))
  let taken = 1
  if (header.date === null && second) {
    const joined = readPressHeader(boldText, `${textOf(span(restNodes))} ${second.text}`)
    if (joined.date !== null) {
      header = joined
      restNodes = [...restNodes, {type: 'text', value: ' '}, ...second.children]
      taken = 2
    }
  }
  const phrase = header.date === null ? null : parseDatePhrase(header.date)
  if (header.date === null || phrase === null) {
    return /\d/u.test(textOf(span(restNodes))) ? {dateNode: unit.element, date: null, phrase: null, title: header.title || null, tags: []} : null
  }
  return {
    dateNode: unit.element,
    date: header.date,
    phrase,
    title: header.title === '' ? null : header.title,
    tags: [],
    lines: taken,
    organizers: header.organizers,
    region: header.region,
    lead: header.trailing,
    links: linksIn(span(restNodes), 'call-to-action')
  }
}

// `Rendez-vous le 24 novembre sur l'enjeu …`: an invitation with its date (SPEC §4.5).
const invitation = /^(?:rendez-vous|retrouvez-nous|rejoignez-nous)(?![\p{L}])/iu
const invitationWord = /rendez-vous|retrouvez-nous|rejoignez-nous/iu
/** The date of an invitation comes within its first words. */
const INVITATION_DATE_WITHIN = 24
const subjectLead = /^\s*(?:,\s*)?(?:sur|pour|autour d[eu]|autour de l['’]|consacrée? à|dédiée? à)\s+/iu

/**
 * Invitations in a paragraph's prose, one session each: `Rendez-vous le 24
 * novembre sur l'enjeu du renouvellement …` is titled by its subject.
 */
export const invitationSentenceStrategy: Strategy = (unit) => {
  if (unit.kind !== 'paragraph') return null
  const text = unit.lines.map((line) => line.text).join(' ')
  // Most paragraphs invite to nothing: a cheap test before splitting sentences.
  if (!invitationWord.test(text)) return null
  const candidates: Candidate[] = []
  for (const sentence of splitSentences(text)) {
    if (!invitation.test(sentence)) continue
    const phrase = parseDatePhrase(sentence)
    if (!phrase || phrase.index > INVITATION_DATE_WITHIN) continue
    const subject = cleanText(
      sentence
        .slice(phrase.index + phrase.text.length)
        .replace(subjectLead, '')
        .replace(/[\s.!…]+$/u, '')
    )
    const dated = sentence.slice(phrase.index)
    const header: Line = {text: dated, children: [], phrase: {...phrase, index: 0}, struck: false}
    candidates.push({
      strategy: 'invitation-sentence',
      unit,
      header,
      phrase: header.phrase as NonNullable<Line['phrase']>,
      title: subject === '' ? null : capitalize(subject),
      rest: [],
      lines: [{text: sentence, children: [], phrase: null, struck: false}],
      consumed: null
    })
  }
  return candidates
}
