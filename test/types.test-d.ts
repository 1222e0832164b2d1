import {expectTypeOf, test} from 'vitest'
import {
  extract,
  sessionSchema,
  toCSV,
  toICS,
  toJSONLD,
  type BuiltInParserName,
  type CsvOptions,
  type Diagnostic,
  type DocumentInfo,
  type DraftSession,
  type ExtractOptions,
  type ExtractResult,
  type IcsOptions,
  type JsonLdEvent,
  type ParseContext,
  type ParsedDocument,
  type ParserPlugin,
  type Session
} from '../src/index.js'
import type {z} from 'zod'
import {extractFile} from '../src/node/index.js'

test('extract and extractFile', () => {
  expectTypeOf(extract).parameter(0).toEqualTypeOf<string | Uint8Array | import('vfile').VFile>()
  expectTypeOf(extract).parameter(1).toEqualTypeOf<Readonly<ExtractOptions> | undefined>()
  expectTypeOf(extract).returns.toEqualTypeOf<ExtractResult>()
  expectTypeOf(extractFile).returns.toEqualTypeOf<Promise<ExtractResult>>()
})

test('the result', () => {
  expectTypeOf<ExtractResult['sessions']>().toEqualTypeOf<Session[]>()
  expectTypeOf<ExtractResult['diagnostics']>().toEqualTypeOf<Diagnostic[]>()
  expectTypeOf<ExtractResult['parser']>().toEqualTypeOf<string | null>()
  expectTypeOf<ExtractResult['document']>().toEqualTypeOf<DocumentInfo>()
  expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
})

test('Session is inferred from sessionSchema', () => {
  expectTypeOf<Session>().toEqualTypeOf<z.infer<typeof sessionSchema>>()
  expectTypeOf<Session['attendance']>().toEqualTypeOf<'in-person' | 'online' | 'hybrid' | null>()
  expectTypeOf<Session['start']>().toEqualTypeOf<string | null>()
  expectTypeOf<Session['formats'][number]>().toExtend<string>()
})

test('options are optional and typed', () => {
  expectTypeOf<ExtractOptions>().toExtend<{format?: 'markdown' | 'html' | 'auto'}>()
  expectTypeOf<{}>().toExtend<ExtractOptions>()
  // @ts-expect-error: not a format
  extract('', {format: 'pdf'})
})

test('a parser plugin is a plain object', () => {
  const plugin = {
    name: 'mine',
    detect: (doc: ParsedDocument) => (doc.format === 'html' ? 0 : 0.5),
    parse: (_doc: ParsedDocument, _ctx: ParseContext): DraftSession[] => []
  } satisfies ParserPlugin
  expectTypeOf(plugin).toExtend<ParserPlugin>()
  expectTypeOf<ParseContext['report']>().parameter(0).toExtend<string>()
})

test('exporters', () => {
  expectTypeOf(toICS).parameters.toEqualTypeOf<[ReadonlyArray<Session>, (IcsOptions | undefined)?]>()
  expectTypeOf(toICS).returns.toEqualTypeOf<string>()
  expectTypeOf(toCSV).parameters.toEqualTypeOf<[ReadonlyArray<Session>, (CsvOptions | undefined)?]>()
  expectTypeOf(toCSV).returns.toEqualTypeOf<string>()
  expectTypeOf(toJSONLD).returns.toEqualTypeOf<JsonLdEvent[]>()
  expectTypeOf<JsonLdEvent>().toExtend<import('schema-dts').WithContext<import('schema-dts').Event>>()
  expectTypeOf<IcsOptions['stamp']>().toEqualTypeOf<Date | string | undefined>()
})

test('the plugin kit: profiles, header rules, page events and typed facts', async () => {
  const {boldLead, createReader, parseDatePhrase} = await import('../src/index.js')
  type Kit = typeof import('../src/index.js')
  expectTypeOf(createReader).returns.toEqualTypeOf<ParserPlugin>()
  expectTypeOf(boldLead).returns.toEqualTypeOf<import('../src/index.js').HeaderRule>()
  expectTypeOf<import('../src/index.js').HeaderRule>().returns.toEqualTypeOf<import('../src/index.js').HeaderReading | null>()
  expectTypeOf<import('../src/index.js').ReaderProfile['score']>().toEqualTypeOf<number | ((sessionBlocks: number, doc: ParsedDocument) => number) | undefined>()
  expectTypeOf<import('../src/index.js').ReaderProfile['pageEvents']>().toExtend<
    ((doc: ParsedDocument, units: ReadonlyArray<import('../src/index.js').Unit>, ctx: ParseContext) => ReadonlyArray<import('../src/index.js').PageEvent>) | undefined
  >()
  expectTypeOf<import('../src/index.js').Strategy>().returns.toEqualTypeOf<import('../src/index.js').Candidate | ReadonlyArray<import('../src/index.js').Candidate> | null>()
  expectTypeOf(parseDatePhrase).returns.toEqualTypeOf<import('../src/index.js').DatePhrase | null>()
  expectTypeOf<ParsedDocument['events']>().toEqualTypeOf<ReadonlyArray<import('../src/index.js').StructuredEvent>>()
  expectTypeOf<ParsedDocument['page']>().toEqualTypeOf<import('../src/index.js').PageFacts | undefined>()
  expectTypeOf<DraftSession['assigned']>().toEqualTypeOf<import('../src/index.js').AssignedFields | undefined>()
  expectTypeOf<Kit['structuredData']>().toExtend<ParserPlugin>()
})

test('the parser option names a built-in plugin, or any plugin by its name', () => {
  expectTypeOf<ExtractOptions['parser']>().toEqualTypeOf<BuiltInParserName | (string & {}) | undefined>()
  expectTypeOf<'structure'>().toMatchTypeOf<NonNullable<ExtractOptions['parser']>>()
  expectTypeOf<'my-plugin'>().toMatchTypeOf<NonNullable<ExtractOptions['parser']>>()
})
