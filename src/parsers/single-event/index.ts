import type {ParserPlugin} from '../../types.js'
import {parseSingleEvent} from './parse.js'

/**
 * Single-event posts (`fixtures/api-particulier-…md` and the other corpus
 * posts): front matter with `title`, `event_start_date`, `event_end_date`,
 * `lieu`, `adresse` and `champs_informations` rows (`Date`, `Horaires`,
 * `Modalités`, …), and a body that completes it.
 *
 * Detection: `event_start_date` in the front matter (0.6; an agenda's own
 * headers score higher), or `champs_informations` with `lieu` (0.4).
 */
export const singleEvent = {
  name: 'single-event',
  detect(doc) {
    const fm = doc.frontMatter
    if (fm['event_start_date'] !== undefined) return 0.6
    return fm['champs_informations'] !== undefined && fm['lieu'] !== undefined ? 0.4 : 0
  },
  parse: parseSingleEvent
} as const satisfies ParserPlugin
