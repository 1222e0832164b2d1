import {AgendaExtractError} from '../errors.js'
import {sessionSchema, type Session, type SessionLink, type Venue} from '../schema/session.js'

/**
 * Exporters take sessions from anywhere (a JSON file, a database), not only
 * from `extract`: a value that is not a `Session` is misuse and throws, with
 * the path of the first wrong field.
 */
export function assertSessions(sessions: unknown, caller: string): asserts sessions is ReadonlyArray<Session> {
  if (!Array.isArray(sessions)) {
    throw new AgendaExtractError('invalid-input', `${caller} expects an array of sessions, got ${sessions === null ? 'null' : typeof sessions}`)
  }
  for (const [index, session] of sessions.entries()) {
    const result = sessionSchema.safeParse(session)
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = [index, ...(issue?.path ?? [])].map(String).join('.')
      throw new AgendaExtractError('invalid-input', `${caller}: sessions.${where} is not a valid Session field: ${issue?.message ?? 'invalid'}`)
    }
  }
}

/** The link a calendar entry points at: where to register, else where to read more. */
export function primaryLink(session: Session): SessionLink | null {
  return (
    session.links.find((link) => link.kind === 'registration') ??
    session.links.find((link) => link.kind === 'info') ??
    session.links.find((link) => link.kind === 'program') ??
    null
  )
}

export function registrationLink(session: Session): SessionLink | null {
  return session.links.find((link) => link.kind === 'registration') ?? null
}

/** `Name, room, street, 75015 Paris` — the parts a venue has, else what was written. */
export function venueLabel(venue: Venue): string {
  const locality = [venue.postalCode, venue.city].filter(Boolean).join(' ')
  const parts = [venue.name, venue.room, venue.street, locality || venue.region].filter((part): part is string => Boolean(part))
  return parts.length > 0 ? parts.join(', ') : venue.raw
}

/** Every venue of a session, on one line. */
export function locationLabel(session: Session): string | null {
  if (session.venues.length > 0) return session.venues.map(venueLabel).join(' ; ')
  return session.online?.platform ?? null
}

/** One cell or keyword list from several values. */
export const joinValues = (values: ReadonlyArray<string>): string => values.join('; ')
