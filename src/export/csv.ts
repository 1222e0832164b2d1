import {stringify} from 'csv-stringify/sync'
import type {Session} from '../schema/session.js'
import {assertSessions, joinValues, locationLabel, primaryLink, registrationLink} from './fields.js'

/** Options of {@link toCSV}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, for spreadsheet applications that need one (default: `false`). */
  readonly bom?: boolean
}

type Cell = string | number | boolean | null

/**
 * The columns, in order, with how each is read from a session and its
 * occurrence. `docs/exporters.md` documents them; a test keeps the two equal.
 */
export const csvColumns = [
  'id',
  'title',
  'occurrence',
  'start',
  'end',
  'all_day',
  'time_zone',
  'status',
  'attendance',
  'formats',
  'topics',
  'tags',
  'location',
  'venue_name',
  'street',
  'postal_code',
  'city',
  'room',
  'region',
  'country',
  'online_platform',
  'online_url',
  'free',
  'price',
  'currency',
  'registration',
  'registration_deadline',
  'registration_url',
  'url',
  'organizers',
  'audience',
  'accessibility',
  'summary',
  'source_path',
  'source_line'
] as const

export type CsvColumn = (typeof csvColumns)[number]

function rowsOf(session: Session): Array<Record<CsvColumn, Cell>> {
  const venue = session.venues[0] ?? null
  const {admission} = session
  const shared = {
    id: session.id,
    title: session.title,
    time_zone: session.timeZone,
    status: session.status,
    attendance: session.attendance,
    formats: joinValues(session.formats),
    topics: joinValues(session.topics),
    tags: joinValues(session.tags),
    location: locationLabel(session),
    venue_name: venue?.name ?? null,
    street: venue?.street ?? null,
    postal_code: venue?.postalCode ?? null,
    city: venue?.city ?? null,
    room: venue?.room ?? null,
    region: venue?.region ?? null,
    country: venue?.country ?? null,
    online_platform: session.online?.platform ?? null,
    online_url: session.online?.url ?? null,
    free: admission.free,
    price: admission.price?.amount ?? null,
    currency: admission.price?.currency ?? null,
    registration: admission.registration,
    registration_deadline: admission.deadline,
    registration_url: registrationLink(session)?.url ?? null,
    url: primaryLink(session)?.url ?? null,
    organizers: joinValues(session.organizers),
    audience: joinValues(session.audience),
    accessibility: joinValues(session.accessibility.features),
    summary: session.summary,
    source_path: session.source.path,
    source_line: session.source.line
  }
  return session.occurrences.map((occurrence, index) => ({
    ...shared,
    occurrence: index + 1,
    start: occurrence.start,
    end: occurrence.end,
    all_day: occurrence.start === null ? null : occurrence.start.length === 10
  }))
}

/**
 * An RFC 4180 table of the sessions: a header row, then one row per
 * occurrence (a session on five days gives five rows with the same `id`),
 * CRLF line ends, UTF-8. Lists are joined with `; `; unknown values are empty.
 */
export function toCSV(sessions: ReadonlyArray<Session>, options: CsvOptions = {}): string {
  assertSessions(sessions, 'toCSV')
  return stringify(sessions.flatMap(rowsOf), {
    header: true,
    columns: [...csvColumns],
    record_delimiter: 'windows',
    bom: options.bom ?? false,
    cast: {boolean: (value) => (value ? 'true' : 'false')}
  })
}
