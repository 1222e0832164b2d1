// `npm run docs` (typedoc): the API reference of both entry points builds without a warning,
// and shows every Session field with its description.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

interface Reflection {
  readonly name: string
  readonly comment?: {readonly summary: ReadonlyArray<{readonly text: string}>}
  readonly children?: readonly Reflection[]
  readonly type?: {readonly declaration?: Reflection}
}

test('typedoc documents both entry points and every Session field', () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const directory = mkdtempSync(join(tmpdir(), 'agenda-typedoc-'))
  try {
    const json = join(directory, 'api.json')
    // The project's typedoc.json, warnings as errors; JSON instead of HTML.
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--json', json, '--out', join(directory, 'html')], {cwd: root, encoding: 'utf8'})
    expect(run.stdout + run.stderr).not.toContain('[warning]')
    expect(run.status).toBe(0)
    const api = JSON.parse(readFileSync(json, 'utf8')) as Reflection
    expect(api.children?.map((module) => module.name).sort()).toEqual(['index', 'node'])
    const session = api.children?.find((module) => module.name === 'index')?.children?.find((child) => child.name === 'Session')
    const fields = session?.type?.declaration?.children ?? []
    expect(fields.map((field) => field.name)).toContain('occurrences')
    expect(fields.length).toBe(21)
    expect(fields.filter((field) => !field.comment?.summary.some((part) => part.text.trim() !== '')).map((field) => field.name)).toEqual([])
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}, 120_000)
