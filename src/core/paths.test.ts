import {describe, expect, test} from 'vitest'
import {normalizePath} from './paths.js'

describe('normalizePath', () => {
  test.each([
    ['fixtures/a.md', 'fixtures/a.md'],
    ['./fixtures/a.md', 'fixtures/a.md'],
    ['fixtures//a.md', 'fixtures/a.md'],
    ['fixtures/./a.md', 'fixtures/a.md'],
    ['fixtures/x/../a.md', 'fixtures/a.md'],
    ['fixtures\\a.md', 'fixtures/a.md'],
    ['../shared/a.md', '../shared/a.md'],
    ['../../a.md', '../../a.md'],
    ['x/../../a.md', '../a.md'],
    ['/work/a.md', '/work/a.md'],
    ['/work/../a.md', '/a.md'],
    ['/../a.md', '/a.md'],
    ['a.md', 'a.md'],
    ['.', '.'],
    ['x/..', '.']
  ])('%j → %j', (path, normalized) => {
    expect(normalizePath(path)).toBe(normalized)
  })
})
