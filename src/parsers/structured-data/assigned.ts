import type {Node} from 'unist'
import type {StructuredEvent} from '../../facts/structured-data.js'
import type {AssignedFields, DraftLink} from '../../types.js'

/** What an event states outright, as values assigned to its session. */
export function assignedOf(event: StructuredEvent): AssignedFields {
  return {
    ...(event.attendance ? {attendance: event.attendance} : {}),
    ...(event.venues.length > 0 ? {venues: event.venues} : {}),
    ...(event.online?.url ? {onlineUrl: event.online.url} : {}),
    ...(event.status ? {status: event.status} : {}),
    ...(event.free === null ? {} : {free: event.free}),
    ...(event.price ? {price: event.price} : {}),
    ...(event.organizers.length > 0 ? {organizers: event.organizers} : {})
  }
}

/** An event's registration page (`offers.url`) is a call to action to register; its own page (`url`) one to learn more. */
export function structuredLinks(event: StructuredEvent, node: Node | null, withPage = false): DraftLink[] {
  const links: DraftLink[] = []
  if (event.registrationUrl) links.push({url: event.registrationUrl, label: 'Inscription', role: 'call-to-action', kind: 'registration', node})
  if (withPage && event.url && event.url !== event.registrationUrl) links.push({url: event.url, label: event.name ?? event.url, role: 'call-to-action', kind: 'info', node})
  return links
}
