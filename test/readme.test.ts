// Every code block of the README that imports something runs exactly as printed, from a folder
// inside the repository (so `agenda-extract` resolves to this package, built), with an
// `agenda.md` beside it for the examples that read one; TypeScript blocks are first checked
// by `tsc --strict`. The output the README shows after "Yields" is checked against what runs.
import {spawnSync} from 'node:child_process'
import {copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {transformSync} from 'esbuild'
import {afterAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const directory = join(root, 'build', `readme-${process.pid}`)
mkdirSync(directory, {recursive: true})
copyFileSync(join(root, 'fixtures', 'mip-2022.md'), join(directory, 'agenda.md'))
cpSync(join(root, 'fixtures'), join(directory, 'fixtures'), {recursive: true})
afterAll(() => rmSync(directory, {recursive: true, force: true}))

interface Block {
  readonly language: string
  readonly code: string
  readonly line: number
  /** The block printed after it, when the README says what it yields. */
  readonly yields: string | null
}

function codeBlocks(): Block[] {
  const blocks: Block[] = []
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gmu
  for (const match of readme.matchAll(fence)) {
    const line = readme.slice(0, match.index).split('\n').length
    const after = readme.slice(match.index + match[0].length)
    const yields = /^\s*Yields[^\n]*\n+```\w*\n([\s\S]*?)^```$/mu.exec(after)
    blocks.push({language: match[1] ?? '', code: match[2] ?? '', line, yields: yields && after.indexOf(yields[0]) < 40 ? (yields[1] ?? null) : null})
  }
  return blocks
}

const runnable = codeBlocks().filter((block) => (block.language === 'js' || block.language === 'ts') && /^import /mu.test(block.code))

describe('README examples', () => {
  test('there are examples to run: use, extractFile, the JSON Schema, exporters, a plugin', () => {
    expect(runnable.map((block) => block.language)).toEqual(['js', 'js', 'js', 'js', 'ts'])
  })

  test.each(runnable.map((block) => [block.line, block] as const))('the block at line %i runs as printed', (line, block) => {
    const base = join(directory, `block-${line}`)
    if (block.language === 'ts') {
      writeFileSync(`${base}.ts`, block.code)
      const check = spawnSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node', '--skipLibCheck', `${base}.ts`],
        {cwd: directory, encoding: 'utf8'}
      )
      expect(check.stdout + check.stderr).toBe('')
    }
    const javascript = block.language === 'ts' ? transformSync(block.code, {loader: 'ts', format: 'esm'}).code : block.code
    writeFileSync(`${base}.mjs`, javascript)
    const run = spawnSync(process.execPath, [`${base}.mjs`], {cwd: directory, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // What the README says the block prints: each `key: 'value'` line of it is printed.
    if (block.yields !== null) {
      const shown = [...block.yields.matchAll(/^ {2}(\w+): ('[^'\n]*'|"[^"\n]*"),$/gmu)].map((match) => `${match[1] ?? ''}: ${match[2] ?? ''}`)
      expect(shown.length).toBeGreaterThan(4)
      for (const line of shown) expect(run.stdout).toContain(line)
      for (const rule of block.yields.matchAll(/ruleId: '([\w-]+)'/gu)) expect(run.stdout).toContain(`ruleId: '${rule[1] ?? ''}'`)
    }
  }, 60_000)

  test('the command lines that run the CLI run, in a folder with the fixtures', () => {
    // `npm install`, `npm ci`, `npm test` are what CI and the packed-tarball test run; the
    // usage synopsis is not a command. Every other line is.
    const commands = codeBlocks()
      .filter((block) => block.language === 'sh')
      .flatMap((block) => block.code.split('\n'))
      .filter((line) => line.startsWith('agenda-extract ') && !line.includes('['))
    expect(commands).toHaveLength(2)
    for (const command of commands) {
      const run = spawnSync('sh', ['-c', command.replace(/^agenda-extract /u, `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'dist/cli.js'))} `)], {cwd: directory, encoding: 'utf8'})
      // Warnings may be printed (`--quiet` keeps them); nothing fails.
      expect([command, run.status, /: error: |^agenda-extract: /mu.test(run.stderr)]).toEqual([command, 0, false])
    }
    expect(readFileSync(join(directory, 'agenda.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/u)
  })
})
