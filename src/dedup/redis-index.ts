/**
 * The Redis side of openDedupIndex: one index shared by any number of processes (or machines).
 * It is not a DedupStorage behind the synchronous index (storage.ts says why): it keeps the
 * index's records and buckets in Redis and matches a whole batch per few round trips, with the
 * records, bucket layout and matching of the synchronous index (record.ts, match.ts, index-file.ts).
 *
 * Redis layout under a key prefix P (one index per prefix):
 *   P:meta  the options (JSON), written by the first process, checked by the others; it must exist
 *           for as long as the index does: a batch finding it gone fails rather than write into a void
 *   P:n     the ordinal counter (INCRBY: ordinals are unique across processes)
 *   P:ids   hash id (UTF-16LE bytes, lossless) → ordinal
 *   P:docs  hash ordinal → record (the binary record of a saved index: id, sizes, 512-byte signature)
 *   P:b:T:K one string per LSH bucket (table T, key K): the ordinals in it, 4 bytes each (APPEND)
 *
 * addMany() of N documents is four round trips whatever N: bucket and id lookups (one pipeline of
 * MGET/HMGET), the candidates' records (HMGET), then one script that checks the index is whole and
 * none of the ids was claimed meanwhile, takes the ordinals, claims the ids and appends to every
 * bucket, all or nothing. Its matches, as add()'s in memory, depend on what other processes added
 * first; clusters() does not (see clusters.ts).
 */
import { PadananError } from '../errors.js'
import { clusterRecords, type IndexClusters } from './clusters.js'
import type { DedupInput } from './features.js'
import { decodeDoc, DEDUP_INDEX_VERSION, encodeDoc } from './index-file.js'
import { matchRecord, type DedupMatches } from './match.js'
import { distinctIds, forEachBucket, indexable, readAll, Recorder } from './record.js'
import { connectRedis, type RedisConnection } from './redis.js'
import { describeDiff, headerOptions, indexSettings, settingsHeader, type DedupIndexOptions, type Settings } from './settings.js'
import { createStorage, type StoredDoc } from './storage.js'
import { alreadyAdded, SyncIndex, type DedupIndex } from './stream.js'

/** Where a Redis index is and how to reach it (checked by openDedupIndex). */
export interface RedisIndexAddress {
  readonly url: string
  readonly prefix: string
  /** `false`: the prefix must hold an index already. */
  readonly create: boolean
  readonly timeoutMs: number | undefined
}

/**
 * Connect to a Redis index and agree on its settings: the first process sets them, a later one gets
 * them (options it gives must agree).
 *
 * @throws PadananError `BAD_OPTIONS` for options that differ from the index's, `BAD_INPUT` for no
 *   index (with `create: false`) or a damaged one, `STORAGE_UNAVAILABLE` when Redis cannot be reached
 * @example
 * const index = await openRedisIndex(indexSettings({}), {}, { url: 'redis://127.0.0.1:6379', prefix: 'news', create: true, timeoutMs: undefined })
 */
export async function openRedisIndex(s: Settings, given: Omit<DedupIndexOptions, 'backend' | 'storage'>, { url, prefix, create, timeoutMs }: RedisIndexAddress): Promise<RedisIndex> {
  const conn = await connectRedis(url, timeoutMs !== undefined ? { timeoutMs } : {})
  try {
    const { settings, size } = await agreeOnSettings(conn, prefix, s, given, create)
    return new RedisIndex(settings, conn, prefix, size)
  } catch (e) {
    await conn.close()
    throw e
  }
}

/** The keys of the index under a prefix, in the order the scripts take them. */
function indexKeys(prefix: string): { meta: string; n: string; ids: string; docs: string } {
  return { meta: `${prefix}:meta`, n: `${prefix}:n`, ids: `${prefix}:ids`, docs: `${prefix}:docs` }
}

// KEYS: meta, counter, ids, docs. ARGV: the header, '1' to create the index when there is none.
// Returns { header, size } for an index, {1} when it was just created, {0} for none, {2} for
// data without its header (the header was deleted: adding to that would pass unnoticed).
const OPEN_SCRIPT = `
local h = redis.call('GET', KEYS[1])
if h then return {h, redis.call('HLEN', KEYS[3])} end
if redis.call('EXISTS', KEYS[2], KEYS[3], KEYS[4]) > 0 then return {2} end
if ARGV[2] ~= '1' then return {0} end
redis.call('SET', KEYS[1], ARGV[1])
return {1}`

/** The settings of a Redis index, set by the first process, read by the others; and its size. */
async function agreeOnSettings(conn: RedisConnection, prefix: string, s: Settings, given: Omit<DedupIndexOptions, 'backend' | 'storage'>, create: boolean): Promise<{ settings: Settings; size: number }> {
  const k = indexKeys(prefix)
  const mine = JSON.stringify({ version: DEDUP_INDEX_VERSION, ...settingsHeader(s) })
  // One script: the first process writes the options, the others read them (the key is never
  // changed once set, so there is no race).
  const [stored, size] = (await conn.send(['EVAL', OPEN_SCRIPT, '4', k.meta, k.n, k.ids, k.docs, mine, create ? '1' : '0'])) as [Buffer | number, number | undefined]
  if (stored === 1) return { settings: s, size: 0 }
  if (stored === 0) throw new PadananError('BAD_INPUT', `there is no dedup index under Redis prefix "${prefix}"`, { field: 'storage.prefix' })
  if (stored === 2) throw new PadananError('BAD_INPUT', `Redis index "${prefix}" is damaged: its documents are there but not its header ${k.meta} (deleted?); drop it and rebuild`, { field: 'storage.prefix' })
  const meta = k.meta
  const text = (stored as Buffer).toString('utf8')
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
  return { settings: theirs, size: size ?? 0 }
}

/** Keys per MGET/HMGET: large enough for few round trips, small enough not to stall the server. */
const CHUNK = 20_000
/** Ordinals given to the documents of a batch while it is matched (stored ordinals stay below). */
const LOCAL = 2 ** 40

// KEYS: meta, counter, ids, docs, then every document's bucket keys in turn. ARGV: n, the number of
// documents the index held when this process last looked, then per document its id, its record and
// its number of bucket keys. All or nothing: {1} when the header is gone, {2} when documents went
// missing (keys deleted or evicted), {3, positions…} for ids claimed meanwhile; {0, size} once written.
const ADD_SCRIPT = `
local n = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then return {1} end
local size = redis.call('HLEN', KEYS[3])
if size < tonumber(ARGV[2]) or redis.call('HLEN', KEYS[4]) ~= size or tonumber(redis.call('GET', KEYS[2]) or '0') < size then return {2} end
local clash = {3}
for i = 1, n do
  if redis.call('HEXISTS', KEYS[3], ARGV[3 * i]) == 1 then clash[#clash + 1] = i - 1 end
end
if #clash > 1 then return clash end
local first = redis.call('INCRBY', KEYS[2], n) - n
local k = 5
for i = 1, n do
  local id, rec, m = ARGV[3 * i], ARGV[3 * i + 1], tonumber(ARGV[3 * i + 2])
  local ord = first + i - 1
  redis.call('HSET', KEYS[3], id, ord)
  redis.call('HSET', KEYS[4], ord, rec)
  local b = struct.pack('<I4', ord)
  for j = 0, m - 1 do redis.call('APPEND', KEYS[k + j], b) end
  k = k + m
end
return {0, size + n}`

/**
 * A dedup index in Redis: an AsyncDedupIndex (async.ts) and what `padanan dedup --jsonl --redis`
 * needs beyond it (RedisStreamIndex).
 */
export class RedisIndex {
  readonly backend = 'redis'
  readonly recorder: Recorder
  private readonly keys: { meta: string; n: string; ids: string; docs: string }
  private closed = false
  private dropped = false
  constructor(
    readonly s: Settings,
    private readonly r: RedisConnection,
    private readonly prefix: string,
    /** Documents the index held when this process last looked: it never shrinks while in use. */
    private known: number,
  ) {
    this.recorder = new Recorder(s)
    this.keys = indexKeys(prefix)
  }

  private bucketKey(table: number, key: number): string {
    return `${this.prefix}:b:${table.toString(36)}:${key.toString(36)}`
  }

  private live(): RedisConnection {
    if (this.closed) throw new PadananError('BAD_OPTIONS', 'the index is closed', { field: 'index' })
    return this.r
  }

  onConnectionLost(listener: (e: PadananError) => void): void {
    this.r.onLost(listener)
  }

  async add(doc: DedupInput): Promise<DedupMatches> {
    return (await this.addMany([doc]))[0]!
  }

  async addMany(docs: readonly DedupInput[]): Promise<DedupMatches[]> {
    // Without onExisting an id in the index throws, so every result is there.
    return (await this.addRecords(readAll(this, docs))) as DedupMatches[]
  }

  async addRecords(recs: readonly StoredDoc[], onExisting: (i: number) => void = (i) => {
    throw alreadyAdded(recs[i]!.id)
  }): Promise<(DedupMatches | null)[]> {
    const r = this.live()
    if (this.dropped) throw new PadananError('BAD_OPTIONS', 'the index was dropped: open it again to add to it', { field: 'index' })
    distinctIds(recs)
    const out: (DedupMatches | null)[] = recs.map(() => null)
    // Positions in recs still to add. Each pass leaves out the ids found in the index, so this ends;
    // a second pass is needed only when another process claims one of them while this one matches.
    let todo = recs.map((_, i) => i)
    while (todo.length) {
      const bucketsAll = todo.map((i) => this.bucketKeysOf(recs[i]!))
      // 1. Which ids exist, and what the buckets hold.
      const distinct = [...new Set(bucketsAll.flat())]
      const [claimed, buckets] = await Promise.all([this.hmget(this.keys.ids, todo.map((i) => idField(recs[i]!.id))), this.mget(distinct)])
      const keep = todo.flatMap((i, j) => (claimed[j] === null ? [j] : (onExisting(i), [])))
      const bucketsOf = keep.map((j) => bucketsAll[j]!)
      todo = keep.map((j) => todo[j]!)
      const batch = todo.map((i) => recs[i]!)
      if (!batch.length) break
      const stored = new Map<string, number[]>()
      distinct.forEach((k, i) => stored.set(k, ordinals(buckets[i] ?? null)))
      // 2. The records of every candidate.
      const docs = await this.fetchDocs(new Set([...stored.values()].flat()))
      // 3. Match each document against the stored ones and those before it in the batch.
      // A batch document joins the buckets (under a local ordinal) once matched, for the ones after it.
      const matches = batch.map((rec, i) => {
        // matchRecord asks for the buckets in forEachBucket order, the order of bucketsOf[i].
        const mine = bucketsOf[i]!
        let j = 0
        const found = matchRecord(
          this.s,
          rec,
          -1,
          () => stored.get(mine[j++]!)!,
          (n) => (n >= LOCAL ? batch[n - LOCAL] : docs.get(n)),
        )
        for (const key of mine) stored.get(key)!.push(LOCAL + i)
        return { id: rec.id, matches: found }
      })
      // 4. Write: one script for the batch.
      const K = this.s.o.numPerm
      const argv: (string | Buffer)[] = [String(batch.length), String(this.known)]
      batch.forEach((rec, i) => argv.push(idField(rec.id), encodeDoc(rec, K), String(bucketsOf[i]!.length)))
      const keys = [this.keys.meta, this.keys.n, this.keys.ids, this.keys.docs, ...bucketsOf.flat()]
      const reply = (await r.send(['EVAL', ADD_SCRIPT, String(keys.length), ...keys, ...argv])) as number[]
      if (reply[0] === 3) {
        // Claimed by another process since step 1: nothing was written; again without them.
        const taken = new Set(reply.slice(1).map((j) => todo[j]!))
        for (const i of taken) onExisting(i)
        todo = todo.filter((i) => !taken.has(i))
        continue
      }
      if (reply[0] !== 0) throw this.gone(reply[0] === 1)
      this.known = reply[1]!
      todo.forEach((i, j) => (out[i] = matches[j]!))
      break
    }
    return out
  }

  /** The error of an index whose keys were deleted (or evicted) while in use. */
  private gone(header: boolean): PadananError {
    const what = header ? `its header ${this.keys.meta} is gone` : 'documents went missing from it'
    return new PadananError('STORAGE_UNAVAILABLE', `Redis index "${this.prefix}": ${what}: its keys were deleted while in use (DEL, FLUSHDB, or eviction under a maxmemory-policy other than noeviction); nothing of this batch was written; drop the index and rebuild it`, { field: 'storage.prefix' })
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
    const index = new SyncIndex(this.s, createStorage('memory'))
    for (const [, rec] of all) index.insert(rec)
    return index
  }

  async drop(): Promise<void> {
    const r = this.live()
    this.dropped = true
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
