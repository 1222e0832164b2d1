import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {RuleId, Severity} from './core/rules.js'
import type {DatePhrase} from './normalize/dates/phrase.js'
import type {PageFacts} from './facts/event-fields.js'
import type {StructuredEvent} from './facts/structured-data.js'
import type {Attendance, Session, SessionStatus, Venue} from './schema/session.js'

export type {RuleId, Severity} from './core/rules.js'
export type {ClockTime, DatePhrase, TimeRange, WrittenDay} from './normalize/dates/phrase.js'
export type {StatedMoment, StructuredEvent} from './facts/structured-data.js'
export type {EventFields, InformationRow, PageFacts} from './facts/event-fields.js'
export type {
  AccessibilityFeature,
  Attendance,
  Format,
  LinkKind,
  Occurrence,
  Session,
  SessionLink,
  SessionStatus,
  Venue
} from './schema/session.js'

/** The names of the built-in parser plugins (`defaultParsers`), in priority order. */
export type BuiltInParserName = 'structured-data' | 'html-agenda' | 'bracket-agenda' | 'markdown-agenda' | 'press-release' | 'single-event' | 'structure'

/** Options of {@link extract}. Every field is optional. */
export interface ExtractOptions {
  /** How to read the input (default: `'auto'`: HTML when it starts with a tag or `<!doctype`, else Markdown). */
  readonly format?: 'markdown' | 'html' | 'auto'
  /** Force one parser plugin by name (a built-in one, or one of `parsers`); an unknown name throws `AgendaExtractError`. */
  readonly parser?: BuiltInParserName | (string & {})
  /** Parser plugins replacing the defaults, in priority order (default: `defaultParsers`). */
  readonly parsers?: ReadonlyArray<ParserPlugin>
  /** IANA time zone of the written clock times (default: `'Europe/Paris'`). */
  readonly timeZone?: string
  /** Reference date `YYYY-MM-DD` (or a `Date`) for documents that carry no year (default: none). */
  readonly referenceDate?: string | Date
  /** Where the document lives; provenance, ids, and the base of relative links (default: none). */
  readonly url?: string
  /** File path of the document; provenance and ids (default: none, or the `VFile`'s path). */
  readonly path?: string
}

/**
 * Where the reference date of a document came from (SPEC §4.1 order): the
 * event date of a single-event page (`event_start_date`, `startDate`, …),
 * the publication date (`date`, `publishedDate`, …), a dated file name
 * (`_posts/2017-12-08-x.md`), a press-release dateline, a year in the
 * title (`YYYY-01-01`), the `referenceDate` option.
 */
export type ReferenceDateSource = 'event_start_date' | 'date' | 'path' | 'dateline' | 'title' | 'option'

export interface ReferenceDate {
  /** `YYYY-MM-DD`. */
  readonly value: string
  readonly from: ReferenceDateSource
}

/** A press contact of a press release. */
export interface PressContact {
  readonly name: string | null
  readonly organization: string | null
  readonly email: string | null
  readonly phone: string | null
}

/** What a document says of itself. */
export interface DocumentInfo {
  readonly title: string | null
  /** Publication date `YYYY-MM-DD` (front-matter `date`, dateline). */
  readonly published: string | null
  readonly referenceDate: ReferenceDate | null
  /** Attendance the front-matter `lieu` gives to sessions that say nothing, when it names one mode. */
  readonly defaultAttendance: Attendance | null
  /** The front-matter place as written (`lieu`, `location`, `adresse`, `address`, `venue`; a Markdown link's text). */
  readonly defaultVenue: string | null
  /** The front-matter admission fee as written (`fee`, `prix`, `tarif`, `price`). */
  readonly fee: string | null
  /** The front-matter registration URL (`apply_url`, `registration_url`, …). */
  readonly registrationUrl: string | null
  readonly image: {readonly url: string; readonly alt: string | null} | null
  readonly publisher: string | null
  readonly contacts: ReadonlyArray<PressContact>
}

/** A diagnostic, in the style of a vfile message. */
export interface Diagnostic {
  readonly message: string
  /** A catalogue rule id, or a parser plugin's own. */
  readonly ruleId: RuleId | (string & {})
  readonly severity: Severity
  readonly line: number | null
  readonly column: number | null
  /** `agenda-extract`, or the name of the plugin that reported its own rule. */
  readonly source: 'agenda-extract' | (string & {})
}

/** What {@link extract} returns. */
export interface ExtractResult {
  readonly sessions: Session[]
  readonly diagnostics: Diagnostic[]
  /** Name of the parser plugin that read the document, `null` when none did. */
  readonly parser: string | null
  readonly document: DocumentInfo
}

/** A document once parsed: the trees every parser plugin works on. */
export interface ParsedDocument {
  readonly file: VFile
  readonly format: 'markdown' | 'html'
  /** The YAML front matter as a plain object (`{}` when absent or broken). */
  readonly frontMatter: Readonly<Record<string, unknown>>
  /** The line of each top-level front-matter key in the file. */
  readonly frontMatterLines: Readonly<Record<string, number>>
  /** The Markdown tree, `null` for HTML input. */
  readonly mdast: MdastRoot | null
  /** The HTML tree: from the Markdown (raw HTML included) or, for HTML input, the page's content flow. */
  readonly hast: HastRoot
  /** An HTML page's `<base href>`, as written. */
  readonly base?: string
  /** Every schema.org `Event` an HTML page states in JSON-LD or microdata, typed (`[]` for Markdown). */
  readonly events: ReadonlyArray<StructuredEvent>
  /** The event fields an HTML page renders around its content (its `<h1>`, `<time>`, practical information), typed. */
  readonly page?: PageFacts
}

/** A piece of text and the node it was read from (for diagnostics). */
export interface TextSpan {
  readonly text: string
  readonly node: Node | null
}

/** A link as a parser found it, before normalization. */
export interface DraftLink {
  readonly url: string
  readonly label: string
  /** `call-to-action`: a CTA block or link paragraph; `reference`: a link inside prose. */
  readonly role: 'call-to-action' | 'reference'
  /** Words just before the link, which give the kind of a bare-URL link (SPEC §4.4). */
  readonly lead?: string
  /** A kind the document states outright (a front matter's registration URL), used instead of the label's. */
  readonly kind?: 'registration' | 'program' | 'replay' | 'info'
  readonly node: Node | null
}

/**
 * What a parser plugin hands over: text spans of one session block.
 * The shared normalizers turn it into a `Session`.
 */
export interface DraftSession {
  /** The session header: `source.line`/`column` point here. */
  readonly node: Node
  /** The date phrase (`Le jeudi 03/11 de 16h15 à 18h15`); its node is where date diagnostics point. */
  readonly date: TextSpan | null
  /** The date already read (from structured data, or parsed during detection); used instead of parsing `date.text`. */
  readonly phrase?: DatePhrase
  /** Labels that name formats beside the title (a single-event post's front-matter `categories`). */
  readonly formatHints?: ReadonlyArray<string>
  readonly title: TextSpan | null
  /** Bracketed labels as written, already split (`[Table ronde, Démo]` → two). */
  readonly tags: ReadonlyArray<string>
  /** Description paragraphs. */
  readonly description: ReadonlyArray<TextSpan>
  /** Practical details: admission, accessibility, address, online access. */
  readonly details: ReadonlyArray<TextSpan>
  /**
   * Prose sentences also read for attendance, accessibility, admission and
   * status, but not for addresses (a post's or press release's body).
   */
  readonly statements?: ReadonlyArray<TextSpan>
  readonly links: ReadonlyArray<DraftLink>
  /** Formats named by the heading or document title that introduces the session. */
  readonly contextText?: string
  /** Organisers the parser read from the structure (a press-release title suffix `– Ministère des Armées`). */
  readonly organizers?: ReadonlyArray<string>
  /** A region label (`Bretagne : …`), kept as written. */
  readonly region?: string
  /** Place phrases the header states beside its date (`à Paris`, `au LLL`): venues when the details name no address. */
  readonly places?: ReadonlyArray<TextSpan>
  /**
   * What the document's statements give every session that says nothing of
   * its own (`C'est toujours gratuit`, `Ils ont lieu en présentiel dans le 7e arrondissement de Paris`,
   * a front matter's place and fee), read once per document (SPEC §4.2).
   */
  readonly defaults?: SessionDefaults
  /** The headings that enclose the session (`#### Conférences en ligne`): their attendance comes before the document's. */
  readonly sections?: ReadonlyArray<TextSpan>
  /** The header is struck through (`~~10 février – présentiel~~`): cancelled unless a statement says more (SPEC §4.2). */
  readonly struck?: boolean
  /**
   * Values the document states in typed form (a page's JSON-LD `Event`):
   * assigned to the session as they are, before anything read from its text.
   */
  readonly assigned?: AssignedFields
}

/** Field values stated outright by structured data (chrono's "assigned" values): they win over what the text implies. */
export interface AssignedFields {
  readonly attendance?: Attendance
  readonly venues?: ReadonlyArray<Venue>
  readonly onlineUrl?: string | null
  readonly status?: SessionStatus
  readonly free?: boolean
  readonly price?: {readonly amount: number; readonly currency: string}
  readonly organizers?: ReadonlyArray<string>
}

/** Field values a document gives the sessions that state none (see `DraftSession.defaults`). */
export interface SessionDefaults {
  readonly attendance: Attendance | null
  readonly venues: ReadonlyArray<Venue>
  readonly accessibility: Session['accessibility']
  readonly admission: Session['admission']
}

/** What a parser plugin can read of the document itself (a press release's dateline, letterhead, contacts). */
export interface DocumentFacts {
  readonly title?: string | null
  /** `YYYY-MM-DD` of a dateline (`Paris, le 18 novembre 2020`): publication and reference date. */
  readonly dateline?: string | null
  readonly publisher?: string | null
  readonly contacts?: ReadonlyArray<PressContact>
}

/** Given to `parse`: how a plugin reports diagnostics, and the document's settings. */
export interface ParseContext {
  /** Report a diagnostic of the catalogue at a node (or position). */
  /**
   * Report a diagnostic of the catalogue at a node (or position). A plugin may
   * report rule ids of its own: `data.message` is the message, `data.severity`
   * the severity (default `warning`), and the plugin's name the `source`.
   */
  report(ruleId: RuleId | (string & {}), place: Node | Position | Point | null | undefined, data?: Readonly<Record<string, string>>): void
  readonly timeZone: string
  readonly referenceDate: ReferenceDate | null
  readonly document: DocumentInfo
}

/** A parser plugin: one document house style. */
export interface ParserPlugin {
  /** kebab-case, unique; becomes `source.parser`. */
  readonly name: string
  /** How well the document fits this style, from 0 to 1. Cheap; never builds sessions. */
  detect(doc: ParsedDocument): number
  /**
   * The highest score `detect` can return (default: 1). Detection does not
   * run a plugin whose ceiling cannot beat the best score already found: a
   * fallback reader costs nothing on documents a house style claims.
   */
  readonly ceiling?: number
  /** Find the session blocks and hand their text spans over. */
  parse(doc: ParsedDocument, ctx: ParseContext): DraftSession[]
  /** Optional: what the document says of itself, read before `parse` (its dateline gives years). */
  describe?(doc: ParsedDocument): DocumentFacts
}
