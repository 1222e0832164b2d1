import {describe, expect, test} from 'vitest'
import {readEventFields} from './event-fields.js'

const day = (text: string | undefined | null) => text ?? null

describe('readEventFields', () => {
  test.each([
    ['numerique.gouv.fr', {event_start_date: '2023-06-27 11:00:00 +02:00', event_end_date: '2023-06-27 12:30:00 +02:00'}, ['2023-06-27 11:00:00 +02:00', '2023-06-27 12:30:00 +02:00', null]],
    ['Hugo', {startDate: '2024-03-12T10:00:00+01:00', endDate: '2024-03-12T12:00'}, ['2024-03-12T10:00:00+01:00', '2024-03-12T12:00', null]],
    ['a nested block', {event: {date: '2024-05-01', end: '2024-05-02'}}, ['2024-05-01', '2024-05-02', null]],
    ['French keys', {date_debut: '2024-05-01', date_fin: '2024-05-03'}, ['2024-05-01', '2024-05-03', null]],
    ['an event page’s own date and its label', {type: 'event', date: '2024-11-05', dateLabel: 'mardi 5 et mercredi 6 novembre 2024'}, ['2024-11-05', null, 'mardi 5 et mercredi 6 novembre 2024']],
    ['a YAML date', {layout: 'evenement', date: new Date('2024-11-05T00:00:00Z')}, ['2024-11-05', null, null]],
    // Negatives: a post's publication date, a label on a page that is no event's, nothing.
    ['a publication date', {date: '2024-11-05', title: 'Nos actualités'}, null],
    ['a label without an event page', {dateLabel: 'mardi 5 novembre'}, null],
    ['nothing', {}, null]
  ])('%s', (_name, frontMatter, expected) => {
    const fields = readEventFields(frontMatter)
    expect(fields === null ? null : [day(fields.start?.text), day(fields.end?.text), fields.label]).toEqual(expected)
  })
})
