import {readdirSync, readFileSync} from 'node:fs'
import {describe, test} from 'vitest'
import {extract} from '../src/index.js'
import {expectJsonFile} from './helpers/update.js'

// Every document in fixtures/ against test/expected/<name>.json: whole sessions,
// exact diagnostics, the parser and the document info. Rewrites (UPDATE=1) are
// reviewed against the answer keys (score.mjs) before they are committed.
const fixtures = new URL('../fixtures/', import.meta.url)
const expected = new URL('expected/', import.meta.url)
const names = readdirSync(fixtures).filter((name) => /\.(?:md|html)$/u.test(name)).sort()

describe('fixtures', () => {
  test.each(names)('%s', (name) => {
    const result = extract(readFileSync(new URL(name, fixtures), 'utf8'), {path: name})
    expectJsonFile(new URL(`${name.replace(/\.[^.]+$/u, '')}.json`, expected).pathname, result)
  })
})
