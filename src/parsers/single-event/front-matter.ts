import type {Node} from 'unist'
import {informationRow, readEventFields, type InformationRow} from '../../facts/event-fields.js'
import {cleanText} from '../../normalize/text.js'
import type {StatedMoment, StructuredEvent} from '../../facts/structured-data.js'
import type {ParsedDocument} from '../../types.js'

/** A front-matter date-time as written: `2023-06-27 11:00:00 +02:00` (the offset is recomputed from the zone). */
export type FrontMatterMoment = StatedMoment

export type {InformationRow} from '../../facts/event-fields.js'

/** What a single-event post's front matter says of its event. */
export interface EventFrontMatter {
  readonly title: string | null
  readonly start: FrontMatterMoment | null
  readonly end: FrontMatterMoment | null
  readonly place: string | null
  readonly address: string | null
  readonly rows: InformationRow[]
  readonly categories: string[]
  /** The post's lead (`chapeau-text`): where a post without event fields gives its date. */
  readonly lead: string | null
  readonly leadNode: Node
  /** Synthetic nodes at the lines of `event_start_date` and `champs_informations`, for provenance. */
  readonly startNode: Node
  readonly rowsNode: Node
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  // CMS exports write an empty field as the string `null`.
  return typeof value === 'string' && value.trim() !== '' && value.trim() !== 'null' ? cleanText(value) : null
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => text(item) ?? [])
  const single = text(value)
  return single ? [single] : []
}

function readRows(value: unknown): InformationRow[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((row): InformationRow[] => {
    if (typeof row !== 'object' || row === null) return []
    const record = row as Record<string, unknown>
    // CMS exports also write the key as `Intitulé`.
    const label = text(record['intitule'] ?? record['intitulé'] ?? record['Intitulé'] ?? record['Intitule']) ?? ''
    const content = text(record['contenu']) ?? ''
    const link = text(record['lien'])
    if (label === '' && content === '' && link === null) return []
    return [informationRow(label, content, link)]
  })
}

const lineNode = (line: number | undefined): Node => ({
  type: 'front-matter-field',
  position: {start: {line: line ?? 1, column: 1}, end: {line: line ?? 1, column: 1}}
})

/**
 * Read the event fields of a single-event post's front matter. A page's one
 * structured `Event` wins for the fields it states (its place is assigned to
 * the session as a typed venue, so the page's own place is not read).
 */
export function readEventFrontMatter(doc: ParsedDocument, event: StructuredEvent | null = null): EventFrontMatter {
  const fm = doc.frontMatter
  const placed = event !== null && (event.venues.length > 0 || event.online !== null)
  // The event's dates in whichever keys the front matter uses (`event_start_date`, `startDate`, …).
  const fields = readEventFields(fm)
  // An HTML page's rendered fields, typed by the page reader.
  const page = doc.page
  const start = fields?.start ?? page?.start ?? null
  return {
    title: event?.name ?? text(fm['title']) ?? page?.title ?? null,
    start: event?.start ?? start,
    end: event?.start ? event.end : (fields?.start ? fields.end : (page?.end ?? null)),
    place: placed ? null : (text(fm['lieu']) ?? page?.place ?? null),
    address: placed ? null : (text(fm['adresse']) ?? page?.address ?? null),
    rows: [...readRows(fm['champs_informations']), ...(page?.rows ?? [])],
    categories: [...list(fm['categories']), ...list(fm['categorie']), ...(page?.categories ?? [])],
    lead: text(fm['chapeau-text']),
    leadNode: lineNode(doc.frontMatterLines['chapeau-text'] ?? doc.frontMatterLines['title']),
    startNode: lineNode(doc.frontMatterLines['event_start_date'] ?? doc.frontMatterLines['title']),
    rowsNode: lineNode(doc.frontMatterLines['champs_informations'] ?? doc.frontMatterLines['lieu'])
  }
}
