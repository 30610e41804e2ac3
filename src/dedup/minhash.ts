/**
 * MinHash signatures in typed arrays. Default: one-permutation hashing (Li, Owen & Zhang 2012)
 * with optimal densification (Shrivastava 2017): each shingle is hashed once and lands in one of
 * K bins, empty bins borrow from a seeded probe sequence. It estimates Jaccard as well as K
 * independent hash functions (bench: same error at K = 128) at a fraction of the cost (one hash
 * per shingle instead of K). `'kperm'` (K hash functions) is kept for comparison.
 */
import { sortedIntersectionSize } from '../core/sorted.js'
import { fmix32 } from './hash.js'

/** How signatures are computed. */
export type MinHashMethod = 'oph' | 'kperm'

const EMPTY = 0xffffffff

/**
 * The MinHash signature of a set of 32-bit shingle hashes.
 *
 * @param shingles - distinct shingle hashes (any order)
 * @param k - signature length (bins or hash functions)
 * @param seed - 32-bit seed; signatures compare only when k, seed and method agree
 * @param into - an array of length k to write the signature to (else a new one)
 * @example
 * const s = signature(Uint32Array.of(1, 2, 3), 128, 1)
 * estimateJaccard(s, s) //=> 1
 */
export function signature(shingles: ArrayLike<number>, k: number, seed: number, method: MinHashMethod = 'oph', into?: Uint32Array): Uint32Array {
  const sig = (into && into.length === k ? into : new Uint32Array(k)).fill(EMPTY)
  const n = shingles.length
  if (n === 0) return sig
  if (method === 'kperm') {
    // K universal hashes: fmix32 of the shingle xor a per-slot seed.
    const seeds = slotSeeds(k, seed)
    for (let i = 0; i < n; i++) {
      const s = shingles[i]!
      for (let j = 0; j < k; j++) {
        const v = fmix32(s ^ seeds[j]!) >>> 1
        if (v < sig[j]!) sig[j] = v
      }
    }
    return sig
  }
  const p = ophParams(k, seed)
  for (let i = 0; i < n; i++) ophAdd(sig, shingles[i]!, p)
  densify(sig, seed)
  return sig
}

/** A signature slot no shingle has reached (values are 31-bit, so it never is one). */
export const EMPTY_SLOT = EMPTY

/**
 * The one-permutation constants of (k, seed): the signature length, the seed's mix, and the shift
 * that takes a hash to its bin when k is a power of two (else -1: the bin is multiply-high, the
 * same bin either way).
 */
export interface OphParams {
  readonly k: number
  readonly s1: number
  readonly shift: number
}

export function ophParams(k: number, seed: number): OphParams {
  const shift = (k & (k - 1)) === 0 && k > 1 ? 32 - Math.log2(k) : -1
  return { k, s1: fmix32(seed ^ 0x4f504831), shift }
}

/**
 * Fold one shingle hash into a one-permutation signature (before densifying). The bin comes from
 * the mixed hash's high bits; within a bin the order of the mixed hash is a random order of its
 * shingles, so it is the value itself (31 bits, so EMPTY never occurs): one mix per shingle.
 */
export function ophAdd(sig: Uint32Array, shingle: number, p: OphParams): void {
  const h = fmix32(shingle ^ p.s1)
  const bin = p.shift >= 0 ? h >>> p.shift : Math.floor((h * p.k) / 4294967296)
  const v = h >>> 1
  if (v < sig[bin]!) sig[bin] = v
}

const seedCache = new Map<string, Uint32Array>()
function slotSeeds(k: number, seed: number): Uint32Array {
  const key = `${k}:${seed}`
  let s = seedCache.get(key)
  if (!s) {
    s = new Uint32Array(k)
    for (let j = 0; j < k; j++) s[j] = fmix32((seed ^ Math.imul(j + 1, 0x9e3779b9)) >>> 0)
    seedCache.set(key, s)
  }
  return s
}

/** The bins before densifying (a scratch: one signature at a time). */
let before = new Uint32Array(0)

/**
 * Optimal densification: an empty bin i copies the first non-empty bin on its own seeded probe
 * sequence h(i, 1), h(i, 2), …; the sequence depends only on (seed, i), so two documents with the
 * same non-empty bins densify alike and the collision probability stays the Jaccard similarity.
 */
export function densify(sig: Uint32Array, seed: number): void {
  const k = sig.length
  let filled = 0
  for (let i = 0; i < k; i++) if (sig[i] !== EMPTY) filled++
  if (filled === k || filled === 0) return
  if (before.length < k) before = new Uint32Array(k)
  const orig = before
  orig.set(sig)
  const base = fmix32(seed ^ 0x44656e73)
  for (let i = 0; i < k; i++) {
    if (orig[i] !== EMPTY) continue
    for (let attempt = 1; ; attempt++) {
      const h = fmix32(base ^ Math.imul(i + 1, 0x85ebca6b) ^ Math.imul(attempt, 0xc2b2ae35))
      const j = Math.floor((h * k) / 4294967296)
      if (orig[j] !== EMPTY) {
        sig[i] = orig[j]!
        break
      }
    }
  }
}

/**
 * Share of equal slots: an unbiased estimate of the Jaccard similarity, standard error
 * sqrt(J(1−J)/k).
 *
 * @example
 * estimateJaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 9, 9)) //=> 0.5
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array, aFrom = 0, bFrom = 0, k = a.length - aFrom): number {
  if (k === 0) return 0
  let eq = 0
  for (let i = 0; i < k; i++) if (a[aFrom + i] === b[bFrom + i] && a[aFrom + i] !== EMPTY) eq++
  return eq / k
}

/**
 * Exact Jaccard and containment of two sorted shingle sets.
 *
 * @example
 * overlap(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4, 5)) //=> { jaccard: 0.4, containment: 0.6667 }
 */
export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number; inter: number } {
  const inter = sortedIntersectionSize(a, b)
  const union = a.length + b.length - inter
  const small = Math.min(a.length, b.length)
  return { jaccard: union ? inter / union : 0, containment: small ? inter / small : 0, inter }
}
