import type { SentenceConcepts } from '../pivot/index.js'
import type { AlignWeights, Scorer } from './score.js'

/** A bead: sentences of A and of B that translate each other (either side may be empty). */
export interface Bead {
  /** 0-based indices into the sentences of A, ascending. */
  readonly a: readonly number[]
  /** 0-based indices into the sentences of B, ascending. */
  readonly b: readonly number[]
  /** Similarity of the two sides, 0–1 (0 for 1-0 and 0-1 beads). */
  readonly score: number
}

// Bead shapes as [sentences of A, sentences of B].
const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
]

/** Per-row window [lo, hi] of the DP table (inclusive); the full table is lo = 0, hi = m. */
export interface Band {
  readonly lo: Int32Array
  readonly hi: Int32Array
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) }
}

/**
 * The cheapest sequence of beads covering A[0, n) and B[0, m) within the band.
 * Cost of a bead: (1 − similarity) per sentence covered, plus the length penalty and a shape cost;
 * an unaligned sentence costs `skip`.
 */
export function alignDP(n: number, m: number, band: Band, scorer: Scorer, w: AlignWeights): Bead[] {
  const { lo, hi } = band
  const cost: Float64Array[] = []
  const back: Uint8Array[] = []
  for (let i = 0; i <= n; i++) {
    const width = hi[i]! - lo[i]! + 1
    cost.push(new Float64Array(Math.max(0, width)).fill(Infinity))
    back.push(new Uint8Array(Math.max(0, width)))
  }
  const at = (i: number, j: number): number => (i < 0 || j < lo[i]! || j > hi[i]! ? Infinity : cost[i]![j - lo[i]!]!)
  if (lo[0]! === 0) cost[0]![0] = 0
  for (let i = 0; i <= n; i++) {
    const row = cost[i]!
    const brow = back[i]!
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = 0
      for (let s = 0; s < SHAPES.length; s++) {
        const [da, db] = SHAPES[s]!
        const pi = i - da
        const pj = j - db
        if (pi < 0 || pj < 0) continue
        const prev = at(pi, pj)
        if (prev === Infinity) continue
        let c: number
        if (da === 0 || db === 0) c = w.skip
        else {
          const sim = scorer.sim(pi, i, pj, j)
          c = scorer.cost(sim, da + db) + w.length * scorer.lengthPenalty(pi, i, pj, j)
          if (da + db === 3) c += w.merge
          else if (da === 2 && db === 2) c += w.merge2
          else if (da + db === 4) c += w.merge3
        }
        const total = prev + c
        if (total < best) {
          best = total
          arg = s
        }
      }
      row[j - lo[i]!] = best
      brow[j - lo[i]!] = arg
    }
  }
  // Walk back from (n, m).
  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [da, db] = SHAPES[back[i]![j - lo[i]!]!]!
    const a = Array.from({ length: da }, (_, k) => i - da + k)
    const b = Array.from({ length: db }, (_, k) => j - db + k)
    const score = da && db ? scorer.sim(i - da, i, j - db, j) : 0
    beads.push({ a, b, score: Math.round(score * 1e4) / 1e4 })
    i -= da
    j -= db
  }
  return beads.reverse()
}

/**
 * A band for long inputs: confident 1-1 anchors (sentences sharing rare concepts or numbers, mutual
 * best matches, kept in order by a longest increasing chain), a path through them, and a window of
 * `width` cells around it. Time and memory grow with (n + m) × width, not n × m.
 */
export function anchoredBand(A: readonly SentenceConcepts[], B: readonly SentenceConcepts[], scorer: Scorer, width: number): Band {
  const n = A.length
  const m = B.length
  const anchors = findAnchors(A, B, scorer)
  const pts: [number, number][] = [[0, 0], ...anchors, [n, m]]
  // Centre of the band for each row, interpolated between anchors; between two anchors the path can
  // stray from the straight line by at most their difference in shape, so the window widens with it.
  const centre = new Float64Array(n + 1)
  const slack = new Float64Array(n + 1)
  for (let k = 0; k + 1 < pts.length; k++) {
    const [i0, j0] = pts[k]!
    const [i1, j1] = pts[k + 1]!
    const extra = Math.min(Math.abs(i1 - i0 - (j1 - j0)) + Math.min(i1 - i0, j1 - j0) / 4, 4 * width)
    for (let i = i0; i <= i1; i++) {
      centre[i] = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0)
      slack[i] = Math.max(slack[i]!, extra)
    }
  }
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const a = Math.min(centre[Math.max(0, i - 1)]!, centre[i]!)
    const b = Math.max(centre[i]!, centre[Math.min(n, i + 1)]!)
    const w = width + slack[i]!
    lo[i] = Math.max(0, Math.floor(a - w))
    hi[i] = Math.min(m, Math.ceil(b + w))
  }
  lo[0] = 0
  hi[n] = m
  return { lo, hi }
}

function findAnchors(A: readonly SentenceConcepts[], B: readonly SentenceConcepts[], scorer: Scorer): [number, number][] {
  // Postings of B sentences by rare feature: concepts in at most 3 sentences, and number keys.
  const df = new Map<number, number>()
  for (const s of B) for (const c of s.all) df.set(c, (df.get(c) ?? 0) + 1)
  const post = new Map<string | number, number[]>()
  B.forEach((s, j) => {
    for (const c of s.all) if (df.get(c)! <= 3) push(post, c, j)
    for (const k of new Set(s.numbers)) push(post, `#${k}`, j)
  })
  const bestOfA = new Int32Array(A.length).fill(-1)
  const simOfA = new Float64Array(A.length)
  const bestOfB = new Map<number, [number, number]>()
  A.forEach((s, i) => {
    const votes = new Map<number, number>()
    for (const c of s.all) for (const j of post.get(c) ?? []) votes.set(j, (votes.get(j) ?? 0) + 1)
    for (const k of new Set(s.numbers)) for (const j of post.get(`#${k}`) ?? []) votes.set(j, (votes.get(j) ?? 0) + 2)
    const top = [...votes].filter(([, v]) => v >= 2).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 3)
    let bj = -1
    let bs = 0
    for (const [j] of top) {
      const sim = scorer.sim(i, i + 1, j, j + 1)
      if (sim > bs) {
        bs = sim
        bj = j
      }
    }
    if (bj >= 0 && bs >= 0.5) {
      bestOfA[i] = bj
      simOfA[i] = bs
      const prev = bestOfB.get(bj)
      if (!prev || bs > prev[1]) bestOfB.set(bj, [i, bs])
    }
  })
  const cands: [number, number][] = []
  bestOfA.forEach((j, i) => {
    if (j >= 0 && bestOfB.get(j)![0] === i) cands.push([i, j])
  })
  return longestIncreasing(cands)
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

/** Longest chain with increasing i and j (patience sorting, O(k log k)). */
function longestIncreasing(pts: [number, number][]): [number, number][] {
  const tails: number[] = []
  const prev = new Int32Array(pts.length).fill(-1)
  for (let k = 0; k < pts.length; k++) {
    const j = pts[k]![1]
    let l = 0
    let h = tails.length
    while (l < h) {
      const mid = (l + h) >> 1
      if (pts[tails[mid]!]![1] < j) l = mid + 1
      else h = mid
    }
    if (l > 0) prev[k] = tails[l - 1]!
    tails[l] = k
  }
  const out: [number, number][] = []
  let k = tails.length ? tails[tails.length - 1]! : -1
  while (k >= 0) {
    out.push(pts[k]!)
    k = prev[k]!
  }
  return out.reverse()
}
