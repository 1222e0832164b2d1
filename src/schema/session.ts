import * as z from 'zod'

/** Closed list of normalized formats (SPEC §4.3). */
export const formatValues = [
  'workshop',
  'webinar',
  'roundtable',
  'conference',
  'training',
  'meetup',
  'quiz',
  'demo',
  'experience-sharing',
  'open-day',
  'call-for-ideas',
  'call-for-projects',
  'presentation',
  'hackathon',
  'clinic',
  'information-session',
  'forum'
] as const

/** Closed list of accessibility features (SPEC §4.2). */
export const accessibilityFeatureValues = [
  'wheelchair',
  'sign-language',
  'captions',
  'hearing-loop',
  'easy-read',
  'audio-description'
] as const

export const statusValues = ['scheduled', 'cancelled', 'postponed', 'full', 'moved-online'] as const
export const attendanceValues = ['in-person', 'online', 'hybrid'] as const
export const linkKindValues = ['registration', 'program', 'replay', 'info', 'reference'] as const
export const registrationValues = ['required', 'none'] as const

/** `2022-11-03T16:15:00+01:00` (with the zone's offset) or a plain date `2022-11-03`. */
const dateOrDateTime = z.union([z.iso.datetime({offset: true, local: false}), z.iso.date()])

export const occurrenceSchema = z
  .object({
    start: dateOrDateTime.nullable(),
    end: dateOrDateTime.nullable()
  })
  .strict()

export const venueSchema = z
  .object({
    name: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().regex(/^\d{5}$/).nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    room: z.string().nullable(),
    note: z.string().nullable(),
    country: z.string().length(2).nullable(),
    raw: z.string()
  })
  .strict()

// SPEC §4.4: a relative link with no base to resolve it against is kept as written (`/ateliers/eupl`).
const relativeReference = z.string().regex(/^(?![a-zA-Z][a-zA-Z\d+.-]*:)[^\s]+$/u, 'a relative reference without a scheme or white space')

export const linkSchema = z
  .object({
    url: z.union([z.url(), relativeReference]),
    label: z.string(),
    kind: z.enum(linkKindValues)
  })
  .strict()

/**
 * The `Session` object of SPEC §3: the single source of truth for the
 * TypeScript type and the shipped JSON Schema (`agenda-extract/session.schema.json`).
 */
export const sessionSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    summary: z.string().max(200).nullable(),
    description: z.string().nullable(),
    start: dateOrDateTime.nullable(),
    end: dateOrDateTime.nullable(),
    timeZone: z.string().min(1),
    status: z.enum(statusValues),
    occurrences: z.array(occurrenceSchema).min(1),
    tags: z.array(z.string()),
    formats: z.array(z.enum(formatValues)),
    topics: z.array(z.string()),
    attendance: z.enum(attendanceValues).nullable(),
    venues: z.array(venueSchema),
    online: z
      .object({platform: z.string().nullable(), url: z.url().nullable()})
      .strict()
      .nullable(),
    accessibility: z
      .object({
        features: z.array(z.enum(accessibilityFeatureValues)),
        statements: z.array(z.string())
      })
      .strict(),
    admission: z
      .object({
        free: z.boolean().nullable(),
        price: z.object({amount: z.number().nonnegative(), currency: z.string().length(3)}).strict().nullable(),
        registration: z.enum(registrationValues).nullable(),
        deadline: z.iso.date().nullable(),
        statements: z.array(z.string())
      })
      .strict(),
    audience: z.array(z.string()),
    organizers: z.array(z.string()),
    links: z.array(linkSchema),
    source: z
      .object({
        parser: z.string(),
        path: z.string().nullable(),
        url: z.string().nullable(),
        line: z.number().int().positive().nullable(),
        column: z.number().int().positive().nullable()
      })
      .strict()
  })
  .strict()

export type Session = z.infer<typeof sessionSchema>
export type Occurrence = z.infer<typeof occurrenceSchema>
export type Venue = z.infer<typeof venueSchema>
export type SessionLink = z.infer<typeof linkSchema>
export type Format = (typeof formatValues)[number]
export type AccessibilityFeature = (typeof accessibilityFeatureValues)[number]
export type Attendance = (typeof attendanceValues)[number]
export type SessionStatus = (typeof statusValues)[number]
export type LinkKind = (typeof linkKindValues)[number]
