import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {loadMarkdown} from '../src/core/load.js'
import {defaultParsers, extract} from '../src/index.js'

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

// Each seed goes to its own parser with no option (issue 3).
const routes: Array<[string, string | null]> = [
  ['mip-2020.md', 'markdown-agenda'],
  ['mip-2021.md', 'bracket-agenda'],
  ['mip-2022.md', 'html-agenda'],
  ['mip-2023.md', 'html-agenda'],
  ['press-release-2020.md', 'press-release']
]

describe('detection', () => {
  test.each(routes)('%s → %s', (name, parser) => {
    expect(extract(read(name)).parser).toBe(parser)
  })

  // A document in one style never gets sessions from another style's parser,
  // even when that parser is forced.
  const agendaParsers = ['html-agenda', 'bracket-agenda', 'markdown-agenda', 'press-release']
  test.each(routes.flatMap(([name, own]) => agendaParsers.filter((other) => other !== own).map((other) => [name, other] as const)))(
    '%s read by %s gives nothing',
    (name, other) => {
      expect(extract(read(name), {parser: other}).sessions).toEqual([])
    }
  )

  test.each([
    ['a blog post', '---\ntitle: Un billet\ndate: 2022-10-21\n---\n\n# Bilan\n\nLe **03/11**, nous avons publié un *rapport*.\n\n**Le 04/11** est une autre date.\n'],
    ['prose with bold dates', '<p><b>Le 03/11/2022</b> fut une belle journée.</p>\n']
  ])('%s yields no session', (_name, text) => {
    const result = extract(text)
    expect(result.sessions).toEqual([])
    expect(result.parser).toBeNull()
  })

  // SPEC §1 item 4: a dated list is read from its structure (this test once pinned the opposite).
  test('a list of dates yields one session per item', () => {
    const result = extract('* Le 03/11/2022 : réunion\n* Le 04/11/2022 : atelier\n')
    expect(result.parser).toBe('structure')
    expect(result.sessions.map((s) => [s.title, s.start, s.end, s.formats])).toEqual([
      ['réunion', '2022-11-03', '2022-11-03', []],
      ['atelier', '2022-11-04', '2022-11-04', ['workshop']]
    ])
  })

  test('every built-in detect() scores in [0, 1]', () => {
    for (const [name] of routes) {
      const doc = loadMarkdown(new VFile(read(name)))
      for (const plugin of defaultParsers) {
        const score = plugin.detect(doc)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
      }
    }
  })
})

describe('house-style variants', () => {
  test('the HTML-block style written with **bold** and *italics*', () => {
    const doc = '---\nevent_start_date: 2024-11-04 00:00:00 +01:00\n---\n\n**Le mardi 05/11 de 10h à 12h [Atelier]** *Design des services publics*\n\nUn atelier.\n\n**Le jeudi 07/11 de 14h à 15h [Webinaire]** *API Particulier*\n\nUn webinaire.\n'
    const result = extract(doc)
    expect(result.parser).toBe('html-agenda')
    expect(result.sessions.map((s) => [s.title, s.start, s.formats])).toEqual([
      ['Design des services publics', '2024-11-05T10:00:00+01:00', ['workshop']],
      ['API Particulier', '2024-11-07T14:00:00+01:00', ['webinar']]
    ])
  })
})
