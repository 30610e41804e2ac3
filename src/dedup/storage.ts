/**
 * Where the synchronous streaming index (stream.ts) keeps its documents and LSH buckets: a tiny
 * interface with an in-memory default, chosen by name (datasketch's storage pattern), so that
 * another synchronous backend plugs in without touching the index.
 *
 * Redis is not one of them: the index looks a bucket up per band of every document it adds, and in
 * memory judges candidates on the stored signatures in place, where a remote store must be read a
 * batch at a time. The Redis index is a path of its own (async.ts, redis-index.ts) over the same
 * records, buckets and matching.
 */
import { PadananError } from '../errors.js'
import { estimateJaccard } from './minhash.js'

/** What the index keeps of one document: a few fixed fields and its signatures. */
export interface StoredDoc {
  readonly id: string
  readonly lang: string
  /** Number of distinct shingles (containment is estimated from the signature and the sizes). */
  readonly shingles: number
  /** Number of distinct concepts (0 when translation is off). */
  readonly concepts: number
  /** Key of the normalized content (exact duplicates). */
  readonly exact: number
  /** Word-shingle MinHash signature. */
  readonly sig: Uint32Array
  /** Concept MinHash signature, or null when translation is off. */
  readonly csig: Uint32Array | null
}

/**
 * Storage of a streaming dedup index. Tables are numbered (0: exact keys, then one per LSH band);
 * a bucket is the list of document ordinals that share a key in a table.
 */
export interface DedupStorage {
  /** Backend name: `memory`. */
  readonly backend: string
  /** Number of documents stored. */
  readonly size: number
  /** Store a document; returns its ordinal (0, 1, 2, … in order of adding). */
  addDoc(doc: StoredDoc): number
  /** The document stored under an ordinal. */
  doc(ordinal: number): StoredDoc | undefined
  /** The ordinal of an id, if stored. */
  ordinal(id: string): number | undefined
  /** Add an ordinal to the bucket of `key` in `table`. */
  addToBucket(table: number, key: number, ordinal: number): void
  /** The ordinals in the bucket of `key` in `table` (in order of adding). */
  bucket(table: number, key: number): readonly number[]
}

/** Names of the built-in backends. */
export const STORAGE_BACKENDS = ['memory'] as const

/**
 * A storage backend by name.
 *
 * @throws PadananError `BAD_OPTIONS` for an unknown backend
 * @example
 * createStorage('memory').backend //=> 'memory'
 * createStorage('redis') // throws PadananError BAD_OPTIONS: unknown storage backend "redis" (known: memory)
 */
export function createStorage(backend: string): DedupStorage {
  if (backend === 'memory') return new MemoryStorage()
  throw new PadananError('BAD_OPTIONS', `unknown storage backend "${String(backend)}" (known: ${STORAGE_BACKENDS.join(', ')})`, { field: 'backend' })
}

/** The answer for an empty bucket (never written to: get() sorts only buckets of two or more). */
const NONE = Object.freeze([]) as unknown as number[]

/**
 * All buckets of all tables in one open-addressing multimap of (32-bit key, ordinal) pairs in two
 * typed arrays: 8 bytes a slot, at most 70% full, so about 14 bytes per entry, where a Map of
 * arrays takes 60 or more (one entry per band per document: this is most of an index's memory).
 * The table number is mixed into the key; two (table, key) pairs that fold to one key only give a
 * spare candidate, which the index verifies on the signatures anyway.
 */
class BandMultimap {
  private keys = new Uint32Array(1 << 12)
  /** Ordinal + 1; 0: an empty slot. */
  private vals = new Int32Array(1 << 12)
  private count = 0

  static fold(table: number, key: number): number {
    let h = (key ^ Math.imul(table + 1, 0x9e3779b1)) >>> 0
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    return (h ^ (h >>> 16)) >>> 0
  }

  add(key: number, val: number): void {
    if ((this.count + 1) * 10 > this.keys.length * 7) this.grow()
    this.put(key, val + 1)
    this.count++
  }

  /** The ordinals stored under a key, in order of adding. */
  get(key: number): number[] {
    const out = this.getAnyOrder(key)
    // Linear probing keeps the entries of one key in order of adding, except after a wrap or a
    // rehash moved them; a sort restores it (buckets are small).
    return out.length > 1 ? out.sort((a, b) => a - b) : out
  }

  /** The ordinals stored under a key, in slot order. */
  getAnyOrder(key: number): number[] {
    // Most buckets of a new document are empty: one shared empty answer, no array per lookup.
    let out: number[] | null = null
    const mask = this.keys.length - 1
    for (let s = key & mask; this.vals[s] !== 0; s = (s + 1) & mask) if (this.keys[s] === key) (out ??= []).push(this.vals[s]! - 1)
    return out ?? NONE
  }

  private put(key: number, v: number): void {
    const mask = this.keys.length - 1
    let s = key & mask
    while (this.vals[s] !== 0) s = (s + 1) & mask
    this.keys[s] = key
    this.vals[s] = v
  }

  private grow(): void {
    const keys = this.keys
    const vals = this.vals
    this.keys = new Uint32Array(keys.length * 2)
    this.vals = new Int32Array(vals.length * 2)
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.put(keys[i]!, vals[i]!)
  }
}

/** Documents per chunk of signature storage. */
const CHUNK = 8192

/**
 * The default backend: everything in this process's memory, in typed arrays (signatures in
 * chunks, numbers in columns) rather than an object per document: a million documents take about
 * 0.6 KB each for their record and signature plus ~0.8 KB of buckets.
 */
export class MemoryStorage implements DedupStorage {
  readonly backend = 'memory'
  private readonly ids: string[] = []
  private readonly ordinals = new Map<string, number>()
  private readonly langs: string[] = []
  private lang = new Uint8Array(1024)
  /** shingles, concepts, exact per document. */
  private nums = new Float64Array(3 * 1024)
  /** 1: has sig, 2: has csig. */
  private flags = new Uint8Array(1024)
  private k = 0
  private readonly sigs: Uint32Array[] = []
  private readonly csigs: Uint32Array[] = []
  private readonly buckets = new BandMultimap()

  get size(): number {
    return this.ids.length
  }

  addDoc(doc: StoredDoc): number {
    const n = this.ids.length
    const hasSig = doc.sig.length > 0
    const hasC = doc.csig !== null && doc.csig.length > 0
    if (hasSig || hasC) {
      const k = hasSig ? doc.sig.length : doc.csig!.length
      if (this.k === 0) this.k = k
      if ((hasSig && doc.sig.length !== this.k) || (hasC && doc.csig!.length !== this.k)) throw new PadananError('BAD_INPUT', `signature length ${k} differs from the index's ${this.k}`, { field: 'sig' })
    }
    if (n === this.lang.length) {
      this.lang = grow8(this.lang)
      this.flags = grow8(this.flags)
      const nums = new Float64Array(this.nums.length * 2)
      nums.set(this.nums)
      this.nums = nums
    }
    let li = this.langs.indexOf(doc.lang)
    if (li < 0) {
      if (this.langs.length === 255) throw new PadananError('BAD_INPUT', 'more than 255 languages in one index', { field: 'lang' })
      li = this.langs.push(doc.lang) - 1
    }
    this.lang[n] = li
    this.nums[3 * n] = doc.shingles
    this.nums[3 * n + 1] = doc.concepts
    this.nums[3 * n + 2] = doc.exact
    this.flags[n] = (hasSig ? 1 : 0) | (hasC ? 2 : 0)
    if (hasSig) this.slot(this.sigs, n).set(doc.sig)
    if (hasC) this.slot(this.csigs, n).set(doc.csig!)
    this.ids.push(doc.id)
    this.ordinals.set(doc.id, n)
    return n
  }

  /** The place of document n's signature in its chunk (chunks made on first use). */
  private slot(chunks: Uint32Array[], n: number): Uint32Array {
    const c = Math.floor(n / CHUNK)
    while (chunks.length <= c) chunks.push(null as unknown as Uint32Array)
    if (!chunks[c]) chunks[c] = new Uint32Array(CHUNK * this.k)
    const at = (n % CHUNK) * this.k
    return chunks[c]!.subarray(at, at + this.k)
  }

  doc(ordinal: number): StoredDoc | undefined {
    if (!(ordinal >= 0 && ordinal < this.ids.length)) return undefined
    const f = this.flags[ordinal]!
    return {
      id: this.ids[ordinal]!,
      lang: this.langs[this.lang[ordinal]!]!,
      shingles: this.nums[3 * ordinal]!,
      concepts: this.nums[3 * ordinal + 1]!,
      exact: this.nums[3 * ordinal + 2]!,
      sig: f & 1 ? this.slot(this.sigs, ordinal) : new Uint32Array(0),
      csig: f & 2 ? this.slot(this.csigs, ordinal) : null,
    }
  }

  ordinal(id: string): number | undefined {
    return this.ordinals.get(id)
  }

  addToBucket(table: number, key: number, ordinal: number): void {
    this.buckets.add(BandMultimap.fold(table, key), ordinal)
  }

  bucket(table: number, key: number): readonly number[] {
    return this.buckets.get(BandMultimap.fold(table, key))
  }

  /** {@link bucket} in no particular order (the index judges every entry alike, so order is moot). */
  bucketAnyOrder(table: number, key: number): readonly number[] {
    return this.buckets.getAnyOrder(BandMultimap.fold(table, key))
  }

  /** Equal slots between a signature and document n's word signature, over K (0 when n has none). */
  estimateWord(n: number, sig: Uint32Array): number {
    if (!(this.flags[n]! & 1)) return 0
    const K = this.k
    const chunk = this.sigs[Math.floor(n / CHUNK)]!
    return estimateJaccard(sig, chunk, 0, (n % CHUNK) * K, K)
  }

  /** Document n's number of shingles. */
  shingles(n: number): number {
    return this.nums[3 * n]!
  }

  /** Document n's id. */
  id(n: number): string {
    return this.ids[n]!
  }
}

function grow8(a: Uint8Array): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(a.length * 2)
  b.set(a)
  return b
}
