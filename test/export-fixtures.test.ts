import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {extract, toCSV, toICS, toJSONLD} from '../src/index.js'
import {occurrencesOf, readCalendar, readCsv} from './helpers/read-back.js'

// Every export of every fixture, read back by an independent parser of its
// format: ical.js for iCalendar, csv-parse for CSV, JSON.parse for JSON-LD.
const fixtures = new URL('../fixtures/', import.meta.url)
const names = readdirSync(fixtures).filter((name) => name.endsWith('.md')).sort()
const sessionsOf = (name: string) => extract(readFileSync(new URL(name, fixtures), 'utf8'), {path: name}).sessions
const stamp = new Date('2026-01-01T00:00:00Z')

describe.each(names)('%s', (name) => {
  const sessions = sessionsOf(name)

  test('iCalendar: every occurrence starts and ends at the JSON instants', () => {
    const calendar = readCalendar(toICS(sessions, {stamp}))
    const byStart = (a: {id: string; start: string}, b: {id: string; start: string}) =>
      a.id.localeCompare(b.id) || a.start.localeCompare(b.start)
    expect(calendar.occurrences.sort(byStart)).toEqual(occurrencesOf(sessions).sort(byStart))
    expect(calendar.timeZones).toEqual([...new Set(sessions.filter((s) => s.start && s.start.length > 10).map((s) => s.timeZone))])
  })

  test('CSV: one row per occurrence, with its start and end', () => {
    const rows = readCsv(toCSV(sessions))
    const occurrences = sessions.flatMap((session) => session.occurrences.map((occurrence) => ({id: session.id, title: session.title, ...occurrence})))
    expect(rows.map((row) => ({id: row['id'], title: row['title'], start: row['start'] || null, end: row['end'] || null}))).toEqual(occurrences)
  })

  test('JSON-LD: one Event per session with the same startDate', () => {
    const events = JSON.parse(JSON.stringify(toJSONLD(sessions))) as Array<Record<string, unknown>>
    expect(events.map((event) => [event['@type'], event['identifier'], event['name'], event['startDate'] ?? null])).toEqual(
      sessions.map((session) => ['Event', session.id, session.title, session.start])
    )
  })
})
