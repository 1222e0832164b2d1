import english from 'zod/v4/locales/en.js'
import * as z from 'zod/mini'

// zod/mini loads no locale: the English messages that diagnostics quote.
z.config(english())

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

export const occurrenceSchema = z.strictObject({
  start: z.nullable(dateOrDateTime),
  end: z.nullable(dateOrDateTime)
})

export const venueSchema = z.strictObject({
  name: z.nullable(z.string()),
  street: z.nullable(z.string()),
  postalCode: z.nullable(z.string().check(z.regex(/^\d{5}$/))),
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  room: z.nullable(z.string()),
  note: z.nullable(z.string()),
  country: z.nullable(z.string().check(z.length(2))),
  raw: z.string()
})

// SPEC §4.4: a relative link with no base to resolve it against is kept as written (`/ateliers/eupl`).
const relativeReference = z.string().check(z.regex(/^(?![a-zA-Z][a-zA-Z\d+.-]*:)[^\s]+$/u, 'a relative reference without a scheme or white space'))

export const linkSchema = z.strictObject({
  url: z.union([z.url(), relativeReference]),
  label: z.string(),
  kind: z.enum(linkKindValues)
})

/**
 * The `Session` object of SPEC §3: the single source of truth for the
 * TypeScript type and the shipped JSON Schema (`agenda-extract/session.schema.json`).
 * Built with `zod/mini` (decision 0017): the same validation as zod's classic
 * API, without a bound method per schema, which a cold `import` paid for.
 */
export const sessionSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  summary: z.nullable(z.string().check(z.maxLength(200))),
  description: z.nullable(z.string()),
  start: z.nullable(dateOrDateTime),
  end: z.nullable(dateOrDateTime),
  timeZone: z.string().check(z.minLength(1)),
  status: z.enum(statusValues),
  occurrences: z.array(occurrenceSchema).check(z.minLength(1)),
  tags: z.array(z.string()),
  formats: z.array(z.enum(formatValues)),
  topics: z.array(z.string()),
  attendance: z.nullable(z.enum(attendanceValues)),
  venues: z.array(venueSchema),
  online: z.nullable(z.strictObject({platform: z.nullable(z.string()), url: z.nullable(z.url())})),
  accessibility: z.strictObject({
    features: z.array(z.enum(accessibilityFeatureValues)),
    statements: z.array(z.string())
  }),
  admission: z.strictObject({
    free: z.nullable(z.boolean()),
    price: z.nullable(z.strictObject({amount: z.number().check(z.nonnegative()), currency: z.string().check(z.length(3))})),
    registration: z.nullable(z.enum(registrationValues)),
    deadline: z.nullable(z.iso.date()),
    statements: z.array(z.string())
  }),
  audience: z.array(z.string()),
  organizers: z.array(z.string()),
  links: z.array(linkSchema),
  source: z.strictObject({
    parser: z.string(),
    path: z.nullable(z.string()),
    url: z.nullable(z.string()),
    line: z.nullable(z.int().check(z.positive())),
    column: z.nullable(z.int().check(z.positive()))
  })
})

export type Session = z.infer<typeof sessionSchema>
export type Occurrence = z.infer<typeof occurrenceSchema>
export type Venue = z.infer<typeof venueSchema>
export type SessionLink = z.infer<typeof linkSchema>
export type Format = (typeof formatValues)[number]
export type AccessibilityFeature = (typeof accessibilityFeatureValues)[number]
export type Attendance = (typeof attendanceValues)[number]
export type SessionStatus = (typeof statusValues)[number]
export type LinkKind = (typeof linkKindValues)[number]
