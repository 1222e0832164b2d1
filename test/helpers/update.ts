import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'

/** `UPDATE=1 npm test` rewrites expected files (remark-frontmatter's mechanism); review the diff. */
export const updating = process.env['UPDATE'] === '1'

/** Compare `actual` with the JSON file at `path` after a JSON round-trip; a missing file fails. */
export function expectJsonFile(path: string, actual: unknown): void {
  const plain: unknown = JSON.parse(JSON.stringify(actual))
  if (updating) writeFileSync(path, JSON.stringify(plain, null, 2) + '\n')
  expect(existsSync(path), `missing ${path} (run with UPDATE=1 and review it)`).toBe(true)
  expect(plain).toEqual(JSON.parse(readFileSync(path, 'utf8')))
}

/** Compare `actual` with the text file at `path`; a missing file fails. */
export function expectTextFile(path: string, actual: string): void {
  if (updating) writeFileSync(path, actual)
  expect(existsSync(path), `missing ${path} (run with UPDATE=1 and review it)`).toBe(true)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
