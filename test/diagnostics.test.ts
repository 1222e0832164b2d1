import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {rules} from '../src/core/rules.js'
import {extract, htmlAgenda, type DraftSession, type ParserPlugin} from '../src/index.js'
import {expectJsonFile, expectTextFile} from './helpers/update.js'

const root = new URL('diagnostics/', import.meta.url)
const folders = readdirSync(root).sort()

// A plugin that hands over a draft no normalizer can repair (a tag that is
// not a string, as plain JavaScript can do), to exercise `session-invalid`.
const brokenPlugin: ParserPlugin = {
  name: 'broken',
  detect: () => 1,
  parse: (doc, ctx) =>
    htmlAgenda.parse(doc, ctx).map((draft): DraftSession => ({...draft, tags: [42 as unknown as string]}))
}

describe('one folder per rule, with its exact messages', () => {
  test.each(folders)('%s', (ruleId) => {
    const html = readdirSync(new URL(`${ruleId}/`, root)).includes('input.html')
    const input = readFileSync(new URL(`${ruleId}/input.${html ? 'html' : 'md'}`, root))
    const options = ruleId === 'session-invalid' ? {parsers: [brokenPlugin]} : {}
    const {diagnostics} = extract(new Uint8Array(input), {path: html ? 'input.html' : 'input.md', ...options})
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(ruleId)
    expectJsonFile(new URL(`${ruleId}/messages.json`, root).pathname, diagnostics)
  })
})

describe('the catalogue', () => {
  test('rules.ts, test/diagnostics/ and docs/diagnostics.md hold the same rule ids', () => {
    expect(Object.keys(rules).sort()).toEqual(folders)
    const doc = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8')
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1]).sort()
    expect(rows).toEqual(folders)
  })

  test('docs/diagnostics.md is generated from the catalogue', () => {
    const rows = Object.entries(rules)
      .map(([ruleId, rule]) => `| \`${ruleId}\` | ${rule.severity} | ${rule.note.replaceAll('|', '\\|')} |`)
      .join('\n')
    const text = `# Diagnostics

Every diagnostic \`extract\` reports, generated from \`src/core/rules.ts\` (run \`UPDATE=1 npm test\` after changing it).
A diagnostic is \`{message, ruleId, severity, line, column, source: 'agenda-extract'}\`; the CLI prints it as
\`file:line:column: severity: message [ruleId]\`. Rule ids are stable: renaming one is a breaking change.
\`test/diagnostics/<rule-id>/\` holds a document that triggers each rule and its exact messages.

| rule id | severity | when |
| --- | --- | --- |
${rows}
`
    expectTextFile(new URL('../docs/diagnostics.md', import.meta.url).pathname, text)
  })
})
