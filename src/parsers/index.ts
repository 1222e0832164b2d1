import type {ParserPlugin} from '../types.js'
import {htmlAgenda} from './html-agenda/index.js'

export {htmlAgenda} from './html-agenda/index.js'

/** The built-in parser plugins, in priority order. Compose: `[mine, ...defaultParsers]`. */
export const defaultParsers: ReadonlyArray<ParserPlugin> = Object.freeze([htmlAgenda])
