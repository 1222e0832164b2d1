import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {csvColumns} from '../src/export/csv.js'
import {AgendaExtractError, toCSV, type Session} from '../src/index.js'
import {readCsv} from './helpers/read-back.js'
import {onlineSession, session} from './helpers/session.js'

describe('toCSV', () => {
  test('a header row, then one CRLF-ended row per session, quoted where RFC 4180 needs it', () => {
    expect(toCSV([session({title: 'Atelier "données", suite\nfin'})]).split('\r\n')).toEqual([
      csvColumns.join(','),
      'a1b2c3d4e5f60718,"Atelier ""données"", suite\nfin",1,2022-11-03T16:15:00+01:00,2022-11-03T18:15:00+01:00,false,Europe/Paris,scheduled,in-person,' +
        'workshop,,Atelier,"Lieu de la transformation publique, 77 avenue de Ségur, 75015 Paris",Lieu de la transformation publique,77 avenue de Ségur,75015,Paris,,,FR,' +
        ',,true,,,required,,https://example.org/inscription,https://example.org/inscription,DINUM,agents publics,wheelchair,Un atelier.,agenda.md,3',
      ''
    ])
  })

  test('one row per occurrence; lists joined with "; "; unknown values empty', () => {
    const daily = onlineSession(
      [
        {start: '2020-11-16T17:00:00+01:00', end: '2020-11-16T17:30:00+01:00'},
        {start: '2020-11-17', end: '2020-11-17'}
      ],
      {formats: ['webinar', 'presentation'], admission: {free: null, price: {amount: 15, currency: 'EUR'}, registration: null, deadline: '2020-11-10', statements: []}}
    )
    const rows = readCsv(toCSV([daily]))
    expect(rows.map((row) => [row['occurrence'], row['start'], row['end'], row['all_day']])).toEqual([
      ['1', '2020-11-16T17:00:00+01:00', '2020-11-16T17:30:00+01:00', 'false'],
      ['2', '2020-11-17', '2020-11-17', 'true']
    ])
    expect(rows[0]).toMatchObject({
      formats: 'webinar; presentation',
      location: 'Livestorm',
      online_platform: 'Livestorm',
      online_url: 'https://app.livestorm.co/dinum/webinaire',
      free: '',
      price: '15',
      currency: 'EUR',
      registration: '',
      registration_deadline: '2020-11-10',
      venue_name: ''
    })
  })

  test('a session without a date is a row with empty start and end', () => {
    expect(readCsv(toCSV([session({start: null, end: null})]))[0]).toMatchObject({start: '', end: '', all_day: ''})
  })

  test('bom: a UTF-8 byte order mark first', () => {
    expect(toCSV([], {bom: true})).toBe(`\uFEFF${csvColumns.join(',')}\r\n`)
  })

  test('docs/exporters.md lists the columns in order', () => {
    const docs = readFileSync(new URL('../docs/exporters.md', import.meta.url), 'utf8').split('## `toCSV')[1] ?? ''
    const documented = [...docs.matchAll(/^\| `([a-z_]+)` \|/gmu)].map((match) => match[1])
    expect(documented).toEqual([...csvColumns])
  })

  test('misuse throws AgendaExtractError', () => {
    expect(() => toCSV(null as unknown as Session[])).toThrow(new AgendaExtractError('invalid-input', 'toCSV expects an array of sessions, got null'))
  })
})
