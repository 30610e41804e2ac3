// The built CLI as users run it: real processes, real pipes. `npm run test:dist` builds first.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const fixtures = join(root, 'fixtures', 'npc')
const gold = JSON.parse(readFileSync(join(fixtures, 'gold.json'), 'utf8'))
const ids = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort()
const tmp = mkdtempSync(join(tmpdir(), 'padanan-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** One line on stderr, `padanan: CODE: …`, and no stack trace. */
function oneLineError(err: string, code: string) {
  const lines = err.split('\n').filter((l) => l && !l.startsWith('npm warn'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^padanan: ${code}: `))
  expect(err).not.toMatch(/\n\s+at /)
}

describe('padanan dedup', () => {
  it('reports the seed pair as a translation cluster, every id once (--json)', () => {
    const r = run(['dedup', fixtures, '--json'])
    expect(r.code).toBe(0)
    const res = JSON.parse(r.out)
    expect(res.clusters.map((c: { members: string[]; kind: string }) => [c.members, c.kind])).toEqual([[[gold.pairs[0].a, gold.pairs[0].b].sort(), 'translation']])
    expect([...res.clusters.flatMap((c: { members: string[] }) => c.members), ...res.unique].sort()).toEqual(ids)
    expect(res.boilerplate.map((b: { text: string }) => b.text)).toContain('Get Apps')
    expect(res.repeats).toHaveLength(1)
  })

  it('streams JSONL: one line of matches per document, in input order', () => {
    const t = readFileSync(join(fixtures, `${ids[3]}.txt`), 'utf8')
    const input = [JSON.stringify({ id: 'a', text: t }), JSON.stringify({ id: 'b', text: t.toUpperCase() }), JSON.stringify({ id: 'c', text: 'Sesuatu yang lain sama sekali.' })].join('\n') + '\n'
    const r = run(['dedup', '--jsonl'], input)
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c'])
    expect(lines[1].matches).toEqual([{ id: 'a', kind: 'exact', similarity: 1 }])
  })

  it('names the line of a malformed JSONL record and exits 2; --skip-bad goes on and counts', () => {
    const input = '{"id":"a","text":"Satu dua tiga empat."}\n{"id":"b","text":\n{"id":"c","text":"Lima enam."}\n'
    const bad = run(['dedup', '--jsonl'], input)
    expect(bad.code).toBe(2)
    oneLineError(bad.err, 'BAD_INPUT')
    expect(bad.err).toContain('stdin:2')
    const skip = run(['dedup', '--jsonl', '--skip-bad'], input)
    expect(skip.code).toBe(0)
    expect(skip.out.trim().split('\n')).toHaveLength(2)
    expect(skip.err).toMatch(/skipped 1 malformed line/)
  })

  it('gives an empty result for empty stdin (closed at once)', () => {
    const r = run(['dedup', '--jsonl'], '')
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
  })
})

describe('CLI errors and pipes', () => {
  it('a missing file is one line and exit 2', () => {
    const r = run(['dedup', join(tmp, 'nope.txt')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^padanan: /)
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('skips non-text files in a folder and says so', () => {
    const dir = mkdtempSync(join(tmp, 'mixed-'))
    writeFileSync(join(dir, 'a.txt'), 'Harga minyak naik lima persen pada hari Senin.')
    writeFileSync(join(dir, 'b.txt'), 'Harga minyak naik lima persen pada hari Senin!')
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))
    const r = run(['dedup', dir, '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/skipped 1 file.*logo\.png/)
    expect(JSON.parse(r.out).clusters).toEqual([{ members: ['a', 'b'], kind: 'exact', links: [{ a: 'a', b: 'b', kind: 'exact', similarity: 1 }] }])
  })

  it('an unknown command or flag is BAD_OPTIONS', () => {
    oneLineError(run(['frobnicate']).err, 'BAD_OPTIONS')
    const r = run(['dedup', fixtures, '--bogus'])
    expect(r.code).toBe(2)
    oneLineError(r.err, 'BAD_OPTIONS')
    oneLineError(run(['dedup', fixtures, '--threshold', '7']).err, 'BAD_OPTIONS')
  })

  it('ends quietly when the reader closes the pipe (| head -1)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${cli}" demo | head -1; echo "rc=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', cwd: root, timeout: 60_000 })
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /)
  })

  it('gives byte-identical output across runs', () => {
    const a = run(['dedup', fixtures, '--json']).out
    expect(run(['dedup', fixtures, '--json']).out).toBe(a)
    const p = run(['pair', fixtures, '--json']).out
    expect(run(['pair', fixtures, '--json']).out).toBe(p)
  })
})

describe('padanan pair in any languages', () => {
  const flores = join(root, 'fixtures', 'flores')
  const langs = ['de', 'en', 'fr', 'id', 'ms']

  it('reads one folder per language (ids are relative paths) and prints groups of five, of six with Chinese', () => {
    const r = run(['pair', ...langs.map((l) => join(flores, l)), '--json'])
    expect(r.code).toBe(0)
    const res = JSON.parse(r.out)
    expect(res.groups).toHaveLength(8)
    for (const g of res.groups) {
      expect(g.languages).toEqual(langs)
      expect(new Set(g.members.map((m: string) => m.slice(3))).size).toBe(1)
      expect(g.members.map((m: string) => m.slice(0, 2))).toEqual(langs)
    }
    // The whole folder holds zh/ too: every article in its six languages, Chinese included.
    const text = run(['pair', flores]).out
    expect(text.match(/^group of 6 \(de, en, fr, id, ms, zh\)/gm)).toHaveLength(8)
    expect(text).toMatch(/^unpaired \(1\): README$/m)
  })

  it('takes each record\'s lang from JSONL', () => {
    const lines = ['de', 'fr'].flatMap((l) =>
      readdirSync(join(flores, l))
        .sort()
        .map((f) => JSON.stringify({ id: `${l}:${f}`, lang: l, text: readFileSync(join(flores, l, f), 'utf8') })),
    )
    const file = join(tmp, 'defr.jsonl')
    writeFileSync(file, lines.join('\n') + '\n')
    const res = JSON.parse(run(['pair', file, '--json']).out)
    expect(res.pairs).toHaveLength(8)
    for (const p of res.pairs) expect(p.a.slice(3)).toBe(p.b.slice(3))
  })

  it('says on stderr when every document is in one language', () => {
    const r = run(['pair', join(flores, 'de')])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^padanan: all 8 documents are in one language \(de\)/m)
    expect(r.out).toMatch(/^unpaired \(8\)/m)
  })
})
