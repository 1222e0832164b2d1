import {readFileSync} from 'node:fs'
import {extract} from '../dist/index.js'
const name = process.argv[2]
const t = readFileSync(new URL('../fixtures/' + name, import.meta.url), 'utf8')
for (let i = 0; i < 3000; i++) extract(t, {path: name})
