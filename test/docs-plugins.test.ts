import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'

// docs/plugins.md's example runs as written: its `agenda-extract` import is
// pointed at the source, and its own assertions decide.
const doc = readFileSync(new URL('../docs/plugins.md', import.meta.url), 'utf8')
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/gu)].map((match) => match[1] ?? '')

describe('docs/plugins.md', () => {
  test('holds two TypeScript examples: strategies and refiners, then header rules', () => {
    expect(blocks).toHaveLength(2)
  })

  test.each(blocks.map((block, index) => [index + 1, block]))('example %i runs as printed', async (index, block) => {
    const folder = new URL('../node_modules/.cache/docs-examples/', import.meta.url)
    mkdirSync(folder, {recursive: true})
    const source = block.replace("from 'agenda-extract'", `from '${new URL('../src/index.ts', import.meta.url).pathname}'`)
    const file = new URL(`plugins-example-${index}.ts`, folder)
    writeFileSync(file, source)
    await expect(import(file.pathname)).resolves.toBeDefined()
  })
})
