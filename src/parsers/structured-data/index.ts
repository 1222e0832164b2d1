import {phraseOfMoments, type StructuredEvent} from '../../facts/structured-data.js'
import {assignedOf, structuredLinks} from './assigned.js'
import type {DraftSession, ParserPlugin} from '../../types.js'

function toDraft(event: StructuredEvent): DraftSession {
  const description = event.description ? [{text: event.description, node: event.node}] : []
  return {
    node: event.node,
    date: event.start ? {text: event.start.text, node: event.node} : null,
    ...(event.start ? {phrase: phraseOfMoments(event.start, event.end)} : {}),
    title: event.name ? {text: event.name, node: event.node} : null,
    tags: [],
    description,
    details: [],
    // Its description still says how to attend, access and register (`Interprétation en LSF`).
    statements: description,
    links: structuredLinks(event, event.node, true),
    assigned: assignedOf(event)
  }
}

/**
 * Pages that state several schema.org `Event`s in JSON-LD or microdata (a
 * venue's agenda, a festival with its `subEvent`s): one session per event,
 * its fields assigned from the typed values (docs/decisions/0012-facts.md).
 * A page with one `Event` is a single-event page: that parser reads its
 * text and lets the structured data win.
 *
 * Detection: two or more dated events (0.95); an event without a date gives
 * `missing-date` and no session (SPEC §4.0).
 */
export const structuredData = {
  name: 'structured-data',
  ceiling: 0.95,
  detect: (doc) => (doc.events.filter((event) => event.start !== null).length >= 2 ? 0.95 : 0),
  parse: (doc, ctx) =>
    doc.events.flatMap((event) => {
      // SPEC §4.0: a session has at least a day; an `Event` without one is said, not emitted.
      if (event.start !== null) return [toDraft(event)]
      ctx.report('missing-date', event.node, {header: event.name ?? ''})
      return []
    })
} as const satisfies ParserPlugin
