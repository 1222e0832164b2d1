import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {extract, type Session} from '../src/index.js'

// Each Markdown fixture and the page rendered from it (fixtures/html/, made by
// scripts/make-html-twins.mjs, with navigation, a sidebar of other events and
// a footer) give the same sessions, apart from `source`.
const fixtures = new URL('../fixtures/', import.meta.url)
const names = readdirSync(fixtures).filter((name) => name.endsWith('.md')).sort()

const withoutSource = (sessions: Session[]) => sessions.map(({source, ...session}) => ({...session, parser: source.parser}))

describe('HTML twins', () => {
  test.each(names)('%s', (name) => {
    const markdown = extract(readFileSync(new URL(name, fixtures), 'utf8'), {path: name})
    const html = extract(readFileSync(new URL(`html/${name.replace(/\.md$/u, '.html')}`, fixtures), 'utf8'), {path: name, format: 'html'})
    expect(markdown.sessions.length).toBeGreaterThan(0)
    expect(withoutSource(html.sessions)).toEqual(withoutSource(markdown.sessions))
    expect(html.sessions.every((session) => session.source.path === name)).toBe(true)
  })
})
