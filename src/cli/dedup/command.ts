// `padanan dedup`: duplicates among files, folders or JSONL, or a stream of JSONL lines on stdin
// (jsonl.ts: in worker threads, or through Redis), and the saved indexes of streams: merge them, cluster them.
import { availableParallelism } from 'node:os'
import { PadananError } from '../../errors.js'
import { findDuplicates, loadDedupIndex, mergeDedupIndexes, openDedupIndex, type DedupIndex, type DedupResult, type DedupStorageConfig } from '../../dedup/index.js'
import { noteInputs, readInputs } from '../inputs.js'
import { out, reportError } from '../io.js'
import { checkWritable } from '../../core/files.js'
import { progressBar } from '../progress.js'
import { numberFlag, parseCommand } from '../args.js'
import { CLUSTERS_USAGE, DEDUP_USAGE, MERGE_USAGE } from '../help.js'
import { streamJsonl, streamRedis, type Opts } from './jsonl.js'

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
