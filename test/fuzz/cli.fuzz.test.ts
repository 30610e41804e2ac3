// Seeded fuzzing of the built CLI: random JSONL lines (valid, malformed, blank, repeated ids, hostile
// text), random flags and random bytes on stdin. What must hold: exit 0 with valid output and no
// record missing, or exit 2 with one `padanan: CODE: message` line; never a stack trace, never
// another exit code.
//
// `npm run test:dist` runs a short pass (PADANAN_FUZZ_RUNS / 100 processes per command, at least 8);
// `npm run fuzz` runs 100 per command. At the long run's size, the library entry points also get
// inputs at the limits: 10^5 records, 10^6-character number-dense texts.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractNumbers, findDuplicates, prepare } from '../../src/index.js'
import { seeds } from '../seeds.js'

const RUNS = Number(process.env.PADANAN_FUZZ_RUNS ?? 120)
const SEED = Number(process.env.PADANAN_FUZZ_SEED ?? 20261206)
const PROCS = Math.max(8, Math.round(RUNS / 100))
const opts = { seed: SEED, numRuns: PROCS }
const TIMEOUT = Math.max(120_000, PROCS * 4_000)

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')

function run(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000, maxBuffer: 1 << 26 })
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal }
}

/** stderr holds notes (`padanan: skipped …`, `padanan: warning: …`) and at most one error line; never a stack trace. */
function checkStderr(err: string, code: number | null) {
  expect(err).not.toMatch(/\n\s+at /)
  const lines = err.split('\n').filter((l) => l)
  for (const l of lines) expect(l).toMatch(/^padanan: /)
  const errors = lines.filter((l) => /^padanan: [A-Z_]+: /.test(l))
  if (code === 0) expect(errors).toEqual([])
  else expect(errors).toHaveLength(1)
}

const seedLines = seeds.flatMap((s) => s.text.split('\n').filter((l) => l.trim())).slice(0, 80)
const text = fc.oneof(
  fc.constantFrom(...seedLines, '1,5 juta', '105 billion yuan', '1 1 1 1 1 1', '', ' ', '\u0000', '\ud800', '東京都 1050亿元', 'e\u0301 🙂'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
)
const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'é', ' '), fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 9 }))
const lang = fc.constantFrom(undefined, undefined, 'id', 'en', 'de', 'fr', 'ms', 'xx', 7)
const record = fc.record({ id, text, lang }, { requiredKeys: ['text'] })
/** A JSONL line: mostly records, sometimes malformed or blank. */
const line = fc.oneof(
  { weight: 6, arbitrary: record.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '{', '[]', 'null', '{"id":"x"}', '{"text":5}', '{"id":{},"text":"a"}', 'not json') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
)
const stdin = fc.oneof(
  { weight: 5, arbitrary: fc.array(line, { maxLength: 12 }).map((ls) => Buffer.from(ls.join('\n') + '\n')) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)) },
)
const extraFlags = fc.constantFrom<string[]>([], [], ['--skip-bad'], ['--lang', 'id'], ['--bogus'], ['--threshold', 'abc'], ['--workers', '0'], ['--threshold', '0.7'], ['--json'])

/**
 * A JSONL command's run: exit 0 or 2, stderr as checkStderr wants; on success, the output lines
 * parsed, one per non-blank input line less those the command said it skipped.
 */
function jsonlRun(input: Buffer, r: ReturnType<typeof run>): Record<string, unknown>[] | null {
  expect(r.signal).toBeNull()
  expect([0, 2]).toContain(r.code)
  checkStderr(r.err, r.code)
  if (r.code !== 0) return null
  const out = r.out.split('\n').filter((l) => l).map((l) => JSON.parse(l) as Record<string, unknown>)
  const lines = input.toString('utf8').split('\n').filter((l) => l.trim() !== '').length
  const skipped = Number(/skipped (\d+) malformed line/.exec(r.err)?.[1] ?? 0)
  expect(out.length).toBe(lines - skipped)
  return out
}

describe(`CLI fuzz: ${PROCS} processes per command (seed ${SEED})`, () => {
  it('numbers --jsonl: one output line per record, or one typed error', () => {
    fc.assert(
      fc.property(stdin, extraFlags, (input, flags) => {
        const out = jsonlRun(input, run(['numbers', '--jsonl', ...flags], input))
        for (const o of out ?? []) expect(o).toHaveProperty('mentions')
      }),
      opts,
    )
  }, TIMEOUT)

  it('dedup --jsonl (one and two threads): one output line per record, or one typed error', () => {
    fc.assert(
      fc.property(stdin, extraFlags, fc.constantFrom('1', '2'), (input, flags, workers) => {
        const out = jsonlRun(input, run(['dedup', '--jsonl', '--workers', workers, ...flags.filter((f) => f !== '--lang' && f !== 'id')], input))
        const ids = (out ?? []).map((o) => o.id)
        expect(new Set(ids).size).toBe(ids.length)
      }),
      opts,
    )
  }, TIMEOUT)

  it('check --tsv: one verdict per input line (less those reported skipped), or one typed error', () => {
    const tsvLine = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(text, text).map(([a, b]) => `${a.replace(/[\t\n\r]/g, ' ')}\t${b.replace(/[\t\n\r]/g, ' ')}`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((x) => x.replace(/[\n\r]/g, ' ')) },
    )
    const tsvInput = fc.oneof(
      { weight: 5, arbitrary: fc.array(tsvLine, { maxLength: 12 }).map((ls) => Buffer.from(ls.map((l) => l + '\n').join(''))) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)) },
    )
    const flags = fc.constantFrom<string[]>([], ['--skip-bad'], ['--lang-a', 'en', '--lang-b', 'id'], ['--filter'], ['--tolerance', '0.01'], ['--ignore', 'year'])
    fc.assert(
      fc.property(tsvInput, flags, (input, fl) => {
        const r = run(['check', '--tsv', ...fl], input)
        expect(r.signal).toBeNull()
        expect([0, 2]).toContain(r.code)
        checkStderr(r.err, r.code)
        if (r.code !== 0 || fl.includes('--filter')) return
        const lines = input.toString('utf8').split(/\n/)
        if (lines[lines.length - 1] === '') lines.pop()
        const skipped = Number(/skipped (\d+) malformed line/.exec(r.err)?.[1] ?? 0)
        const out = r.out.split('\n').filter((l) => l).map((l) => JSON.parse(l) as { line: number; ok: boolean })
        expect(out.length).toBe(lines.length - skipped)
      }),
      opts,
    )
  }, TIMEOUT)

  it('numbers TEXT on stdin, dedup and pair on JSONL files: valid output or one typed error', () => {
    fc.assert(
      fc.property(stdin, extraFlags, fc.constantFrom('numbers', 'dedup', 'pair'), (input, flags, cmd) => {
        const args = cmd === 'numbers' ? ['numbers', ...flags] : [cmd, '/dev/stdin', ...flags]
        const r = run(args, input)
        expect(r.signal).toBeNull()
        expect([0, 2]).toContain(r.code)
        checkStderr(r.err, r.code)
        if (r.code === 0 && flags.includes('--json')) expect(() => JSON.parse(r.out)).not.toThrow()
      }),
      opts,
    )
  }, TIMEOUT)
})

describe.runIf(RUNS >= 1000)('library inputs at the limits (long run)', () => {
  it('findDuplicates on 10^5 records: every id once', () => {
    const docs = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, text: i % 10 === 0 ? seedLines[i % seedLines.length]! : `item ${i} harga ${i % 97} persen`, lang: 'id' }))
    const r = findDuplicates(docs)
    expect(r.unique.length + r.clusters.reduce((n, c) => n + c.members.length, 0)).toBe(100_000)
  }, 600_000)

  it('extractNumbers and prepare on 10^6 characters of numbers', () => {
    const dense = '1 '.repeat(500_000)
    expect(extractNumbers(dense, 'en')).toHaveLength(500_000)
    const table = Array.from({ length: 40_000 }, (_, i) => `${i}\t${(i * 7) % 1000},5\t${i % 12} persen`).join('\n').slice(0, 1_000_000)
    const d = prepare(table, { lang: 'id' })
    expect(d.numbers.length).toBeGreaterThan(100_000)
  }, 600_000)
})
