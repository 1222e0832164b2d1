import {readdirSync, readFileSync} from 'node:fs'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {remarkGfmStructure} from '../src/core/gfm-structure.js'
import {extract, type Session} from '../src/index.js'

// test/fixtures/structure/<case>/: documents the structure reader reads, and
// `_negative/<case>/` ones it must not turn into sessions. expected.json is
// written by hand from the SPEC (never from the output): the parser, the rule
// ids of the diagnostics in order, and for each session the fields below.
const root = new URL('fixtures/structure/', import.meta.url)
const cases = readdirSync(root)
  .flatMap((name) => (name === '_negative' ? readdirSync(new URL('_negative/', root)).map((inner) => `_negative/${inner}`) : [name]))
  .sort()

function project(session: Session) {
  return {
    title: session.title,
    start: session.start,
    end: session.end,
    occurrences: session.occurrences,
    formats: session.formats,
    attendance: session.attendance,
    venues: session.venues.map((venue) => ({name: venue.name, city: venue.city})),
    admission: {free: session.admission.free, registration: session.admission.registration},
    status: session.status,
    links: session.links.filter((link) => link.kind !== 'reference').map((link) => ({url: link.url, kind: link.kind}))
  }
}

function read(name: string): {input: string; html: boolean} {
  const folder = new URL(`${name}/`, root)
  const html = readdirSync(folder).includes('input.html')
  return {input: readFileSync(new URL(html ? 'input.html' : 'input.md', folder), 'utf8'), html}
}

describe('structure fixtures', () => {
  test.each(cases)('%s', (name) => {
    const {input, html} = read(name)
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'))
    const result = extract(input, {path: html ? 'input.html' : 'input.md'})
    expect({parser: result.parser, diagnostics: result.diagnostics.map((d) => d.ruleId), sessions: result.sessions.map(project)}).toEqual(expected)
  })
})

// The HTML a real Markdown renderer makes of each Markdown case without front
// matter gives the same sessions (front matter does not survive rendering).
const render = unified().use(remarkParse).use(remarkGfmStructure).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify)
const twins = cases.filter((name) => {
  const {input, html} = read(name)
  return !html && !input.startsWith('---') && !name.startsWith('_negative')
})

describe('structure fixtures as rendered HTML', () => {
  test.each(twins)('%s', (name) => {
    const markdown = read(name).input
    const page = `<!doctype html><html><body><main>${String(render.processSync(markdown))}</main></body></html>`
    const fromHtml = extract(page, {path: 'input.html'})
    const fromMarkdown = extract(markdown, {path: 'input.md'})
    expect(fromHtml.sessions.map(project)).toEqual(fromMarkdown.sessions.map(project))
    expect(fromHtml.sessions.length).toBeGreaterThan(0)
  })
})
