import {readFileSync} from 'node:fs'
import * as z from 'zod'
import {describe, expect, test} from 'vitest'
import {sessionSchema} from './session.js'

interface JsonSchema {
  readonly description?: string
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly anyOf?: readonly JsonSchema[]
  readonly items?: JsonSchema
}

// Every property, at any depth, with the path that leads to it.
function* properties(schema: JsonSchema, path = ''): Generator<[string, JsonSchema]> {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    yield [`${path}${name}`, property]
    for (const inner of [property, ...(property.anyOf ?? []), ...(property.items ? [property.items] : [])]) yield* properties(inner, `${path}${name}.`)
  }
}

describe('sessionSchema', () => {
  test('describes every field, at every depth, in its JSON Schema', () => {
    const all = [...properties(z.toJSONSchema(sessionSchema) as JsonSchema)]
    expect(all.length).toBeGreaterThan(40)
    expect(all.filter(([, property]) => !property.description).map(([path]) => path)).toEqual([])
  })

  test('the shipped JSON Schema is the one zod gives (`npm run build` writes it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../dist/session.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
    const {$id: _id, title: _title, ...rest} = shipped
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(sessionSchema, {target: 'draft-2020-12'}))))
  })
})
