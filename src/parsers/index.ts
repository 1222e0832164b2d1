import type {ParserPlugin} from '../types.js'
import {bracketAgenda} from './bracket-agenda/index.js'
import {htmlAgenda} from './html-agenda/index.js'
import {markdownAgenda} from './markdown-agenda/index.js'
import {pressRelease} from './press-release/index.js'
import {singleEvent} from './single-event/index.js'
import {structuredData} from './structured-data/index.js'
import {structure} from '../structure/index.js'

export {bracketAgenda} from './bracket-agenda/index.js'
export {htmlAgenda} from './html-agenda/index.js'
export {markdownAgenda} from './markdown-agenda/index.js'
export {pressRelease} from './press-release/index.js'
export {singleEvent} from './single-event/index.js'
export {structuredData} from './structured-data/index.js'
export {structure} from '../structure/index.js'

/** The built-in parser plugins, in priority order. Compose: `[mine, ...defaultParsers]`. */
export const defaultParsers: ReadonlyArray<ParserPlugin> = Object.freeze([structuredData, htmlAgenda, bracketAgenda, markdownAgenda, pressRelease, singleEvent, structure])
