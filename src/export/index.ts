export {toCSV, type CsvOptions} from './csv.js'
export {toICS, type IcsOptions} from './ics.js'
export {toJSONLD, type JsonLdEvent} from './jsonld.js'
