/**
 * The matches of a record among stored ones: its buckets' documents, each judged once (judge.ts,
 * cross-match.ts), closest first. The sync index (any DedupStorage, with a fast path for memory)
 * and the Redis index (buckets and records fetched in batches) share it.
 */
import { judgeCross } from './cross-match.js'
import { judgeJaccard, judgeWord, KIND_RANK, sameContentKey } from './judge.js'
import type { DuplicateKind } from './options.js'
import { cmp } from '../core/order.js'
import { forEachBucket, indexable, wordTables } from './record.js'
import type { Settings } from './settings.js'
import type { MemoryStorage, StoredDoc } from './storage.js'

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
export class StampVisited implements Visited {
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
        if (d && sameContentKey(d, rec) && visited.first(n, false)) {
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
  return [...found.values()].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.similarity - a.similarity || cmp(a.id, b.id))
}
