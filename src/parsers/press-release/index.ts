import {createReader} from '../../structure/index.js'
import type {ParsedDocument} from '../../types.js'
import {describePressRelease, outlinePressRelease, type PressReleaseOutline} from './document.js'
import {invitationSentenceStrategy, pressBullet} from './rules.js'

// Detection, the facts and the region all need the landmarks: found once, on the file's data.
function outline(doc: ParsedDocument): PressReleaseOutline {
  const data = doc.file.data as {agendaExtractPressRelease?: {tree: ParsedDocument['hast']; outline: PressReleaseOutline}}
  if (data.agendaExtractPressRelease?.tree !== doc.hast) data.agendaExtractPressRelease = {tree: doc.hast, outline: outlinePressRelease(doc.hast)}
  return data.agendaExtractPressRelease.outline
}

/**
 * Press releases converted from PDF (`fixtures/press-release-2020.md`): a
 * letterhead and a dateline (`Paris, le 18 novembre 2020`, the reference
 * date), headings in capitals, events as bullets
 * (`- **Title – Organiser** - Du 17 au 30 novembre`, `**Région : Title** - 26
 * novembre`) and prose invitations (`Rendez-vous le 24 novembre sur …`),
 * press contacts at the end. A profile of the structure reader: the
 * `pressBullet` header rule and the invitation-sentence strategy, read
 * between the dateline and the contacts.
 *
 * Detection: a dateline among the first blocks (0.7), with `Communiqué de
 * presse` written near the top (0.95); no event front matter.
 */
export const pressRelease = createReader({
  name: 'press-release',
  headers: [pressBullet],
  strategies: [invitationSentenceStrategy],
  refiners: [],
  invitations: false,
  describe: (doc) => describePressRelease(doc.hast, outline(doc)),
  region: (doc) => {
    const found = outline(doc)
    return {start: found.dateline + 1, end: found.contacts === -1 ? Number.POSITIVE_INFINITY : found.contacts}
  },
  // A release has a dateline; a post with an event in its front matter is not one.
  applies: (doc) => doc.frontMatter['event_start_date'] === undefined && !doc.page?.start && outline(doc).dateline !== -1,
  score: (_count, doc) => (outline(doc).announced ? 0.95 : 0.7),
  ceiling: 0.95
})
