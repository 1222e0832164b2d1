import {readFile} from 'node:fs/promises'
import process from 'node:process'
import {VFile} from 'vfile'
import {AgendaExtractError} from '../errors.js'
import {extract} from '../extract.js'
import {provenancePath} from '../node/paths.js'
import type {Diagnostic, ExtractOptions, Session} from '../types.js'
import {STDIN} from './inputs.js'

/** What one file gave: its sessions and diagnostics, or why it could not be read. */
export type FileResult =
  | {readonly ok: true; readonly sessions: Session[]; readonly diagnostics: Diagnostic[]}
  | {readonly ok: false; readonly unreadable: string}
  | {readonly ok: false; readonly misuse: string}

async function readInput(name: string): Promise<Uint8Array> {
  if (name !== STDIN) return readFile(name)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Read one file and extract it, in the main thread or in a worker (cli/worker.ts). */
export async function readOneFile(name: string, options: Readonly<ExtractOptions>): Promise<FileResult> {
  let bytes: Uint8Array
  try {
    bytes = await readInput(name)
  } catch (error) {
    return {ok: false, unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message}
  }
  try {
    const {sessions, diagnostics} = extract(new VFile({value: bytes, ...(name === STDIN ? {} : {path: provenancePath(name)})}), options)
    return {ok: true, sessions, diagnostics}
  } catch (error) {
    if (error instanceof AgendaExtractError) return {ok: false, misuse: error.message}
    throw error
  }
}
