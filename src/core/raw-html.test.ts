import type {Nodes, Root} from 'hast'
import rehypeRaw from 'rehype-raw'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseRawHtml} from './raw-html.js'

const toHast = unified().use(remarkParse).use(remarkRehype, {allowDangerousHtml: true})
const whole = unified().use(rehypeRaw)

function hastOf(markdown: string): {tree: Root; file: VFile} {
  const file = new VFile(markdown)
  return {tree: toHast.runSync(toHast.parse(file), file), file}
}

/** parse5 joins adjacent text nodes; mdast-util-to-hast leaves them apart: the same text either way. */
function joined(node: Nodes): unknown {
  if (!('children' in node)) return node.type === 'text' ? {type: 'text', value: node.value} : {type: node.type}
  const children: unknown[] = []
  for (const child of node.children) {
    const last = children.at(-1) as {type: string; value: string} | undefined
    if (child.type === 'text' && last?.type === 'text') last.value += child.value
    else children.push(joined(child))
  }
  return node.type === 'element' ? {type: 'element', tagName: node.tagName, properties: node.properties, children} : {type: node.type, children}
}

describe('parseRawHtml', () => {
  test.each([
    ['inline `<br>` in a paragraph', 'Le 3 mars<br>à Paris\n\nUn autre paragraphe'],
    ['a box around Markdown paragraphs', 'Avant\n\n<div class="encadre">\n\n**Le 3 mars** : atelier\n\nTexte\n\n</div>\n\nAprès'],
    ['an element left open runs to the end', 'Un <b>gras\n\nsuite\n\n- item'],
    ['a stray end tag', 'Texte</p>\n\nsuite'],
    ['HTML blocks and Markdown between them', '<p><b>Le 03/11</b></p>\n\n## Titre\n\n<table><tr><td>Le 4/11</td></tr></table>\n\nfin'],
    ['a comment and a void element', '<!-- note -->\n\n<img src="a.png" alt="a">\n\ntexte']
  ])('%s: the tree rehype-raw gives', (_, markdown) => {
    const expected = whole.runSync(hastOf(markdown).tree, new VFile(markdown))
    const {tree, file} = hastOf(markdown)
    expect(joined(parseRawHtml(tree, file))).toEqual(joined(expected))
  })

  test('blocks without raw HTML are kept as they are, not parsed again', () => {
    const {tree, file} = hastOf('Un paragraphe\n\nLe 3 mars<br>à Paris\n\nUn autre')
    const [first, , , , last] = tree.children
    const result = parseRawHtml(tree, file)
    expect(result.children[0]).toBe(first)
    expect(result.children.at(-1)).toBe(last)
    expect(result.children.filter((child) => child.type === 'element').map((child) => child.type === 'element' && child.children.map((node) => (node.type === 'element' ? node.tagName : node.type)))).toEqual([['text'], ['text', 'br', 'text'], ['text']])
  })

  test('parsed elements keep their positions in the file', () => {
    const {tree, file} = hastOf('Texte\n\n<p><b>Le 03/11</b></p>\n')
    const paragraph = parseRawHtml(tree, file).children.find((child) => child.type === 'element' && child.tagName === 'p' && child.position?.start.line === 3)
    expect(paragraph?.position).toMatchObject({start: {line: 3, column: 1}, end: {line: 3, column: 23}})
  })
})
