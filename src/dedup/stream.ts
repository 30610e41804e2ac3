/**
 * A streaming dedup index: documents are added one at a time and matched against everything added
 * before, so a corpus too large for findDuplicates() is processed in pieces, saved, and resumed.
 *
 * The index keeps per document only its signatures and a few numbers (not the text), so matches
 * are judged on estimates: near duplicates by the estimated Jaccard, containment from it and the
 * two set sizes, translations (opt-in: `translation: <any number>`) by the estimated concept
 * Jaccard (findDuplicates verifies them with translationScore, which needs the texts). Boilerplate is recognised by shape and by the lines
 * given in options (frequency needs the whole corpus).
 */
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../core/files.js'
import { PadananError } from '../errors.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { boilerplateFlags, contentTokens } from './boilerplate.js'
import { conceptSet } from './concepts.js'
import { cmp, lineKeys, MIN_CONTAINED_SHINGLES, round } from './find.js'
import { readFeatures, shingleSignature, shingles, type DedupInput } from './features.js'
import { Sink } from './scan.js'
import { key53 } from './hash.js'
import { bandHash, type LshParams } from './lsh.js'
import { estimateJaccard, signature } from './minhash.js'
import { resolveOptions, type DedupOptions, type DuplicateKind, type Resolved } from './options.js'
import { clusterRecords, type IndexClusters } from './clusters.js'
import { createStorage, MemoryStorage, type DedupStorage, type StoredDoc } from './storage.js'

/** Options of {@link createDedupIndex}: those of findDuplicates plus the storage. */
export interface DedupIndexOptions extends Omit<DedupOptions, 'onProgress'> {
  /** Storage backend by name. Default `'memory'`; an unknown name is `BAD_OPTIONS`. */
  readonly backend?: string
  /** A storage object to use instead of a named backend (must be empty). */
  readonly storage?: DedupStorage
  /**
   * Estimated concept Jaccard from which two documents in different languages are reported as
   * translations (unverified: the index keeps no text). Default 0.22 (bench: translations 0.2 at the
   * 5th percentile, unrelated pairs 0.1 at the 99.9th). Used only when `translation` is set: the
   * index finds no translations by default.
   */
  readonly crossAccept?: number
}

/** One match of a document in the index. */
export interface DedupMatch {
  readonly id: string
  readonly kind: DuplicateKind
  /** exact: 1; near: estimated Jaccard; contained: estimated containment of the smaller; translation: estimated concept Jaccard. */
  readonly similarity: number
  /** For `contained`: which of the two is contained, this document (`'self'`) or the match (`'other'`). */
  readonly contained?: 'self' | 'other'
}

/** The matches of one document. */
export interface DedupMatches {
  readonly id: string
  readonly matches: readonly DedupMatch[]
}

/** A streaming dedup index; see {@link createDedupIndex}. */
export interface DedupIndex {
  /** Add a document and return its matches among the documents added before. @throws PadananError `BAD_INPUT` for a repeated id */
  add(doc: DedupInput): DedupMatches
  /** Matches of a document without adding it (it may or may not be in the index; it never matches itself). */
  query(doc: DedupInput): DedupMatches
  /** Whether an id was added. */
  has(id: string): boolean
  /** Number of documents added. */
  readonly size: number
  /** The index as bytes (the format of {@link DedupIndex.save}). */
  toBuffer(): Uint8Array
  /** Write the index to a file, atomically (a failed write leaves an existing file as it was); load it back with {@link loadDedupIndex}. @throws PadananError `WRITE_FAILED` */
  save(path: string): void
  /**
   * The clusters of everything in the index, as a function of its set of documents only (add()'s
   * matches depend on the order of adding; these do not): every document's LSH candidates,
   * verified by the rules of add(), an excerpt linked only to the document it is most contained
   * in, then union-find. Two indexes holding the same documents, however they were added, split or
   * merged, give the same clusters. Every id is in one cluster or in `unique`.
   */
  clusters(): IndexClusters
}

const DEFAULT_CROSS_ACCEPT = 0.22
const MAGIC = 'PDNDEDUP'
/** Format version of saved indexes; a reader refuses other versions. */
export const DEDUP_INDEX_VERSION = 2

/** Resolved options of an index, shared by the sync, async and worker code. */
export interface Settings {
  readonly o: Resolved
  readonly crossAccept: number
  readonly lines: readonly string[]
}

/**
 * Check index options and fill in defaults (translations off unless asked).
 *
 * @throws PadananError `BAD_OPTIONS`
 * @example
 * indexSettings({ threshold: 0.6 }).o.threshold //=> 0.6
 */
export function indexSettings(options: DedupIndexOptions): Settings {
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  // Translations are opt-in here: without corpus-wide concept frequencies (findDuplicates drops
  // concepts in > 2% of documents) unrelated news shares common concepts, so each add meets ~5% of
  // the index as translation candidates, and nothing verifies them.
  const o = resolveOptions({ ...options, translation: options.translation ?? false })
  const crossAccept = options.crossAccept ?? DEFAULT_CROSS_ACCEPT
  if (typeof crossAccept !== 'number' || !(crossAccept > 0 && crossAccept <= 1)) throw new PadananError('BAD_OPTIONS', 'crossAccept must be a number in (0, 1]', { field: 'crossAccept' })
  return { o, crossAccept, lines: o.lines }
}

/**
 * What defines an index's records and matches (all options but the lexicon and the storage): two
 * indexes merge, and processes share a Redis index, only when these agree.
 *
 * @example
 * settingsHeader(indexSettings({})).seed //=> 1
 */
export function settingsHeader(s: Settings): Record<string, unknown> {
  const o = s.o
  return {
    threshold: o.threshold,
    shingleSize: o.shingleSize,
    numPerm: o.numPerm,
    seed: o.seed,
    method: o.method,
    params: o.paramsGiven ? o.near : undefined,
    containment: o.containment,
    translation: o.translation,
    crossAccept: s.crossAccept,
    boilerplate: o.boilerplate ? { lines: s.lines, shape: o.shape } : false,
  }
}

/**
 * Index options from a header (a saved file's or a Redis index's).
 *
 * @example
 * indexSettings(headerOptions(settingsHeader(s))) // the same settings as s (but the lexicon)
 */
export function headerOptions(h: Record<string, unknown>): DedupIndexOptions {
  return {
    threshold: h.threshold as number,
    shingleSize: h.shingleSize as number,
    numPerm: h.numPerm as number,
    seed: h.seed as number,
    method: h.method as 'oph',
    params: h.params as LshParams,
    containment: h.containment as number | false,
    translation: h.translation as number | false,
    crossAccept: h.crossAccept as number,
    boilerplate: h.boilerplate as false,
  }
}

/** Scratch buffers of the Recorder (one record at a time per thread). */
const contentScratch = new Sink()
const shingleScratch = new Sink()

/**
 * Turns documents into stored records (features, boilerplate, shingles, signatures): the part of
 * adding that needs no index, so worker threads can do it.
 */
export class Recorder {
  private readonly givenLines: ReadonlySet<number> | null
  constructor(readonly s: Settings) {
    this.givenLines = s.lines.length ? lineKeys(s.lines) : null
    this.sigScratch = new Uint32Array(s.o.numPerm)
    this.csigScratch = new Uint32Array(s.o.numPerm)
  }

  /** Signatures of transient records (one at a time). */
  private readonly sigScratch: Uint32Array
  private readonly csigScratch: Uint32Array

  /**
   * The record of a document; `i` names it in error messages. A `transient` record's signatures
   * are views into this Recorder's scratch, valid until its next transient record: for a caller
   * that matches it and copies it at once (an allocation per signature cost as much as hashing it).
   */
  record(doc: DedupInput, i: number, transient = false): StoredDoc {
    const o = this.s.o
    // Transient reads into scratch buffers: a record keeps only its signatures and counts.
    const f = readFeatures(doc, i, true)
    const flags = boilerplateFlags(f, null, this.givenLines, o.shape && o.boilerplate)
    const content = contentTokens(f, flags, contentScratch)
    let count: number
    let sig: Uint32Array
    if (o.method === 'oph') {
      // Shingles and signature in one pass (the shingles themselves are not kept).
      sig = transient ? this.sigScratch : new Uint32Array(o.numPerm)
      count = shingleSignature(content, o.shingleSize, o.seed, sig)
    } else {
      const set = shingles(content, o.shingleSize, o.seed, shingleScratch)
      count = set.length
      sig = signature(set, o.numPerm, o.seed, o.method, transient ? this.sigScratch : undefined)
    }
    // A document without content has no signature (it matches nothing).
    if (count === 0) sig = new Uint32Array(0)
    let csig: Uint32Array | null = null
    let concepts = 0
    if (o.cross && count) {
      const cs = conceptSet(f, flags, o.lexicon)
      concepts = cs.length
      csig = signature(cs, o.numPerm, o.seed ^ 0x7472616e, o.method, transient ? this.csigScratch : undefined)
    }
    return { id: f.id, lang: f.lang, shingles: count, concepts, exact: content.length ? key53(content) : 0, sig, csig }
  }
}

/**
 * Whether a record goes into the LSH tables (a document with no content matches nothing).
 *
 * @example
 * indexable(new Recorder(indexSettings({})).record({ id: 'a', text: '' }, 0)) //=> false
 */
export function indexable(rec: StoredDoc): boolean {
  return rec.sig.length > 0 && rec.shingles > 0
}

/**
 * The (table, key) pairs of a record's buckets: 0 is the exact key, then the word bands, then the concept bands.
 *
 * @example
 * forEachBucket(settings, rec, (table, key) => storage.addToBucket(table, key, n))
 */
export function forEachBucket(s: Settings, rec: StoredDoc, f: (table: number, key: number) => void): void {
  f(0, fold(rec.exact))
  let table = 1
  for (const p of s.o.word) for (let b = 0; b < p.bands; b++) f(table++, bandHash(rec.sig, b, p.rows))
  const cross = s.o.cross
  if (cross && rec.csig && rec.concepts > 0) for (let b = 0; b < cross.bands; b++) f(table++, bandHash(rec.csig, b, cross.rows))
}

/**
 * Number of word-band tables (tables 1 … this).
 *
 * @example
 * wordTables(indexSettings({})) //=> 56 (containment LSH: 56 bands of 2 rows)
 */
export function wordTables(s: Settings): number {
  return s.o.word.reduce((t, p) => t + p.bands, 0)
}

/**
 * The verdict on a word-band candidate pair, the same in add(), query() and clusters(): near by
 * the estimated Jaccard, else contained (see below), else null.
 *
 * @example
 * judgeWord(settings, copy, original) //=> { kind: 'near', similarity: 0.71 }
 */
export function judgeWord(s: Settings, a: StoredDoc, b: StoredDoc): Omit<DedupMatch, 'id'> | null {
  return judgeJaccard(s, estimateJaccard(a.sig, b.sig, 0, 0, s.o.numPerm), a.shingles, b.shingles)
}

/** {@link judgeWord} from the estimated Jaccard and the two shingle counts (`a` is the document matched). */
function judgeJaccard(s: Settings, j: number, sa: number, sb: number): Omit<DedupMatch, 'id'> | null {
  const o = s.o
  if (j >= o.threshold) return { kind: 'near', similarity: round(j) }
  if (o.containment === false) return null
  // Containment of the smaller set from the Jaccard and the sizes: |A∩B| = J(|A|+|B|)/(1+J).
  // The estimate's error grows with the size ratio, so a pair is accepted on a lower bound
  // (J 1.5 standard errors down): an excerpt sharing one long line of three with another
  // story (containment ~0.5) no longer passes, a real truncation (containment ~1) still does.
  const small = Math.min(sa, sb)
  if (small < MIN_CONTAINED_SHINGLES) return null
  const lower = Math.max(0, j - 1.5 * Math.sqrt((j * (1 - j)) / o.numPerm))
  const cont = (x: number) => Math.min(1, (x * (sa + sb)) / (1 + x) / small)
  if (cont(lower) >= o.containment) return { kind: 'contained', similarity: round(cont(j)), contained: sa <= sb ? 'self' : 'other' }
  return null
}

/**
 * The verdict on a concept-band candidate pair: a translation when the languages differ and the concept Jaccard is high enough.
 *
 * @example
 * judgeCross(settings, idDoc, enDoc) //=> { kind: 'translation', similarity: 0.31 } or null
 */
export function judgeCross(s: Settings, a: StoredDoc, b: StoredDoc): Omit<DedupMatch, 'id'> | null {
  if (a.lang === b.lang || !a.csig || !b.csig) return null
  const j = estimateJaccard(a.csig, b.csig, 0, 0, s.o.numPerm)
  return j >= s.crossAccept ? { kind: 'translation', similarity: round(j) } : null
}

const RANK: Record<DuplicateKind, number> = { exact: 0, near: 1, contained: 2, translation: 3 }

/** Which candidates a match has met already (each is judged once per kind of table). */
export interface Visited {
  /** True the first time `n` is met in word (`cross` false) or concept tables. */
  first(n: number, cross: boolean): boolean
}

/** Visited ordinals in a Set: any ordinals (the Redis index gives batch documents large ones). */
function setVisited(): Visited {
  const seen = new Set<number>()
  return {
    first(n, cross) {
      const tag = cross ? -n - 1 : n
      if (seen.has(tag)) return false
      seen.add(tag)
      return true
    },
  }
}

/**
 * Visited ordinals as stamps in typed arrays, reused from one match to the next (a new stamp per
 * match): at a million documents a document meets hundreds of candidates, and a Set per match was
 * most of the main thread's time.
 */
class StampVisited implements Visited {
  private word: Int32Array = new Int32Array(1024)
  private cross: Int32Array | null = null
  private stamp = 0
  /** Start a match over ordinals below `size`. */
  next(size: number): this {
    if (size > this.word.length) {
      this.word = new Int32Array(Math.max(size, this.word.length * 2))
      this.cross = null
      this.stamp = 0
    }
    if (++this.stamp === 0x7fffffff) {
      this.word.fill(0)
      this.cross?.fill(0)
      this.stamp = 1
    }
    return this
  }
  first(n: number, cross: boolean): boolean {
    let a = this.word
    if (cross) a = this.cross ??= new Int32Array(this.word.length)
    if (a[n] === this.stamp) return false
    a[n] = this.stamp
    return true
  }
}

/**
 * The matches of a record among stored ones, read through two callbacks so that the memory and
 * the Redis index share it: `bucket` gives the ordinals under a (table, key), `doc` a stored record.
 *
 * @example
 * matchRecord(settings, rec, -1, (t, k) => storage.bucket(t, k), (n) => storage.doc(n)) //=> [{ id, kind, similarity }, …]
 */
export function matchRecord(s: Settings, rec: StoredDoc, self: number, bucket: (table: number, key: number) => Iterable<number>, doc: (n: number) => StoredDoc | undefined, visited: Visited = setVisited(), fast?: MemoryStorage): DedupMatch[] {
  if (!indexable(rec)) return []
  const found = new Map<number, DedupMatch>()
  const words = wordTables(s)
  forEachBucket(s, rec, (table, key) => {
    for (const n of bucket(table, key)) {
      if (n === self) continue
      if (table === 0) {
        const d = doc(n)
        // An exact copy is not judged again in the other tables.
        if (d && d.exact === rec.exact && visited.first(n, false)) {
          visited.first(n, true)
          found.set(n, { id: d.id, kind: 'exact', similarity: 1 })
        }
        continue
      }
      const cross = table > words
      if (!visited.first(n, cross) || (cross && found.has(n))) continue
      if (!cross && fast) {
        // In memory: judged on the stored signature in place; a record is made only for a match.
        const v = judgeJaccard(s, fast.estimateWord(n, rec.sig), rec.shingles, fast.shingles(n))
        if (v) found.set(n, { id: fast.id(n), ...v })
        continue
      }
      const d = doc(n)
      if (!d) continue
      const v = cross ? judgeCross(s, rec, d) : judgeWord(s, rec, d)
      if (v) found.set(n, { id: d.id, ...v })
    }
  })
  return [...found.values()].sort((a, b) => RANK[a.kind] - RANK[b.kind] || b.similarity - a.similarity || cmp(a.id, b.id))
}

/**
 * Create a streaming dedup index.
 *
 * @throws PadananError `BAD_OPTIONS` for bad options or an unknown backend
 * @example
 * const index = createDedupIndex({ threshold: 0.5 })
 * index.add({ id: 'a', text: 'Menteri Keuangan Sri Mulyani mengatakan koreksi tajam pada Indeks Harga Saham Gabungan hingga sekitar 4 persen dalam perdagangan Rabu hanya efek sesaat dari faktor regional.' })
 * //=> { id: 'a', matches: [] }
 * index.add({ id: 'b', text: 'Menteri Keuangan Sri Mulyani mengatakan koreksi tajam pada Indeks Harga Saham Gabungan hingga 4 persen dalam perdagangan Rabu hanya efek sesaat dari faktor-faktor regional.' })
 * //=> { id: 'b', matches: [{ id: 'a', kind: 'near', similarity: 0.7109 }] }
 * index.query({ id: 'new', text: '…' }) // never throws for a document not in the index
 * index.save('corpus.dedup')
 */
export function createDedupIndex(options: DedupIndexOptions = {}): DedupIndex {
  const s = indexSettings(options)
  return new Index(s, pickStorage(options))
}

function pickStorage(options: { backend?: string; storage?: DedupStorage }): DedupStorage {
  if (options.storage !== undefined) {
    const s = options.storage
    if (typeof s !== 'object' || s === null || typeof s.addDoc !== 'function' || typeof s.bucket !== 'function') throw new PadananError('BAD_OPTIONS', 'storage must implement DedupStorage', { field: 'storage' })
    if (s.size !== 0) throw new PadananError('BAD_OPTIONS', 'storage must be empty', { field: 'storage' })
    return s
  }
  if (options.backend !== undefined && typeof options.backend !== 'string') throw new PadananError('BAD_OPTIONS', 'backend must be a string', { field: 'backend' })
  return createStorage(options.backend ?? 'memory')
}

/** The synchronous index over a DedupStorage (memory by default). */
export class Index implements DedupIndex {
  readonly recorder: Recorder
  private readonly visited = new StampVisited()
  constructor(
    readonly s: Settings,
    private readonly storage: DedupStorage,
  ) {
    this.recorder = new Recorder(s)
  }

  get size(): number {
    return this.storage.size
  }

  has(id: string): boolean {
    return this.storage.ordinal(id) !== undefined
  }

  add(doc: DedupInput): DedupMatches {
    // The memory storage copies a record's signatures; another storage may keep the record itself.
    return this.addRecord(this.recorder.record(doc, this.storage.size, this.storage instanceof MemoryStorage))
  }

  /** Add a record made by a {@link Recorder} with the same settings (worker threads make them). */
  addRecord(rec: StoredDoc): DedupMatches {
    if (this.storage.ordinal(rec.id) !== undefined) throw alreadyAdded(rec.id)
    const matches = this.matchRecord(rec, -1)
    this.insert(rec)
    return { id: rec.id, matches }
  }

  query(doc: DedupInput): DedupMatches {
    const rec = this.recorder.record(doc, this.storage.size, true)
    return { id: rec.id, matches: this.matchRecord(rec, this.storage.ordinal(rec.id) ?? -1) }
  }

  /** Insert a stored record into the tables (also used when loading and merging). */
  insert(rec: StoredDoc): void {
    const n = this.storage.addDoc(rec)
    if (!indexable(rec)) return
    forEachBucket(this.s, rec, (table, key) => this.storage.addToBucket(table, key, n))
  }

  private matchRecord(rec: StoredDoc, self: number): DedupMatch[] {
    const st = this.storage
    if (st instanceof MemoryStorage) return matchRecord(this.s, rec, self, (t, k) => st.bucketAnyOrder(t, k), (n) => st.doc(n), this.visited.next(st.size), st)
    return matchRecord(this.s, rec, self, (t, k) => st.bucket(t, k), (n) => st.doc(n), this.visited.next(st.size))
  }

  /** Every stored record, in order of adding. */
  *records(): Generator<StoredDoc> {
    for (let n = 0; n < this.storage.size; n++) yield this.storage.doc(n)!
  }

  clusters(): IndexClusters {
    return clusterRecords([...this.records()], this.s)
  }

  toBuffer(): Uint8Array {
    const header = Buffer.from(JSON.stringify({ ...settingsHeader(this.s), count: this.storage.size }), 'utf8')
    const parts: Buffer[] = []
    const head = Buffer.alloc(16)
    head.write(MAGIC, 0, 'latin1')
    head.writeUInt32LE(DEDUP_INDEX_VERSION, 8)
    head.writeUInt32LE(header.length, 12)
    parts.push(head, header)
    for (let n = 0; n < this.storage.size; n++) parts.push(encodeDoc(this.storage.doc(n)!, this.s.o.numPerm))
    const body = Buffer.concat(parts)
    const crc = Buffer.alloc(4)
    crc.writeUInt32LE(crc32(body), 0)
    return new Uint8Array(Buffer.concat([body, crc]))
  }

  save(path: string): void {
    if (typeof path !== 'string' || path === '') throw new PadananError('BAD_OPTIONS', 'path must be a non-empty string', { field: 'path' })
    writeFileAtomic(path, this.toBuffer())
  }
}

/**
 * Merge indexes built separately (on other machines, or other parts of a corpus) into one new
 * in-memory index: the records of the first, then of the second, and so on. They must have been
 * built with the same options and seed (signatures compare only then); their documents are not
 * read again, so merging is fast. The merged index gives the same `clusters()` as one index built
 * from all the documents.
 *
 * @throws PadananError `BAD_OPTIONS` when the indexes differ in options or seed, or one is not a
 *   padanan index; `BAD_INPUT` when an id is in two of them
 * @example
 * const a = loadDedupIndex('part-a.dedup')
 * const b = loadDedupIndex('part-b.dedup')
 * const all = mergeDedupIndexes([a, b])
 * all.clusters() // as if every document had been added to one index
 * all.save('all.dedup')
 */
export function mergeDedupIndexes(indexes: readonly DedupIndex[], options: { lexicon?: Lexicon | null } = {}): DedupIndex {
  if (!Array.isArray(indexes) || indexes.length === 0) throw new PadananError('BAD_OPTIONS', 'indexes must be a non-empty array of dedup indexes', { field: 'indexes' })
  const all = indexes.map((x, i) => {
    if (!(x instanceof Index)) throw new PadananError('BAD_OPTIONS', `indexes[${i}] is not an index made by createDedupIndex or loadDedupIndex`, { field: `indexes[${i}]` })
    return x
  })
  const first = JSON.stringify(settingsHeader(all[0]!.s))
  all.forEach((x, i) => {
    const h = JSON.stringify(settingsHeader(x.s))
    if (h !== first) throw new PadananError('BAD_OPTIONS', `indexes[${i}] was built with other options than indexes[0] (${describeDiff(JSON.parse(first), JSON.parse(h))}); indexes merge only under the same options and seed`, { field: `indexes[${i}]` })
  })
  const s0 = all[0]!.s
  const lexicon = options.lexicon !== undefined ? options.lexicon : s0.o.lexicon
  const merged = new Index(lexicon === s0.o.lexicon ? s0 : { ...s0, o: { ...s0.o, lexicon } }, createStorage('memory'))
  all.forEach((x, i) => {
    for (const rec of x.records()) {
      if (merged.has(rec.id)) throw new PadananError('BAD_INPUT', `document id "${rec.id}" is in indexes[${i}] and in an earlier one`, { field: 'id' })
      merged.insert(rec)
    }
  })
  return merged
}

/**
 * The options that differ between two headers, for error messages.
 *
 * @example
 * describeDiff({ seed: 1 }, { seed: 2 }) //=> 'seed 1 vs 2'
 */
export function describeDiff(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${JSON.stringify(a[k]) ?? 'unset'} vs ${JSON.stringify(b[k]) ?? 'unset'}`)
    .join(', ')
}
/**
 * 53-bit exact key → 32-bit bucket key (the stored key is compared in full).
 *
 * @example
 * fold(4294967297) //=> 0 (1 ^ 1)
 */
export function fold(k: number): number {
  return (k % 4294967296) ^ Math.floor(k / 4294967296)
}

/**
 * A record in the saved-index format: u32 id bytes, id (UTF-16LE: lossless for any JS string, lone
 * surrogates included), u8 lang bytes, lang, u32 shingles, u32 concepts, f64 exact, u8 flags (1:
 * sig, 2: csig), signatures (u32 little-endian).
 *
 * @example
 * decodeDoc(encodeDoc(rec, 128), 0, Infinity, 128, (why) => new Error(why)).rec // equal to rec
 */
export function encodeDoc(d: StoredDoc, K: number): Buffer {
  const id = Buffer.from(d.id, 'utf16le')
  const lang = Buffer.from(d.lang, 'utf8')
  const hasSig = d.sig.length === K
  const hasC = d.csig !== null && d.csig.length === K
  const b = Buffer.alloc(4 + id.length + 1 + lang.length + 4 + 4 + 8 + 1 + (hasSig ? 4 * K : 0) + (hasC ? 4 * K : 0))
  let p = b.writeUInt32LE(id.length, 0)
  p += id.copy(b, p)
  p = b.writeUInt8(lang.length, p)
  p += lang.copy(b, p)
  p = b.writeUInt32LE(d.shingles, p)
  p = b.writeUInt32LE(d.concepts, p)
  p = b.writeDoubleLE(d.exact, p)
  p = b.writeUInt8((hasSig ? 1 : 0) | (hasC ? 2 : 0), p)
  if (hasSig) p = putSig(b, p, d.sig)
  if (hasC) putSig(b, p, d.csig!)
  return b
}

const LE = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1

/** A signature into b at p, little-endian (one copy on a little-endian machine); returns the end. */
function putSig(b: Buffer, p: number, sig: Uint32Array): number {
  if (LE) return p + Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).copy(b, p)
  for (let i = 0; i < sig.length; i++) p = b.writeUInt32LE(sig[i]!, p)
  return p
}

/** A signature of K slots from b at p (little-endian). */
function getSig(b: Buffer, p: number, K: number): Uint32Array {
  const s = new Uint32Array(K)
  if (LE) new Uint8Array(s.buffer).set(b.subarray(p, p + 4 * K))
  else for (let k = 0; k < K; k++) s[k] = b.readUInt32LE(p + 4 * k)
  return s
}

/**
 * One record of {@link encodeDoc}'s format from `p`; `bad` makes the error for a malformed one.
 *
 * @example
 * const { rec, end } = decodeDoc(buf, 0, buf.length, 128, (why) => new Error(why))
 */
export function decodeDoc(buf: Buffer, p: number, end: number, K: number, bad: (why: string) => Error): { rec: StoredDoc; end: number } {
  const need = (n: number) => {
    if (p + n > end) throw bad('record past the end')
  }
  need(4)
  const idLen = buf.readUInt32LE(p)
  p += 4
  need(idLen + 1)
  if (idLen % 2) throw bad('odd id length')
  const id = buf.toString('utf16le', p, p + idLen)
  p += idLen
  const langLen = buf.readUInt8(p++)
  need(langLen + 17)
  const lang = buf.toString('utf8', p, p + langLen)
  p += langLen
  const shingles = buf.readUInt32LE(p)
  const concepts = buf.readUInt32LE(p + 4)
  const exact = buf.readDoubleLE(p + 8)
  const flags = buf.readUInt8(p + 16)
  p += 17
  const readSig = () => {
    need(4 * K)
    const s = getSig(buf, p, K)
    p += 4 * K
    return s
  }
  const sig = flags & 1 ? readSig() : new Uint32Array(0)
  const csig = flags & 2 ? readSig() : null
  return { rec: { id, lang, shingles, concepts, exact, sig, csig }, end: p }
}

/**
 * Load an index written by {@link DedupIndex.save} (or from its bytes), to add more documents or
 * query it. Its options (threshold, shingle size, seed, …) come from the file.
 *
 * @param source - a file path or the bytes of {@link DedupIndex.toBuffer}
 * @param options - the storage to load into (`backend` or `storage`); the `lexicon` of a translation-enabled index (not saved: pass it again)
 * @throws PadananError `BAD_INPUT` for a file that is not a padanan dedup index, another format version, or a damaged file
 * @example
 * const index = loadDedupIndex('corpus.dedup')
 * index.add({ id: 'next', text: '…' })
 */
export function loadDedupIndex(source: string | Uint8Array, options: { backend?: string; storage?: DedupStorage; lexicon?: Lexicon | null } = {}): DedupIndex {
  let buf: Buffer
  if (typeof source === 'string') {
    try {
      buf = readFileSync(source)
    } catch (e) {
      throw new PadananError('BAD_INPUT', `cannot read dedup index ${source}: ${(e as Error).message}`, { field: 'path' })
    }
  } else if (source instanceof Uint8Array) buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength)
  else throw new PadananError('BAD_INPUT', 'source must be a path or bytes', { field: 'source' })
  const name = typeof source === 'string' ? source : 'dedup index'
  const bad = (why: string) => new PadananError('BAD_INPUT', `${name}: not a valid padanan dedup index (${why})`, { field: 'path' })
  if (buf.length < 20 || buf.toString('latin1', 0, 8) !== MAGIC) throw bad('no PDNDEDUP header')
  const version = buf.readUInt32LE(8)
  if (version !== DEDUP_INDEX_VERSION) throw bad(`format version ${version}; this padanan reads version ${DEDUP_INDEX_VERSION}`)
  if (crc32(buf.subarray(0, buf.length - 4)) !== buf.readUInt32LE(buf.length - 4)) throw bad('checksum mismatch: the file is damaged or truncated')
  const hlen = buf.readUInt32LE(12)
  if (16 + hlen > buf.length - 4) throw bad('header past the end')
  let h: Record<string, unknown>
  try {
    h = JSON.parse(buf.toString('utf8', 16, 16 + hlen)) as Record<string, unknown>
  } catch {
    throw bad('header is not JSON')
  }
  let index: Index
  try {
    index = new Index(indexSettings({ ...headerOptions(h), ...options }), pickStorage(options))
  } catch (e) {
    if (e instanceof PadananError && e.code === 'BAD_OPTIONS' && e.field !== 'backend' && e.field !== 'storage') throw bad(`bad header: ${e.message}`)
    throw e
  }
  const K = h.numPerm as number
  const count = h.count as number
  let p = 16 + hlen
  const end = buf.length - 4
  for (let i = 0; i < count; i++) {
    const at = decodeDoc(buf, p, end, K, (why) => bad(`record ${i + 1}: ${why}`))
    p = at.end
    const { id } = at.rec
    if (!id || index.has(id)) throw bad(`record ${i + 1}: ${id ? `repeated id "${id}"` : 'empty id'}`)
    index.insert(at.rec)
  }
  if (p !== end) throw bad('extra bytes after the last record')
  return index
}

let crcTable: Int32Array | null = null
/** CRC-32 (IEEE), to tell a damaged file from a valid one. */
function crc32(b: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c
    }
  }
  let c = -1
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}

/**
 * The error for a document id an index holds already (every backend and the CLI say it the same way).
 *
 * @example
 * alreadyAdded('a').message //=> 'document id "a" was already added'
 */
export function alreadyAdded(id: string): PadananError {
  return new PadananError('BAD_INPUT', `document id "${id}" was already added`, { field: 'id' })
}
