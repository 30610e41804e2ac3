import type { SentenceConcepts } from '../pivot/index.js'

/**
 * Weights of the bead score. skip and length were set on a PANL sample of our own; merge on the first
 * 1k sentences of the align bench gold (bench/suites/align.mjs --quick), checked on its full 10.5k;
 * merge3 on the Bleualign development document (dev.de/dev.fr: 0.9 scored best there) raised to 1.2
 * so that the id–en gold, which has no 3-1 beads, loses at most 0.15 points.
 */
export interface AlignWeights {
  /** How much one shared number counts, in tokens. */
  readonly number: number
  /** Weight of the Gale–Church length penalty. */
  readonly length: number
  /** Extra cost of a 2-1 or 1-2 bead. */
  readonly merge: number
  /** Extra cost of a 2-2 bead. */
  readonly merge2: number
  /** Extra cost of a 3-1 or 1-3 bead. */
  readonly merge3: number
  /** Cost of leaving one sentence unaligned (1-0, 0-1). */
  readonly skip: number
}

export const DEFAULT_WEIGHTS: AlignWeights = { number: 2, length: 0.08, merge: 0.5, merge2: 0.9, merge3: 1.2, skip: 1.3 }

// Gale & Church (1993): variance of the length ratio per character.
const S2 = 6.8

/** Standard normal upper tail, Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2))
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return 0.5 * poly * Math.exp(-(z * z) / 2)
}

/** Scores spans of sentences against each other: lexical overlap in the pivot, shared numbers, length. */
export class Scorer {
  /** Characters of B per character of A over the whole pair (the length model's mean ratio). */
  private readonly ratio: number
  /** Number keys interned per sentence, and each key's weight (rarer keys weigh more). */
  private readonly keysA: Int32Array[]
  private readonly keysB: Int32Array[]
  private readonly kw: Float64Array
  private readonly mark: Int32Array
  private stamp = 0
  private nextStamp(): number {
    return ++this.stamp
  }
  /** 1 − the mean similarity of unrelated sentence pairs: costs are measured against it (as vecalign does). */
  private readonly scale: number

  constructor(
    private readonly A: readonly SentenceConcepts[],
    private readonly B: readonly SentenceConcepts[],
    private readonly w: AlignWeights,
  ) {
    let maxConcept = 0
    for (const s of [...A, ...B]) for (const c of s.concepts) if (c > maxConcept) maxConcept = c
    this.mark = new Int32Array(maxConcept + 1)
    const ca = A.reduce((n, s) => n + s.chars, 0)
    const cb = B.reduce((n, s) => n + s.chars, 0)
    this.ratio = ca > 0 && cb > 0 ? cb / ca : 1
    // A number shared by many sentences ("1", "2025") says little about which ones match: weight by rarity.
    const ids = new Map<string, number>()
    const df: number[] = []
    const intern = (s: SentenceConcepts) => {
      const out = Int32Array.from(s.numbers, (k) => {
        let n = ids.get(k)
        if (n === undefined) ids.set(k, (n = ids.size))
        return n
      })
      for (const n of new Set(out)) df[n] = (df[n] ?? 0) + 1
      return out
    }
    this.keysA = A.map(intern)
    this.keysB = B.map(intern)
    this.kw = Float64Array.from(df, (n) => Math.min(1, 2 / n))
    // Sample pseudo-random pairs (deterministic) to learn what "unrelated" scores with this lexicon.
    let sum = 0
    let k = 0
    const samples = Math.min(400, A.length * B.length)
    for (let t = 0; t < samples; t++) {
      const i = (t * 7919 + 17) % A.length
      const j = (t * 104729 + 31 + Math.floor(B.length / 2)) % B.length
      sum += this.sim(i, i + 1, j, j + 1)
      k++
    }
    this.scale = Math.max(0.2, 1 - (k ? sum / k : 0))
  }

  /** The cost of a bead covering `sentences` sentences with similarity `sim`: 1 per sentence for an unrelated pair. */
  cost(sim: number, sentences: number): number {
    return (sentences * (1 - sim)) / this.scale
  }

  /** Similarity in [0, 1] of A[i0, i1) and B[j0, j1) (both non-empty). */
  sim(i0: number, i1: number, j0: number, j1: number): number {
    const A = this.A
    const B = this.B
    // Mark the concepts of one span with a fresh stamp, then look the other span's tokens up:
    // array reads instead of hashing, in both directions.
    const mark = this.mark
    let matched = 0
    let total = 0
    let stamp = this.nextStamp()
    for (let j = j0; j < j1; j++) for (const c of B[j]!.concepts) mark[c] = stamp
    for (let i = i0; i < i1; i++) {
      for (const cs of A[i]!.tokens) {
        total++
        for (let k = 0; k < cs.length; k++) {
          if (mark[cs[k]!] === stamp) {
            matched++
            break
          }
        }
      }
    }
    stamp = this.nextStamp()
    for (let i = i0; i < i1; i++) for (const c of A[i]!.concepts) mark[c] = stamp
    for (let j = j0; j < j1; j++) {
      for (const cs of B[j]!.tokens) {
        total++
        for (let k = 0; k < cs.length; k++) {
          if (mark[cs[k]!] === stamp) {
            matched++
            break
          }
        }
      }
    }
    let numShared = 0
    let numTotal = 0
    if (this.hasNum(A, i0, i1) || this.hasNum(B, j0, j1)) {
      // Multiset match of number keys, without allocating: B keys used are marked in a small bitmask.
      let used = 0
      let bit = 0
      for (let j = j0; j < j1; j++) for (const k of this.keysB[j]!) numTotal += this.kw[k]!
      for (let i = i0; i < i1; i++) {
        for (const k of this.keysA[i]!) {
          const wk = this.kw[k]!
          numTotal += wk
          bit = 0
          search: for (let j = j0; j < j1; j++) {
            for (const kb of this.keysB[j]!) {
              if (kb === k && bit < 31 && !(used & (1 << bit))) {
                used |= 1 << bit
                numShared += 2 * wk
                break search
              }
              bit++
            }
          }
        }
      }
    }
    const den = total + this.w.number * numTotal
    return den === 0 ? 0 : (matched + this.w.number * numShared) / den
  }

  private hasNum(side: readonly SentenceConcepts[], from: number, to: number): boolean {
    for (let s = from; s < to; s++) if (side[s]!.numbers.length) return true
    return false
  }

  /** Gale–Church penalty, -log P(|δ|), for spans of these lengths in characters. */
  lengthPenalty(i0: number, i1: number, j0: number, j1: number): number {
    let la = 0
    let lb = 0
    for (let i = i0; i < i1; i++) la += this.A[i]!.chars
    for (let j = j0; j < j1; j++) lb += this.B[j]!.chars
    const mean = (la * this.ratio + lb) / 2
    if (mean === 0) return 0
    const delta = Math.abs(lb - la * this.ratio) / Math.sqrt(S2 * mean)
    const p = 2 * upperTail(delta)
    return p <= 1e-12 ? 27.6 : -Math.log(p)
  }
}


