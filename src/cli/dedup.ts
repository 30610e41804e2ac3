// `padanan dedup`: duplicates among files, folders or JSONL, or a stream of JSONL lines on stdin
// (in worker threads), and the saved indexes of streams: merge them, cluster them.
import { availableParallelism } from 'node:os'
import { PadananError } from '../errors.js'
import { alreadyAdded, createDedupIndex, SyncIndex, loadDedupIndex, mergeDedupIndexes, type DedupIndex } from '../dedup/stream.js'
import { settingsHeader } from '../dedup/settings.js'
import { openDedupIndex, type DedupStorageConfig, type RedisStreamIndex } from '../dedup/async.js'
import type { StoredDoc } from '../dedup/storage.js'
import { findDuplicates, type DedupResult } from '../dedup/find.js'
import type { DedupOptions } from '../dedup/options.js'
import { lineErrorToThrow, recordLine, toLineError, type LineResult } from '../dedup/lines.js'
import { RecordPool, workerFile } from '../dedup/pool.js'
import { noteInputs, readInputs } from './inputs.js'
import { LineSplitter, noteSkipped, out, reportError, stdinLines } from './io.js'
import { checkWritable } from '../core/files.js'
import { progressBar } from './progress.js'
import { numberFlag, parseCommand } from './args.js'
import { CLUSTERS_USAGE, DEDUP_USAGE, MERGE_USAGE } from './help.js'

/** The index options the command takes from its flags. */
type Opts = Pick<DedupOptions, 'threshold' | 'seed' | 'numPerm'>

/**
 * The `dedup` command. The parallel stream finishes after this returns: it reports its own errors
 * (as the CLI's main does) and sets the exit code.
 *
 * @example
 * cmdDedup(['fixtures/npc', '--json']) // prints {"clusters":[…],"unique":[…],"boilerplate":[…],"repeats":[…]}
 */
export function cmdDedup(args: string[]): void {
  if (args[0] === 'merge') return cmdMerge(args.slice(1))
  if (args[0] === 'clusters') return cmdClusters(args.slice(1))
  const p = parseCommand('dedup', DEDUP_USAGE, args, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    threshold: { type: 'string' },
    seed: { type: 'string' },
    'num-perm': { type: 'string' },
    'skip-bad': { type: 'boolean' },
    workers: { type: 'string' },
    save: { type: 'string' },
    redis: { type: 'string' },
    prefix: { type: 'string' },
    'redis-timeout': { type: 'string' },
    resume: { type: 'boolean' },
  })
  if (!p) return
  const { values, positionals } = p
  if (values.resume && (!values.jsonl || values.redis === undefined)) throw new PadananError('BAD_OPTIONS', '--resume goes with --jsonl --redis', { field: 'resume' })
  redisFlagsNeedRedis(values)
  // The ranges the library accepts, checked here so that the message names the flag.
  const threshold = numberFlag(values.threshold, 'threshold', { min: 0.01, max: 0.99 })
  const seed = numberFlag(values.seed, 'seed', { min: 0, max: 0xffffffff, integer: true })
  const numPerm = numberFlag(values['num-perm'], 'num-perm', { min: 8, max: 1024, integer: true })
  const opts: Opts = { ...(threshold !== undefined ? { threshold } : {}), ...(seed !== undefined ? { seed } : {}), ...(numPerm !== undefined ? { numPerm } : {}) }
  const workers = numberFlag(values.workers, 'workers', { min: 1, max: 256, integer: true }) ?? availableParallelism()
  if (values.jsonl) {
    if (positionals.length) throw new PadananError('BAD_OPTIONS', '--jsonl reads stdin; do not pass PATH arguments', { field: 'jsonl' })
    if (values.json) throw new PadananError('BAD_OPTIONS', 'use --json or --jsonl, not both', { field: 'json' })
    if (values.save === '') throw new PadananError('BAD_OPTIONS', '--save needs a file name', { field: 'save' })
    if (values.redis !== undefined) {
      if (values.save !== undefined) throw new PadananError('BAD_OPTIONS', '--save and --redis: the index is in Redis already', { field: 'save' })
      if (values.workers !== undefined) throw new PadananError('BAD_OPTIONS', '--workers goes with the in-memory stream; with --redis, run several processes', { field: 'workers' })
      finish(streamRedis(opts, redisStorage(values.redis, values.prefix, values['redis-timeout']), { skipBad: values['skip-bad'] === true, resume: values.resume === true }))
      return
    }
    streamJsonl(opts, values['skip-bad'] === true, workers, values.save)
    return
  }
  if (values.redis !== undefined) throw new PadananError('BAD_OPTIONS', '--redis goes with --jsonl (or with dedup clusters)', { field: 'redis' })
  if (values.save !== undefined) throw new PadananError('BAD_OPTIONS', '--save goes with --jsonl (the streaming index)', { field: 'save' })
  const read = readInputs(positionals, values['skip-bad'])
  noteInputs(read, positionals)
  const { docs } = read
  const bar = progressBar('dedup')
  const r = findDuplicates(docs, { ...opts, onProgress: bar.update })
  bar.end()
  out(values.json ? JSON.stringify(r) + '\n' : summary(r))
}

/** `padanan dedup merge A B … -o OUT`. */
function cmdMerge(args: string[]): void {
  const p = parseCommand('dedup merge', MERGE_USAGE, args, { output: { type: 'string', short: 'o' } })
  if (!p) return
  const { values, positionals } = p
  if (positionals.length < 2) throw new PadananError('BAD_OPTIONS', 'merge needs two or more saved indexes: padanan dedup merge A.dedup B.dedup -o OUT.dedup', { field: 'merge' })
  if (!values.output) throw new PadananError('BAD_OPTIONS', 'merge needs -o OUT.dedup', { field: 'output' })
  checkWritable(values.output)
  const merged = loadAll(positionals)
  merged.save(values.output)
  out(`merged ${positionals.length} indexes: ${merged.size} documents → ${values.output}\n`)
}

/** `padanan dedup clusters A … [--json]`. */
function cmdClusters(args: string[]): void {
  const p = parseCommand('dedup clusters', CLUSTERS_USAGE, args, { json: { type: 'boolean' }, redis: { type: 'string' }, prefix: { type: 'string' }, 'redis-timeout': { type: 'string' } })
  if (!p) return
  const { values, positionals } = p
  redisFlagsNeedRedis(values)
  if (values.redis !== undefined) {
    if (positionals.length) throw new PadananError('BAD_OPTIONS', 'clusters takes saved indexes or --redis, not both', { field: 'redis' })
    finish(
      (async () => {
        // Reading must not create an index: a mistyped prefix is an error, not an empty result.
        const index = await openDedupIndex({ storage: { ...redisStorage(values.redis!, values.prefix, values['redis-timeout']), create: false } })
        try {
          const c = await index.clusters()
          out(values.json ? JSON.stringify(c) + '\n' : summary({ ...c, boilerplate: [], repeats: [] }))
        } finally {
          await index.close()
        }
      })(),
    )
    return
  }
  if (positionals.length < 1) throw new PadananError('BAD_OPTIONS', 'clusters needs one or more saved indexes: padanan dedup clusters A.dedup [B.dedup…]', { field: 'clusters' })
  const c = loadAll(positionals).clusters()
  out(values.json ? JSON.stringify(c) + '\n' : summary({ ...c, boilerplate: [], repeats: [] }))
}

function loadAll(paths: string[]): DedupIndex {
  const all = paths.map((p) => loadDedupIndex(p))
  return all.length === 1 ? all[0]! : mergeDedupIndexes(all)
}

function streamJsonl(opts: Opts, skipBad: boolean, workers: number, save: string | undefined): void {
  requirePipedStdin()
  // Before reading a million documents, not after.
  if (save !== undefined) checkWritable(save)
  const index = createDedupIndex(opts) as SyncIndex
  const bar = progressBar('dedup')
  const done = ({ skipped }: { skipped: number[] }) => {
    bar.end()
    noteSkipped(skipped)
    if (save !== undefined) index.save(save)
  }
  const file = workers > 1 ? workerFile(import.meta.url) : null
  if (!file) {
    done(dedupJsonl(stdinLines(), opts, skipBad, out, (n) => bar.update('index', n, 0), index))
    return
  }
  dedupJsonlParallel(stdinChunks(), index, skipBad, out, (n) => bar.update('index', n, 0), { workers, file })
    .then(done)
    .catch((e) => {
      bar.end()
      process.exitCode = reportError(e)
    })
}

/** `--prefix` and `--redis-timeout` mean nothing without `--redis`: BAD_OPTIONS naming the first given. */
function redisFlagsNeedRedis(values: { redis?: string | undefined; prefix?: string | undefined; 'redis-timeout'?: string | undefined }): void {
  if (values.redis !== undefined) return
  const flag = values.prefix !== undefined ? 'prefix' : values['redis-timeout'] !== undefined ? 'redis-timeout' : null
  if (flag) throw new PadananError('BAD_OPTIONS', `--${flag} goes with --redis`, { field: flag })
}

/** The storage config of `--redis URL [--prefix P] [--redis-timeout S]`. */
function redisStorage(url: string, prefix: string | undefined, timeout: string | undefined): Extract<DedupStorageConfig, { backend: 'redis' }> {
  if (!/^rediss?:\/\//.test(url)) throw new PadananError('BAD_OPTIONS', '--redis needs a redis:// or rediss:// URL', { field: 'redis' })
  if (prefix === '') throw new PadananError('BAD_OPTIONS', '--prefix must not be empty', { field: 'prefix' })
  const seconds = numberFlag(timeout, 'redis-timeout', { min: 0.01, max: 86_400 })
  return { backend: 'redis', url, ...(prefix !== undefined ? { prefix } : {}), ...(seconds !== undefined ? { timeoutMs: seconds * 1000 } : {}) }
}

/** How long a failed command may take to let go of what it held (a client, stdin) before the process ends anyway. */
const EXIT_GRACE_MS = 1000

/**
 * An asynchronous command: its error is reported as the CLI's main reports errors. After a failure
 * nothing left over (a client, stdin) keeps the process alive; a command that can never settle (a
 * client waiting on a dead connection) does not end it with exit 0.
 */
function finish(p: Promise<unknown>): void {
  const stalled = () => {
    process.exitCode = reportError(new PadananError('STORAGE_UNAVAILABLE', 'the Redis client stopped before the command finished', { field: 'redis' }))
  }
  process.once('beforeExit', stalled)
  p.then(
    () => process.off('beforeExit', stalled),
    (e) => {
      process.off('beforeExit', stalled)
      process.exitCode = reportError(e)
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref()
    },
  )
}

/** Records sent to Redis per batch: a few round trips each, whatever the batch size. */
const REDIS_BATCH = 500

/**
 * `--jsonl --redis`: lines through an index kept in Redis, in batches, one output line per document in
 * input order, as the in-memory stream writes them. Several processes may feed one index (distinct ids).
 * A batch is stored whole or not at all and printed once stored, so whatever ends the run, the output
 * lists exactly the documents this process stored. An id the index holds already fails its batch
 * (BAD_INPUT naming the line), is skipped as a bad line with `skipBad`, or with `resume` is left out
 * unprinted and counted: a failed run, given the same input again, completes the index.
 */
async function streamRedis(opts: Opts, storage: DedupStorageConfig, { skipBad, resume }: { skipBad: boolean; resume: boolean }): Promise<void> {
  requirePipedStdin()
  const index = (await openDedupIndex({ ...opts, storage })) as RedisStreamIndex
  // A dropped connection ends the run at once, not at the next batch (the producer may be slow).
  const lost = new Promise<never>((_, reject) =>
    index.onConnectionLost((e) => {
      reject(e)
      process.stdin.destroy()
    }),
  )
  lost.catch(() => {})
  const bar = progressBar('dedup')
  const skipped: number[] = []
  let resumed = 0
  const seen = new Set<string>()
  let batch: { rec: StoredDoc; n: number }[] = []
  let added = 0
  const flush = async () => {
    if (!batch.length) return
    const lines = batch
    batch = []
    const res = await index.addRecords(
      lines.map((x) => x.rec),
      (i) => {
        const { rec, n } = lines[i]!
        if (resume) resumed++
        else if (skipBad) skipped.push(n)
        else throw lineErrorToThrow(toLineError(alreadyAdded(rec.id)), n)
      },
    )
    let s = ''
    for (const m of res) if (m) s += JSON.stringify(m) + '\n'
    out(s)
    added += lines.length
    bar.update('index', added, 0)
  }
  const input = linesOf(stdinChunks())
  try {
    let n = 0
    const take = async (raw: string) => {
      n++
      let r = recordLine(index.recorder, raw, n)
      if ('rec' in r && seen.has(r.rec.id)) r = { n, error: toLineError(alreadyAdded(r.rec.id)) }
      if ('blank' in r) return
      if ('error' in r) {
        if (skipBad && r.error.code === 'BAD_INPUT') {
          skipped.push(n)
          return
        }
        await flush()
        throw lineErrorToThrow(r.error, n)
      }
      seen.add(r.rec.id)
      batch.push({ rec: r.rec, n })
      if (batch.length >= REDIS_BATCH) await flush()
    }
    for (;;) {
      const next = await Promise.race([input.next(), lost])
      if (next.done) break
      await take(next.value)
    }
    await flush()
  } finally {
    // Stops reading stdin (not awaited: a read cut short by a lost connection may never settle).
    input.return(undefined).catch(() => {})
    bar.end()
    await index.close()
  }
  noteSkipped(skipped.sort((a, b) => a - b))
  if (resumed) process.stderr.write(`padanan: --resume: skipped ${resumed} document(s) already in the index\n`)
}

/** `--jsonl` reads stdin: a terminal there is a mistake, not an endless wait. */
function requirePipedStdin(): void {
  if (process.stdin.isTTY) throw new PadananError('BAD_INPUT', '--jsonl reads JSONL lines from stdin: pipe a file in (padanan dedup --jsonl < in.jsonl)', { field: 'jsonl' })
}


/** The lines of a stream of chunks (see LineSplitter). */
async function* linesOf(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const split = new LineSplitter('stdin')
  const lines: string[] = []
  for await (const chunk of input) {
    split.push(chunk, lines)
    yield* lines
    lines.length = 0
  }
  split.end(lines)
  yield* lines
}

/** Stdin as it arrives (the parallel path must not block the thread that hears from workers). */
async function* stdinChunks(): AsyncGenerator<Buffer> {
  for await (const chunk of process.stdin) yield chunk as Buffer
}

/** Takes line results in order: adds records to the index, and gives each one's output line. */
class JsonlSink {
  readonly skipped: number[] = []
  constructor(
    private readonly index: SyncIndex,
    private readonly skipBad: boolean,
    private readonly onDoc: (n: number) => void,
  ) {}

  /** The output of one line ('' for none). @throws the line's error, unless skipped */
  take(r: LineResult): string {
    if ('blank' in r) return ''
    let s: string
    try {
      if ('error' in r) throw lineErrorToThrow(r.error, r.n)
      s = JSON.stringify(this.index.addRecord(r.rec)) + '\n'
    } catch (e) {
      if (this.skipBad && e instanceof PadananError && e.code === 'BAD_INPUT') {
        this.skipped.push(r.n)
        return ''
      }
      if (e instanceof PadananError && e.line === undefined) throw new PadananError(e.code, `stdin:${r.n}: ${e.message}`, { line: r.n, ...(e.field ? { field: e.field } : {}) })
      throw e
    }
    this.onDoc(this.index.size)
    return s
  }
}

/**
 * JSONL lines through a streaming index: each record `{"id","text","lang"?}` is added and one line
 * `{"id","matches":[…]}` written. A malformed line is a `PadananError('BAD_INPUT')` naming its line
 * number, unless `skipBad`: then it is listed in `skipped`.
 *
 * @example
 * dedupJsonl(['{"id":"a","text":"…"}', '{"id":"b","text":"…"}'], {}, false, (s) => process.stdout.write(s))
 * // writes {"id":"a","matches":[]} then {"id":"b","matches":[{"id":"a","kind":"near","similarity":0.8}]}
 */
export function dedupJsonl(lines: Iterable<string>, opts: Opts, skipBad: boolean, write: (s: string) => void, onDoc: (n: number) => void = () => {}, index: SyncIndex = createDedupIndex(opts) as SyncIndex): { docs: number; skipped: number[] } {
  const sink = new JsonlSink(index, skipBad, onDoc)
  let n = 0
  for (const raw of lines) {
    const s = sink.take(recordLine(index.recorder, raw, ++n))
    if (s) write(s)
  }
  return { docs: index.size, skipped: sink.skipped }
}

/** Lines per batch sent to a worker: large enough to amortize the messages, small enough to keep all threads busy. */
const BATCH = 256

/**
 * {@link dedupJsonl} with the records made in worker threads: the main thread splits lines,
 * keeps the index and writes, in input order, so the output is the same as with one thread.
 *
 * @example
 * await dedupJsonlParallel(process.stdin, createDedupIndex() as SyncIndex, false, out, () => {}, { workers: 2, file: workerFile(import.meta.url)! })
 */
export async function dedupJsonlParallel(input: AsyncIterable<Buffer | string>, index: SyncIndex, skipBad: boolean, write: (s: string) => void, onDoc: (n: number) => void, { workers, file }: { workers: number; file: URL }): Promise<{ docs: number; skipped: number[] }> {
  const pool = new RecordPool(workers, file, settingsHeader(index.s))
  const sink = new JsonlSink(index, skipBad, onDoc)
  const queue: Promise<LineResult[]>[] = []
  const take = async () => {
    const results = await queue.shift()!
    let s = ''
    try {
      for (const r of results) s += sink.take(r)
    } finally {
      // The lines before a fatal one are written, as in the one-thread path.
      if (s) write(s)
    }
  }
  let first = 1
  let batch: string[] = []
  const send = async () => {
    const p = pool.run(first, batch)
    p.catch(() => {}) // a failure is thrown where the batch is taken, in order
    queue.push(p)
    first += batch.length
    batch = []
    // Enough in flight to keep every worker busy while the main thread indexes.
    while (queue.length >= workers * 3) await take()
  }
  try {
    for await (const l of linesOf(input)) {
      batch.push(l)
      if (batch.length === BATCH) await send()
    }
    if (batch.length) await send()
    while (queue.length) await take()
  } finally {
    await pool.close()
  }
  return { docs: index.size, skipped: sink.skipped }
}

function clip(s: string, n: number): string {
  const cs = [...s]
  return cs.length <= n ? s : cs.slice(0, n - 1).join('') + '…'
}

/** The readable report. */
function summary(r: DedupResult): string {
  const inClusters = r.clusters.reduce((n, c) => n + c.members.length, 0)
  let s = `${inClusters + r.unique.length} documents: ${r.clusters.length} cluster(s) holding ${inClusters}, ${r.unique.length} unique\n`
  r.clusters.forEach((c, i) => {
    s += `\ncluster ${i + 1} (${c.kind}): ${c.members.join(', ')}\n`
    for (const l of c.links) s += `  ${l.a} ${l.kind === 'contained' ? '⊂' : '↔'} ${l.b}  ${l.kind} ${l.similarity.toFixed(3)}\n`
  })
  if (r.boilerplate.length) {
    s += `\nboilerplate lines left out of similarity (${r.boilerplate.length}):\n`
    for (const b of r.boilerplate.slice(0, 15)) s += `  ${String(b.docs).padStart(5)} doc(s)  ${clip(b.text, 70)}\n`
    if (r.boilerplate.length > 15) s += `  … ${r.boilerplate.length - 15} more (--json lists them all)\n`
  }
  if (r.repeats.length) {
    s += `\nparagraphs repeated inside a document (${r.repeats.length}):\n`
    for (const p of r.repeats.slice(0, 15)) s += `  ${p.doc} paragraphs ${p.paragraphs.join(', ')}: ${clip(p.text, 60)}\n`
  }
  s += `\nunique (${r.unique.length}): ${r.unique.slice(0, 20).join(', ') || '—'}${r.unique.length > 20 ? ', …' : ''}\n`
  return s
}
