/**
 * The streaming dedup index: documents are added one at a time and matched against everything added
 * before, so a corpus too large for findDuplicates() is processed in pieces, saved, and resumed.
 *
 * The index keeps per document only its signatures and a few numbers (not the text), so matches
 * are judged on estimates: near duplicates by the estimated Jaccard, containment from it and the
 * two set sizes, translations (opt-in: `translation: <any number>`) by the estimated concept
 * Jaccard (findDuplicates verifies them with translationScore, which needs the texts). Boilerplate is recognised by shape and by the lines
 * given in options (frequency needs the whole corpus).
 *
 * This index is synchronous, over a DedupStorage (storage.ts: memory, or one the caller brings).
 * The Redis index is a path of its own (async.ts, redis-index.ts): see storage.ts for why.
 * Records: record.ts; matching: match.ts; the saved file: index-file.ts; options: settings.ts.
 */
import { writeFileAtomic } from '../core/files.js'
import { PadananError } from '../errors.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { clusterRecords, type IndexClusters } from './clusters.js'
import type { DedupInput } from './features.js'
import { encodeIndexFile, readIndexFile } from './index-file.js'
import { matchRecord, StampVisited, type DedupMatch, type DedupMatches } from './match.js'
import { forEachBucket, indexable, Recorder } from './record.js'
import { describeDiff, headerOptions, indexSettings, settingsHeader, type DedupIndexOptions, type Settings } from './settings.js'
import { createStorage, MemoryStorage, type DedupStorage, type StoredDoc } from './storage.js'

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
  return new SyncIndex(s, pickStorage(options))
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
export class SyncIndex implements DedupIndex {
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
    return encodeIndexFile({ ...settingsHeader(this.s), count: this.storage.size }, this.records(), this.s.o.numPerm)
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
    if (!(x instanceof SyncIndex)) throw new PadananError('BAD_OPTIONS', `indexes[${i}] is not an index made by createDedupIndex or loadDedupIndex`, { field: `indexes[${i}]` })
    return x
  })
  const first = JSON.stringify(settingsHeader(all[0]!.s))
  all.forEach((x, i) => {
    const h = JSON.stringify(settingsHeader(x.s))
    if (h !== first) throw new PadananError('BAD_OPTIONS', `indexes[${i}] was built with other options than indexes[0] (${describeDiff(JSON.parse(first), JSON.parse(h))}); indexes merge only under the same options and seed`, { field: `indexes[${i}]` })
  })
  const s0 = all[0]!.s
  const lexicon = options.lexicon !== undefined ? options.lexicon : s0.o.lexicon
  const merged = new SyncIndex(lexicon === s0.o.lexicon ? s0 : { ...s0, o: { ...s0.o, lexicon } }, createStorage('memory'))
  all.forEach((x, i) => {
    for (const rec of x.records()) {
      if (merged.has(rec.id)) throw new PadananError('BAD_INPUT', `document id "${rec.id}" is in indexes[${i}] and in an earlier one`, { field: 'id' })
      merged.insert(rec)
    }
  })
  return merged
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
  const file = readIndexFile(source)
  let index: SyncIndex
  try {
    index = new SyncIndex(indexSettings({ ...headerOptions(file.header), ...options }), pickStorage(options))
  } catch (e) {
    if (e instanceof PadananError && e.code === 'BAD_OPTIONS' && e.field !== 'backend' && e.field !== 'storage') throw file.bad(`bad header: ${e.message}`)
    throw e
  }
  let i = 0
  for (const rec of file.records()) {
    i++
    const { id } = rec
    if (!id || index.has(id)) throw file.bad(`record ${i}: ${id ? `repeated id "${id}"` : 'empty id'}`)
    index.insert(rec)
  }
  return index
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
