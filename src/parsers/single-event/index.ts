import {parseDatePhrase} from '../../normalize/dates/phrase.js'
import {createReader} from '../../structure/index.js'
import type {ParsedDocument} from '../../types.js'
import {readSingleEvent} from './parse.js'

/** A body with this many dated blocks is a programme of sessions, read by the structure reader. */
const PROGRAMME_SESSIONS = 5

/** How sure the front matter makes it that the document describes one event. */
function eventScore(doc: ParsedDocument): number {
  const fm = doc.frontMatter
  // A page's one structured `Event` with a date makes it a single-event page.
  const page = doc.page
  if (fm['event_start_date'] !== undefined || page?.start || (doc.events.length === 1 && doc.events[0]?.start)) return 0.6
  if ((fm['champs_informations'] !== undefined && fm['lieu'] !== undefined) || (page && page.rows.length > 0 && page.place !== null)) return 0.4
  // A post whose lead dates one event (`… le 5 juin prochain à Paris`), below every other style.
  const lead = fm['chapeau-text']
  return typeof fm['title'] === 'string' && typeof lead === 'string' && parseDatePhrase(lead)?.from?.month ? 0.3 : 0
}

/**
 * Single-event posts (`fixtures/api-particulier-…md` and the other corpus
 * posts): front matter with `title`, `event_start_date`, `event_end_date`,
 * `lieu`, `adresse` and `champs_informations` rows (`Date`, `Horaires`,
 * `Modalités`, …), and a body that completes it. A profile of the structure
 * reader whose fact reader (`readSingleEvent`) gives the page's event.
 *
 * A body with five or more dated blocks (a forum's programme of talks and
 * workshops) is read as a programme instead, its sessions titled and placed
 * by their own sections (docs/decisions/0011-structure-reader.md).
 *
 * Detection: `event_start_date` in the front matter or one dated JSON-LD/microdata `Event` (0.6; an agenda's own
 * headers score higher), `champs_informations` with `lieu` (0.4), or a
 * `chapeau-text` lead that names a day (0.3).
 */
export const singleEvent = createReader({
  name: 'single-event',
  invitations: false,
  applies: (doc) => eventScore(doc) > 0,
  score: (_count, doc) => eventScore(doc),
  ceiling: 0.6,
  pageEvents: readSingleEvent,
  programme: PROGRAMME_SESSIONS
})
