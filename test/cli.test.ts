import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {readCalendar, readCsv} from './helpers/read-back.js'

// The CLI as users run it: the built bin in a subprocess (`npm test` builds first).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', input: input ?? '', env: {...process.env, ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does)')
})

describe('agenda-extract', () => {
  test('a file: one JSON array of its sessions, exit 0, nothing on stderr', () => {
    const {code, stdout, stderr} = run(['fixtures/mip-2022.md'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const sessions = JSON.parse(stdout) as Array<{title: string; start: string; source: {path: string}}>
    expect(sessions.map((s) => s.start)).toEqual([
      '2022-11-03T16:15:00+01:00',
      '2022-11-07T09:30:00+01:00',
      '2022-11-15T09:30:00+01:00',
      '2022-11-22T09:30:00+01:00',
      '2022-11-29T14:30:00+01:00'
    ])
    expect(sessions[0]?.source.path).toBe('fixtures/mip-2022.md')
  })

  test('the same file under three spellings gives the same ids, paths and calendar UIDs', () => {
    const spellings = ['fixtures/mip-2022.md', './fixtures/mip-2022.md', `${root}/fixtures/../fixtures/mip-2022.md`]
    const read = (format: string) => spellings.map((name) => run([name, '--format', format], undefined, {SOURCE_DATE_EPOCH: '0'}).stdout)
    const [first, ...others] = read('json').map((out) => (JSON.parse(out) as Array<{id: string; source: {path: string}}>).map((s) => [s.id, s.source.path]))
    expect(first).toHaveLength(5)
    expect(first?.[0]?.[1]).toBe('fixtures/mip-2022.md')
    for (const other of others) expect(other).toEqual(first)
    const [calendar, ...calendars] = read('ics')
    expect(calendar).toMatch(/^UID:/mu)
    for (const other of calendars) expect(other).toBe(calendar)
  })

  test('diagnostics on stderr as `file:line:column: severity: message [ruleId]`', () => {
    const {code, stdout, stderr} = run(['fixtures/mip-2023.md'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(2)
    expect(stderr).toBe(
      'fixtures/mip-2023.md:30:29: warning: Unexpected weekday `jeudi` for 2023-11-03, expected `vendredi`; the date is kept [weekday-mismatch]\n' +
        'fixtures/mip-2023.md:40:29: warning: Unexpected weekday `lundi` for 2023-11-07, expected `mardi`; the date is kept [weekday-mismatch]\n'
    )
  })

  test('several files: one array, in order', () => {
    const {code, stdout} = run(['fixtures/mip-2022.md', 'fixtures/mip-2023.md'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(7)
  })

  test('standard input, with no file or with `-`', () => {
    const text = readFileSync(new URL('../fixtures/mip-2022.md', import.meta.url), 'utf8')
    for (const args of [[], ['-']]) {
      const {code, stdout, stderr} = run(args, text)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      const sessions = JSON.parse(stdout) as Array<{source: {path: string | null}}>
      expect(sessions).toHaveLength(5)
      expect(sessions[0]?.source.path).toBeNull()
    }
    expect(run([], 'x').stderr).toBe('<stdin>:1:1: info: Unexpected document without a recognised agenda style, expected one a parser detects [no-parser]\n')
  })

  test('--format ndjson: one session per line', () => {
    const {code, stdout} = run(['--format', 'ndjson', 'fixtures/mip-2022.md'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect((JSON.parse(lines[4] ?? '') as {title: string}).title).toBe('Café Transfo #4 « S\'inspirer des écosystèmes numériques pour transformer »')
  })

  test('an error diagnostic exits 1, sessions are still printed', () => {
    const doc = '<p><b>Le 31/11/2022 à 10h <br>[Atelier]</b> <i>Impossible</i></p>\n\n<p><b>Le 04/11/2022 à 10h <br>[Atelier]</b> <i>Possible</i></p>\n'
    const {code, stdout, stderr} = run([], doc)
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toHaveLength(2)
    expect(stderr).toBe('<stdin>:1:4: error: Unexpected impossible date `31/11/2022`, expected a date that exists [invalid-date]\n')
  })

  test('options reach extract', () => {
    const doc = '<p><b>Le 03/11 à 10h <br>[Atelier]</b> <i>Un</i></p>\n\n[Programme](/programme)\n\n<p><b>Le 04/11 à 10h <br>[Atelier]</b> <i>Deux</i></p>\n'
    const {code, stdout} = run(['--reference-date', '2022-11-02', '--time-zone', 'America/Cayenne', '--base-url', 'https://example.org/a/'], doc)
    expect(code).toBe(0)
    const sessions = JSON.parse(stdout) as Array<{start: string; links: Array<{url: string}>}>
    expect(sessions[0]?.start).toBe('2022-11-03T10:00:00-03:00')
    expect(sessions[0]?.links[0]?.url).toBe('https://example.org/programme')
  })

  test.each([
    [['--nope'], "agenda-extract: Unknown option '--nope'\nTry `agenda-extract --help`.\n"],
    [['--format'], "agenda-extract: Option '-f, --format <value>' argument missing\nTry `agenda-extract --help`.\n"],
    [['--format', 'pdf', 'x.md'], 'agenda-extract: Unknown --format `pdf`; expected one of json, ndjson, ics, csv, jsonld\nTry `agenda-extract --help`.\n'],
    [['fixtures/missing.md'], 'agenda-extract: no file matches fixtures/missing.md (extensions: md, markdown, html, htm)\n'],
    [['fixtures', '--ext', 'txt'], 'agenda-extract: no file matches fixtures (extensions: txt)\n'],
    [['fixtures/mip-2022.md', '--output', 'out.pdf'], 'agenda-extract: Cannot tell the format of --output `out.pdf` from its extension; add --format\nTry `agenda-extract --help`.\n'],
    [['--time-zone', 'Mars/Olympus', 'fixtures/mip-2022.md'], 'agenda-extract: `--time-zone` must be an IANA time zone, not `Mars/Olympus`\n'],
    [['--parser', 'nope', 'fixtures/mip-2022.md'], 'agenda-extract: Unknown parser `nope`; expected one of `structured-data`, `html-agenda`, `bracket-agenda`, `markdown-agenda`, `press-release`, `single-event`, `structure`\n'],
    [['--reference-date', 'hier', 'fixtures/mip-2022.md'], 'agenda-extract: `--reference-date` must be a date `YYYY-MM-DD` or a valid `Date`, not `hier`\n']
  ])('bad usage %j exits 2', (args, stderr) => {
    const result = run(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(stderr)
  })

  test('--format ics: one calendar for every session of every file', () => {
    const files = readdirSync(new URL('../fixtures/', import.meta.url)).filter((name) => name.endsWith('.md')).map((name) => `fixtures/${name}`)
    const sessions = JSON.parse(run(files).stdout) as Array<{id: string}>
    const {code, stdout} = run([...files, '--format', 'ics'], undefined, {SOURCE_DATE_EPOCH: '1767225600'})
    expect(code).toBe(0)
    expect(stdout.match(/^BEGIN:VCALENDAR\r$/gmu)).toHaveLength(1)
    expect(stdout.match(/^DTSTAMP:.*$/gmu)?.every((line) => line === 'DTSTAMP:20260101T000000Z')).toBe(true)
    const calendar = readCalendar(stdout)
    expect(calendar.events).toBe(sessions.length)
    expect(new Set(calendar.occurrences.map((occurrence) => occurrence.id))).toEqual(new Set(sessions.map((session) => session.id)))
  })

  test('--format ics says which sessions it leaves out for want of a date', () => {
    const {code, stdout, stderr} = run(['test/diagnostics/invalid-date/input.md', '--format', 'ics'])
    expect(code).toBe(1)
    expect(readCalendar(stdout).events).toBe(1)
    expect(stderr.split('\n').filter((line) => line.endsWith('[ics-no-date]'))).toEqual([
      'test/diagnostics/invalid-date/input.md:6:1: warning: “Atelier impossible” has no date and is left out of the calendar [ics-no-date]'
    ])
  })

  test('--format csv and --format jsonld: one table, one array, for all files', () => {
    const files = ['fixtures/mip-2022.md', 'fixtures/mip-2020.md']
    const sessions = JSON.parse(run(files).stdout) as Array<{id: string; start: string; occurrences: unknown[]}>
    const rows = readCsv(run([...files, '--format', 'csv']).stdout)
    expect(rows).toHaveLength(sessions.reduce((total, session) => total + session.occurrences.length, 0))
    const events = JSON.parse(run([...files, '--format', 'jsonld']).stdout) as Array<{identifier: string; startDate: string}>
    expect(events.map((event) => [event.identifier, event.startDate])).toEqual(sessions.map((session) => [session.id, session.start]))
  })

  test('--help and --version', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: agenda-extract [files, folders or globs…] [options]')
    expect(run(['--version'])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  test('a folder: its .md, .markdown, .html and .htm files, sorted, as if named one by one', () => {
    const folder = 'test/diagnostics'
    const named = readdirSync(folder, {recursive: true, encoding: 'utf8'})
      .filter((name) => /\.(?:md|markdown|html|htm)$/u.test(name))
      .map((name) => `${folder}/${name}`)
      .sort()
    expect(named.length).toBeGreaterThan(5)
    const fromFolder = run([folder, '--silent'])
    const oneByOne = run([...named, '--silent'])
    expect(fromFolder.stdout).toBe(oneByOne.stdout)
    expect(fromFolder.code).toBe(oneByOne.code)
  })

  test('a quoted glob is expanded by the CLI; --ext chooses what folders are searched for', () => {
    const glob = run(['fixtures/mip-202[23].md'])
    expect(glob.stdout).toBe(run(['fixtures/mip-2022.md', 'fixtures/mip-2023.md']).stdout)
    const html = JSON.parse(run(['fixtures', '--ext', 'html', '--silent']).stdout) as Array<{source: {path: string}}>
    expect(html.length).toBeGreaterThan(0)
    expect(html.every((session) => session.source.path.endsWith('.html'))).toBe(true)
  })

  test('--output writes the file, in the format its extension names unless --format says', () => {
    const directory = mkdtempSync(join(tmpdir(), 'agenda-cli-'))
    try {
      const calendar = join(directory, 'agenda.ics')
      expect(run(['fixtures/mip-2022.md', '--output', calendar], undefined, {SOURCE_DATE_EPOCH: '0'})).toEqual({code: 0, stdout: '', stderr: ''})
      expect(readFileSync(calendar, 'utf8')).toBe(run(['fixtures/mip-2022.md', '--format', 'ics'], undefined, {SOURCE_DATE_EPOCH: '0'}).stdout)
      const lines = join(directory, 'agenda.ics.txt')
      run(['fixtures/mip-2022.md', '-o', lines, '--format', 'ndjson'])
      expect(readFileSync(lines, 'utf8').trim().split('\n')).toHaveLength(5)
    } finally {
      rmSync(directory, {recursive: true, force: true})
    }
  })

  test('--quiet prints warnings and errors only, --silent errors only', () => {
    // No parser (an info), weekdays that do not match (warnings), an invalid date (an error).
    const files = ['test/diagnostics/no-parser/input.md', 'fixtures/mip-2023.md', 'test/diagnostics/invalid-date/input.md']
    const severities = (args: string[]) => run([...files, ...args]).stderr.trim().split('\n').filter((line) => line !== '').map((line) => / (info|warning|error): /u.exec(line)?.[1])
    const all = severities([])
    expect(new Set(all)).toEqual(new Set(['info', 'warning', 'error']))
    expect(severities(['--quiet'])).toEqual(all.filter((severity) => severity !== 'info'))
    expect(severities(['--silent'])).toEqual(all.filter((severity) => severity === 'error'))
    expect(run(['fixtures/mip-2023.md', '--silent']).stderr).toBe('')
  })

  test('--fail-on-empty exits 1 for a file without sessions, and says which', () => {
    const empty = 'test/diagnostics/no-parser/input.md'
    expect(run([empty]).code).toBe(0)
    const failed = run(['fixtures/mip-2022.md', empty, '--fail-on-empty', '--silent'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toBe(`${empty}:1:1: error: no session in this file [fail-on-empty]\n`)
    expect((JSON.parse(failed.stdout) as unknown[]).length).toBe(5)
    expect(run(['fixtures/mip-2022.md', '--fail-on-empty']).code).toBe(0)
  })

  test('on a terminal with no file and nothing piped, the help instead of a wait', () => {
    // `script` gives the CLI a terminal for its standard input.
    const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`, '/dev/null'], {cwd: root, encoding: 'utf8', timeout: 10_000})
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: agenda-extract [files, folders or globs…] [options]')
  })

  test('--jobs 2 reads in workers: the same output and diagnostics, in the files\' order, as --jobs 1', () => {
    for (const format of ['json', 'ndjson']) {
      const one = run(['fixtures', 'test/diagnostics', '--format', format, '--jobs', '1'])
      const two = run(['fixtures', 'test/diagnostics', '--format', format, '--jobs', '2'])
      expect(one.stdout.length).toBeGreaterThan(1000)
      expect(two).toEqual(one)
    }
    // An unreadable file stops the batch with exit 2, as it does without workers.
    expect(run(['fixtures', 'fixtures/mip-2022.md/nope', '-j', '2']).code).toBe(2)
    expect(run(['fixtures/mip-2022.md', '--jobs', '0']).stderr).toBe('agenda-extract: Invalid --jobs `0`; expected a whole number of at least 1\nTry `agenda-extract --help`.\n')
  }, 60_000)

  test('a progress bar on a terminal, cleared at the end; none when standard error is not one', () => {
    const directory = mkdtempSync(join(tmpdir(), 'agenda-cli-'))
    try {
      const output = join(directory, 'out.json')
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} fixtures --silent --output ${JSON.stringify(output)}`
      const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: root, encoding: 'utf8', timeout: 30_000})
      const files = readdirSync(join(root, 'fixtures'), {recursive: true, encoding: 'utf8'}).filter((name) => /\.(?:md|markdown|html|htm)$/u.test(name)).length
      expect(onTerminal.stdout).toContain(`] ${files}/${files} files`)
      expect(onTerminal.stdout.endsWith('\r\u001B[K')).toBe(true)
      expect(run(['fixtures', '--silent', '--output', output]).stderr).toBe('')
    } finally {
      rmSync(directory, {recursive: true, force: true})
    }
  }, 60_000)
})
