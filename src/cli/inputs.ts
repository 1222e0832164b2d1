import {stat} from 'node:fs/promises'
import {escapePath, glob, isDynamicPattern} from 'tinyglobby'

/** The extensions a folder or a glob is searched for, as unified-args does (`--ext` replaces them). */
export const defaultExtensions = ['md', 'markdown', 'html', 'htm'] as const

/** Standard input, as a file name (`-`). */
export const STDIN = '-'

/** What the command line names, expanded: files in order, or what could not be found. */
export interface Inputs {
  readonly files: string[]
  /** Arguments that name no file, no folder and match nothing. */
  readonly missing: string[]
}

/**
 * Expand the command line's arguments the way unified-args does: a file is
 * itself, a folder is every file with one of `extensions` below it, a glob
 * (quoted, so the shell left it) its matches; each argument's files sorted,
 * the arguments in their order, each file once.
 */
export async function expandInputs(args: ReadonlyArray<string>, extensions: ReadonlyArray<string>): Promise<Inputs> {
  const files: string[] = []
  const missing: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    files.push(file)
  }
  const suffix = extensions.length === 1 ? `.${extensions[0] ?? ''}` : `.{${extensions.join(',')}}`
  for (const arg of args) {
    if (arg === STDIN) {
      add(arg)
      continue
    }
    const kind = await stat(arg).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      () => null
    )
    if (kind === 'file') {
      add(arg)
      continue
    }
    const pattern = kind === 'folder' ? `${escapePath(arg.replace(/[\\/]+$/u, ''))}/**/*${suffix}` : isDynamicPattern(arg) ? arg : null
    const matches = pattern === null ? [] : await glob(pattern, {onlyFiles: true, expandDirectories: false})
    if (matches.length === 0) missing.push(arg)
    for (const match of matches.sort()) add(match)
  }
  return {files, missing}
}
