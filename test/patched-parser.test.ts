// The Markdown parser, the tree walk and the text of hast are bundled with patches (patches/,
// docs/decisions/0015-linear-markdown-parse.md). Bundled here the way tsup bundles them, the
// patched parser must give the unpatched one's tree, positions included, on every example of
// the CommonMark spec and on every Markdown document of the repository; the patched walk and
// text must give what the originals give.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import commonmark from 'commonmark-spec'
import {build} from 'esbuild'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'
import {toText} from 'hast-util-to-text'
import {h} from 'hastscript'
import {unified, type Plugin} from 'unified'
import {CONTINUE, EXIT, SKIP, visitParents} from 'unist-util-visit-parents'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {patchDependencies, patchedDependencies, patchedSource} from '../scripts/patched-dependencies.mjs'

const root = new URL('../', import.meta.url)
const directory = mkdtempSync(join(tmpdir(), 'agenda-patched-'))
let patchedParse: Plugin
let patchedVisit: typeof visitParents
let patchedToText: typeof toText

beforeAll(async () => {
  const entry = join(directory, 'entry.js')
  writeFileSync(entry, "export {default} from 'remark-parse'\nexport {visitParents} from 'unist-util-visit-parents'\nexport {toText} from 'hast-util-to-text'\n")
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: join(directory, 'parse.js'),
    nodePaths: [new URL('node_modules/', root).pathname],
    plugins: [patchDependencies()],
    logLevel: 'silent'
  })
  const bundle = (await import(pathToFileURL(join(directory, 'parse.js')).href)) as {default: Plugin; visitParents: typeof visitParents; toText: typeof toText}
  patchedParse = bundle.default
  patchedVisit = bundle.visitParents
  patchedToText = bundle.toText
})

afterAll(() => rmSync(directory, {recursive: true, force: true}))

function* markdownFiles(folder: URL): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = new URL(name, folder)
    if (statSync(path).isDirectory()) yield* markdownFiles(new URL(`${name}/`, folder))
    else if (/\.(?:md|markdown)$/u.test(name)) yield path.pathname
  }
}

function trees(markdown: string): [unknown, unknown] {
  const original = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown)
  const patched = unified().use(patchedParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown)
  return [patched, original]
}

describe('the patched dependencies', () => {
  test('each patch applies to the version installed', () => {
    for (const [name, {files}] of Object.entries(patchedDependencies)) {
      for (const file of files) {
        const source = patchedSource(new URL(`node_modules/${name}/${file}`, root).pathname)
        expect(source).not.toBeNull()
        expect(source).not.toEqual(readFileSync(new URL(`node_modules/${name}/${file}`, root), 'utf8'))
      }
    }
  })

  test('the bundle holds the patched code, not the original', () => {
    const bundle = readFileSync(join(directory, 'parse.js'), 'utf8')
    expect(bundle).toContain('endPoint.offset - labelStart.end.offset <= 999')
    expect(bundle).toContain('events.length = write')
    expect(bundle).not.toContain('vecs.push(events.slice())')
    expect(bundle).toMatch(/context\.sliceSerialize = events\[index\d*\]\[2\]\.sliceSerialize/u)
    expect(bundle).not.toContain('...context,')
    expect(bundle).not.toContain('do-not-use-color')
    expect(bundle).toContain('function resolveAllAttentionInSpans(')
    expect(bundle).toMatch(/while \(jumps\.has\(index\d*\)\)/u)
    expect(bundle).toContain('combinations.get(')
    expect(bundle).toContain('result = value.replace(searchTabOrSpaces')
  })

  test(`gives the same trees on the ${commonmark.tests.length} CommonMark spec examples`, () => {
    const different = commonmark.tests.filter((example) => {
      const [patched, original] = trees(example.markdown)
      return JSON.stringify(patched) !== JSON.stringify(original)
    })
    expect(different.map((example) => example.number)).toEqual([])
  })

  test('gives the same trees on every Markdown document of the repository and the answer keys', () => {
    // The answer keys beside the repository, when they are there (not in a clone of it alone).
    const shared = new URL('../shared/', root)
    const files = [...markdownFiles(new URL('fixtures/', root)), ...markdownFiles(new URL('test/', root)), ...(existsSync(shared) ? markdownFiles(shared) : [])]
    expect(files.length).toBeGreaterThan(40)
    for (const file of files) {
      const [patched, original] = trees(readFileSync(file, 'utf8'))
      expect(JSON.stringify(patched), file).toEqual(JSON.stringify(original))
    }
  })

  test('gives the same trees where the patches change the work: list ends, long runs of text, nested brackets, labels and definitions, emphasis', () => {
    const cases = [
      Array.from({length: 50}, (_, index) => `- item ${index}\ntexte ${index}`).join('\n\n'),
      'a &amp; b [c] d &copy; e [f] g '.repeat(200),
      `${'['.repeat(300)}x${']'.repeat(300)}`,
      `[${'a'.repeat(998)}]\n\n[${'a'.repeat(998)}]: /url`,
      `[${'a'.repeat(1000)}]\n\n[${'a'.repeat(1000)}]: /url`,
      '[foo] [bar][] [baz][foo] [*qux*]\n\n[foo]: /a\n[bar]: /b\n[*qux*]: /c',
      '> - a\n>   - b\n>\n> c\n- d\n\n  e',
      // Emphasis: a closer that finds no opener, then the opener made smaller by another closer, then one that fits it again.
      'a*****b c*d e** f*g',
      '***a** b* _c __d__ e_ *f **g*** h',
      'Le 3 mars 2025 à 10h, *texte* '.repeat(300)
    ]
    for (const markdown of cases) {
      const [patched, original] = trees(markdown)
      expect(JSON.stringify(patched)).toEqual(JSON.stringify(original))
    }
  })

  test('the patched tree walk visits what the original visits, in the same order, with the same ancestors', () => {
    const tree = unified().use(remarkParse).parse(readFileSync(new URL('fixtures/mip-2022.md', root), 'utf8'))
    // Every action: go on, skip a list's children, stop at the twentieth paragraph.
    const walk = (visit: typeof visitParents) => {
      const seen: string[] = []
      let paragraphs = 0
      visit(tree, (node, ancestors) => {
        seen.push(`${node.type}@${ancestors.length}:${node.position?.start.offset ?? ''}`)
        if (node.type === 'list') return SKIP
        if (node.type === 'paragraph' && ++paragraphs === 20) return EXIT
        return CONTINUE
      })
      visit(tree, 'text', (node) => void seen.push(`text:${node.position?.start.offset ?? ''}`), true)
      return seen
    }
    const original = walk(visitParents)
    expect(original.length).toBeGreaterThan(50)
    expect(walk(patchedVisit)).toEqual(original)
  })

  test('combines the extensions of a processor once, and again when its list changes', () => {
    // The list is the cache's key: an extension added to it after a parse must still be used.
    const extensions: unknown[] = []
    const parser = unified().use(patchedParse).data('micromarkExtensions', extensions as never)
    const before = JSON.stringify(parser.parse('| a |\n| - |\n| b |'))
    extensions.push({flow: {}})
    expect(JSON.stringify(parser.parse('| a |\n| - |\n| b |'))).toEqual(before)
    extensions.length = 0
    extensions.push({disable: {null: ['headingAtx']}})
    const first = (tree: unknown) => (tree as Root).children[0]?.type
    expect(first(parser.parse('# a'))).toBe('paragraph')
    expect(first(unified().use(patchedParse).parse('# a'))).toBe('heading')
  })

  test('gives the same trees on any text of emphasis marks, brackets, code and breaks', () => {
    // The attention patch finds its matches differently: every mix of runs of `*` and `_`,
    // words, links, code spans and line breaks must give the same emphasis and strong nodes.
    const piece = fc.constantFrom('*', '**', '***', '*****', '_', '__', 'a', 'b c', ' ', '\n', '[', '](/u)', '`', '\\', '.', '1')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const [patched, original] = trees(pieces.join(''))
        return JSON.stringify(patched) === JSON.stringify(original)
      }),
      {numRuns: 4000}
    )
  })

  test('the patched text of a tree is the original text, white space included', () => {
    // Runs of spaces and tabs at the start, inside and at the end of text, beside block
    // and inline elements, line breaks and preformatted text: every place a segment break
    // may or may not stand.
    const text = fc.array(fc.constantFrom('a', 'b c', ' ', '  ', '\t', ' \t ', '\n', ' \n '), {maxLength: 8}).map((parts) => parts.join(''))
    const tree = fc.array(fc.tuple(fc.constantFrom('p', 'span', 'div', 'br', 'strong', 'pre', 'td'), text, text), {maxLength: 6}).map((children) =>
      h('div', children.flatMap(([tag, before, inside]) => [before, tag === 'br' ? h('br') : h(tag, inside)]))
    )
    fc.assert(
      fc.property(tree, fc.constantFrom('normal' as const, 'pre' as const), (root, whitespace) => patchedToText(root, {whitespace}) === toText(root, {whitespace})),
      {numRuns: 3000}
    )
  })
})
