import type {ParserPlugin} from '../../types.js'
import {scoreHtmlAgenda} from './detect.js'
import {parseHtmlAgenda} from './parse.js'

/**
 * The HTML-block agenda style (`fixtures/mip-2022.md`, `fixtures/mip-2023.md`):
 * `<p><b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Title</i></p>`, then
 * paragraphs, a bullet list of practical details and a
 * `<div class="lien-important">` call to action.
 *
 * Detection: top-level paragraphs opening with a `<b>` date phrase (not bracketed).
 */
export const htmlAgenda = {
  name: 'html-agenda',
  detect: scoreHtmlAgenda,
  parse: parseHtmlAgenda
} as const satisfies ParserPlugin
