import {describe, expect, test} from 'vitest'
import {extract} from '../extract.js'
import {readDocumentInfo} from './document-info.js'

describe('reference date sources (SPEC §4.1 order)', () => {
  test.each([
    [{event_start_date: '2021-11-29 09:00:00 +01:00', date: '2021-10-01'}, {}, {value: '2021-11-29', from: 'event_start_date'}],
    [{startDate: '2024-03-23T11:00:00+01:00'}, {}, {value: '2024-03-23', from: 'event_start_date'}],
    [{event: {date: '2024-05-02'}}, {}, {value: '2024-05-02', from: 'event_start_date'}],
    [{publishedDate: '2025-12-11'}, {}, {value: '2025-12-11', from: 'date'}],
    [{date: '2011/04/18'}, {}, {value: '2011-04-18', from: 'date'}],
    [{}, {path: '_posts/2017-12-08-alpha1.md'}, {value: '2017-12-08', from: 'path'}],
    [{title: 'Nos ateliers de formation pour 2026'}, {}, {value: '2026-01-01', from: 'title'}],
    [{}, {heading: 'Agenda 2019'}, {value: '2019-01-01', from: 'title'}],
    // Negatives: an undated file name, a number that is no year, nothing at all.
    [{}, {path: 'pages/news/rrll-2014.md'}, null],
    [{title: 'Les 150 ans'}, {}, null],
    [{date: 'demain'}, {}, null]
  ])('%j %j', (frontMatter, options, expected) => {
    expect(readDocumentInfo(frontMatter, null, {}, options).referenceDate).toEqual(expected)
  })

  test('the option comes last', () => {
    expect(readDocumentInfo({}, '2020-10-19').referenceDate).toEqual({value: '2020-10-19', from: 'option'})
    expect(readDocumentInfo({date: '2011-04-18'}, '2020-10-19').referenceDate).toEqual({value: '2011-04-18', from: 'date'})
  })
})

describe('unfenced metadata header', () => {
  const header = 'title: Le Printemps du Libre\ndate: 2011/04/18\nimage: printemps.jpg\n\nLe texte.\n'

  test('is read as front matter and leaves the body', () => {
    const {document} = extract(header, {parser: 'single-event'})
    expect(document.title).toBe('Le Printemps du Libre')
    expect(document.referenceDate).toEqual({value: '2011-04-18', from: 'date'})
  })

  test('a paragraph of prose with a colon is no header', () => {
    const {document} = extract('Attention : la date change.\nVenez nombreux : entrée libre.\n\nSuite.\n', {parser: 'single-event'})
    expect(document.title).toBeNull()
    expect(document.referenceDate).toBeNull()
  })
})

describe('TOML front matter', () => {
  test('+++ blocks are read like YAML ones', () => {
    const {document, sessions} = extract('+++\ntitle = "Atelier API"\ndate = 2024-03-02\nlocation = "Lyon"\n+++\n\n- 12 mars à 10h : Atelier API\n')
    expect([document.title, document.referenceDate, document.defaultVenue]).toEqual(['Atelier API', {value: '2024-03-02', from: 'date'}, 'Lyon'])
    expect(sessions.map((session) => [session.title, session.start])).toEqual([['Atelier API', '2024-03-12T10:00:00+01:00']])
  })

  test('a broken block is reported and ignored', () => {
    const {document, diagnostics} = extract('+++\ntitle = \n+++\n\nTexte.\n')
    expect(document.title).toBeNull()
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([['no-parser', null], ['front-matter-invalid', 1]])
  })
})
