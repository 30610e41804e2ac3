// `padanan dedup --jsonl`: JSONL lines on stdin through a streaming index, one output line per
// document in input order: in memory (records made in worker threads, or in this one), or through Redis.
import { PadananError } from '../../errors.js'
import { alreadyAdded, createDedupIndex, openDedupIndex, settingsHeader, type DedupOptions, type DedupStorageConfig, type RedisStreamIndex, type StoredDoc, type SyncIndex } from '../../dedup/index.js'
import { LineSplitter, noteSkipped, out, reportError, stdinLines } from '../io.js'
import { checkWritable } from '../../core/files.js'
import { progressBar } from '../progress.js'
import { lineErrorToThrow, recordLine, toLineError, type LineResult } from './lines.js'
import { RecordPool, workerFile } from './pool.js'

/** The index options the command takes from its flags. */
export type Opts = Pick<DedupOptions, 'threshold' | 'seed' | 'numPerm'>

/**
 * `--jsonl` in memory: stdin through a new index, in `workers` threads when the built worker is
 * there; the index is saved to `save` at the end.
 *
 * @example
 * streamJsonl({ threshold: 0.6 }, false, 4, 'corpus.dedup') // reads stdin, writes one line per document
 */
export function streamJsonl(opts: Opts, skipBad: boolean, workers: number, save: string | undefined): void {
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

/** Records sent to Redis per batch: a few round trips each, whatever the batch size. */
const REDIS_BATCH = 500

/**
 * `--jsonl --redis`: lines through an index kept in Redis, in batches, one output line per document in
 * input order, as the in-memory stream writes them. Several processes may feed one index (distinct ids).
 * A batch is stored whole or not at all and printed once stored, so whatever ends the run, the output
 * lists exactly the documents this process stored. An id the index holds already fails its batch
 * (BAD_INPUT naming the line), is skipped as a bad line with `skipBad`, or with `resume` is left out
 * unprinted and counted: a failed run, given the same input again, completes the index.
 *
 * @example
 * await streamRedis({}, { backend: 'redis', url: 'redis://127.0.0.1:6379', prefix: 'news' }, { skipBad: false, resume: true })
 */
export async function streamRedis(opts: Opts, storage: DedupStorageConfig, { skipBad, resume }: { skipBad: boolean; resume: boolean }): Promise<void> {
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
