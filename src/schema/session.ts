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

// Each field's description is written twice: as JSDoc, which editors show on the inferred
// type, and as zod metadata, which the shipped JSON Schema and the API reference show. The
// metadata is registered, not checked: a `z.describe` check ran on every validation (a
// session took twice as long to validate).

export const occurrenceSchema = z.strictObject({
  /** When this occurrence starts: a date-time with the zone's offset, or a date; null when unknown. */
  start: z.nullable(dateOrDateTime).register(z.globalRegistry, {description: "When this occurrence starts: a date-time with the zone's offset, or a date; null when unknown."}),
  /** When it ends, in the same form as `start` (a date-only end is inclusive); null when unknown. */
  end: z.nullable(dateOrDateTime).register(z.globalRegistry, {description: 'When it ends, in the same form as `start` (a date-only end is inclusive); null when unknown.'})
})

export const venueSchema = z.strictObject({
  /** The place's name (`Lieu de la transformation publique`). */
  name: z.nullable(z.string()).register(z.globalRegistry, {description: "The place's name (`Lieu de la transformation publique`)."}),
  /** Street and number (`77 avenue de Ségur`). */
  street: z.nullable(z.string()).register(z.globalRegistry, {description: 'Street and number (`77 avenue de Ségur`).'}),
  /** French postal code, five digits. */
  postalCode: z.nullable(z.string().check(z.regex(/^\d{5}$/))).register(z.globalRegistry, {description: 'French postal code, five digits.'}),
  /** Town or city. */
  city: z.nullable(z.string()).register(z.globalRegistry, {description: 'Town or city.'}),
  /** Region, when the text names one rather than a town. */
  region: z.nullable(z.string()).register(z.globalRegistry, {description: 'Region, when the text names one rather than a town.'}),
  /** Room or floor inside the place (`salle 2`). */
  room: z.nullable(z.string()).register(z.globalRegistry, {description: 'Room or floor inside the place (`salle 2`).'}),
  /** What the text adds about the place (access, directions). */
  note: z.nullable(z.string()).register(z.globalRegistry, {description: 'What the text adds about the place (access, directions).'}),
  /** ISO 3166-1 alpha-2 country code, when the address is recognisably French (`FR`). */
  country: z.nullable(z.string().check(z.length(2))).register(z.globalRegistry, {description: 'ISO 3166-1 alpha-2 country code, when the address is recognisably French (`FR`).'}),
  /** The address as written. */
  raw: z.string().register(z.globalRegistry, {description: 'The address as written.'})
})

// SPEC §4.4: a relative link with no base to resolve it against is kept as written (`/ateliers/eupl`).
const relativeReference = z.string().check(z.regex(/^(?![a-zA-Z][a-zA-Z\d+.-]*:)[^\s]+$/u, 'a relative reference without a scheme or white space'))

export const linkSchema = z.strictObject({
  /** Absolute URL, or a relative reference kept as written when no base resolves it. */
  url: z.union([z.url(), relativeReference]).register(z.globalRegistry, {description: 'Absolute URL, or a relative reference kept as written when no base resolves it.'}),
  /** The link's text, or the sentence around a bare URL. */
  label: z.string().register(z.globalRegistry, {description: "The link's text, or the sentence around a bare URL."}),
  /** What the link is for: registration, program, replay, info or reference. */
  kind: z.enum(linkKindValues).register(z.globalRegistry, {description: 'What the link is for: registration, program, replay, info or reference.'})
})

/**
 * The `Session` object of SPEC §3: the single source of truth for the
 * TypeScript type and the shipped JSON Schema (`agenda-extract/session.schema.json`).
 * Built with `zod/mini` (decision 0017): the same validation as zod's classic
 * API, without a bound method per schema, which a cold `import` paid for.
 */
export const sessionSchema = z.strictObject({
  /** Stable id: the same document and the same session give the same id on every run. */
  id: z.string().check(z.minLength(1)).register(z.globalRegistry, {description: 'Stable id: the same document and the same session give the same id on every run.'}),
  /** The session's title, as written. */
  title: z.string().check(z.minLength(1)).register(z.globalRegistry, {description: "The session's title, as written."}),
  /** The first sentence(s) of the description, at most 200 characters, cut at a word. */
  summary: z.nullable(z.string().check(z.maxLength(200))).register(z.globalRegistry, {description: 'The first sentence(s) of the description, at most 200 characters, cut at a word.'}),
  /** Plain text, paragraphs joined by a blank line. */
  description: z.nullable(z.string()).register(z.globalRegistry, {description: 'Plain text, paragraphs joined by a blank line.'}),
  /** The first occurrence's start: a date-time with the zone's offset, or a date; null when unknown. */
  start: z.nullable(dateOrDateTime).register(z.globalRegistry, {description: "The first occurrence's start: a date-time with the zone's offset, or a date; null when unknown."}),
  /** The last occurrence's end, in the same form as `start` (a date-only end is inclusive); null when unknown. */
  end: z.nullable(dateOrDateTime).register(z.globalRegistry, {description: "The last occurrence's end, in the same form as `start` (a date-only end is inclusive); null when unknown."}),
  /** IANA time zone of the written times (`Europe/Paris`). */
  timeZone: z.string().check(z.minLength(1)).register(z.globalRegistry, {description: 'IANA time zone of the written times (`Europe/Paris`).'}),
  /** scheduled, cancelled, postponed, full or moved-online, as the text says. */
  status: z.enum(statusValues).register(z.globalRegistry, {description: 'scheduled, cancelled, postponed, full or moved-online, as the text says.'}),
  /** Each day or slot the session takes place; at least one. */
  occurrences: z.array(occurrenceSchema).check(z.minLength(1)).register(z.globalRegistry, {description: 'Each day or slot the session takes place; at least one.'}),
  /** The labels as written, in order. */
  tags: z.array(z.string()).register(z.globalRegistry, {description: 'The labels as written, in order.'}),
  /** Normalized formats (workshop, webinar, conference…). */
  formats: z.array(z.enum(formatValues)).register(z.globalRegistry, {description: 'Normalized formats (workshop, webinar, conference…).'}),
  /** Labels that are not formats (`API`, `EIG`). */
  topics: z.array(z.string()).register(z.globalRegistry, {description: 'Labels that are not formats (`API`, `EIG`).'}),
  /** in-person, online or hybrid; null when the text does not say. */
  attendance: z.nullable(z.enum(attendanceValues)).register(z.globalRegistry, {description: 'in-person, online or hybrid; null when the text does not say.'}),
  /** Where it takes place, with postal addresses. */
  venues: z.array(venueSchema).register(z.globalRegistry, {description: 'Where it takes place, with postal addresses.'}),
  /** How to attend online, when online: the platform and its URL. */
  online: z
    .nullable(
      z.strictObject({
        /** The platform named (`webconférence de l'État`, `Zoom`). */
        platform: z.nullable(z.string()).register(z.globalRegistry, {description: "The platform named (`webconférence de l'État`, `Zoom`)."}),
        /** The meeting's URL, when given. */
        url: z.nullable(z.url()).register(z.globalRegistry, {description: "The meeting's URL, when given."})
      })
    )
    .register(z.globalRegistry, {description: 'How to attend online, when online: the platform and its URL.'}),
  /** Accessibility: normalized features and the statements as written. */
  accessibility: z
    .strictObject({
      /** wheelchair, sign-language, captions, hearing-loop, easy-read, audio-description. */
      features: z.array(z.enum(accessibilityFeatureValues)).register(z.globalRegistry, {description: 'wheelchair, sign-language, captions, hearing-loop, easy-read, audio-description.'}),
      /** The sentences about accessibility, as written. */
      statements: z.array(z.string()).register(z.globalRegistry, {description: 'The sentences about accessibility, as written.'})
    })
    .register(z.globalRegistry, {description: 'Accessibility: normalized features and the statements as written.'}),
  /** Admission: free or not, the price, registration, its deadline and the statements as written. */
  admission: z
    .strictObject({
      /** Whether entry is free; null when the text does not say. */
      free: z.nullable(z.boolean()).register(z.globalRegistry, {description: 'Whether entry is free; null when the text does not say.'}),
      /** The price, when stated. */
      price: z
        .nullable(
          z.strictObject({
            /** The amount, in the currency's unit. */
            amount: z.number().check(z.nonnegative()).register(z.globalRegistry, {description: "The amount, in the currency's unit."}),
            /** ISO 4217 currency code (`EUR`). */
            currency: z.string().check(z.length(3)).register(z.globalRegistry, {description: 'ISO 4217 currency code (`EUR`).'})
          })
        )
        .register(z.globalRegistry, {description: 'The price, when stated.'}),
      /** required or none; null when the text does not say. */
      registration: z.nullable(z.enum(registrationValues)).register(z.globalRegistry, {description: 'required or none; null when the text does not say.'}),
      /** The registration deadline (`inscriptions avant le …`), a date. */
      deadline: z.nullable(z.iso.date()).register(z.globalRegistry, {description: 'The registration deadline (`inscriptions avant le …`), a date.'}),
      /** The sentences about admission, as written. */
      statements: z.array(z.string()).register(z.globalRegistry, {description: 'The sentences about admission, as written.'})
    })
    .register(z.globalRegistry, {description: 'Admission: free or not, the price, registration, its deadline and the statements as written.'}),
  /** Who it is for (`agents publics`). */
  audience: z.array(z.string()).register(z.globalRegistry, {description: 'Who it is for (`agents publics`).'}),
  /** Who organizes it (`beta.gouv`). */
  organizers: z.array(z.string()).register(z.globalRegistry, {description: 'Who organizes it (`beta.gouv`).'}),
  /** Links, each with its label and what it is for. */
  links: z.array(linkSchema).register(z.globalRegistry, {description: 'Links, each with its label and what it is for.'}),
  /** Provenance: the parser that read it and where in which document. */
  source: z
    .strictObject({
      /** The parser plugin that read the session. */
      parser: z.string().register(z.globalRegistry, {description: 'The parser plugin that read the session.'}),
      /** The document's path, relative to the working directory on the Node side. */
      path: z.nullable(z.string()).register(z.globalRegistry, {description: "The document's path, relative to the working directory on the Node side."}),
      /** The document's URL, when given. */
      url: z.nullable(z.string()).register(z.globalRegistry, {description: "The document's URL, when given."}),
      /** Line of the session's header in the document (1-based). */
      line: z.nullable(z.int().check(z.positive())).register(z.globalRegistry, {description: "Line of the session's header in the document (1-based)."}),
      /** Column of the session's header (1-based). */
      column: z.nullable(z.int().check(z.positive())).register(z.globalRegistry, {description: "Column of the session's header (1-based)."})
    })
    .register(z.globalRegistry, {description: 'Provenance: the parser that read it and where in which document.'})
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
