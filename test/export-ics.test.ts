import {describe, expect, test} from 'vitest'
import {AgendaExtractError, toICS, type Session} from '../src/index.js'
import {occurrencesOf, readCalendar} from './helpers/read-back.js'
import {onlineSession, session} from './helpers/session.js'

const stamp = new Date('2026-01-01T00:00:00Z')
const lines = (text: string) => text.split('\r\n')
/** The lines of the first VEVENT, unfolded. */
function eventLines(text: string): string[] {
  const unfolded = lines(text.replaceAll('\r\n ', ''))
  return unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'), unfolded.indexOf('END:VEVENT') + 1)
}

describe('toICS', () => {
  test('a whole calendar: VTIMEZONE for the years used, zoned times, escaped and folded text', () => {
    expect(toICS([session()], {stamp, name: 'Agenda, DINUM'})).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//agenda-extract//agenda-extract//FR',
        'NAME:Agenda\\, DINUM',
        'X-WR-CALNAME:Agenda\\, DINUM',
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Paris',
        'BEGIN:STANDARD',
        'DTSTART:20220101T000000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20220327T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20221030T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:a1b2c3d4e5f60718@agenda-extract',
        'SEQUENCE:0',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;TZID=Europe/Paris:20221103T161500',
        'DTEND;TZID=Europe/Paris:20221103T181500',
        'SUMMARY:Atelier « Données publiques » : ouverture\\, qualité\\, réutili',
        ' sation \\; retours d’expérience',
        'LOCATION:Lieu de la transformation publique\\, 77 avenue de Ségur\\, 75015 ',
        ' Paris',
        'DESCRIPTION:Premier paragraphe\\, avec une virgule\\; un point-virgule.\\n\\nS',
        ' econd paragraphe.',
        'CATEGORIES:workshop',
        'URL;VALUE=URI:https://example.org/inscription',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        ''
      ].join('\r\n')
    )
  })

  test('lines are at most 75 octets, end in CRLF, and fold between characters', () => {
    const long = session({title: 'Ééé '.repeat(60), description: '€'.repeat(100)})
    const text = toICS([long], {stamp})
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u)
    for (const line of lines(text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(eventLines(text)).toContain(`SUMMARY:${'Ééé '.repeat(60)}`)
    expect(eventLines(text)).toContain(`DESCRIPTION:${'€'.repeat(100)}`)
  })

  test('a session without a date is left out; an empty list is an empty calendar', () => {
    expect(readCalendar(toICS([session({start: null, end: null})], {stamp})).events).toBe(0)
    expect(toICS([], {stamp})).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agenda-extract//agenda-extract//FR\r\nEND:VCALENDAR\r\n')
  })

  test('all-day: VALUE=DATE with an exclusive DTEND, no VTIMEZONE', () => {
    const text = toICS([session({start: '2020-11-02', end: '2020-11-30'})], {stamp})
    expect(text).not.toContain('VTIMEZONE')
    expect(eventLines(text).filter((line) => line.startsWith('DT'))).toEqual([
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20201102',
      'DTEND;VALUE=DATE:20201201'
    ])
    expect(readCalendar(text).occurrences).toEqual([{id: 'a1b2c3d4e5f60718', start: '2020-11-02', end: '2020-11-30'}])
  })

  test('a time without an end: DTSTART only', () => {
    const text = toICS([session({end: null})], {stamp})
    expect(eventLines(text).filter((line) => line.startsWith('DT'))).toEqual([
      'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=Europe/Paris:20221103T161500'
    ])
  })

  test('a timed start with a date-only end: DTEND at the end of that day, in the zone', () => {
    const text = toICS([session({end: '2022-11-04'})], {stamp})
    expect(eventLines(text)).toContain('DTEND;TZID=Europe/Paris:20221105T000000')
  })

  test('daily occurrences: one RRULE with UNTIL in UTC, wall-clock times kept across a change of offset', () => {
    const days = ['2022-10-28', '2022-10-29', '2022-10-30', '2022-10-31']
    const offset = (day: string) => (day < '2022-10-30' ? '+02:00' : '+01:00')
    const daily = onlineSession(days.map((day) => ({start: `${day}T17:00:00${offset(day)}`, end: `${day}T17:30:00${offset(day)}`})))
    const text = toICS([daily], {stamp})
    expect(eventLines(text).filter((line) => /^(?:DTSTART|DTEND|RRULE|RDATE)/u.test(line))).toEqual([
      'DTSTART;TZID=Europe/Paris:20221028T170000',
      'DTEND;TZID=Europe/Paris:20221028T173000',
      'RRULE:FREQ=DAILY;UNTIL=20221031T160000Z'
    ])
    expect(readCalendar(text).occurrences).toEqual(occurrencesOf([daily]))
  })

  test('occurrences on other days: one event each, numbered UIDs', () => {
    const weekly = onlineSession([
      {start: '2022-11-03T10:00:00+01:00', end: '2022-11-03T11:00:00+01:00'},
      {start: '2022-11-10T14:00:00+01:00', end: '2022-11-10T17:00:00+01:00'},
      {start: '2022-11-24', end: '2022-11-25'}
    ])
    const text = toICS([weekly], {stamp})
    expect(text).not.toMatch(/^(?:RRULE|RDATE)/mu)
    expect(text.match(/^UID:.*$/gmu)).toEqual([
      'UID:f0e1d2c3b4a59687-1@agenda-extract',
      'UID:f0e1d2c3b4a59687-2@agenda-extract',
      'UID:f0e1d2c3b4a59687-3@agenda-extract'
    ])
    expect(readCalendar(text).occurrences).toEqual(occurrencesOf([weekly]))
  })

  test('alternative slots of one day (SPEC §4.0): one event each, read back at their times', () => {
    const slots = onlineSession([
      {start: '2021-12-16T10:00:00+01:00', end: '2021-12-16T11:00:00+01:00'},
      {start: '2021-12-16T14:00:00+01:00', end: '2021-12-16T15:00:00+01:00'},
      {start: '2021-12-16T16:00:00+01:00', end: '2021-12-16T17:00:00+01:00'}
    ])
    const text = toICS([slots], {stamp})
    expect(text).not.toMatch(/^(?:RRULE|RDATE)/mu)
    expect(text.match(/^BEGIN:VEVENT$/gmu)).toHaveLength(3)
    expect(readCalendar(text).occurrences).toEqual(occurrencesOf([slots]))
  })

  test('all-day occurrences on consecutive days: RRULE with a DATE UNTIL', () => {
    const dated = session({
      start: '2022-11-03',
      end: '2022-11-04',
      occurrences: [
        {start: '2022-11-03', end: '2022-11-03'},
        {start: '2022-11-04', end: '2022-11-04'}
      ]
    })
    const text = toICS([dated], {stamp})
    expect(eventLines(text)).toContain('RRULE:FREQ=DAILY;UNTIL=20221104')
    expect(readCalendar(text).occurrences).toEqual(occurrencesOf([dated]))
  })

  test('online: CONFERENCE (RFC 7986) with the platform, which is also the LOCATION', () => {
    const text = toICS([onlineSession([{start: '2022-11-03T10:00:00+01:00', end: '2022-11-03T11:00:00+01:00'}])], {stamp})
    expect(eventLines(text)).toContain('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL="Livestorm":https://app.livestorm.co/dinum/webinaire')
    expect(eventLines(text)).toContain('LOCATION:Livestorm')
  })

  test.each([
    ['scheduled', 'CONFIRMED'],
    ['full', 'CONFIRMED'],
    ['moved-online', 'CONFIRMED'],
    ['postponed', 'TENTATIVE'],
    ['cancelled', 'CANCELLED']
  ] as const)('status %s: STATUS:%s', (status, expected) => {
    expect(eventLines(toICS([session({status})], {stamp}))).toContain(`STATUS:${expected}`)
  })

  test('every zone used gets its VTIMEZONE (UTC is written with Z), and ical.js reads every instant back with it', () => {
    const zoned = [
      session({id: 'ny', timeZone: 'America/New_York', start: '2024-03-09T09:00:00-05:00', end: '2024-03-09T10:00:00-05:00'}),
      session({id: 'ny-summer', timeZone: 'America/New_York', start: '2024-07-09T09:00:00-04:00', end: '2024-07-09T10:00:00-04:00'}),
      session({id: 'sydney', timeZone: 'Australia/Sydney', start: '2024-01-15T09:00:00+11:00', end: '2024-01-15T10:00:00+11:00'}),
      session({id: 'sydney-winter', timeZone: 'Australia/Sydney', start: '2024-07-15T09:00:00+10:00', end: '2024-07-15T10:00:00+10:00'}),
      session({id: 'utc', timeZone: 'UTC', start: '2024-07-15T09:00:00+00:00', end: '2024-07-15T10:00:00+00:00'})
    ]
    const calendar = readCalendar(toICS(zoned, {stamp}))
    expect(calendar.timeZones).toEqual(['America/New_York', 'Australia/Sydney'])
    expect(calendar.occurrences).toEqual(occurrencesOf(zoned))
  })

  test('DTSTAMP is the time of the call unless given', () => {
    const before = Date.now()
    const written = /DTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/u.exec(toICS([session()]))
    const [, year, month, day, hours, minutes, seconds] = written ?? []
    const at = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds))
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    expect(at).toBeLessThanOrEqual(Date.now())
  })

  test('misuse throws AgendaExtractError with the wrong field', () => {
    expect(() => toICS('sessions' as unknown as Session[])).toThrow(
      new AgendaExtractError('invalid-input', 'toICS expects an array of sessions, got string')
    )
    expect(() => toICS([session({start: '3 novembre'})])).toThrow(/^toICS: sessions\.0\.start is not a valid Session field/u)
    expect(() => toICS([session({timeZone: 'Mars/Olympus'})])).toThrow('toICS: unknown time zone `Mars/Olympus`')
    expect(() => toICS([session()], {stamp: 'hier'})).toThrow(new AgendaExtractError('invalid-option', 'toICS: `stamp` must be a valid Date or date string, not `hier`'))
  })
})
