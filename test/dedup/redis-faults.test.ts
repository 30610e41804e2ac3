// `padanan dedup --jsonl --redis` when things go wrong: a dropped connection, a server that stops
// answering, a server out of memory, keys deleted mid-run, two writers racing on the same ids, a rerun with --resume, clusters of a
// prefix that holds nothing. The built CLI runs in child processes (`npm run test:dist` builds first). These
// tests break the server on purpose (CLIENT KILL, CONFIG SET maxmemory, CLIENT PAUSE), so they use a
// redis-server of their own, never a shared one; without a redis-server binary they are skipped.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDedupIndex } from '../../src/dedup/index.js'
import { testCorpus } from './corpus.js'
import { hasRedisServer, startRedisServer, type RedisServer } from './redis-server.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const docs = testCorpus(1200, 23).map(({ id, text }) => ({ id, text, lang: 'en' }))
const lines = docs.map((d) => JSON.stringify(d))
const allIds = docs.map((d) => d.id).sort()
const jsonl = (ls: readonly string[]) => ls.join('\n') + '\n'
if (!hasRedisServer) console.warn('test/dedup/redis-faults.test.ts: skipped: no redis-server on PATH (.ci/run installs one)')

type Admin = { sendCommand(args: string[]): Promise<unknown>; close(): Promise<void> }
let server: RedisServer
let admin: Admin
let url: string
let count = 0
/** A prefix no other test uses. */
const fresh = (name: string) => `faults:${name}:${count++}`

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, runs: readonly Run[] = [], ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; stderr: ${runs.map((r) => r.err()).join(' | ')}`)
    await sleep(20)
  }
}

interface Run {
  readonly stdin: NodeJS.WritableStream
  /** Output so far. */
  out(): string
  err(): string
  /** Settles when the process exits: its code, and the time of exit. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string; at: number }>
  kill(): void
}

/** `padanan dedup ARGS…` in a child process, stdin left open for the test to write. */
function start(args: string[]): Run {
  const p = spawn(process.execPath, [cli, 'dedup', ...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd: root })
  let out = ''
  let err = ''
  p.stdout.on('data', (c) => (out += c))
  p.stderr.on('data', (c) => (err += c))
  // Writing to a process that has exited is not the test's failure.
  p.stdin.on('error', () => {})
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string; at: number }>((resolve) => p.on('close', (code, signal) => resolve({ code, signal, out, err, at: Date.now() })))
  return { stdin: p.stdin, out: () => out, err: () => err, exited, kill: () => p.kill('SIGKILL') }
}

/** The run's exit, or a failure (and the process killed) after `ms`. */
async function exitWithin(run: Run, ms: number) {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.kill()
      reject(new Error(`still running after ${ms} ms; stderr: ${run.err()}`))
    }, ms)
  })
  try {
    return await Promise.race([run.exited, late])
  } finally {
    clearTimeout(timer)
  }
}

/** `padanan dedup ARGS…` with the whole input, to its end. */
async function runCli(args: string[], input = '') {
  const run = start(args)
  run.stdin.end(input)
  return exitWithin(run, 60_000)
}

/** The ids of the complete output lines. */
const printed = (out: string): string[] =>
  out
    .split('\n')
    .slice(0, -1)
    .map((l) => (JSON.parse(l) as { id: string }).id)

/** The ids the index holds (stored as UTF-16LE bytes). */
async function stored(prefix: string): Promise<string[]> {
  const keys = (await admin.sendCommand(['HKEYS', `${prefix}:ids`])) as Buffer[]
  return keys.map((k) => k.toString('utf16le')).sort()
}

async function num(args: string[]): Promise<number> {
  return Number(String(await admin.sendCommand(args)))
}

/** One line on stderr, `padanan: CODE: …`, and no stack trace. */
function oneLineError(err: string, code: string) {
  const ls = err.split('\n').filter(Boolean)
  expect(ls, err).toHaveLength(1)
  expect(ls[0]).toMatch(new RegExp(`^padanan: ${code}: `))
  expect(err).not.toMatch(/\n\s+at /)
}

const sorted = (a: readonly string[]) => [...a].sort()

describe.skipIf(!hasRedisServer)(`padanan dedup --redis under faults${hasRedisServer ? '' : ' (skipped: no redis-server on PATH)'}`, () => {
  beforeAll(async () => {
    server = await startRedisServer()
    url = server.url
    const { createClient, RESP_TYPES } = await import('redis')
    const c = createClient({ url }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
    await c.connect()
    admin = c as unknown as Admin
  })
  afterAll(async () => {
    await admin?.close()
    await server?.stop()
  })

  /** Kill every client connection but the admin's, twice, as an operator would. */
  const killClients = async () => {
    await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal'])
    await sleep(30)
    await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal'])
  }

  it('a dropped connection while waiting for stdin ends the run at once: exit 2, one STORAGE_UNAVAILABLE line, the output is what was stored', async () => {
    const prefix = fresh('idle')
    const run = start(['--jsonl', '--redis', url, '--prefix', prefix])
    run.stdin.write(jsonl(lines.slice(0, 500)))
    await waitFor('the first batch', () => printed(run.out()).length === 500, [run])
    // Stdin stays open and more input comes: neither may keep the process going on a dead connection.
    await killClients()
    const killed = Date.now()
    run.stdin.write(jsonl(lines.slice(500, 700)))
    const r = await exitWithin(run, 10_000)
    expect(r.at - killed).toBeLessThan(5000)
    expect(r.code).toBe(2)
    oneLineError(r.err, 'STORAGE_UNAVAILABLE')
    expect(r.err).toMatch(/connection lost/)
    expect(sorted(printed(r.out))).toEqual(await stored(prefix))
  })

  it('a dropped connection in the middle of the stream ends the run within seconds, whatever was in flight', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const prefix = fresh('busy')
      const run = start(['--jsonl', '--redis', url, '--prefix', prefix])
      run.stdin.write(jsonl(lines))
      await waitFor('a batch', () => printed(run.out()).length >= 500, [run])
      // At a different moment of the next batch each time: reading, matching or writing.
      await sleep(attempt * 60)
      await killClients()
      const killed = Date.now()
      const r = await exitWithin(run, 10_000)
      expect(r.at - killed).toBeLessThan(5000)
      expect(r.code).toBe(2)
      oneLineError(r.err, 'STORAGE_UNAVAILABLE')
      expect(sorted(printed(r.out))).toEqual(await stored(prefix))
    }
  })

  it('a server that stops answering ends the run after --redis-timeout: exit 2, one STORAGE_UNAVAILABLE line, nothing printed that is not stored', async () => {
    const prefix = fresh('paused')
    const run = start(['--jsonl', '--redis', url, '--prefix', prefix, '--redis-timeout', '0.5'])
    run.stdin.write(jsonl(lines.slice(0, 600)))
    await waitFor('a batch', () => printed(run.out()).length >= 500, [run])
    // Every client's commands now wait, the admin's too: to the run, the server answers nothing.
    await admin.sendCommand(['CLIENT', 'PAUSE', '5000', 'ALL'])
    const paused = Date.now()
    run.stdin.end(jsonl(lines.slice(600)))
    const r = await exitWithin(run, 15_000)
    expect(r.at - paused).toBeLessThan(4000)
    expect(r.code).toBe(2)
    oneLineError(r.err, 'STORAGE_UNAVAILABLE')
    expect(r.err).toMatch(/no reply for 0\.5 s/)
    // Once the pause ends (the batch in flight may then run: --resume finishes such a run).
    const held = await stored(prefix)
    for (const id of printed(r.out)) expect(held).toContain(id)
    expect(printed(r.out).length).toBeGreaterThanOrEqual(500)
  })

  it('--redis-timeout is a positive number of seconds, with --redis only', async () => {
    for (const args of [['--jsonl', '--redis', url, '--redis-timeout', '0'], ['--jsonl', '--redis', url, '--redis-timeout', 'soon'], ['--jsonl', '--redis-timeout', '5'], ['clusters', 'x.dedup', '--redis-timeout', '5']]) {
      const r = await runCli(args, jsonl(lines.slice(0, 2)))
      expect(r.code, args.join(' ')).toBe(2)
      oneLineError(r.err, 'BAD_OPTIONS')
    }
  })

  it('a server out of memory (maxmemory, noeviction) is STORAGE_UNAVAILABLE, exit 2; the output is what was stored', async () => {
    const prefix = fresh('oom')
    const used = Number(/used_memory:(\d+)/.exec(String(await admin.sendCommand(['INFO', 'memory'])))![1])
    // Room for a few hundred documents of the 1,200 (about 7 KB each).
    await admin.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', 'noeviction'])
    await admin.sendCommand(['CONFIG', 'SET', 'maxmemory', String(used + 3_000_000)])
    try {
      const r = await runCli(['--jsonl', '--redis', url, '--prefix', prefix], jsonl(lines))
      expect(r.code).toBe(2)
      oneLineError(r.err, 'STORAGE_UNAVAILABLE')
      expect(r.err).toMatch(/OOM/)
      const held = await stored(prefix)
      expect(held.length).toBeGreaterThan(0)
      expect(sorted(printed(r.out))).toEqual(held)
    } finally {
      await admin.sendCommand(['CONFIG', 'SET', 'maxmemory', '0'])
    }
  })

  it('keys deleted mid-run: the next batch fails typed (exit 2) and writes nothing', async () => {
    const all = async (prefix: string) => {
      const keys = (await admin.sendCommand(['KEYS', `${prefix}:*`])) as Buffer[]
      return keys.map(String)
    }
    // Every key of the index (as a FLUSHDB would), or its documents only (as eviction might).
    for (const doomed of [all, async (prefix: string) => [`${prefix}:ids`, `${prefix}:docs`]]) {
      const prefix = fresh('deleted')
      const run = start(['--jsonl', '--redis', url, '--prefix', prefix])
      run.stdin.write(jsonl(lines.slice(0, 600)))
      await waitFor('the first batch', () => printed(run.out()).length === 500, [run])
      await admin.sendCommand(['DEL', ...(await doomed(prefix))])
      run.stdin.end(jsonl(lines.slice(600)))
      const r = await exitWithin(run, 20_000)
      expect(r.code).toBe(2)
      oneLineError(r.err, 'STORAGE_UNAVAILABLE')
      expect(r.err).toMatch(/deleted while in use/)
      expect(printed(r.out)).toHaveLength(500)
      expect(await num(['HLEN', `${prefix}:ids`])).toBe(0)
    }
  })

  it('two writers racing on overlapping ids: what they printed is exactly what the index holds', async () => {
    // A's and B's own ids, and ids both have, interleaved: one batch each.
    const both = docs.slice(0, 200)
    const inputOf = (own: typeof docs) => jsonl(own.flatMap((d, i) => [JSON.stringify(d), JSON.stringify(both[i]!)]))
    const [onlyA, onlyB] = [docs.slice(200, 400), docs.slice(400, 600)]
    for (const extra of [[], ['--resume']]) {
      const prefix = fresh('race')
      // The index exists first, so both writers only read while they open it.
      const seed = await runCli(['--jsonl', '--redis', url, '--prefix', prefix], JSON.stringify({ id: 'seed', text: 'Satu dua tiga empat lima enam tujuh.' }) + '\n')
      expect(seed.code, seed.err).toBe(0)
      const a = start(['--jsonl', '--redis', url, '--prefix', prefix, ...extra])
      const b = start(['--jsonl', '--redis', url, '--prefix', prefix, ...extra])
      const adminId = await num(['CLIENT', 'ID'])
      await waitFor('both writers to open the index', async () => {
        const list = String(await admin.sendCommand(['CLIENT', 'LIST', 'TYPE', 'normal'])).split('\n')
        return list.filter((l) => !l.startsWith(`id=${adminId} `) && /\bcmd=(get|eval|evalsha|hlen)\b/.test(l)).length === 2
      }, [a, b])
      // Writes paused: both read the index and match their batch, then wait to write, neither having
      // seen the other's ids: when the pause ends, one claims the shared ids first.
      await admin.sendCommand(['CLIENT', 'PAUSE', '2000', 'WRITE'])
      a.stdin.end(inputOf(onlyA))
      b.stdin.end(inputOf(onlyB))
      const [ra, rb] = await Promise.all([exitWithin(a, 30_000), exitWithin(b, 30_000)])
      const out = [...printed(ra.out), ...printed(rb.out), 'seed']
      expect(out.length).toBe(new Set(out).size)
      expect(sorted(out)).toEqual(await stored(prefix))
      if (extra.length) {
        // --resume: the loser leaves out the ids the winner stored, and adds its own.
        expect([ra.code, rb.code], ra.err + rb.err).toEqual([0, 0])
        expect(out).toHaveLength(601)
        expect(ra.err + rb.err).toMatch(/--resume: skipped 200 document\(s\) already in the index/)
      } else {
        // The loser's batch fails whole on an id the winner claimed: nothing of it is stored.
        expect(sorted([String(ra.code), String(rb.code)])).toEqual(['0', '2'])
        const loser = ra.code === 2 ? ra : rb
        oneLineError(loser.err, 'BAD_INPUT')
        expect(loser.err).toMatch(/stdin:\d+: document id ".*" was already added/)
        expect(out).toHaveLength(401)
      }
    }
  })

  it('--resume after a killed run completes the index: every id once, the clusters of one in-memory run', async () => {
    const prefix = fresh('resume')
    const run = start(['--jsonl', '--redis', url, '--prefix', prefix])
    run.stdin.write(jsonl(lines))
    await waitFor('a batch', () => printed(run.out()).length >= 500, [run])
    run.kill()
    await run.exited
    const first = printed(run.out())
    const before = await stored(prefix)
    expect(before.length).toBeLessThan(docs.length)
    // Without --resume the rerun stops at the first id the index holds.
    const refused = await runCli(['--jsonl', '--redis', url, '--prefix', prefix], jsonl(lines))
    expect(refused.code).toBe(2)
    expect(refused.err).toMatch(/was already added/)
    const again = await runCli(['--jsonl', '--redis', url, '--prefix', prefix, '--resume'], jsonl(lines))
    expect(again.code, again.err).toBe(0)
    expect(again.err).toBe(`padanan: --resume: skipped ${before.length} document(s) already in the index\n`)
    // The rerun prints the documents it added, once each, and no other.
    const second = printed(again.out)
    expect(sorted(second)).toEqual(allIds.filter((id) => !before.includes(id)))
    expect(first.every((id) => before.includes(id))).toBe(true)
    expect(await stored(prefix)).toEqual(allIds)
    expect(await num(['HLEN', `${prefix}:docs`])).toBe(docs.length)
    expect(await num(['GET', `${prefix}:n`])).toBe(docs.length)
    const c = await runCli(['clusters', '--redis', url, '--prefix', prefix, '--json'])
    expect(c.code, c.err).toBe(0)
    const mem = createDedupIndex()
    for (const d of docs) mem.add(d)
    expect(JSON.parse(c.out)).toEqual(JSON.parse(JSON.stringify(mem.clusters())))
    // --resume belongs to the Redis stream.
    const misplaced = await runCli(['--jsonl', '--resume'], jsonl(lines.slice(0, 2)))
    expect(misplaced.code).toBe(2)
    oneLineError(misplaced.err, 'BAD_OPTIONS')
  })

  it('clusters of a prefix that holds no index: BAD_INPUT, exit 2, and no index is created', async () => {
    const prefix = fresh('empty')
    const r = await runCli(['clusters', '--redis', url, '--prefix', prefix, '--json'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    oneLineError(r.err, 'BAD_INPUT')
    expect(r.err).toMatch(`no dedup index under Redis prefix "${prefix}"`)
    expect(await num(['EXISTS', `${prefix}:meta`])).toBe(0)
  })
})
