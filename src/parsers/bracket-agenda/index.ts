import {agendaProfile} from '../shared/agenda.js'

/**
 * The bracketed HTML-block agenda style (`fixtures/mip-2021.md`):
 * `<p><b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>[Topic] Title</i></p>`,
 * then paragraphs, a details list and calls to action (a `lien-important`
 * block or a bullet list of links). A bracket that opens the title is a topic.
 *
 * Detection: top-level paragraphs opening with a `<b>` whose first bracketed
 * label is a date phrase; two or more score 0.9, one 0.5.
 */
export const bracketAgenda = agendaProfile('bracket-agenda', {bold: ['b'], date: 'first-label'})
