import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {loadMarkdown} from '../core/load.js'
import {boldLead, type BoldLeadOptions} from './headers.js'
import {findUnits} from './marks.js'

/** What the rule reads of a document's first unit: `[date, title, tags]`, `'undated'`, or `null`. */
function read(options: BoldLeadOptions, markdown: string): [string, string | null, string[]] | 'undated' | null {
  const [unit] = findUnits(loadMarkdown(new VFile(markdown)).hast)
  const reading = unit ? boldLead(options)(unit) : null
  if (!reading) return null
  return reading.date === null ? 'undated' : [reading.date, reading.title, [...reading.tags]]
}

const html: BoldLeadOptions = {bold: ['b', 'strong'], date: 'lead'}
const bracket: BoldLeadOptions = {bold: ['b'], date: 'first-label'}
const markdown: BoldLeadOptions = {bold: ['strong'], date: 'first-label'}

describe('boldLead', () => {
  test.each([
    // mip-2022: the date before the labels, an italic title.
    [html, '<p><b>Le jeudi 03/11 de 16h15 à 18h15 <br>[Quiz]</b> <i>Quiz géant</i></p>', ['Le jeudi 03/11 de 16h15 à 18h15', 'Quiz géant', ['Quiz']]],
    [html, '<p><b>Du 16/11 au 20/11 de 17h à 17h30 [Table ronde, Démo]</b> <i>Données</i></p>', ['Du 16/11 au 20/11 de 17h à 17h30', 'Données', ['Table ronde', 'Démo']]],
    // mip-2021: the date is the first label; a label that opens the title is a topic.
    [bracket, '<p><b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>[Baromètre] Environnement numérique</i></p>', ['Le mercredi 10/11 de 10h à 11h30', 'Environnement numérique', ['Atelier', 'Baromètre']]],
    // mip-2020: Markdown bold, labels only.
    [markdown, '**[Le 09/11 de 14h à 15h15] [Webinaire] [EIG]**', ['Le 09/11 de 14h à 15h15', null, ['Webinaire', 'EIG']]],
    // The style's shape, no readable date: reported as `missing-date` by the reader.
    [html, '<p><b>Date à venir [Atelier]</b> <i>Un atelier</i></p>', 'undated'],
    [bracket, '<p><b>[Bientôt] [Atelier]</b> <i>Un atelier</i></p>', 'undated'],
    // Negatives: prose that opens with a bold date, another style's header, no bold, a list item.
    [html, '<p><b>Le 03/11</b> fut une belle journée.</p>', null],
    [html, '<p><b>[Le mercredi 10/11 de 10h à 11h30] [Atelier]</b> <i>Title</i></p>', null],
    [bracket, '<p><b>Le jeudi 03/11 de 16h15 à 18h15 [Quiz]</b> <i>Title</i></p>', null],
    [markdown, '<p><b>[Le 09/11 de 14h à 15h15] [Webinaire]</b></p>', null],
    [html, '<p>Le jeudi 03/11 de 16h15 à 18h15 <i>Quiz géant</i></p>', null],
    [html, '- **Le jeudi 03/11 de 16h15** *Quiz géant*', null]
  ])('%o %s', (options, input, expected) => {
    expect(read(options, input)).toEqual(expected)
  })
})
