// Writes dist/session.schema.json from the zod schema (the single source of truth).
import {writeFileSync} from 'node:fs'
import {z} from 'zod'
import {sessionSchema} from '../dist/index.js'

const schema = z.toJSONSchema(sessionSchema, {target: 'draft-2020-12'})
schema.$id = 'https://unpkg.com/agenda-extract/dist/session.schema.json'
schema.title = 'Session'
writeFileSync(new URL('../dist/session.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
