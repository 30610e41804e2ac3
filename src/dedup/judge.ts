/**
 * The rules that decide whether two documents are exact, near or contained duplicates, on both
 * paths. findDuplicates judges a candidate pair on its two shingle sets (exact Jaccard and
 * containment) and exact copies on their tokens; the streaming index keeps no text, so it judges on
 * the two signatures and set sizes (estimates) and exact copies on a 53-bit content key.
 * Translations are judged in cross-match.ts.
 */
import { estimateJaccard } from './minhash.js'
import type { DuplicateKind, Resolved } from './options.js'
import { round } from '../core/order.js'
import type { Settings } from './settings.js'
import type { StoredDoc } from './storage.js'

/** The kinds from the closest to the loosest: a cluster takes its loosest link's, an index's matches come closest first. */
export const KIND_RANK: Record<DuplicateKind, number> = { exact: 0, near: 1, contained: 2, translation: 3 }
/** Containment needs this many shingles in the smaller document: below, a shared phrase is not an excerpt. */
export const MIN_CONTAINED_SHINGLES = 20

/** The verdict on a pair as the index reports it: a match without the id (see DedupMatch). */
export interface Verdict {
  readonly kind: DuplicateKind
  readonly similarity: number
  readonly contained?: 'self' | 'other'
}

/**
 * Exact duplicates in findDuplicates: the same normalized content tokens (compared once their keys are equal).
 *
 * @example
 * sameTokens(Uint32Array.of(1, 2), Uint32Array.of(1, 2)) //=> true
 */
export function sameTokens(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Exact duplicates in the index: the same content key (the index keeps no tokens).
 *
 * @example
 * sameContentKey(rec, stored) // true when the two normalized texts are equal
 */
export function sameContentKey(a: StoredDoc, b: StoredDoc): boolean {
  return a.exact === b.exact
}

/**
 * The verdict of findDuplicates on a word-shingle candidate pair, from the exact overlap of the two
 * shingle sets (sizes `sizeA` and `sizeB`): near by the Jaccard, else contained when the smaller set
 * is mostly in the larger one and large enough to be an excerpt, else null.
 *
 * @example
 * judgeOverlap(o, overlap(a, b), a.length, b.length) //=> 'near', 'contained' or null
 */
export function judgeOverlap(o: Resolved, { jaccard, containment, inter }: { jaccard: number; containment: number; inter: number }, sizeA: number, sizeB: number): 'near' | 'contained' | null {
  if (jaccard >= o.threshold) return 'near'
  if (o.containment !== false && containment >= o.containment && Math.min(sizeA, sizeB) >= MIN_CONTAINED_SHINGLES && inter > 0) return 'contained'
  return null
}

/**
 * The verdict on a word-band candidate pair, the same in add(), query() and clusters(): near by
 * the estimated Jaccard, else contained (see below), else null.
 *
 * @example
 * judgeWord(settings, copy, original) //=> { kind: 'near', similarity: 0.71 }
 */
export function judgeWord(s: Settings, a: StoredDoc, b: StoredDoc): Verdict | null {
  return judgeJaccard(s, estimateJaccard(a.sig, b.sig, 0, 0, s.o.numPerm), a.shingles, b.shingles)
}

/**
 * {@link judgeWord} from the estimated Jaccard and the two shingle counts (`a` is the document matched).
 *
 * @example
 * judgeJaccard(indexSettings({}), 0.3, 40, 160) //=> { kind: 'contained', similarity: 1, contained: 'self' }
 */
export function judgeJaccard(s: Settings, j: number, sa: number, sb: number): Verdict | null {
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
