/**
 * THE catalogue of diagnostics: every rule id, its severity and its message.
 * No message text lives anywhere else (unified's `lib/errors.js` pattern).
 * Rule ids are stable: renaming one is a breaking change.
 */
export type Severity = 'error' | 'warning' | 'info'

export interface Rule {
  readonly severity: Severity
  /** One Markdown sentence, "Unexpected X, expected Y" style. */
  readonly reason: (data: Readonly<Record<string, string>>) => string
  /** Why the rule exists, shown in `docs/diagnostics.md`. */
  readonly note: string
}

const q = (value: string | undefined): string => '`' + (value ?? '') + '`'

export const rules = {
  'empty-document': {
    severity: 'info',
    reason: () => 'Unexpected empty document, expected an event announcement',
    note: 'The input holds no text at all, so no session can be read.'
  },
  'binary-input': {
    severity: 'warning',
    reason: (d) => `Unexpected binary content (${d['detail'] ?? 'not UTF-8 text'}), expected UTF-8 text`,
    note: 'Bytes that are not UTF-8 text are decoded with replacement characters; what can be read is still read.'
  },
  'document-too-deep': {
    severity: 'error',
    reason: (d) => `Unexpected document nested more than ${d['limit'] ?? '512'} levels deep, expected fewer`,
    note: 'Markdown lists and quotes nested more than 64 levels (whose parse costs the cube of their depth) and trees nested more than 512 elements are refused before any reader recurses into them: this error and no session instead of a crash or a parse that never ends (docs/decisions/0014-nesting-limits.md).'
  },
  'front-matter-invalid': {
    severity: 'warning',
    reason: (d) => `Unexpected invalid YAML front matter (${d['detail'] ?? ''}), expected a YAML mapping`,
    note: 'Broken front matter is ignored; the body is still read, without its defaults (year, venue, attendance).'
  },
  'implausible-date': {
    severity: 'warning',
    reason: (d) => `Unexpected front-matter date ${q(d['value'])} in ${q(d['field'])}, expected a year between 1970 and 2100; it is ignored`,
    note: 'A CMS wrote a date no event has (`event_start_date: 0007-08-31`); the field is read as empty, so the dates written in the post are used.'
  },
  'no-parser': {
    severity: 'info',
    reason: () => 'Unexpected document without a recognised agenda style, expected one a parser detects',
    note: 'No parser plugin scored the document above the detection threshold, so it yields no session.'
  },
  'missing-reference-date': {
    severity: 'warning',
    reason: (d) => `Unexpected date ${q(d['phrase'])} without a year, expected a year in the text, the front matter or \`referenceDate\``,
    note: 'The year of a day/month date comes from the phrase, `event_start_date`, `date`, a dateline or the `referenceDate` option (SPEC §4.1).'
  },
  'invalid-date': {
    severity: 'error',
    reason: (d) => `Unexpected impossible date ${q(d['phrase'])}, expected a date that exists`,
    note: 'A date such as `31/11` gives no session time; the session is kept with `start: null` when it has a title (SPEC §4.1).'
  },
  'missing-date': {
    severity: 'warning',
    reason: (d) => `Unexpected session header ${q(d['header'])} without a readable date, expected a date such as \`Le jeudi 03/11 de 16h15 à 18h15\``,
    note: 'A block that looks like a session but whose date phrase cannot be read.'
  },
  'weekday-mismatch': {
    severity: 'warning',
    reason: (d) => `Unexpected weekday ${q(d['actual'])} for ${d['date'] ?? ''}, expected ${q(d['expected'])}; the date is kept`,
    note: 'The written weekday does not match the date; the date wins because weekdays are often copied from an earlier year (SPEC §4.1).'
  },
  'time-range-typo': {
    severity: 'info',
    reason: (d) => `Unexpected time range ${q(d['phrase'])}, expected \`de … à …\`; read as a range`,
    note: 'The typo `à 11h à 12h` is read as the range 11h–12h (SPEC §4.1).'
  },
  'end-before-start': {
    severity: 'warning',
    reason: (d) => `Unexpected end ${q(d['end'])} before start ${q(d['start'])}, expected an end after the start; the end is dropped`,
    note: 'An end before its start cannot be right; the end becomes unknown (`null`).'
  },
  'open-start-date': {
    severity: 'info',
    reason: (d) => `Unexpected date range ${q(d['phrase'])} without a start, expected \`du … au …\`; starts at the reference date ${d['start'] ?? ''}`,
    note: '`jusqu’au 4 décembre` starts at the document reference date (SPEC §4.1).'
  },
  'front-matter-conflict': {
    severity: 'info',
    reason: (d) => `Unexpected front-matter value ${q(d['frontMatter'])}, expected ${q(d['body'])} as written in the post; the written value wins`,
    note: 'A time or date written in the body or an information row wins over the front matter’s `event_start_date` (SPEC §4.1).'
  },
  'structured-data-invalid': {
    severity: 'warning',
    reason: (d) => `Unexpected JSON-LD block (${d['detail'] ?? ''}), expected valid JSON`,
    note: 'A `<script type="application/ld+json">` that is not JSON is ignored; the page text is still read.'
  },
  'structured-data-conflict': {
    severity: 'warning',
    reason: (d) => `Unexpected ${d['field'] ?? ''} ${q(d['page'])} in the page, expected ${q(d['structured'])} as its JSON-LD \`Event\` says; the structured data wins`,
    note: 'Structured data (JSON-LD `Event`) is preferred for the fields it gives, and cross-checked against the page text.'
  },
  'not-a-session': {
    severity: 'info',
    reason: (d) => `Unexpected session header ${q(d['text'])}, expected an event; left out as ${d['reason'] ?? 'a mention'}`,
    note: 'Deadlines, application periods, publication dates and recaps shaped like a session header are not sessions (SPEC §4.0).'
  },
  'duplicate-session': {
    severity: 'info',
    reason: (d) => `Unexpected second announcement of ${q(d['title'])}, expected each event once; merged into the first`,
    note: 'The same event announced twice in one document (same day, nearly the same title) is one session, with the union of its links (SPEC §4.0).'
  },
  'missing-title': {
    severity: 'info',
    reason: (d) => `Unexpected session without a title, expected one; using ${q(d['title'])} from its description`,
    note: 'A session without an explicit title takes its first sentence (SPEC §4.5).'
  },
  'status-change': {
    severity: 'info',
    reason: (d) => `Unexpected status statement ${q(d['statement'])}, expected a scheduled session; status is ${q(d['status'])}`,
    note: 'Cancelled, postponed, full or moved-online sessions (SPEC §4.2).'
  },
  'placeholder-link': {
    severity: 'warning',
    reason: (d) => `Unexpected placeholder link ${q(d['url'])} for ${q(d['label'])}, expected a real URL; the link is not emitted`,
    note: 'Links to `#`, empty or `javascript:` targets and unrendered template code (`{{ event.url }}`) are never emitted (SPEC §4.4).'
  },
  'invalid-link': {
    severity: 'warning',
    reason: (d) => `Unexpected invalid URL ${q(d['url'])}, expected an absolute URL; the link is not emitted`,
    note: 'A URL that cannot be parsed is not emitted (SPEC §4.4); a relative one without `url`/`--base-url` is kept as written.'
  },
  'session-dropped': {
    severity: 'warning',
    reason: (d) => `Unexpected session block ${q(d['header'])} with neither a title nor a date, expected at least one; the block is dropped`,
    note: 'Nothing is silently dropped: a block that looked like a session and yields nothing is reported.'
  },
  'session-invalid': {
    severity: 'error',
    reason: (d) => `Unexpected invalid session ${q(d['title'])}, expected one that passes \`sessionSchema\` (${d['issue'] ?? ''})`,
    note: 'A session that fails schema validation is not emitted; this is a bug in a parser plugin.'
  }
} as const satisfies Record<string, Rule>

export type RuleId = keyof typeof rules

export const ruleIds = Object.keys(rules) as RuleId[]
