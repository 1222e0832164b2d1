import {agendaProfile} from '../shared/agenda.js'

/**
 * The Markdown agenda style (`fixtures/mip-2020.md`):
 * `**[Le 09/11 de 14h à 15h15] [Webinaire] [EIG]**` then `*Title*` (sometimes
 * absent), paragraphs with inline links, link lines as calls to action
 * (`[Plus d'informations et inscriptions](…)`, `Inscrivez-vous ici : https://…`);
 * sessions are separated by `<br>`.
 *
 * Detection: top-level paragraphs opening with `**` (`<strong>`) whose first
 * bracketed label is a date phrase; two or more score 0.9, one 0.5.
 */
export const markdownAgenda = agendaProfile('markdown-agenda', {bold: ['strong'], date: 'first-label'})
