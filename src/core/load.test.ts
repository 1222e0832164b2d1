import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {guessFormat, loadHtml, loadMarkdown} from './load.js'

describe('guessFormat', () => {
  test.each([
    ['<!doctype html><html><body></body></html>', undefined, 'html'],
    ['<html lang="fr">', undefined, 'html'],
    ['<div><p><b>Le 03/11</b></p></div>', undefined, 'html'],
    ['<p><b>Le 03/11</b></p>\n\n[Programme](/programme)', undefined, 'markdown'],
    ['---\ntitle: x\n---\n\n<p>x</p>', undefined, 'markdown'],
    ['# Titre\n\ntexte', undefined, 'markdown'],
    ['<p>x</p>', 'page.html', 'html'],
    ['<p>x</p>', 'post.md', 'markdown'],
    ['Texte simple', undefined, 'markdown']
  ] as const)('%j (%s) → %s', (text, path, format) => {
    expect(guessFormat(text, path)).toBe(format)
  })
})

describe('load', () => {
  test('Markdown: front matter as an object, raw HTML as elements with positions', () => {
    const doc = loadMarkdown(new VFile('---\ntitle: Agenda\n---\n\n<p><b>Le 03/11</b></p>\n'))
    expect(doc.frontMatter).toEqual({title: 'Agenda'})
    const paragraph = doc.hast.children.find((child) => child.type === 'element')
    expect(paragraph).toMatchObject({tagName: 'p', position: {start: {line: 5, column: 1}}})
  })

  test('a front matter that is not a mapping is reported and ignored', () => {
    const file = new VFile('---\n- a\n- b\n---\n\ntext\n')
    expect(loadMarkdown(file).frontMatter).toEqual({})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-invalid'])
  })

  test('each top-level key keeps its line: quoted keys, and not the lines of a block scalar', () => {
    const doc = loadMarkdown(new VFile('---\ntitle: Agenda\n"date": 2024-03-12\ndescription: |\n  texte: avec deux-points\nlieu: Paris\n---\n\ntexte\n'))
    expect(doc.frontMatter).toEqual({title: 'Agenda', date: '2024-03-12', description: 'texte: avec deux-points\n', lieu: 'Paris'})
    expect(doc.frontMatterLines).toEqual({title: 2, date: 3, description: 4, lieu: 6})
  })

  test('a repeated key: the last value, as Jekyll reads it, and no error', () => {
    const file = new VFile('---\ntitle: a\ntitle: b\n---\n\ntexte\n')
    const doc = loadMarkdown(file)
    expect([doc.frontMatter, doc.frontMatterLines]).toEqual([{title: 'b'}, {title: 3}])
    expect(file.messages).toEqual([])
  })

  test('a broken front matter is reported at its line, and what can be read is kept', () => {
    const file = new VFile("---\ntitle: Atelier\nchapeau: 'Vous\n  suite\n\n'\n---\n\ntexte\n")
    const doc = loadMarkdown(file)
    expect(doc.frontMatter).toMatchObject({title: 'Atelier'})
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['front-matter-invalid', 5]])
  })

  test('HTML: the flow is the main content, without the page chrome', () => {
    const doc = loadHtml(new VFile('<html><body><nav><p>menu</p></nav><main><p>un</p><p>deux</p></main><footer>pied</footer></body></html>'))
    expect(doc.hast.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['p', 'p'])
  })
})
