/**
 * LSH banding: a signature of b·r slots is cut into b bands of r slots; two documents become
 * candidates when one band is equal, which happens with probability 1 − (1 − s^r)^b at Jaccard s.
 * (b, r) are chosen as datasketch's `_optimal_param` does: the weighted sum of the false-positive
 * area (the curve integrated over [0, t]) and the false-negative area (1 − curve over [t, 1]).
 * The candidate pairs of a whole collection (findDuplicates, an index's clusters()) come from
 * sorting band hashes (forEachCandidate), not from a table of buckets.
 */
import { PadananError } from '../errors.js'
import { combine, fmix32 } from './hash.js'

/** Bands and rows of an LSH index. */
export interface LshParams {
  readonly bands: number
  readonly rows: number
}

/** Weights of the two errors when choosing (b, r); they need not sum to 1. */
export interface LshWeights {
  readonly falsePositive: number
  readonly falseNegative: number
}

/** Probability that two documents at Jaccard s share at least one band. */
export function collisionProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands
}

/** Simpson's rule on [a, b] with n (even) intervals; the curves are smooth, 64 intervals give ~1e-7. */
function integrate(f: (x: number) => number, a: number, b: number, n = 64): number {
  if (b <= a) return 0
  const h = (b - a) / n
  let s = f(a) + f(b)
  for (let i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2)
  return (s * h) / 3
}

const paramCache = new Map<string, LshParams>()

/**
 * The (bands, rows) with the least weighted error for a threshold and a signature length, as
 * datasketch's `_optimal_param`: every b ≤ numPerm and r ≤ numPerm / b is tried.
 *
 * @param threshold - Jaccard similarity, 0 < t < 1
 * @param numPerm - signature length
 * @param weights - default `{ falsePositive: 0.5, falseNegative: 0.5 }` (datasketch's)
 * @throws PadananError `BAD_OPTIONS` for a threshold outside (0, 1) or a bad signature length
 *
 * @example
 * optimalLshParams(0.5, 128) //=> { bands: 21, rows: 6 }
 */
export function optimalLshParams(threshold: number, numPerm: number, weights: LshWeights = { falsePositive: 0.5, falseNegative: 0.5 }): LshParams {
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) throw new PadananError('BAD_OPTIONS', 'threshold must be a number between 0 and 1 (exclusive)', { field: 'threshold' })
  if (!Number.isInteger(numPerm) || numPerm < 1 || numPerm > 4096) throw new PadananError('BAD_OPTIONS', 'numPerm must be an integer from 1 to 4096', { field: 'numPerm' })
  const { falsePositive: wfp, falseNegative: wfn } = weights
  if (!(wfp >= 0) || !(wfn >= 0) || !Number.isFinite(wfp + wfn)) throw new PadananError('BAD_OPTIONS', 'weights must be numbers ≥ 0', { field: 'weights' })
  const key = `${threshold}:${numPerm}:${wfp}:${wfn}`
  const hit = paramCache.get(key)
  if (hit) return hit
  let best: LshParams = { bands: 1, rows: 1 }
  let min = Infinity
  for (let b = 1; b <= numPerm; b++) {
    for (let r = 1; r <= Math.floor(numPerm / b); r++) {
      const fp = integrate((s) => collisionProbability(s, b, r), 0, threshold)
      const fn = integrate((s) => 1 - collisionProbability(s, b, r), threshold, 1)
      const err = wfp * fp + wfn * fn
      if (err < min - 1e-12) {
        min = err
        best = { bands: b, rows: r }
      }
    }
  }
  paramCache.set(key, best)
  return best
}

/**
 * The hash of band `band` of a signature (rows `band·r … band·r + r − 1` from `from`), salted by the
 * band index so equal slot values in different bands never meet.
 */
export function bandHash(sig: Uint32Array, band: number, rows: number, from = 0): number {
  let h = fmix32(0x42616e64 ^ Math.imul(band + 1, 0x9e3779b9))
  const s = from + band * rows
  for (let i = 0; i < rows; i++) h = combine(h, sig[s + i]!)
  return fmix32(h)
}

/** Candidate runs longer than this (many documents equal in one band) are compared within a window. */
const RUN_WINDOW = 64

/**
 * Candidate pairs from LSH banding, each reported once (x < y). Per band, documents are sorted by
 * band hash and runs of equal hashes give the pairs: no hash table of buckets, and no set of pairs
 * (a pair is reported in the first band where its slots are equal, which is checked on the two
 * signatures), so memory stays at two typed arrays of R entries however many pairs there are.
 *
 * @param sigs - R signatures of K slots, one after the other
 * @example
 * forEachCandidate(sigs, 3, 128, [{ bands: 56, rows: 2 }], (x, y) => pairs.push([x, y])) // pairs: [[0, 2]]
 */
export function forEachCandidate(sigs: Uint32Array, R: number, K: number, lshs: readonly LshParams[], visit: (x: number, y: number) => void, progress: (done: number, total: number) => void = () => {}): void {
  if (R < 2) return
  const totalBands = lshs.reduce((n, l) => n + l.bands, 0)
  const keys = new Float64Array(R)
  const exactKeys = R <= 2 ** 21
  // Equal in an earlier band (of this or an earlier LSH): the pair was reported there.
  const earlier = (x: number, y: number, li: number, band: number): boolean => {
    for (let l = 0; l <= li; l++) {
      const { rows } = lshs[l]!
      const nb = l === li ? band : lshs[l]!.bands
      for (let b = 0; b < nb; b++) {
        let eq = true
        for (let i = b * rows, e = i + rows; i < e; i++) {
          if (sigs[x * K + i] !== sigs[y * K + i]) {
            eq = false
            break
          }
        }
        if (eq) return true
      }
    }
    return false
  }
  let done = 0
  lshs.forEach(({ bands, rows }, li) => {
    for (let b = 0; b < bands; b++) {
      // Bands of a second LSH read the same slots with another row count; the tag keeps their hashes apart.
      const tag = done
      for (let r = 0; r < R; r++) {
        const h = bandHash(sigs, b, rows, r * K) ^ Math.imul(tag + 1, 0x27d4eb2d)
        // hash · 2^21 + index: a plain numeric sort groups equal hashes, in index order.
        keys[r] = exactKeys ? (h >>> 0) * 2097152 + r : (h >>> 0) + r / (R + 1)
      }
      keys.sort()
      let s = 0
      while (s < R) {
        const hs = Math.floor(keys[s]! / (exactKeys ? 2097152 : 1))
        let e = s + 1
        while (e < R && Math.floor(keys[e]! / (exactKeys ? 2097152 : 1)) === hs) e++
        for (let i = s; i < e; i++) {
          const x = idxOf(keys[i]!, exactKeys, R)
          for (let j = i + 1; j < e && j <= i + RUN_WINDOW; j++) {
            const y = idxOf(keys[j]!, exactKeys, R)
            // The slots themselves must be equal (a 32-bit band hash can collide).
            let eq = true
            for (let k = b * rows, end = k + rows; k < end; k++) {
              if (sigs[x * K + k] !== sigs[y * K + k]) {
                eq = false
                break
              }
            }
            if (eq && !earlier(x, y, li, b)) visit(Math.min(x, y), Math.max(x, y))
          }
        }
        s = e
      }
      progress(++done, totalBands)
    }
  })
}

function idxOf(key: number, exactKeys: boolean, R: number): number {
  if (exactKeys) return key % 2097152
  return Math.round((key - Math.floor(key)) * (R + 1))
}
