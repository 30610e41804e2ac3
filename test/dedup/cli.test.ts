// `padanan dedup --jsonl --workers N`, `dedup merge` and `dedup clusters`: the built CLI in real
// processes (`npm run test:dist` builds first). The worker threads load dist/dedup-worker.js.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createDedupIndex, loadDedupIndex } from '../../src/dedup/index.js'
import { testCorpus } from './corpus.js'
import { workerCountPreload } from '../workers.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const tmp = mkdtempSync(join(tmpdir(), 'padanan-dedup-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// Counts the worker threads the CLI starts.
const preload = workerCountPreload(tmp)

function run(args: string[], input?: string) {
  const countFile = join(tmp, `count-${Math.random().toString(36).slice(2)}`)
  const r = spawnSync(process.execPath, ['--require', preload, cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 120_000, env: { ...process.env, COUNT_FILE: countFile }, maxBuffer: 1 << 28 })
  const workers = existsSync(countFile) ? Number(readFileSync(countFile, 'utf8')) : -1
  return { code: r.status, out: r.stdout, err: r.stderr, workers }
}

const docs = testCorpus(1200, 5)
const lines = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, lang: 'en' }))
// Malformed lines, a repeated id, a blank line, a CRLF line and a record without id, spread over batches.
const messy = [...lines]
messy.splice(300, 0, '{"id": "broken", "text": ')
messy.splice(700, 0, JSON.stringify({ id: docs[10]!.id, text: 'again' }))
messy.splice(701, 0, '')
messy.splice(900, 0, JSON.stringify({ text: docs[20]!.text }) + '\r')
messy.splice(1000, 0, JSON.stringify({ id: 'n', text: 5 }))
const messyInput = messy.join('\n') + '\n'

describe.skipIf(!existsSync(cli))('padanan dedup --jsonl --workers', () => {
  it('gives byte-identical output with 1 and with 3 workers (and starts them)', () => {
    const one = run(['dedup', '--jsonl', '--workers', '1', '--skip-bad'], messyInput)
    const three = run(['dedup', '--jsonl', '--workers', '3', '--skip-bad'], messyInput)
    expect(one.code).toBe(0)
    expect(one.workers).toBe(0)
    expect(three.workers).toBe(3)
    expect(three.out).toBe(one.out)
    expect(three.err).toBe(one.err)
    expect(one.err).toMatch(/skipped 3 malformed line\(s\): 301, 701, 1001/)
    expect(one.out.split('\n').filter(Boolean)).toHaveLength(1201)
    // Matches name earlier documents: the near copies of the corpus find their stories.
    const out = one.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; matches: { id: string }[] })
    const byId = new Map(out.map((o) => [o.id, o.matches.map((m) => m.id)]))
    const near = docs.filter((d) => d.kind === 'near')
    expect(near.filter((d) => byId.get(d.id)!.includes(d.source!)).length / near.length).toBeGreaterThan(0.8)
  })

  it('stops at the same line with the same error, whatever the number of workers', () => {
    const one = run(['dedup', '--jsonl', '--workers', '1'], messyInput)
    const two = run(['dedup', '--jsonl', '--workers', '2'], messyInput)
    expect(one.code).toBe(2)
    expect(one.err).toBe('padanan: BAD_INPUT: stdin:301: not valid JSON\n')
    expect([two.code, two.out, two.err]).toEqual([one.code, one.out, one.err])
    expect(one.out.split('\n').filter(Boolean)).toHaveLength(300)
  })

  it('defaults to one worker per core, and refuses a bad --workers', () => {
    const r = run(['dedup', '--jsonl'], lines.slice(0, 600).join('\n'))
    expect(r.code).toBe(0)
    // One core: the records are made in the main thread.
    expect(r.workers).toBe(availableParallelism() > 1 ? availableParallelism() : 0)
    for (const bad of ['0', 'x', '2.5']) expect(run(['dedup', '--jsonl', '--workers', bad], '').err).toMatch(/^padanan: BAD_OPTIONS: --workers/)
  })
})

describe.skipIf(!existsSync(cli))('padanan dedup merge / clusters', () => {
  it('saves shards, merges them, and clusters the merge as one index over all documents', () => {
    const a = join(tmp, 'a.dedup')
    const b = join(tmp, 'b.dedup')
    const all = join(tmp, 'all.dedup')
    expect(run(['dedup', '--jsonl', '--save', a], lines.filter((_, i) => i % 2 === 0).join('\n')).code).toBe(0)
    expect(run(['dedup', '--jsonl', '--workers', '2', '--save', b], lines.filter((_, i) => i % 2 === 1).join('\n')).code).toBe(0)
    const m = run(['dedup', 'merge', a, b, '-o', all])
    expect(m).toMatchObject({ code: 0, out: `merged 2 indexes: 1200 documents → ${all}\n` })
    const one = createDedupIndex()
    for (const d of docs) one.add({ id: d.id, text: d.text, lang: 'en' })
    expect(loadDedupIndex(all).clusters()).toEqual(one.clusters())
    const c = run(['dedup', 'clusters', all, '--json'])
    expect(JSON.parse(c.out)).toEqual(one.clusters())
    expect(run(['dedup', 'clusters', a, b, '--json']).out).toBe(c.out)
    expect(run(['dedup', 'clusters', all]).out).toMatch(/^1200 documents: \d+ cluster\(s\)/)
  })

  it('refuses shards built with other options (BAD_OPTIONS) and a merge without -o', () => {
    const a = join(tmp, 'x.dedup')
    const b = join(tmp, 'y.dedup')
    run(['dedup', '--jsonl', '--save', a], lines.slice(0, 50).join('\n'))
    run(['dedup', '--jsonl', '--threshold', '0.7', '--save', b], lines.slice(50, 100).join('\n'))
    const r = run(['dedup', 'merge', a, b, '-o', join(tmp, 'z.dedup')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^padanan: BAD_OPTIONS: .*threshold 0.5 vs 0.7/)
    expect(run(['dedup', 'merge', a, a]).err).toMatch(/^padanan: BAD_OPTIONS: merge needs -o/)
    expect(run(['dedup', 'merge', a, join(tmp, 'missing.dedup'), '-o', join(tmp, 'z.dedup')]).err).toMatch(/^padanan: BAD_INPUT: cannot read dedup index/)
  })
})
