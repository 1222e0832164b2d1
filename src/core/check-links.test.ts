import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {reportBrokenLinks} from './check-links.js'
import {loadHtml, loadMarkdown} from './load.js'

function brokenLinks(text: string, load = loadMarkdown): Array<[string, number | undefined, unknown]> {
  const found: Array<[string, number | undefined, unknown]> = []
  const doc = load(new VFile(text))
  reportBrokenLinks(doc.hast, text, null, (ruleId, place, data) => {
    found.push([ruleId, place && 'position' in place ? place.position?.start.line : undefined, data?.['url']])
  })
  return found
}

describe('reportBrokenLinks', () => {
  test('a link written any way in Markdown is checked: inline, reference, autolink, raw HTML, in a list or a quote', () => {
    const text = [
      'Texte sans lien.',
      '',
      '[inline](#)',
      '',
      '- item [référence][ref]',
      '',
      '> <javascript:void(0)>',
      '',
      'Un <a href="{{ url }}">lien brut</a>.',
      '',
      '[ref]: https://example.org/lien-a-venir',
      ''
    ].join('\n')
    expect(brokenLinks(text)).toEqual([
      ['placeholder-link', 3, '#'],
      ['placeholder-link', 5, 'https://example.org/lien-a-venir'],
      ['placeholder-link', 7, 'javascript:void(0)'],
      ['placeholder-link', 9, '{{ url }}']
    ])
  })

  test('good links and text without links give nothing', () => {
    expect(brokenLinks('Le 3 mars [programme](https://example.org/programme).\n\nRien ici : example.org.\n')).toEqual([])
  })

  test('an HTML page: every link of its flow', () => {
    expect(brokenLinks('<html><body><main><p>Le 3 mars</p><p><a href="#">Inscription</a></p></main></body></html>', loadHtml)).toEqual([['placeholder-link', 1, '#']])
  })
})
