// What package.json declares against what src/ imports: nothing declared for nothing, nothing
// imported undeclared, and every package left out of the bundle installed with it.
import {readdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {expect, test} from 'vitest'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {dependencies: Record<string, string>; devDependencies: Record<string, string>}
const source = new URL('../src/', import.meta.url)

// The packages each non-test source file imports, values and types alike.
function importedPackages(): Set<string> {
  const packages = new Set<string>()
  for (const name of readdirSync(source, {recursive: true, encoding: 'utf8'})) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue
    const text = readFileSync(new URL(name, source), 'utf8')
    for (const match of text.matchAll(/^(?:import|export)\s[^;'"]*?from '([^'.][^']*)'/gmu)) {
      const specifier = match[1] ?? ''
      if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
      packages.add(/^(?:@[^/]+\/)?[^/]+/u.exec(specifier)?.[0] ?? specifier)
    }
  }
  return packages
}

test('every runtime dependency is imported by src/, and src/ imports nothing undeclared', () => {
  const imported = importedPackages()
  // The type packages of the syntax trees are named by their module (`hast`, `mdast`, `unist`).
  const used = (dependency: string) => imported.has(dependency) || imported.has(dependency.replace(/^@types\//u, ''))
  expect(Object.keys(pkg.dependencies).filter((dependency) => !used(dependency))).toEqual([])
  const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies).map((name) => name.replace(/^@types\//u, ''))])
  expect([...imported].filter((name) => !declared.has(name) && !declared.has(`@types/${name}`))).toEqual([])
})

test('the packages the bundle leaves out are dependencies, the ones it holds are not', () => {
  const config = readFileSync(new URL('../tsup.config.ts', import.meta.url), 'utf8')
  const external = /noExternal: \[\/\^\(\?!\(\?:([^)]*)\)\$\)\/\]/u.exec(config)?.[1]?.split('|') ?? []
  expect(external.sort()).toEqual(['tinypool', 'vfile'])
  for (const name of external) expect(Object.keys(pkg.dependencies)).toContain(name)
  // Bundled packages need not be installed: only types and what the bundle leaves out are.
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['@types/hast', '@types/mdast', '@types/unist', 'schema-dts', 'tinypool', 'vfile', 'zod'])
})
