/**
 * The asynchronous dedup index (openDedupIndex), in memory or shared through Redis by any number
 * of processes (datasketch's storage pattern, on an engine people already run).
 *
 * Two index paths, not one storage interface: the synchronous index (stream.ts) looks a bucket up
 * per band of every document it adds, over a DedupStorage, and in memory judges candidates on the
 * stored signatures in place; a Redis index must fetch the buckets and records of a whole batch in a
 * few round trips and write it in one script. An asynchronous storage interface would cost the
 * synchronous path a promise per lookup and still not express the batch. So the memory index here
 * is the synchronous one behind promises, and the Redis one (redis-index.ts) is its own path over
 * the same records, buckets and matching.
 */
import { PadananError } from '../errors.js'
import type { IndexClusters } from './clusters.js'
import type { DedupInput } from './features.js'
import type { DedupMatches } from './match.js'
import { readAll, type Recorder } from './record.js'
import { openRedisIndex } from './redis-index.js'
import { indexSettings, type DedupIndexOptions } from './settings.js'
import { createStorage, type StoredDoc } from './storage.js'
import { alreadyAdded, SyncIndex, type DedupIndex } from './stream.js'

/** Where an async index keeps its documents. */
export type DedupStorageConfig =
  | { readonly backend: 'memory' }
  | {
      readonly backend: 'redis'
      /** Default `redis://127.0.0.1:6379`. */
      readonly url?: string
      /** Key prefix: one index per prefix. Default `padanan:dedup`. */
      readonly prefix?: string
      /** `false`: the prefix must hold an index already (a reader's typo must not look like an empty index). Default `true`. */
      readonly create?: boolean
      /**
       * Milliseconds commands may wait for a reply while the server answers nothing at all; then the
       * connection ends with `STORAGE_UNAVAILABLE` (a paused or frozen server must not hang a job).
       * Default 30,000.
       */
      readonly timeoutMs?: number
    }

/** Options of {@link openDedupIndex}: those of createDedupIndex, with the storage as a config. */
export interface OpenDedupIndexOptions extends Omit<DedupIndexOptions, 'backend' | 'storage'> {
  /** `'memory'` (default), `'redis'`, or a config such as `{ backend: 'redis', url, prefix }`. */
  readonly storage?: 'memory' | 'redis' | DedupStorageConfig
}

/** An index whose storage may be remote; see {@link openDedupIndex}. */
export interface AsyncDedupIndex {
  /** `'memory'` or `'redis'`. */
  readonly backend: string
  /** Add a document; its matches among the documents already in the index. @throws PadananError `BAD_INPUT` for a repeated id */
  add(doc: DedupInput): Promise<DedupMatches>
  /**
   * Add documents in one batch (a few round trips to Redis whatever their number); each one's
   * matches among the documents already in the index and those before it in the batch. The batch
   * is added whole or not at all: a malformed document, or an id already in the index (or claimed
   * by another process while the batch was matched), throws before anything is written.
   */
  addMany(docs: readonly DedupInput[]): Promise<DedupMatches[]>
  /** Matches of a document without adding it. */
  query(doc: DedupInput): Promise<DedupMatches>
  has(id: string): Promise<boolean>
  /** Number of documents in the index (all processes'). */
  size(): Promise<number>
  /** The clusters of everything in the index: the same for the same set of documents, however they were added. */
  clusters(): Promise<IndexClusters>
  /** The whole index as an in-memory one (to save to a file or merge). */
  snapshot(): Promise<DedupIndex>
  /** Remove the index's data (Redis: every key under its prefix; open the index again to add to it). */
  drop(): Promise<void>
  /** Close the connection (nothing for memory). */
  close(): Promise<void>
}

const DEFAULT_URL = 'redis://127.0.0.1:6379'
const DEFAULT_PREFIX = 'padanan:dedup'

/** What `padanan dedup --jsonl --redis` uses of a Redis index beyond {@link AsyncDedupIndex}. */
export interface RedisStreamIndex extends AsyncDedupIndex {
  readonly recorder: Recorder
  /**
   * Add records made by a Recorder with the same settings, whole or not at all. `onExisting(i)` is
   * called, before anything is written, for each record whose id the index holds: it throws to
   * give up the batch, or returns to leave the record out (its result is then null).
   */
  addRecords(recs: readonly StoredDoc[], onExisting?: (i: number) => void): Promise<(DedupMatches | null)[]>
  /** Call `listener` once if the connection drops while the index is open. */
  onConnectionLost(listener: (e: PadananError) => void): void
}

/**
 * Open a dedup index: in memory, or in Redis, where several processes (or machines) share one
 * index. A Redis index keeps its options under its prefix: the first process sets them, a later one
 * gets them (options it gives must agree, or `BAD_OPTIONS`). Redis needs the `redis` package
 * (`npm install redis`); it is loaded only here.
 *
 * @throws PadananError `BAD_OPTIONS` for bad options, an unknown backend, or options that differ
 *   from those of the Redis index; `BAD_INPUT` when `create: false` and the prefix holds no index,
 *   or the prefix holds a damaged one; `STORAGE_UNAVAILABLE` when the `redis` package is missing or
 *   the server cannot be reached (every later failure of the server is this code too; a dropped
 *   connection is not reopened, as a command in flight may or may not have run: open the index again)
 * @example
 * const index = await openDedupIndex({ storage: { backend: 'redis', url: 'redis://127.0.0.1:6379', prefix: 'news' } })
 * await index.addMany([{ id: 'a', text: '…' }, { id: 'b', text: '…' }]) //=> [{ id: 'a', matches: [] }, { id: 'b', matches: […] }]
 * const { clusters, unique } = await index.clusters()
 * await index.close()
 */
export async function openDedupIndex(options: OpenDedupIndexOptions = {}): Promise<AsyncDedupIndex> {
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const { storage, ...rest } = options
  if ((rest as DedupIndexOptions).backend !== undefined) throw new PadananError('BAD_OPTIONS', 'openDedupIndex takes storage: { backend, … }, not backend', { field: 'backend' })
  const cfg: DedupStorageConfig = storage === undefined || storage === 'memory' ? { backend: 'memory' } : storage === 'redis' ? { backend: 'redis' } : (storage as DedupStorageConfig)
  if (typeof cfg !== 'object' || cfg === null) throw new PadananError('BAD_OPTIONS', 'storage must be "memory", "redis" or { backend, … }', { field: 'storage' })
  const s = indexSettings(rest)
  if (cfg.backend === 'memory') return new MemoryAsyncIndex(new SyncIndex(s, createStorage('memory')))
  if (cfg.backend !== 'redis') throw new PadananError('BAD_OPTIONS', `unknown storage backend "${String((cfg as { backend: unknown }).backend)}" (known: memory, redis)`, { field: 'storage.backend' })
  const url = cfg.url ?? DEFAULT_URL
  const prefix = cfg.prefix ?? DEFAULT_PREFIX
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url)) throw new PadananError('BAD_OPTIONS', 'storage.url must be a redis:// or rediss:// URL', { field: 'storage.url' })
  if (typeof prefix !== 'string' || prefix === '') throw new PadananError('BAD_OPTIONS', 'storage.prefix must be a non-empty string', { field: 'storage.prefix' })
  if (cfg.create !== undefined && typeof cfg.create !== 'boolean') throw new PadananError('BAD_OPTIONS', 'storage.create must be true or false', { field: 'storage.create' })
  if (cfg.timeoutMs !== undefined && !(typeof cfg.timeoutMs === 'number' && cfg.timeoutMs > 0 && Number.isFinite(cfg.timeoutMs))) {
    throw new PadananError('BAD_OPTIONS', 'storage.timeoutMs must be a positive number of milliseconds', { field: 'storage.timeoutMs' })
  }
  // Checked to be a RedisStreamIndex here: the CLI's --redis stream takes it as one.
  const index: RedisStreamIndex = await openRedisIndex(s, rest, { url, prefix, create: cfg.create !== false, timeoutMs: cfg.timeoutMs })
  return index
}

/** The memory index of openDedupIndex: the synchronous index behind promises. */
class MemoryAsyncIndex implements AsyncDedupIndex {
  readonly backend = 'memory'
  constructor(private readonly x: SyncIndex) {}
  async add(doc: DedupInput): Promise<DedupMatches> {
    return this.x.add(doc)
  }
  async addMany(docs: readonly DedupInput[]): Promise<DedupMatches[]> {
    const recs = readAll(this.x, docs)
    for (const r of recs) if (this.x.has(r.id)) throw alreadyAdded(r.id)
    return recs.map((r) => this.x.addRecord(r))
  }
  async query(doc: DedupInput): Promise<DedupMatches> {
    return this.x.query(doc)
  }
  async has(id: string): Promise<boolean> {
    return this.x.has(id)
  }
  async size(): Promise<number> {
    return this.x.size
  }
  async clusters(): Promise<IndexClusters> {
    return this.x.clusters()
  }
  async snapshot(): Promise<DedupIndex> {
    return this.x
  }
  async drop(): Promise<void> {
    // The memory index is dropped with its last reference; nothing to clear in a shared store.
  }
  async close(): Promise<void> {}
}
