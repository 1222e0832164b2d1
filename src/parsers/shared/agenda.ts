import {createReader} from '../../structure/index.js'
import {boldLead, type BoldLeadOptions} from '../../structure/headers.js'
import type {ParserPlugin} from '../../types.js'

/** The detection score from the number of headers: two or more make an agenda. */
export function agendaScore(headers: number): number {
  return headers >= 2 ? 0.9 : 0.5
}

/**
 * The three agenda house styles are profiles of the structure reader that
 * differ only in their session header (docs/decisions/0006-agenda-styles.md):
 * - html-agenda: `<b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i>`
 * - bracket-agenda: `<b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>[Topic] Title</i>`
 * - markdown-agenda: `**[Le 09/11 de 14h à 15h15] [Webinaire] [EIG]**` then `*Title*`
 * Only their headers propose sessions; a session's body runs to the next
 * header, heading, rule or `<br>`.
 */
export function agendaProfile(name: string, header: BoldLeadOptions): ParserPlugin {
  return createReader({name, headers: [boldLead(header)], strategies: [], invitations: false, score: agendaScore, ceiling: 0.9})
}
