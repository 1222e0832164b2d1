import {agendaProfile} from '../shared/agenda.js'

/**
 * The HTML-block agenda style (`fixtures/mip-2022.md`, `fixtures/mip-2023.md`):
 * `<p><b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i></p>`, then
 * paragraphs, a bullet list of practical details and a
 * `<div class="lien-important">` call to action.
 *
 * Detection: top-level paragraphs opening with a `<b>` (or `<strong>`, `**`) whose
 * text starts with a date phrase (not a bracket), with labels or an italic title; two or more score 0.9, one 0.5.
 */
export const htmlAgenda = agendaProfile('html-agenda', {bold: ['b', 'strong'], date: 'lead'})
