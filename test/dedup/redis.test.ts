// The Redis backend against a real server: PADANAN_REDIS_URL (set by .ci/run, which starts a
// redis-server on loopback), or else a redis-server of this file's own. With neither (no
// redis-server on PATH) these tests are skipped, and their title says so.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createDedupIndex, loadDedupIndex, openDedupIndex, type AsyncDedupIndex } from '../../src/dedup/index.js'
import { testCorpus } from './corpus.js'
import { hasRedisServer, startRedisServer } from './redis-server.js'

const server = !process.env.PADANAN_REDIS_URL && hasRedisServer ? await startRedisServer() : null
const url = process.env.PADANAN_REDIS_URL || server?.url
const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(root, 'dist', 'index.js')
const cli = join(root, 'dist', 'cli.js')
const docs = testCorpus(300, 11).map(({ id, text }) => ({ id, text, lang: 'en' }))
const run = `padanan-test:${process.pid}`
const opened: AsyncDedupIndex[] = []
// Visible in the test output: the Redis tests did not run here.
if (!url) console.warn('test/dedup/redis.test.ts: Redis tests skipped: PADANAN_REDIS_URL is not set and there is no redis-server on PATH (.ci/run installs one)')

async function open(prefix: string, options = {}): Promise<AsyncDedupIndex> {
  const index = await openDedupIndex({ ...options, storage: { backend: 'redis', url: url!, prefix: `${run}:${prefix}` } })
  opened.push(index)
  return index
}

afterAll(async () => {
  if (!url) return
  const cleaner = await openDedupIndex({ storage: { backend: 'redis', url, prefix: run } })
  await cleaner.drop()
  await cleaner.close()
  for (const x of opened) await x.close()
  await server?.stop()
})

describe.skipIf(!url)(`Redis backend${url ? '' : ' (skipped: PADANAN_REDIS_URL is not set and there is no redis-server on PATH)'}`, () => {
  const reference = (() => {
    const index = createDedupIndex()
    for (const d of docs) index.add(d)
    return { clusters: index.clusters(), index }
  })()

  it('one process: addMany gives the matches of the in-memory index, and the same clusters', async () => {
    const index = await open('one')
    const matches = [...(await index.addMany(docs.slice(0, 120))), ...(await index.addMany(docs.slice(120)))]
    const mem = createDedupIndex()
    expect(matches).toEqual(docs.map((d) => mem.add(d)))
    expect(await index.size()).toBe(docs.length)
    expect(await index.has(docs[5]!.id)).toBe(true)
    expect(await index.has('nope')).toBe(false)
    expect(await index.clusters()).toEqual(reference.clusters)
    for (const q of [docs[3]!, { id: 'q', text: docs[7]!.text.toUpperCase(), lang: 'en' }]) expect(await index.query(q)).toEqual(reference.index.query(q))
    await expect(index.add(docs[0]!)).rejects.toMatchObject({ code: 'BAD_INPUT' })
    // A snapshot is an in-memory index with the same documents: it saves, loads and clusters alike.
    const snap = await index.snapshot()
    expect(loadDedupIndex(snap.toBuffer()).clusters()).toEqual(reference.clusters)
  })

  it('two connections adding at the same time, in any split, find the clusters of one in-memory run', async () => {
    const a = await open('two')
    const b = await open('two')
    const odd = docs.filter((_, i) => i % 3 === 0)
    const rest = docs.filter((_, i) => i % 3 !== 0).reverse()
    const feed = async (index: AsyncDedupIndex, list: typeof docs) => {
      for (let i = 0; i < list.length; i += 25) await index.addMany(list.slice(i, i + 25))
    }
    await Promise.all([feed(a, odd), feed(b, rest)])
    expect(await a.size()).toBe(docs.length)
    expect(await b.clusters()).toEqual(reference.clusters)
  })

  it('one id added by two processes at once: one gets it, the other BAD_INPUT', async () => {
    const a = await open('race')
    const b = await open('race')
    const r = await Promise.allSettled([a.add(docs[0]!), b.add(docs[0]!)])
    expect(r.map((x) => x.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((r.find((x) => x.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'BAD_INPUT' })
    expect(await a.size()).toBe(1)
  })

  it('keeps its options: a second process gets them, and conflicting ones are BAD_OPTIONS', async () => {
    const a = await open('opts', { threshold: 0.6, seed: 5 })
    await a.addMany(docs.slice(0, 80))
    const b = await open('opts')
    await b.addMany(docs.slice(80, 160))
    const mem = createDedupIndex({ threshold: 0.6, seed: 5 })
    for (const d of docs.slice(0, 160)) mem.add(d)
    expect(await b.clusters()).toEqual(mem.clusters())
    await expect(open('opts', { seed: 6 })).rejects.toMatchObject({ code: 'BAD_OPTIONS', message: expect.stringMatching(/seed 5 vs 6/) })
    await open('opts', { threshold: 0.6 })
  })

  it('drop() removes every key of the index, and only those', async () => {
    const a = await open('drop')
    const keep = await open('keep')
    await a.addMany(docs.slice(0, 20))
    await keep.addMany(docs.slice(0, 5))
    await a.drop()
    expect(await a.size()).toBe(0)
    expect((await a.clusters()).unique).toEqual([])
    expect(await keep.size()).toBe(5)
  })

  it.skipIf(!existsSync(dist))('two OS processes (the built package) share one index: clusters equal the in-memory ones', async () => {
    const prefix = `${run}:procs`
    const child = (part: number) =>
      new Promise<string>((resolve, reject) => {
        const code = `
          const { openDedupIndex } = await import(${JSON.stringify(dist)});
          let input = ''; for await (const c of process.stdin) input += c;
          const docs = JSON.parse(input);
          const index = await openDedupIndex({ storage: { backend: 'redis', url: ${JSON.stringify(url)}, prefix: ${JSON.stringify(prefix)} } });
          for (let i = 0; i < docs.length; i += 20) await index.addMany(docs.slice(i, i + 20));
          await index.close();
          process.stdout.write('ok ' + docs.length);`
        const mine = docs.filter((_, i) => i % 2 === part)
        const p = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'pipe'] })
        p.stdin.end(JSON.stringify(mine))
        let out = ''
        let err = ''
        p.stdout.on('data', (c) => (out += c))
        p.stderr.on('data', (c) => (err += c))
        p.on('close', (c) => (c === 0 ? resolve(out) : reject(new Error(`child ${part} exited ${c}: ${err}`))))
      })
    expect(await Promise.all([child(0), child(1)])).toEqual([`ok ${Math.ceil(docs.length / 2)}`, `ok ${Math.floor(docs.length / 2)}`])
    const index = await openDedupIndex({ storage: { backend: 'redis', url: url!, prefix } })
    opened.push(index)
    expect(await index.clusters()).toEqual(reference.clusters)
  })

  it.skipIf(!existsSync(cli))('padanan dedup --jsonl --redis: two CLI processes share one index; their output is the in-memory stream\'s, their clusters the in-memory ones', async () => {
    const prefix = `${run}:cli`
    const lines = docs.map((d) => JSON.stringify(d))
    const cliRun = (args: string[], input = '') =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const p = spawn(process.execPath, [cli, 'dedup', ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
        p.stdin.end(input)
        let out = ''
        let err = ''
        p.stdout.on('data', (c) => (out += c))
        p.stderr.on('data', (c) => (err += c))
        p.on('close', (code) => resolve({ code, out, err }))
      })
    // One process alone first: the same lines as the in-memory stream, in input order.
    const alone = await cliRun(['--jsonl', '--redis', url!, '--prefix', `${prefix}:alone`], lines.join('\n') + '\n')
    expect(alone.code, alone.err).toBe(0)
    const mem = spawnSync(process.execPath, [cli, 'dedup', '--jsonl', '--workers', '1'], { input: lines.join('\n') + '\n', encoding: 'utf8' })
    expect(alone.out).toBe(mem.stdout)
    // Two processes at once, odd and even lines: the clusters of the whole.
    const half = (k: number) => lines.filter((_, i) => i % 2 === k).join('\n') + '\n'
    const both = await Promise.all([cliRun(['--jsonl', '--redis', url!, '--prefix', prefix], half(0)), cliRun(['--jsonl', '--redis', url!, '--prefix', prefix], half(1))])
    for (const b of both) expect(b.code, b.err).toBe(0)
    expect(both[0]!.out.trim().split('\n').length + both[1]!.out.trim().split('\n').length).toBe(docs.length)
    const c = await cliRun(['clusters', '--redis', url!, '--prefix', prefix, '--json'])
    expect(c.code, c.err).toBe(0)
    expect(JSON.parse(c.out)).toEqual(JSON.parse(JSON.stringify(reference.clusters)))
    // A repeated id is a line error: BAD_INPUT naming the line, or skipped with --skip-bad.
    const again = await cliRun(['--jsonl', '--redis', url!, '--prefix', `${prefix}:dup`], [lines[0], lines[1], lines[0]].join('\n'))
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/BAD_INPUT: stdin:3: document id .* was already added/)
    expect(again.out.trim().split('\n')).toHaveLength(2)
  })
})

describe('Redis backend errors (no server needed)', () => {
  it('an unreachable server is STORAGE_UNAVAILABLE, not a hang or a crash', async () => {
    await expect(openDedupIndex({ storage: { backend: 'redis', url: 'redis://127.0.0.1:1' } })).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: expect.stringContaining('cannot connect to Redis at redis://127.0.0.1:1') })
  })

  it('a reply timeout that is not a positive number of milliseconds is BAD_OPTIONS', async () => {
    for (const timeoutMs of [0, -1, Number.NaN, Infinity, '500'] as unknown as number[]) {
      await expect(openDedupIndex({ storage: { backend: 'redis', url: 'redis://127.0.0.1:1', timeoutMs } })).rejects.toMatchObject({ code: 'BAD_OPTIONS', field: 'storage.timeoutMs' })
    }
  })

  it('the sync index names the async one for Redis', () => {
    expect(() => createDedupIndex({ backend: 'redis' })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS', field: 'backend' }))
  })

  // A resolve hook makes `redis` unresolvable, as for a user who never installed it.
  const hook = `data:text/javascript,export async function resolve(s, c, next) { if (s === 'redis') { const e = new Error('Cannot find package redis'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e } return next(s, c) }`
  const probe = (entry: string, body: string) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', `import { register } from 'node:module'; register(${JSON.stringify(hook)}); const m = await import(${JSON.stringify(entry)}); ${body}`], { encoding: 'utf8', cwd: '/tmp' })

  it.skipIf(!existsSync(dist))('without the redis package: a clear STORAGE_UNAVAILABLE (ESM and CJS builds)', () => {
    for (const entry of [dist, join(root, 'dist', 'index.cjs')]) {
      const r = probe(entry, `try { await (m.openDedupIndex ?? m.default.openDedupIndex)({ storage: 'redis' }) } catch (e) { process.stdout.write(JSON.stringify({ code: e.code, message: e.message })) }`)
      const res = JSON.parse(r.stdout)
      expect(res.code, r.stderr).toBe('STORAGE_UNAVAILABLE')
      expect(res.message).toMatch(/npm install redis/)
    }
  })

  it.skipIf(!existsSync(dist))('importing padanan does not load the redis package; opening a Redis index does', () => {
    const loaded = `Object.keys(req.cache).filter((k) => /node_modules[\\/]redis[\\/]/.test(k)).length`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const req = createRequire(${JSON.stringify(dist)}); const m = await import(${JSON.stringify(dist)}); const before = ${loaded}; await m.openDedupIndex({ storage: { backend: 'redis', url: 'redis://127.0.0.1:1' } }).catch(() => {}); process.stdout.write(JSON.stringify([before, ${loaded}]))`], { encoding: 'utf8', cwd: root })
    expect(JSON.parse(r.stdout), r.stderr).toEqual([0, 1])
  })
})
