// A worker of the CLI's pool (`--jobs`): a few files per task, read and extracted here, in order.
import type {ExtractOptions} from '../types.js'
import {readOneFile, type FileResult} from './read-file.js'

export default async function readInWorker(task: {readonly names: ReadonlyArray<string>; readonly options: ExtractOptions}): Promise<FileResult[]> {
  const results: FileResult[] = []
  for (const name of task.names) results.push(await readOneFile(name, task.options))
  return results
}
