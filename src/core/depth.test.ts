import {describe, expect, test} from 'vitest'
import {extract} from '../extract.js'
import {MAX_MARKDOWN_NESTING, markdownNesting, treeTooDeep} from './depth.js'

const nestedByIndent = (levels: number): string => Array.from({length: levels}, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join('\n')

describe('markdownNesting', () => {
  test.each([
    ['a list nested three levels', '- a\n  - b\n    - c\n- d\n', null],
    ['64 levels by indentation', nestedByIndent(MAX_MARKDOWN_NESTING), null],
    ['65 levels by indentation', nestedByIndent(MAX_MARKDOWN_NESTING + 1), {place: {line: 65, column: 1}, limit: 64}],
    ['65 list markers on one line', `${'- '.repeat(65)}x`, {place: {line: 1, column: 1}, limit: 64}],
    ['65 ordered markers on one line', `${'1. '.repeat(65)}x`, {place: {line: 1, column: 1}, limit: 64}],
    ['65 quote markers', `Texte\n\n${'>'.repeat(65)} x`, {place: {line: 3, column: 1}, limit: 64}],
    ['quotes and lists mixed', `${'> - '.repeat(33)}x`, {place: {line: 1, column: 1}, limit: 64}],
    ['a deeply indented line without markers (code)', `${' '.repeat(400)}code`, null],
    ['numbers and dashes inside a line', 'Le 3 - 4 mars 2025. 10. 11. 12.', null],
    ['a list that ends resets the depth', `${nestedByIndent(60)}\n\nTexte\n\n${nestedByIndent(60)}`, null],
    ['a thematic break', '- - -\n***\n', null]
  ])('%s', (_, text, expected) => {
    expect(markdownNesting(text)).toEqual(expected)
  })
})

describe('treeTooDeep', () => {
  const chain = (depth: number) => {
    interface Node {
      readonly type: string
      readonly children: Node[]
      readonly position: {readonly start: {readonly line: number; readonly column: number}}
    }
    let node: Node = {type: 'leaf', children: [], position: {start: {line: depth, column: 1}}}
    for (let level = depth - 1; level >= 0; level--) node = {type: 'node', children: [node], position: {start: {line: level, column: 1}}}
    return node
  }
  test('within the limit', () => expect(treeTooDeep(chain(512))).toBeNull())
  test('past it: the first node too deep, without recursion', () => expect(treeTooDeep(chain(100_000))).toEqual({place: {line: 513, column: 1}, limit: 512}))
})

describe('extract refuses a document nested too deeply, without throwing', () => {
  test.each([
    ['a list nested 10,000 levels', `# Agenda\n\n${'- '.repeat(10_000)}Le 3 mars 2025`, 3],
    ['a quote nested 10,000 levels', `${'>'.repeat(10_000)} Le 3 mars 2025`, 1],
    ['raw HTML nested 1,000 elements in Markdown', `Texte\n\n${'<div>'.repeat(1000)}Le 3 mars 2025${'</div>'.repeat(1000)}`, 3]
  ])('%s', (_, text, line) => {
    const result = extract(text)
    expect(result.sessions).toEqual([])
    expect(result.parser).toBeNull()
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['document-too-deep', 'error', line]])
  })

  test('a binary-input warning before it is kept', () => {
    const bytes = new Uint8Array([0xff, ...new TextEncoder().encode(`\n${'>'.repeat(100)} x`)])
    expect(extract(bytes).diagnostics.map((d) => d.ruleId)).toEqual(['binary-input', 'document-too-deep'])
  })
})
