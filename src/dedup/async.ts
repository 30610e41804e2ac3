/**
 * An asynchronous dedup index, in memory or shared through Redis by any number of processes
 * (datasketch's storage pattern, on an engine people already run).
 *
 * Redis layout under a key prefix P (one index per prefix):
 *   P:meta  the options (JSON), written by the first process, checked by the others
 *   P:n     the ordinal counter (INCRBY: ordinals are unique across processes)
 *   P:ids   hash id (UTF-16LE bytes, lossless) → ordinal
 *   P:docs  hash ordinal → record (the binary record of a saved index: id, sizes, 512-byte signature)
 *   P:b:T:K one string per LSH bucket (table T, key K): the ordinals in it, 4 bytes each (APPEND)
 *
 * addMany() of N documents is four round trips whatever N: bucket and id lookups (one pipeline of
 * MGET/HMGET), the candidates' records (HMGET), then one script that takes the ordinals, claims
 * the ids and appends to every bucket. Its matches, as add()'s in memory, depend on what other
 * processes added first; clusters() does not (see clusters.ts).
 */
import { PadananError } from '../errors.js'
import { clusterRecords, type IndexClusters } from './clusters.js'
import type { DedupInput } from './features.js'
import { connectRedis, type RedisConnection } from './redis.js'
import { createStorage, type StoredDoc } from './storage.js'
import {
  alreadyAdded,
  decodeDoc,
  DEDUP_INDEX_VERSION,
  describeDiff,
  encodeDoc,
  forEachBucket,
  headerOptions,
  indexable,
  Index,
  indexSettings,
  matchRecord,
  Recorder,
  settingsHeader,
  type DedupIndex,
  type DedupIndexOptions,
  type DedupMatches,
  type Settings,
} from './stream.js'

/** Where an async index keeps its documents. */
export type DedupStorageConfig =
  | { readonly backend: 'memory' }
  | {
      readonly backend: 'redis'
      /** Default `redis://127.0.0.1:6379`. */
      readonly url?: string
      /** Key prefix: one index per prefix. Default `padanan:dedup`. */
      readonly prefix?: string
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
   * matches among the documents already in the index and those before it in the batch. Every
   * document is read first: a malformed one or an id already in the index throws before anything
   * is written.
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
  /** Remove the index's data (Redis: every key under its prefix). */
  drop(): Promise<void>
  /** Close the connection (nothing for memory). */
  close(): Promise<void>
}

const DEFAULT_URL = 'redis://127.0.0.1:6379'
const DEFAULT_PREFIX = 'padanan:dedup'

/**
 * Open a dedup index: in memory, or in Redis, where several processes (or machines) share one
 * index. A Redis index keeps its options under its prefix: the first process sets them, a later one
 * gets them (options it gives must agree, or `BAD_OPTIONS`). Redis needs the `redis` package
 * (`npm install redis`); it is loaded only here.
 *
 * @throws PadananError `BAD_OPTIONS` for bad options, an unknown backend, or options that differ
 *   from those of the Redis index; `STORAGE_UNAVAILABLE` when the `redis` package is missing or
 *   the server cannot be reached
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
  if (cfg.backend === 'memory') return new MemoryAsyncIndex(new Index(s, createStorage('memory')))
  if (cfg.backend !== 'redis') throw new PadananError('BAD_OPTIONS', `unknown storage backend "${String((cfg as { backend: unknown }).backend)}" (known: memory, redis)`, { field: 'storage.backend' })
  const url = cfg.url ?? DEFAULT_URL
  const prefix = cfg.prefix ?? DEFAULT_PREFIX
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url)) throw new PadananError('BAD_OPTIONS', 'storage.url must be a redis:// or rediss:// URL', { field: 'storage.url' })
  if (typeof prefix !== 'string' || prefix === '') throw new PadananError('BAD_OPTIONS', 'storage.prefix must be a non-empty string', { field: 'storage.prefix' })
  const conn = await connectRedis(url)
  try {
    const settings = await agreeOnSettings(conn, prefix, s, rest)
    return new RedisIndex(settings, conn, prefix)
  } catch (e) {
    await conn.close()
    throw e
  }
}

/** The settings of a Redis index: set by the first process, read by the others. */
async function agreeOnSettings(conn: RedisConnection, prefix: string, s: Settings, given: Omit<DedupIndexOptions, 'backend' | 'storage'>): Promise<Settings> {
  const meta = `${prefix}:meta`
  const mine = JSON.stringify({ version: DEDUP_INDEX_VERSION, ...settingsHeader(s) })
  // SET NX: the first process writes the options; the others read them (GET after a failed SET NX:
  // the key is never changed once set, so there is no race).
  if ((await conn.send(['SET', meta, mine, 'NX'])) !== null) return s
  const stored = (await conn.send(['GET', meta])) as Buffer
  const text = stored.toString('utf8')
  let h: Record<string, unknown>
  try {
    h = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new PadananError('BAD_INPUT', `Redis key ${meta} is not a padanan dedup index header`, { field: 'storage.prefix' })
  }
  if (h.version !== DEDUP_INDEX_VERSION) throw new PadananError('BAD_INPUT', `Redis index "${prefix}" has format version ${String(h.version)}; this padanan reads version ${DEDUP_INDEX_VERSION}`, { field: 'storage.prefix' })
  // Options not given come from the index; options given must agree with it.
  const explicit = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined))
  const theirs = indexSettings({ ...headerOptions(h), ...explicit })
  const header = JSON.stringify({ version: DEDUP_INDEX_VERSION, ...settingsHeader(theirs) })
  if (header !== text) throw new PadananError('BAD_OPTIONS', `Redis index "${prefix}" was created with other options (${describeDiff(h, JSON.parse(header))}); pass the same options or none`, { field: 'options' })
  return theirs
}

class MemoryAsyncIndex implements AsyncDedupIndex {
  readonly backend = 'memory'
  constructor(private readonly x: Index) {}
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

/** Records of a batch, ids checked for repeats within it. */
function readAll(x: { recorder: Recorder }, docs: readonly DedupInput[]): StoredDoc[] {
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array', { field: 'docs' })
  return distinctIds(docs.map((d, i) => x.recorder.record(d, i)))
}

/** The records, once checked that no id repeats within them (a batch is added whole or not at all). */
function distinctIds<T extends readonly StoredDoc[]>(recs: T): T {
  const seen = new Set<string>()
  recs.forEach((r, i) => {
    if (seen.has(r.id)) throw new PadananError('BAD_INPUT', `document id "${r.id}" appears twice in the batch`, { field: `docs[${i}].id` })
    seen.add(r.id)
  })
  return recs
}

/** Keys per MGET/HMGET: large enough for few round trips, small enough not to stall the server. */
const CHUNK = 20_000
/** Ordinals given to the documents of a batch while it is matched (stored ordinals stay below). */
const LOCAL = 2 ** 40

// KEYS: counter, ids, docs, then every document's bucket keys in turn. ARGV: n, then per document
// its id, its record and its number of bucket keys. A document whose id another process claimed
// meanwhile gets -1 and no bucket entries.
const ADD_SCRIPT = `
local n = tonumber(ARGV[1])
local first = redis.call('INCRBY', KEYS[1], n) - n
local out = {}
local p, k = 2, 4
for i = 1, n do
  local id, rec, m = ARGV[p], ARGV[p + 1], tonumber(ARGV[p + 2])
  p = p + 3
  local ord = first + i - 1
  if redis.call('HSETNX', KEYS[2], id, ord) == 1 then
    redis.call('HSET', KEYS[3], ord, rec)
    local b = struct.pack('<I4', ord)
    for j = 0, m - 1 do redis.call('APPEND', KEYS[k + j], b) end
    out[i] = ord
  else
    out[i] = -1
  end
  k = k + m
end
return out`

class RedisIndex implements AsyncDedupIndex {
  readonly backend = 'redis'
  readonly recorder: Recorder
  private readonly keys: { n: string; ids: string; docs: string }
  private closed = false
  constructor(
    readonly s: Settings,
    private readonly r: RedisConnection,
    private readonly prefix: string,
  ) {
    this.recorder = new Recorder(s)
    this.keys = { n: `${prefix}:n`, ids: `${prefix}:ids`, docs: `${prefix}:docs` }
  }

  private bucketKey(table: number, key: number): string {
    return `${this.prefix}:b:${table.toString(36)}:${key.toString(36)}`
  }

  private live(): RedisConnection {
    if (this.closed) throw new PadananError('BAD_OPTIONS', 'the index is closed', { field: 'index' })
    return this.r
  }

  async add(doc: DedupInput): Promise<DedupMatches> {
    return (await this.addMany([doc]))[0]!
  }

  async addMany(docs: readonly DedupInput[]): Promise<DedupMatches[]> {
    return this.addRecords(readAll(this, docs))
  }

  /** Add records made by a Recorder with the same settings (the CLI's worker threads make them). */
  async addRecords(recs: readonly StoredDoc[]): Promise<DedupMatches[]> {
    const r = this.live()
    if (recs.length === 0) return []
    distinctIds(recs)
    const bucketsOf = recs.map((rec) => this.bucketKeysOf(rec))
    // 1. Which ids exist, and what the buckets hold.
    const distinct = [...new Set(bucketsOf.flat())]
    const [claimed, buckets] = await Promise.all([this.hmget(this.keys.ids, recs.map((x) => idField(x.id))), this.mget(distinct)])
    claimed.forEach((c, i) => {
      if (c !== null) throw alreadyAdded(recs[i]!.id)
    })
    const stored = new Map<string, number[]>()
    distinct.forEach((k, i) => stored.set(k, ordinals(buckets[i] ?? null)))
    // 2. The records of every candidate.
    const docs = await this.fetchDocs(new Set([...stored.values()].flat()))
    // 3. Match each document against the stored ones and those before it in the batch.
    // A batch document joins the buckets (under a local ordinal) once matched, for the ones after it.
    const out = recs.map((rec, i) => {
      // matchRecord asks for the buckets in forEachBucket order, the order of bucketsOf[i].
      const mine = bucketsOf[i]!
      let j = 0
      const matches = matchRecord(
        this.s,
        rec,
        -1,
        () => stored.get(mine[j++]!)!,
        (n) => (n >= LOCAL ? recs[n - LOCAL] : docs.get(n)),
      )
      for (const key of bucketsOf[i]!) stored.get(key)!.push(LOCAL + i)
      return { id: rec.id, matches }
    })
    // 4. Write: one script for the batch.
    const K = this.s.o.numPerm
    const argv: (string | Buffer)[] = [String(recs.length)]
    recs.forEach((rec, i) => argv.push(idField(rec.id), encodeDoc(rec, K), String(bucketsOf[i]!.length)))
    const keys = [this.keys.n, this.keys.ids, this.keys.docs, ...bucketsOf.flat()]
    const ords = (await r.send(['EVAL', ADD_SCRIPT, String(keys.length), ...keys, ...argv])) as number[]
    const lost = ords.findIndex((o) => o < 0)
    if (lost >= 0) throw new PadananError('BAD_INPUT', `document id "${recs[lost]!.id}" was added by another process meanwhile (the other documents of the batch were added)`, { field: 'id' })
    return out
  }

  private bucketKeysOf(rec: StoredDoc): string[] {
    if (!indexable(rec)) return []
    const keys: string[] = []
    forEachBucket(this.s, rec, (t, k) => keys.push(this.bucketKey(t, k)))
    return keys
  }

  private mget(keys: readonly string[]): Promise<(Buffer | null)[]> {
    return this.chunked(['MGET'], keys)
  }

  private hmget(hash: string, fields: readonly (string | Buffer)[]): Promise<(Buffer | null)[]> {
    return this.chunked(['HMGET', hash], fields)
  }

  /** One command over many keys or fields, CHUNK at a time, in parallel; the replies in order. */
  private async chunked(head: readonly string[], args: readonly (string | Buffer)[]): Promise<(Buffer | null)[]> {
    const parts: Promise<unknown>[] = []
    for (let i = 0; i < args.length; i += CHUNK) parts.push(this.live().send([...head, ...args.slice(i, i + CHUNK)]))
    return ((await Promise.all(parts)) as (Buffer | null)[][]).flat()
  }

  private async fetchDocs(ords: Set<number>): Promise<Map<number, StoredDoc>> {
    const list = [...ords]
    const bufs = await this.hmget(
      this.keys.docs,
      list.map((n) => String(n)),
    )
    const out = new Map<number, StoredDoc>()
    list.forEach((n, i) => {
      const b = bufs[i]
      if (b) out.set(n, this.decode(b, `record ${n}`))
    })
    return out
  }

  private decode(b: Buffer, what: string): StoredDoc {
    return decodeDoc(b, 0, b.length, this.s.o.numPerm, (why) => new PadananError('BAD_INPUT', `Redis index "${this.prefix}": ${what} is damaged (${why})`, { field: 'storage.prefix' })).rec
  }

  async query(doc: DedupInput): Promise<DedupMatches> {
    const rec = this.recorder.record(doc, 0)
    const keys = this.bucketKeysOf(rec)
    const [self, buckets] = await Promise.all([this.live().send(['HGET', this.keys.ids, idField(rec.id)]) as Promise<Buffer | null>, this.mget(keys)])
    const stored = new Map<string, number[]>()
    keys.forEach((k, i) => stored.set(k, ordinals(buckets[i] ?? null)))
    const docs = await this.fetchDocs(new Set([...stored.values()].flat()))
    const selfOrd = self === null ? -1 : Number(self.toString())
    return {
      id: rec.id,
      matches: matchRecord(
        this.s,
        rec,
        selfOrd,
        (t, k) => stored.get(this.bucketKey(t, k)) ?? [],
        (n) => docs.get(n),
      ),
    }
  }

  async has(id: string): Promise<boolean> {
    return (await this.live().send(['HEXISTS', this.keys.ids, idField(id)])) === 1
  }

  async size(): Promise<number> {
    return (await this.live().send(['HLEN', this.keys.ids])) as number
  }

  /** Every record by ordinal, read in pages (HSCAN; it may return an entry twice, the map keeps one). */
  private async all(): Promise<Map<number, StoredDoc>> {
    const out = new Map<number, StoredDoc>()
    let cursor = '0'
    do {
      const [next, flat] = (await this.live().send(['HSCAN', this.keys.docs, cursor, 'COUNT', '2000'])) as [Buffer, Buffer[]]
      cursor = next.toString()
      for (let i = 0; i < flat.length; i += 2) {
        const n = Number(flat[i]!.toString())
        if (!out.has(n)) out.set(n, this.decode(flat[i + 1]!, `record ${n}`))
      }
    } while (cursor !== '0')
    return out
  }

  async clusters(): Promise<IndexClusters> {
    return clusterRecords([...(await this.all()).values()], this.s)
  }

  async snapshot(): Promise<DedupIndex> {
    const all = [...(await this.all())].sort((a, b) => a[0] - b[0])
    const index = new Index(this.s, createStorage('memory'))
    for (const [, rec] of all) index.insert(rec)
    return index
  }

  async drop(): Promise<void> {
    const r = this.live()
    const pattern = `${this.prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`
    let cursor = '0'
    do {
      const [next, keys] = (await r.send(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000'])) as [Buffer, Buffer[]]
      cursor = next.toString()
      if (keys.length) await r.send(['UNLINK', ...keys])
    } while (cursor !== '0')
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.r.close()
  }
}

/** Hash field of an id: its UTF-16 code units, so any JS string (a lone surrogate too) is kept as is. */
function idField(id: string): Buffer {
  return Buffer.from(id, 'utf16le')
}

/** The ordinals of a bucket value (4 bytes each, little-endian). */
function ordinals(b: Buffer | null): number[] {
  if (!b) return []
  const out = new Array<number>(b.length >> 2)
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4)
  return out
}
