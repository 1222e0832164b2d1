import type {
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  Offer,
  Place,
  Schedule,
  VirtualLocation,
  WithContext
} from 'schema-dts'
import type {Attendance, Session, SessionStatus, Venue} from '../schema/session.js'
import {assertSessions, primaryLink, registrationLink} from './fields.js'
import {planOccurrences, type Plan, type Slot} from './schedule.js'

/** A schema.org `Event` with its `@context`, as {@link toJSONLD} returns it. */
export type JsonLdEvent = WithContext<Event>

const SCHEMA = 'https://schema.org/'

const EVENT_STATUS: Record<SessionStatus, EventStatusType> = {
  scheduled: `${SCHEMA}EventScheduled`,
  // A full event still takes place; its offer says `SoldOut`.
  full: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  'moved-online': `${SCHEMA}EventMovedOnline`
}

const ATTENDANCE_MODE: Record<Attendance, EventAttendanceModeEnumeration> = {
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}MixedEventAttendanceMode`
}

/** `T` without its `null`s: the keys that may be null become optional. */
type Compact<T> = {[K in keyof T as null extends T[K] ? K : never]?: Exclude<T[K], null>} & {
  [K in keyof T as null extends T[K] ? never : K]: T[K]
}

/** Drops the keys whose value is `null`: schema.org has no "unknown", only absence. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null)) as Compact<T>
}

/** `null` for an empty list, so that {@link compact} drops it. */
const nonEmpty = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null)

function place(venue: Venue): Place {
  const address = compact({
    '@type': 'PostalAddress' as const,
    streetAddress: venue.street,
    postalCode: venue.postalCode,
    addressLocality: venue.city,
    addressRegion: venue.region,
    addressCountry: venue.country
  })
  return compact({
    '@type': 'Place' as const,
    name: venue.name ?? venue.room,
    // A venue without a street is still somewhere: its text as written.
    address: Object.keys(address).length > 1 ? address : venue.raw
  })
}

function virtualLocation(session: Session): VirtualLocation | null {
  const online = session.online
  if (online === null || (online.url === null && online.platform === null)) return null
  return compact({'@type': 'VirtualLocation' as const, url: online.url, name: online.platform})
}

function locations(session: Session): Array<Place | VirtualLocation> {
  const virtual = virtualLocation(session)
  return [...session.venues.map(place), ...(virtual ? [virtual] : [])]
}

function offers(session: Session): Offer | null {
  const {admission} = session
  const registration = registrationLink(session)
  if (admission.registration !== 'required' && admission.price === null && admission.free !== true && registration === null) return null
  return compact({
    '@type': 'Offer' as const,
    url: registration?.url ?? null,
    price: admission.price?.amount ?? (admission.free ? 0 : null),
    priceCurrency: admission.price?.currency ?? null,
    availability: session.status === 'full' ? (`${SCHEMA}SoldOut` as const) : null,
    validThrough: admission.deadline
  })
}

const clock = (slot: Slot, which: 'start' | 'end'): string | null => {
  const moment = slot[which]
  return moment?.kind === 'date-time' ? moment.time : null
}

/** `eventSchedule` of a session on several days: a daily run is one `P1D` schedule, any other day one of its own. */
function schedules(plans: ReadonlyArray<Plan>, timeZone: string): Schedule[] {
  // One occurrence needs no schedule: startDate and endDate say it all.
  if (plans.length === 1 && plans[0]?.kind === 'single') return []
  return plans.map((plan) => {
    const {first} = plan
    const last = plan.kind === 'daily' ? plan.last : first
    return compact({
      '@type': 'Schedule' as const,
      repeatFrequency: plan.kind === 'daily' ? 'P1D' : null,
      startDate: first.start.date,
      // The last day the schedule runs on (a single slot may end days later).
      endDate: (plan.kind === 'single' && first.end ? first.end : last.start).date,
      startTime: clock(first, 'start'),
      endTime: clock(first, 'end'),
      scheduleTimezone: first.start.kind === 'date-time' ? timeZone : null
    })
  })
}

function eventOf(session: Session): JsonLdEvent {
  const link = primaryLink(session)
  const {free} = session.admission
  const plans = planOccurrences(session)
  return compact({
    '@context': 'https://schema.org' as const,
    '@type': 'Event' as const,
    identifier: session.id,
    name: session.title,
    description: session.description ?? session.summary,
    startDate: session.start,
    endDate: session.end,
    eventStatus: EVENT_STATUS[session.status],
    eventAttendanceMode: session.attendance === null ? null : ATTENDANCE_MODE[session.attendance],
    location: nonEmpty(locations(session)),
    eventSchedule: nonEmpty(schedules(plans, session.timeZone)),
    isAccessibleForFree: free,
    offers: offers(session),
    organizer: nonEmpty(session.organizers.map((name) => ({'@type': 'Organization' as const, name}))),
    audience: nonEmpty(session.audience.map((audienceType) => ({'@type': 'Audience' as const, audienceType}))),
    keywords: session.tags.length > 0 ? session.tags.join(', ') : null,
    url: link?.url ?? null
  })
}

/**
 * schema.org `Event`s of the sessions, one per session, ready for a
 * `<script type="application/ld+json">`: attendance mode, status, `Place`
 * with `PostalAddress` or `VirtualLocation`, offers, organizers and, for
 * sessions on several days, `eventSchedule`.
 */
export function toJSONLD(sessions: ReadonlyArray<Session>): JsonLdEvent[] {
  assertSessions(sessions, 'toJSONLD')
  return sessions.map(eventOf)
}
