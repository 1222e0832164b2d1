import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {extract} from '../extract.js'
import type {ExtractOptions, ExtractResult} from '../types.js'
import {provenancePath} from './paths.js'

// `agenda-extract/node`: what touches the file system, apart from the pure main entry.

/**
 * Read a file and extract its sessions (Node only: `agenda-extract/node`). `path`, relative
 * to the working directory, becomes the provenance and the id key; `.html` files are read as HTML.
 *
 * @param path - the file to read
 * @param options - see {@link ExtractOptions}
 * @throws Node's file-system errors (`ENOENT`, …) when the file cannot be read
 * @example
 * import {extractFile} from 'agenda-extract/node'
 * const {sessions} = await extractFile('fixtures/mip-2022.md')
 */
export async function extractFile(path: string, options?: Readonly<ExtractOptions>): Promise<ExtractResult> {
  const bytes = await readFile(path)
  return extract(new VFile({path: provenancePath(path), value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)}), options)
}
