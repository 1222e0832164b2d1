// A document parsed in parts must give the tree of the whole, positions included.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import commonmark from 'commonmark-spec'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {remarkGfmStructure} from './gfm-structure.js'
import {markdownCuts, parseInParts} from './markdown-parts.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmStructure).freeze()
const whole = (text: string) => parser.parse(text)
// Cut wherever a cut is allowed: parts of one character at least.
const inParts = (text: string) => parseInParts(text, markdownCuts(text, 1), (part) => parser.parse(part))

const root = new URL('../../', import.meta.url)
function* markdownFiles(folder: URL): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = new URL(name, folder)
    if (statSync(path).isDirectory()) yield* markdownFiles(new URL(`${name}/`, folder))
    else if (/\.(?:md|markdown)$/u.test(name)) yield path.pathname
  }
}

describe('markdownCuts', () => {
  test.each([
    ['before a heading after a blank line', 'a\n\n# b\n\nc\n\n## d\n', [3, 11]],
    ['not without a blank line before', 'a\n# b\n', []],
    ['not before `#hashtag`', 'a\n\n#b\n', []],
    ['not before an indented heading', 'a\n\n # b\n', []],
    ['not inside fenced code', '```\na\n\n# b\n```\n\n# c\n', [16]],
    ['not inside a longer fence closed by a short one', '````\n\n# a\n```\n\n# b\n````\n', []],
    ['not inside a comment', '<!--\n\n# a\n-->\n\n# b\n', [15]],
    ['not inside a script', '<script>\n\n# a\n</script>\n\n# b\n', [25]],
    ['not inside front matter', '---\na: 1\n\n# comment\n---\n\n# b\n', [25]],
    ['nowhere when front matter is not closed', '---\na: 1\n\n# b\n', []],
    ['nowhere when a link may be defined', 'a\n\n# b\n\n[x]: /y\n', []],
    ['nowhere after a fence inside a list', '- ```\n\n# a\n', []],
    ['nowhere after an indented fence', '  ```\n\n# a\n', []],
    ['nowhere after a fence inside an HTML block', '<div>\n```\n\n# a\n', []],
    ['`` ```a` `` is code, not a fence', '```a`\n\n# b\n', [7]]
  ])('%s', (_, text, cuts) => {
    expect(markdownCuts(text, 1)).toEqual(cuts)
  })

  test('no part is shorter than the size asked, nor the text cut below twice that', () => {
    const block = '# Session\n\nSome words about it.\n\n'
    expect(markdownCuts(block.repeat(3), block.length)).toEqual([block.length, 2 * block.length])
    expect(markdownCuts(block.repeat(10), 4 * block.length)).toEqual([4 * block.length])
    expect(markdownCuts(block.repeat(3), 2 * block.length)).toEqual([])
  })
})

describe('parseInParts', () => {
  test('gives the tree of the whole on every document of the repository and the answer keys', () => {
    const shared = new URL('../shared/', root)
    const files = [...markdownFiles(new URL('fixtures/', root)), ...markdownFiles(new URL('docs/', root)), ...(existsSync(shared) ? markdownFiles(shared) : [])]
    let cut = 0
    const different = files.filter((file) => {
      const text = readFileSync(file, 'utf8')
      if (markdownCuts(text, 1).length > 0) cut++
      return JSON.stringify(inParts(text)) !== JSON.stringify(whole(text))
    })
    expect(different).toEqual([])
    expect(cut).toBeGreaterThan(10)
  })

  test('gives the tree of the whole around each CommonMark spec example, and on all of them in a row', () => {
    // Each example between headings: an unclosed fence, comment or list must keep the next heading whole.
    const around = (markdown: string) => `# Before\n\n${markdown}\n\n# After\n\ntext\n`
    const different = commonmark.tests.filter((example) => JSON.stringify(inParts(around(example.markdown))) !== JSON.stringify(whole(around(example.markdown))))
    expect(different.map((example) => example.number)).toEqual([])
    // The examples the scan cuts after, one after another in a single text.
    const cutAfter = commonmark.tests.filter((example) => markdownCuts(around(example.markdown), 1).length > 0)
    expect(cutAfter.length).toBeGreaterThan(400)
    const text = cutAfter.map((example) => around(example.markdown)).join('\n')
    expect(markdownCuts(text, 1).length).toBeGreaterThan(800)
    expect(inParts(text)).toEqual(whole(text))
  })

  test('counts lines ended by CR LF and by CR alone', () => {
    const text = '# a\r\n\r\nb\rc\r\n\r\n# d\r\n\r\ne\n'
    expect(markdownCuts(text, 1)).toEqual([14])
    expect(inParts(text)).toEqual(whole(text))
  })
})
