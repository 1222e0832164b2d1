import {relative, resolve} from 'node:path'
import process from 'node:process'

/**
 * A file's path as the library's provenance and id key: relative to the
 * working directory, so that `fixtures/a.md`, `./fixtures/a.md` and its
 * absolute spelling give the same ids and calendar UIDs (the core then
 * writes it with `/`: src/core/paths.ts).
 */
export function provenancePath(path: string): string {
  return relative(process.cwd(), resolve(path))
}
