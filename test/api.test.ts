import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import * as api from '../src/index.js'
import {AgendaExtractError, defaultParsers, extract, sessionSchema, type BuiltInParserName, type ParserPlugin} from '../src/index.js'
import {extractFile} from '../src/node/index.js'

const mip2022 = readFileSync(new URL('../fixtures/mip-2022.md', import.meta.url), 'utf8')

describe('public surface', () => {
  test('the entry point exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AgendaExtractError',
      'boldLead',
      'bracketAgenda',
      'createReader',
      'datedLineStrategy',
      'defaultParsers',
      'defaultRefiners',
      'defaultStrategies',
      'definitionStrategy',
      'dropMentions',
      'dropProgrammeHeaders',
      'extract',
      'headingStrategy',
      'headingThenLineStrategy',
      'htmlAgenda',
      'markdownAgenda',
      'parseDatePhrase',
      'pressRelease',
      'readTitle',
      'rules',
      'sessionSchema',
      'singleEvent',
      'structure',
      'structuredData',
      'tableRowStrategy',
      'titleBlockStrategy',
      'toCSV',
      'toICS',
      'toJSONLD'
    ])
  })

  test('defaultParsers is frozen and holds plain plugin objects', () => {
    expect(Object.isFrozen(defaultParsers)).toBe(true)
    expect(defaultParsers.map((plugin) => plugin.name)).toEqual(['structured-data', 'html-agenda', 'bracket-agenda', 'markdown-agenda', 'press-release', 'single-event', 'structure'])
  })
})

describe('extract', () => {
  test('string, bytes and VFile inputs give the same sessions', () => {
    const fromString = extract(mip2022, {path: 'mip-2022.md'})
    const fromBytes = extract(new TextEncoder().encode(mip2022), {path: 'mip-2022.md'})
    const fromFile = extract(new VFile({value: mip2022, path: 'mip-2022.md'}))
    expect(fromString.sessions).toHaveLength(5)
    expect(fromBytes).toEqual(fromString)
    expect(fromFile).toEqual(fromString)
  })

  test('every session passes sessionSchema and ids are stable and distinct', () => {
    const first = extract(mip2022, {path: 'mip-2022.md'})
    const second = extract(mip2022, {path: 'mip-2022.md'})
    for (const session of first.sessions) expect(sessionSchema.parse(session)).toEqual(session)
    expect(second.sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id))
    expect(new Set(first.sessions.map((s) => s.id)).size).toBe(5)
    const elsewhere = extract(mip2022, {path: 'other.md'})
    expect(elsewhere.sessions[0]?.id).not.toBe(first.sessions[0]?.id)
  })

  test('two sessions with the same title and start still get distinct ids', () => {
    const block = '<p><b>Le 03/11/2022 de 10h à 11h <br>[Atelier]</b> <i>Atelier</i></p>\n\n'
    const {sessions} = extract(block + block)
    expect(sessions).toHaveLength(2)
    expect(sessions[0]?.id).not.toBe(sessions[1]?.id)
  })

  test('`url` is provenance and the base of relative links', () => {
    const doc = '<p><b>Le 03/11/2022 de 10h à 11h <br>[Atelier]</b> <i>Atelier</i></p>\n\n[Programme](/programme)\n\n<p><b>Le 04/11/2022 à 10h <br>[Atelier]</b> <i>Atelier 2</i></p>\n'
    const {sessions, diagnostics} = extract(doc, {url: 'https://www.numerique.gouv.fr/agenda/'})
    expect(diagnostics).toEqual([])
    expect(sessions[0]?.links).toEqual([{url: 'https://www.numerique.gouv.fr/programme', label: 'Programme', kind: 'program'}])
    expect(sessions[0]?.source).toEqual({parser: 'html-agenda', path: null, url: 'https://www.numerique.gouv.fr/agenda/', line: 1, column: 1})
  })

  test('`referenceDate` gives the year to a document without one', () => {
    const doc = '<p><b>Le 03/11 de 10h à 11h <br>[Atelier]</b> <i>Atelier</i></p>\n\n<p><b>Le 15/01 à 10h <br>[Atelier]</b> <i>Atelier 2</i></p>\n'
    const result = extract(doc, {referenceDate: '2022-11-02'})
    expect(result.sessions.map((s) => s.start)).toEqual(['2022-11-03T10:00:00+01:00', '2023-01-15T10:00:00+01:00'])
    expect(result.document.referenceDate).toEqual({value: '2022-11-02', from: 'option'})
  })

  test('`timeZone` sets the offsets', () => {
    const {sessions} = extract(mip2022, {timeZone: 'America/Guadeloupe'})
    expect(sessions[0]?.start).toBe('2022-11-03T16:15:00-04:00')
    expect(sessions[0]?.timeZone).toBe('America/Guadeloupe')
  })

  test('a user plugin first in the list wins; `parser` forces one', () => {
    const mine: ParserPlugin = {
      name: 'mine',
      detect: () => 0.95,
      parse: (doc) => [
        {node: doc.hast, date: {text: 'Le 03/11/2022 à 9h', node: null}, title: {text: 'Mine', node: null}, tags: [], description: [], details: [], links: []}
      ]
    }
    const result = extract(mip2022, {parsers: [mine, ...defaultParsers]})
    expect(result.parser).toBe('mine')
    expect(result.sessions.map((s) => [s.title, s.start, s.source.parser])).toEqual([['Mine', '2022-11-03T09:00:00+01:00', 'mine']])
    expect(extract(mip2022, {parsers: [mine, ...defaultParsers], parser: 'html-agenda'}).sessions).toHaveLength(5)
  })
})

describe('bad input never throws', () => {
  test('an empty string', () => {
    expect(extract('')).toEqual({
      sessions: [],
      diagnostics: [
        {
          message: 'Unexpected empty document, expected an event announcement',
          ruleId: 'empty-document',
          severity: 'info',
          line: null,
          column: null,
          source: 'agenda-extract'
        }
      ],
      parser: null,
      document: {title: null, published: null, referenceDate: null, defaultAttendance: null, defaultVenue: null, fee: null, registrationUrl: null, image: null, publisher: null, contacts: []}
    })
  })

  test('binary bytes', () => {
    const bytes = new Uint8Array([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
    const result = extract(bytes)
    expect(result.sessions).toEqual([])
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['binary-input', 'warning'],
      ['no-parser', 'info']
    ])
  })

  test('a file with no session', () => {
    const result = extract('# Un billet\n\nDepuis 2013, nous aidons des agents publics.\n')
    expect(result.sessions).toEqual([])
    expect(result.parser).toBeNull()
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['no-parser'])
  })

  test('broken front matter: the body is still read', () => {
    const doc = mip2022.replace('title: Mois', 'title: [Mois')
    const result = extract(doc)
    expect(result.diagnostics[0]).toMatchObject({ruleId: 'front-matter-invalid', severity: 'warning'})
    // What `yaml` recovers is kept: the other keys still give the year.
    expect(result.sessions.map((s) => [s.title, s.start])).toEqual(extract(mip2022).sessions.map((s) => [s.title, s.start]))
  })

  test('an impossible date keeps the titled session with `start: null`', () => {
    const doc = '<p><b>Le 31/11/2022 de 10h à 11h <br>[Atelier]</b> <i>Atelier impossible</i></p>\n\n<p><b>Le 04/11/2022 à 10h <br>[Atelier]</b> <i>Atelier possible</i></p>\n'
    const result = extract(doc)
    expect(result.sessions.map((s) => [s.title, s.start, s.occurrences])).toEqual([
      ['Atelier impossible', null, [{start: null, end: null}]],
      ['Atelier possible', '2022-11-04T10:00:00+01:00', [{start: '2022-11-04T10:00:00+01:00', end: null}]]
    ])
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['invalid-date', 'error', 1]])
  })

  test('odd HTML', () => {
    const result = extract('<div><p><b></b></p><i><div>x</span></table>')
    expect(result.sessions).toEqual([])
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['no-parser'])
  })

  test('a document nested too deeply for the tree builders gives an error, not a crash', () => {
    const result = extract('<div>'.repeat(20000) + 'x' + '</div>'.repeat(20000))
    expect(result.sessions).toEqual([])
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['document-too-deep', 'error']])
  })
})

describe('misuse throws AgendaExtractError', () => {
  test.each([
    ['a number as input', () => extract(42 as unknown as string), 'invalid-input', '`input` must be a string, a Uint8Array or a VFile, not a value of type `number`'],
    ['null as input', () => extract(null as unknown as string), 'invalid-input', '`input` must be a string, a Uint8Array or a VFile, not `null`'],
    ['an unknown parser', () => extract('x', {parser: 'nope'}), 'unknown-parser', 'Unknown parser `nope`; expected one of `structured-data`, `html-agenda`, `bracket-agenda`, `markdown-agenda`, `press-release`, `single-event`, `structure`'],
    [
      'a malformed plugin',
      () => extract('x', {parsers: [{name: 'x'} as unknown as ParserPlugin]}),
      'invalid-parser',
      'Parser plugin at index 0 must be an object with a non-empty `name`, a `detect` function, a `parse` function and, if any, a `ceiling` from 0 to 1'
    ],
    [
      'a plugin with a ceiling above 1',
      () => extract('x', {parsers: [{name: 'x', detect: () => 0, parse: () => [], ceiling: 2}]}),
      'invalid-parser',
      'Parser plugin at index 0 must be an object with a non-empty `name`, a `detect` function, a `parse` function and, if any, a `ceiling` from 0 to 1'
    ],
    ['a bad time zone', () => extract('x', {timeZone: 'Mars/Olympus'}), 'invalid-option', '`timeZone` must be an IANA time zone, not `Mars/Olympus`'],
    ['a bad reference date', () => extract('x', {referenceDate: '2022-02-30'}), 'invalid-option', '`referenceDate` must be a date `YYYY-MM-DD` or a valid `Date`, not `2022-02-30`'],
    ['a bad format', () => extract('x', {format: 'pdf' as 'html'}), 'invalid-option', "`format` must be `'auto'`, `'markdown'` or `'html'`, not `pdf`"],
    ['a relative url', () => extract('x', {url: '/agenda'}), 'invalid-option', '`url` must be an absolute URL, not `/agenda`']
  ])('%s', (_name, call, code, message) => {
    expect(call).toThrow(AgendaExtractError)
    expect(call).toThrow(message)
    try {
      call()
    } catch (error) {
      expect((error as AgendaExtractError).code).toBe(code)
    }
  })
})

test('the built-in parser names of the types are the default plugins\' names, in order', () => {
  const names = ['structured-data', 'html-agenda', 'bracket-agenda', 'markdown-agenda', 'press-release', 'single-event', 'structure'] satisfies BuiltInParserName[]
  expect(defaultParsers.map((plugin) => plugin.name)).toEqual(names)
})

describe('agenda-extract/node', () => {
  test('exports extractFile only; the main entry does not', async () => {
    expect(Object.keys(await import('../src/node/index.js')).sort()).toEqual(['extractFile'])
    expect(Object.keys(await import('../src/index.js'))).not.toContain('extractFile')
  })
})

describe('extractFile', () => {
  test('reads a file with its path, relative to the working directory, as provenance', async () => {
    const path = new URL('../fixtures/mip-2023.md', import.meta.url).pathname
    const result = await extractFile(path)
    const provenance = relative(process.cwd(), path)
    expect(result.sessions.map((s) => s.source.path)).toEqual([provenance, provenance])
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['weekday-mismatch', 30],
      ['weekday-mismatch', 40]
    ])
  })

  test('a path is read relative to the working directory: three spellings, one set of ids', async () => {
    const absolute = fileURLToPath(new URL('../fixtures/mip-2022.md', import.meta.url))
    const results = await Promise.all([absolute, relative(process.cwd(), absolute), `./${relative(process.cwd(), absolute)}`].map((path) => extractFile(path)))
    const [first, ...others] = results.map((result) => result.sessions.map((s) => [s.id, s.source.path]))
    expect(first?.[0]?.[1]).toBe(relative(process.cwd(), absolute).replaceAll('\\', '/'))
    for (const other of others) expect(other).toEqual(first)
    // In the pure core, the spelling of `path` is normalized too.
    const text = readFileSync(absolute, 'utf8')
    expect(extract(text, {path: './fixtures/x/../mip-2022.md'}).sessions.map((s) => s.id)).toEqual(extract(text, {path: 'fixtures/mip-2022.md'}).sessions.map((s) => s.id))
  })

  test('a missing file rejects with the file-system error', async () => {
    await expect(extractFile('/nonexistent/agenda.md')).rejects.toMatchObject({code: 'ENOENT'})
  })
})

describe('README examples', () => {
  test('mip-2023: the first session and its two weekday warnings', () => {
    const {sessions, diagnostics} = extract(readFileSync(new URL('../fixtures/mip-2023.md', import.meta.url)), {path: 'mip-2023.md'})
    expect(sessions[0]).toMatchObject({
      id: '806a87d18e785121',
      title: "Quiz géant sur l'innovation publique !",
      start: '2023-11-03T16:15:00+01:00',
      formats: ['meetup'],
      organizers: ['beta.gouv'],
      source: {parser: 'html-agenda', path: 'mip-2023.md', url: null, line: 30, column: 1}
    })
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['weekday-mismatch', 30, 29],
      ['weekday-mismatch', 40, 29]
    ])
  })

  test('a detected plugin that finds nothing hands over to the next one, its diagnostics dropped', () => {
    const empty: ParserPlugin = {
      name: 'empty',
      detect: () => 0.9,
      parse: (_doc, ctx) => {
        ctx.report('never-shown', null, {message: 'should not be kept'})
        return []
      }
    }
    const result = extract('- 12 mars 2024 à 10h : Atelier API\n', {parsers: [empty, ...defaultParsers]})
    expect([result.parser, result.sessions.map((s) => s.title), result.diagnostics]).toEqual(['structure', ['Atelier API'], []])
    // A forced parser is the user's word: nothing replaces it.
    const forced = extract('- 12 mars 2024 à 10h : Atelier API\n', {parsers: [empty, ...defaultParsers], parser: 'empty'})
    expect([forced.parser, forced.sessions, forced.diagnostics.map((d) => [d.ruleId, d.source, d.severity])]).toEqual(['empty', [], [['never-shown', 'empty', 'warning']]])
  })

  test('a plugin whose ceiling cannot beat the best score is not run', () => {
    let calls = 0
    const counted: ParserPlugin = {name: 'counted', ceiling: 0.5, detect: () => (calls++, 0.5), parse: () => []}
    const strong: ParserPlugin = {
      name: 'strong',
      detect: () => 0.6,
      parse: (doc) => [{node: doc.hast, date: null, title: {text: 'Atelier', node: null}, tags: [], description: [], details: [], links: []}]
    }
    expect(extract('x', {parsers: [strong, counted]}).parser).toBe('strong')
    expect(calls).toBe(0)
    extract('x', {parsers: [counted, strong]})
    expect(calls).toBe(1)
  })

  test('two plugins with one name are misuse', () => {
    const plugin: ParserPlugin = {name: 'twin', detect: () => 0, parse: () => []}
    expect(() => extract('x', {parsers: [plugin, plugin]})).toThrow('Parser plugin at index 1 reuses the name `twin`; names must be unique')
  })

  test('Writing a parser', async () => {
    const {toText} = await import('hast-util-to-text')
    const h3Agenda: ParserPlugin = {
      name: 'h3-agenda',
      detect: (doc) => (doc.hast.children.some((node) => node.type === 'element' && node.tagName === 'h3') ? 0.4 : 0),
      parse: (doc) =>
        doc.hast.children.flatMap((node) => {
          if (node.type !== 'element' || node.tagName !== 'h3') return []
          const [date, title] = toText(node).split(' – ')
          return [{node, date: {text: date ?? '', node}, title: {text: title ?? '', node}, tags: [], description: [], details: [], links: []}]
        })
    }
    const {sessions} = extract('### Le 03/11/2022 à 14h – Atelier API\n', {parsers: [h3Agenda, ...defaultParsers]})
    expect(sessions.map((s) => [s.title, s.start, s.formats])).toEqual([['Atelier API', '2022-11-03T14:00:00+01:00', ['workshop']]])
  })
})
