import {readFileSync, readdirSync} from 'node:fs'
import {extract} from '../dist/index.js'
const dir = new URL('../fixtures/', import.meta.url)
const docs = readdirSync(dir).filter((n) => n.endsWith('.md')).map((n) => [n, readFileSync(new URL(n, dir), 'utf8')])
for (let i = 0; i < 300; i++) for (const [n, t] of docs) extract(t, {path: n})
