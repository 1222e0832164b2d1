// Property tests: documents built from real fragments (date phrases, lists,
// headings, HTML blocks, tables, front matter) and from random bytes never
// throw, and every session they give passes the schema with a stable id.
// Speed on such inputs is measured in `npm run bench`, never here.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {extract, sessionSchema} from '../src/index.js'

const datePhrase = fc.constantFrom(
  'Le 3 mars 2025 de 10h à 12h',
  'jeudi 03/11 de 16h15 à 18h15',
  'Du 26 au 28 novembre 2019',
  'le 9 février 2023 à 14h30',
  '12/10/2024',
  '[Le mercredi 10/11 de 10h à 11h30] [Atelier]',
  'Le 31 février 2024',
  'mardi 5 octobre, de 10h à 11h, de 14h à 15h ou de 16h à 17h',
  'en mai',
  '2024-03-12T09:00:00+01:00'
)
const words = fc.constantFrom('Atelier', 'Webinaire API', 'Entrée libre sur inscription', 'Accessible PMR', 'au 20 avenue de Ségur 75007 Paris', 'En ligne', '[Programme](https://example.org/p)', '<#>', '**gras**', '*titre*', '~~annulé~~', 'COMPLET', 'texte')
const line = fc.tuple(datePhrase, fc.array(words, {maxLength: 4})).map(([date, rest]) => [date, ...rest].join(' '))
const block = fc.oneof(
  line.map((text) => `- ${text}`),
  line.map((text) => `## ${text}`),
  line.map((text) => `**${text}**`),
  line.map((text) => `> ${text}`),
  line.map((text) => `<p><b>${text}</b> <i>Titre</i></p>`),
  line.map((text) => `<div class="encadre">\n\n${text}\n\n</div>`),
  line.map((text) => `| Date | Titre |\n| --- | --- |\n| ${text} | Atelier |`),
  line.map((text) => `    ${text}`),
  fc.string({maxLength: 40})
)
const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: Agenda\ndate: 2022-11-03\n---\n\n',
  '---\nevent_start_date: 2019-11-26 10:00:00 +01:00\nlieu: Paris\n---\n\n',
  "---\ntitle: 'cassé\n\n'\n---\n\n",
  '+++\ntitle = "Agenda"\n+++\n\n',
  '---\n- a\n---\n\n'
)
const markdown = fc.tuple(frontMatter, fc.array(block, {maxLength: 12})).map(([head, blocks]) => head + blocks.join('\n\n'))
const html = fc.array(line, {maxLength: 8}).map((lines) => `<html><head><title>Agenda | Site</title></head><body><main>${lines.map((text) => `<article><h2>${text}</h2><p><a href="#">Inscription</a></p></article>`).join('')}</main></body></html>`)

function assertSound(result: ReturnType<typeof extract>): void {
  for (const session of result.sessions) expect(sessionSchema.safeParse(session).success).toBe(true)
  expect(new Set(result.sessions.map((session) => session.id)).size).toBe(result.sessions.length)
  for (const diagnostic of result.diagnostics) expect(typeof diagnostic.ruleId).toBe('string')
}

describe('extract never throws and gives schema-valid sessions', () => {
  test('Markdown documents of real fragments', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = extract(text, {path: 'doc.md', referenceDate: '2024-01-01'})
        assertSound(result)
        // Ids are stable: the same document gives the same sessions.
        expect(extract(text, {path: 'doc.md', referenceDate: '2024-01-01'}).sessions.map((session) => session.id)).toEqual(result.sessions.map((session) => session.id))
      }),
      {numRuns: 150, seed: 2026}
    )
  })

  test('HTML pages of real fragments', () => {
    fc.assert(
      fc.property(html, (text) => assertSound(extract(text, {path: 'page.html'}))),
      {numRuns: 60, seed: 2026}
    )
  })

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 400}), (bytes) => assertSound(extract(bytes))),
      {numRuns: 200, seed: 2026}
    )
  })

  test('random text with Markdown and HTML punctuation', () => {
    const punctuation = fc.string({unit: fc.constantFrom('-', '*', '>', '[', ']', '(', ')', '<', '/', 'p', '>', '#', '|', '`', '~', '\n', ' ', '1', '.', 'a', '&', ';'), maxLength: 300})
    fc.assert(
      fc.property(punctuation, (text) => assertSound(extract(text))),
      {numRuns: 300, seed: 2026}
    )
  })
})
