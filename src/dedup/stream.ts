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
import { readFileSync, writeFileSync } from 'node:fs'
import { PadananError } from '../errors.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { boilerplateFlags, contentTokens } from './boilerplate.js'
import { conceptSet } from './concepts.js'
import { cmp, lineKeys, MIN_CONTAINED_SHINGLES, round } from './find.js'
import { readFeatures, shingles, type DedupInput } from './features.js'
import { key53 } from './hash.js'
import { bandHash, type LshParams } from './lsh.js'
import { estimateJaccard, signature } from './minhash.js'
import { resolveOptions, type DedupOptions, type DuplicateKind, type Resolved } from './options.js'
import { createStorage, type DedupStorage, type StoredDoc } from './storage.js'

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
  /** Write the index to a file; load it back with {@link loadDedupIndex}. */
  save(path: string): void
}

const DEFAULT_CROSS_ACCEPT = 0.22
const MAGIC = 'PDNDEDUP'
/** Format version of saved indexes; a reader refuses other versions. */
export const DEDUP_INDEX_VERSION = 2

interface Settings {
  readonly o: Resolved
  readonly crossAccept: number
  readonly lines: readonly string[]
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
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  // Translations are opt-in here: without corpus-wide concept frequencies (findDuplicates drops
  // concepts in > 2% of documents) unrelated news shares common concepts, so each add meets ~5% of
  // the index as translation candidates, and nothing verifies them.
  const o = resolveOptions({ ...options, translation: options.translation ?? false })
  const crossAccept = options.crossAccept ?? DEFAULT_CROSS_ACCEPT
  if (typeof crossAccept !== 'number' || !(crossAccept > 0 && crossAccept <= 1)) throw new PadananError('BAD_OPTIONS', 'crossAccept must be a number in (0, 1]', { field: 'crossAccept' })
  const storage = pickStorage(options)
  return new Index({ o, crossAccept, lines: o.lines }, storage)
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

class Index implements DedupIndex {
  private readonly givenLines: ReadonlySet<number> | null
  /** The LSH tables: near (and containment) over word signatures, then cross over concept signatures. */
  private readonly word: LshParams[]
  constructor(
    private readonly s: Settings,
    private readonly storage: DedupStorage,
  ) {
    this.givenLines = s.lines.length ? lineKeys(s.lines) : null
    this.word = [...s.o.word]
  }

  get size(): number {
    return this.storage.size
  }

  has(id: string): boolean {
    return this.storage.ordinal(id) !== undefined
  }

  add(doc: DedupInput): DedupMatches {
    const rec = this.read(doc)
    if (this.storage.ordinal(rec.id) !== undefined) throw new PadananError('BAD_INPUT', `document id "${rec.id}" was already added`, { field: 'id' })
    const matches = this.match(rec, -1)
    this.insert(rec)
    return { id: rec.id, matches }
  }

  query(doc: DedupInput): DedupMatches {
    const rec = this.read(doc)
    return { id: rec.id, matches: this.match(rec, this.storage.ordinal(rec.id) ?? -1) }
  }

  /** Insert a stored record into the tables (also used when loading). */
  insert(rec: StoredDoc): void {
    const n = this.storage.addDoc(rec)
    if (rec.sig.length === 0 || rec.shingles === 0) return
    this.storage.addToBucket(0, fold(rec.exact), n)
    this.forEachBand(rec, (table, key) => this.storage.addToBucket(table, key, n))
  }

  private forEachBand(rec: StoredDoc, f: (table: number, key: number) => void): void {
    let table = 1
    for (const p of this.word) for (let b = 0; b < p.bands; b++) f(table++, bandHash(rec.sig, b, p.rows))
    const cross = this.s.o.cross
    if (cross && rec.csig && rec.concepts > 0) for (let b = 0; b < cross.bands; b++) f(table++, bandHash(rec.csig, b, cross.rows))
  }

  private read(doc: DedupInput): StoredDoc {
    const o = this.s.o
    const f = readFeatures(doc, this.storage.size)
    const flags = boilerplateFlags(f, null, this.givenLines, o.shape && o.boilerplate)
    const content = contentTokens(f, flags)
    const set = shingles(content, o.shingleSize, o.seed)
    const sig = set.length ? signature(set, o.numPerm, o.seed, o.method) : new Uint32Array(0)
    let csig: Uint32Array | null = null
    let concepts = 0
    if (o.cross && set.length) {
      const cs = conceptSet(f, flags, o.lexicon)
      concepts = cs.length
      csig = signature(cs, o.numPerm, o.seed ^ 0x7472616e, o.method)
    }
    return { id: f.id, lang: f.lang, shingles: set.length, concepts, exact: content.length ? key53(content) : 0, sig, csig }
  }

  private match(rec: StoredDoc, self: number): DedupMatch[] {
    if (rec.shingles === 0) return []
    const o = this.s.o
    const found = new Map<number, DedupMatch>()
    for (const n of this.storage.bucket(0, fold(rec.exact))) {
      const d = this.storage.doc(n)
      if (n !== self && d && d.exact === rec.exact) found.set(n, { id: d.id, kind: 'exact', similarity: 1 })
    }
    const K = o.numPerm
    const wordTables = this.word.reduce((t, p) => t + p.bands, 0)
    const seen = new Set<number>()
    this.forEachBand(rec, (table, key) => {
      for (const n of this.storage.bucket(table, key)) {
        if (n === self || found.has(n)) continue
        const cross = table > wordTables
        const tag = cross ? -n - 1 : n
        if (seen.has(tag)) continue
        seen.add(tag)
        const d = this.storage.doc(n)
        if (!d) continue
        if (!cross) {
          const j = estimateJaccard(rec.sig, d.sig, 0, 0, K)
          if (j >= o.threshold) found.set(n, { id: d.id, kind: 'near', similarity: round(j) })
          else if (o.containment !== false) {
            // Containment of the smaller set from the Jaccard and the sizes: |A∩B| = J(|A|+|B|)/(1+J).
            // The estimate's error grows with the size ratio, so a pair is accepted on a lower bound
            // (J 1.5 standard errors down): an excerpt sharing one long line of three with another
            // story (containment ~0.5) no longer passes, a real truncation (containment ~1) still does.
            const small = Math.min(rec.shingles, d.shingles)
            const cont = (x: number) => Math.min(1, (x * (rec.shingles + d.shingles)) / (1 + x) / small)
            const lower = Math.max(0, j - 1.5 * Math.sqrt((j * (1 - j)) / K))
            if (small >= MIN_CONTAINED_SHINGLES && cont(lower) >= o.containment) found.set(n, { id: d.id, kind: 'contained', similarity: round(cont(j)), contained: rec.shingles <= d.shingles ? 'self' : 'other' })
          }
        } else if (d.lang !== rec.lang && rec.csig && d.csig) {
          const j = estimateJaccard(rec.csig, d.csig, 0, 0, K)
          if (j >= this.s.crossAccept) found.set(n, { id: d.id, kind: 'translation', similarity: round(j) })
        }
      }
    })
    const rank: Record<DuplicateKind, number> = { exact: 0, near: 1, contained: 2, translation: 3 }
    return [...found.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || b.similarity - a.similarity || cmp(a.id, b.id))
  }

  toBuffer(): Uint8Array {
    const o = this.s.o
    const header = Buffer.from(
      JSON.stringify({
        threshold: o.threshold,
        shingleSize: o.shingleSize,
        numPerm: o.numPerm,
        seed: o.seed,
        method: o.method,
        params: o.paramsGiven ? o.near : undefined,
        containment: o.containment,
        translation: o.translation,
        crossAccept: this.s.crossAccept,
        boilerplate: o.boilerplate ? { lines: this.s.lines, shape: o.shape } : false,
        count: this.storage.size,
      }),
      'utf8',
    )
    const parts: Buffer[] = []
    const head = Buffer.alloc(16)
    head.write(MAGIC, 0, 'latin1')
    head.writeUInt32LE(DEDUP_INDEX_VERSION, 8)
    head.writeUInt32LE(header.length, 12)
    parts.push(head, header)
    for (let n = 0; n < this.storage.size; n++) parts.push(encodeDoc(this.storage.doc(n)!, o.numPerm))
    const body = Buffer.concat(parts)
    const crc = Buffer.alloc(4)
    crc.writeUInt32LE(crc32(body), 0)
    return new Uint8Array(Buffer.concat([body, crc]))
  }

  save(path: string): void {
    if (typeof path !== 'string' || path === '') throw new PadananError('BAD_OPTIONS', 'path must be a non-empty string', { field: 'path' })
    writeFileSync(path, this.toBuffer())
  }
}

/** 53-bit exact key → 32-bit bucket key (the stored key is compared in full). */
function fold(k: number): number {
  return (k % 4294967296) ^ Math.floor(k / 4294967296)
}

// Record: u32 id bytes, id (UTF-16LE: lossless for any JS string, lone surrogates included), u8 lang bytes, lang, u32 shingles, u32 concepts, f64 exact, u8 flags (1: sig, 2: csig), signatures.
function encodeDoc(d: StoredDoc, K: number): Buffer {
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
  if (hasSig) for (let i = 0; i < K; i++) p = b.writeUInt32LE(d.sig[i]!, p)
  if (hasC) for (let i = 0; i < K; i++) p = b.writeUInt32LE(d.csig![i]!, p)
  return b
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
    const opts: DedupIndexOptions = {
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
      ...options,
    }
    const o = resolveOptions(opts)
    index = new Index({ o, crossAccept: opts.crossAccept ?? DEFAULT_CROSS_ACCEPT, lines: o.lines }, pickStorage(options))
  } catch (e) {
    if (e instanceof PadananError && e.code === 'BAD_OPTIONS' && e.field !== 'backend' && e.field !== 'storage') throw bad(`bad header: ${e.message}`)
    throw e
  }
  const K = h.numPerm as number
  const count = h.count as number
  let p = 16 + hlen
  const end = buf.length - 4
  const need = (n: number) => {
    if (p + n > end) throw bad('record past the end')
  }
  for (let i = 0; i < count; i++) {
    need(4)
    const idLen = buf.readUInt32LE(p)
    p += 4
    need(idLen + 1)
    if (idLen % 2) throw bad(`record ${i + 1}: odd id length`)
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
      const s = new Uint32Array(K)
      for (let k = 0; k < K; k++) s[k] = buf.readUInt32LE(p + 4 * k)
      p += 4 * K
      return s
    }
    const sig = flags & 1 ? readSig() : new Uint32Array(0)
    const csig = flags & 2 ? readSig() : null
    if (!id || index.has(id)) throw bad(`record ${i + 1}: ${id ? `repeated id "${id}"` : 'empty id'}`)
    index.insert({ id, lang, shingles, concepts, exact, sig, csig })
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
