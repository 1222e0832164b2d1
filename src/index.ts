// The main entry: pure, for Node, browsers and bundlers alike (no `node:` import in its graph).
// What reads files is `agenda-extract/node` (src/node.ts).
export {extract} from './extract.js'
export {AgendaExtractError, type AgendaExtractErrorCode} from './errors.js'
export {bracketAgenda, defaultParsers, htmlAgenda, markdownAgenda, pressRelease, singleEvent, structure, structuredData} from './parsers/index.js'
export {boldLead, createReader, datedLineStrategy, defaultRefiners, defaultStrategies, definitionStrategy, dropMentions, dropProgrammeHeaders, headingStrategy, headingThenLineStrategy, readTitle, tableRowStrategy, titleBlockStrategy} from './structure/index.js'
export type {BoldLeadOptions, Candidate, ColumnRole, HeaderReading, HeaderRule, Line, PageEvent, ReaderProfile, Refiner, Strategy, StrategyName, Unit, UnitKind} from './structure/index.js'
export {sessionSchema} from './schema/session.js'
export {parseDatePhrase} from './normalize/dates/phrase.js'
export {rules} from './core/rules.js'
export {toCSV, toICS, toJSONLD, type CsvOptions, type IcsOptions, type JsonLdEvent} from './export/index.js'
export type * from './types.js'
