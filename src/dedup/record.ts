/**
 * What the streaming index keeps of a document, and where: a Recorder turns a document into a
 * stored record (features, boilerplate, shingles, signatures; no text), and forEachBucket names
 * the LSH buckets it goes in. The sync index, the Redis index and the CLI's worker threads make
 * records alike.
 */
import { PadananError } from '../errors.js'
import { boilerplateFlags, contentTokens, lineKeys } from './boilerplate.js'
import { conceptSet } from './concepts.js'
import { readFeatures, shingleSignature, shingles, type DedupInput } from './features.js'
import { key53 } from './hash.js'
import { bandHash } from './lsh.js'
import { signature } from './minhash.js'
import { Sink } from './scan.js'
import type { Settings } from './settings.js'
import type { StoredDoc } from './storage.js'

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
 * 53-bit exact key → 32-bit bucket key (the stored key is compared in full).
 *
 * @example
 * fold(4294967297) //=> 0 (1 ^ 1)
 */
export function fold(k: number): number {
  return (k % 4294967296) ^ Math.floor(k / 4294967296)
}

/**
 * Records of a batch, ids checked for repeats within it.
 *
 * @throws PadananError `BAD_INPUT` for a malformed document or an id twice in the batch
 * @example
 * readAll(index, [{ id: 'a', text: '…' }, { id: 'b', text: '…' }]).map((r) => r.id) //=> ['a', 'b']
 */
export function readAll(x: { recorder: Recorder }, docs: readonly DedupInput[]): StoredDoc[] {
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array', { field: 'docs' })
  return distinctIds(docs.map((d, i) => x.recorder.record(d, i)))
}

/**
 * The records, once checked that no id repeats within them (a batch is added whole or not at all).
 *
 * @throws PadananError `BAD_INPUT` naming the second record with a repeated id
 * @example
 * distinctIds([recA, recA]) // throws: document id "a" appears twice in the batch
 */
export function distinctIds<T extends readonly StoredDoc[]>(recs: T): T {
  const seen = new Set<string>()
  recs.forEach((r, i) => {
    if (seen.has(r.id)) throw new PadananError('BAD_INPUT', `document id "${r.id}" appears twice in the batch`, { field: `docs[${i}].id` })
    seen.add(r.id)
  })
  return recs
}
