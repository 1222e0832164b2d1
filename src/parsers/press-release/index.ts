import type {Root} from 'hast'
import type {ParsedDocument, ParserPlugin} from '../../types.js'
import {describePressRelease, outlinePressRelease, type PressReleaseOutline} from './document.js'
import {readPressEvents} from './events.js'

// detect(), describe() and parse() all need the landmarks: found once per tree.
const outlines = new WeakMap<Root, PressReleaseOutline>()
function outline(doc: ParsedDocument): PressReleaseOutline {
  let found = outlines.get(doc.hast)
  if (!found) {
    found = outlinePressRelease(doc.hast)
    outlines.set(doc.hast, found)
  }
  return found
}

/**
 * Press releases converted from PDF (`fixtures/press-release-2020.md`): a
 * letterhead and a dateline (`Paris, le 18 novembre 2020`, the reference
 * date), headings in capitals, events as bullets
 * (`- **Title – Organiser** - Du 17 au 30 novembre`, `**Région : Title** - 26
 * novembre`) and prose invitations (`Rendez-vous le 24 novembre sur …`),
 * press contacts at the end.
 *
 * Detection: a dateline among the first blocks (0.7), with `Communiqué de
 * presse` written near the top (0.95); no front matter.
 */
export const pressRelease = {
  name: 'press-release',
  detect(doc) {
    // A post with an event in its front matter is not a press release.
    if (doc.frontMatter['event_start_date'] !== undefined) return 0
    const found = outline(doc)
    if (found.dateline === -1) return 0
    return found.announced ? 0.95 : 0.7
  },
  describe: (doc) => describePressRelease(doc.hast, outline(doc)),
  parse: (doc, ctx) => readPressEvents(doc.hast, outline(doc), ctx)
} as const satisfies ParserPlugin
