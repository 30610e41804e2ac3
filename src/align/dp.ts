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
const DA = Int8Array.from(SHAPES, (x) => x[0])
const DB = Int8Array.from(SHAPES, (x) => x[1])

/** Per-row window [lo, hi] of the DP table (inclusive); the full table is lo = 0, hi = m. */
export interface Band {
  readonly lo: Int32Array
  readonly hi: Int32Array
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) }
}

/**
 * Below this share of the single side's tokens matched by it alone, an end sentence of a merged side adds
 * too little to belong there (see Scorer.bandMarginal). FLORES-200 with seeded joins and drops: 1-0 beads
 * were read as 2-1 merges with the sentence next to them; 0.1 and a `weak` of 0.3 raised strict F1 there
 * from 0.943 to 0.963 (zh–en), 0.950 to 0.980 (id–en) and 0.946 to 0.968 (de–fr), and kept Bleualign
 * de–fr (0.861 → 0.865) and PANL line-parallel 1-1 recall (1k: 0.961 → 0.971) up; 0.05–0.15 and 0.25–0.45
 * score within a point of it.
 */
const WEAK_GAIN = 0.1

/**
 * The cheapest sequence of beads covering A[0, n) and B[0, m) within the band.
 * Cost of a bead: (1 − similarity) per sentence covered, plus the length penalty and a shape cost;
 * an unaligned sentence costs `skip`.
 */
export function alignDP(n: number, m: number, band: Band, scorer: Scorer, w: AlignWeights): Bead[] {
  const { lo, hi } = band
  scorer.useBand(lo, hi)
  // All rows in one table: row i's cells j = lo[i] … hi[i] start at off[i] (one allocation, not two a row).
  const off = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) off[i + 1] = off[i]! + Math.max(0, hi[i]! - lo[i]! + 1)
  const cost = new Float64Array(off[n + 1]!).fill(Infinity)
  const back = new Uint8Array(off[n + 1]!)
  if (lo[0]! === 0 && hi[0]! >= 0) cost[0] = 0
  const { skip } = w
  const lw = w.length
  // The extra cost of each shape (SHAPES order): 2-1 and 1-2 merge, 2-2 merge2, 3-1 and 1-3 merge3.
  const shapeCost = Float64Array.of(0, 0, 0, w.merge, w.merge, w.merge2, w.merge3, w.merge3)
  for (let i = 0; i <= n; i++) {
    const base = off[i]! - lo[i]!
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = 0
      // The shapes in SHAPES order (a tie keeps the earlier shape); a predecessor outside its row's
      // window, or unreachable (Infinity), is no candidate.
      for (let s = 0; s < SHAPES.length; s++) {
        const da = DA[s]!
        const db = DB[s]!
        const pi = i - da
        const pj = j - db
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue
        const prev = cost[off[pi]! + pj - lo[pi]!]!
        if (prev === Infinity) continue
        let total: number
        if (da === 0 || db === 0) total = prev + skip
        else {
          // A scored bead. Its length and similarity terms are ≥ 0 (penalty ≥ 0, sim ≤ 1): a bead
          // that cannot beat the best so far even at penalty 0 and sim 1 is not scored, nor one whose
          // similarity term alone rules it out (its length penalty, the dearer term, is then never
          // computed). The same choice: rounding is monotonic, and the sums keep their order. (Inline,
          // not a helper: a call would box its float arguments, a million times.)
          let shape = shapeCost[s]!
          if (prev + shape >= best) continue
          // A sentence that shares nothing with the rest of a merged bead pays a quarter of a skip:
          // enough to keep a short unrelated sentence out of a 2-2 (align bench gold 95.8 → 95.9,
          // PANL 1-1 recall up), not so much that a merge across a lexicon gap (German–French) breaks.
          if (da + db > 2 && scorer.bandHasIdle(i, da, j, db)) shape += skip / 4
          // A merged side whose end sentence adds little to what the bead matches (a sentence dropped from
          // the other side, swallowed by its neighbour) pays up to `weak`, the less it adds the more.
          if (da + db > 2 && w.weak > 0) {
            const g = scorer.bandMarginal(i, da, j, db)
            if (g < WEAK_GAIN) shape += w.weak * (1 - g / WEAK_GAIN)
          }
          const cs = scorer.cost(scorer.bandSim(i, da, j, db), da + db)
          if (cs >= 0 && prev + (cs + shape) >= best) continue
          const lp = lw * scorer.lengthPenalty(i - da, i, j - db, j)
          if (prev + (lp + shape) >= best) continue
          let c = cs + lp
          if (shape !== 0) c += shape
          total = prev + c
        }
        if (total < best) {
          best = total
          arg = s
        }
      }
      cost[base + j] = best
      back[base + j] = arg
    }
  }
  // Walk back from (n, m).
  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [da, db] = SHAPES[back[off[i]! + j - lo[i]!]!]!
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

/**
 * Confident 1-1 anchors: each A sentence's best of the three B sentences sharing the most rare
 * concepts (1 vote each) and number keys (2 each), kept when the match is mutual and similar enough
 * (≥ 0.5), then the longest chain increasing on both sides.
 *
 * @example
 * findAnchors(A, B, new Scorer(A, B, DEFAULT_WEIGHTS)) //=> [[0, 0], [3, 2], …]
 */
export function findAnchors(A: readonly SentenceConcepts[], B: readonly SentenceConcepts[], scorer: Scorer): [number, number][] {
  // Postings of B sentences by rare feature: concepts in at most 3 sentences (weight 1), and number
  // keys (weight 2). Concept ids are small dense integers, so counts and postings live in typed arrays.
  let maxC = 0
  // Index loops: this runs once a call, often before the function is optimized, where for…of
  // over a typed array makes an iterator per sentence.
  for (const side of [A, B]) {
    for (let i = 0; i < side.length; i++) {
      const cs = side[i]!.concepts
      for (let k = 0; k < cs.length; k++) if (cs[k]! > maxC) maxC = cs[k]!
    }
  }
  const df = new Int32Array(maxC + 1)
  for (let j = 0; j < B.length; j++) {
    const cs = B[j]!.concepts
    for (let k = 0; k < cs.length; k++) df[cs[k]!]!++
  }
  const keyIds = new Map<string, number>()
  // The call that last listed key id: a sentence of thousands of numbers lists each key once in one pass.
  const listedBy: number[] = []
  let call = 0
  const keysOf = (s: SentenceConcepts, add: boolean): number[] => {
    const out: number[] = []
    call++
    for (const k of s.numbers) {
      let id = keyIds.get(k)
      if (id === undefined && add) keyIds.set(k, (id = keyIds.size))
      if (id !== undefined && listedBy[id] !== call) {
        listedBy[id] = call
        out.push(id)
      }
    }
    return out
  }
  const bKeys = B.map((s) => keysOf(s, true))
  const conceptPost = csr(maxC + 1, B.length, (j, emit) => {
    for (const c of B[j]!.concepts) if (df[c]! <= 3) emit(c)
  })
  const keyPost = csr(keyIds.size, B.length, (j, emit) => {
    for (const k of bKeys[j]!) emit(k)
  })
  const votes = new Int32Array(B.length)
  // The sentences voted for, touched[0, nTouched): each at most once, so B.length bounds them.
  const touched = new Int32Array(B.length)
  let nTouched = 0
  const vote = (post: Csr, f: number, w: number) => {
    for (let p = post.start[f]!; p < post.start[f + 1]!; p++) {
      const j = post.items[p]!
      if (votes[j] === 0) touched[nTouched++] = j
      votes[j]! += w
    }
  }
  const bestOfA = new Int32Array(A.length).fill(-1)
  const bestOfB = new Map<number, [number, number]>()
  const top = [-1, -1, -1]
  for (let i = 0; i < A.length; i++) {
    const s = A[i]!
    const cs = s.concepts
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!
      if (c < df.length && df[c]! > 0 && df[c]! <= 3) vote(conceptPost, c, 1)
    }
    const keys = keysOf(s, false)
    if (keys.length === 1) {
      // One number key, often shared by hundreds of sentences ("1", a year): those it alone votes for
      // all have 2 votes, so only the three earliest of them can rank in the top three; the
      // sentences with concept votes get the key's 2 when they hold it. The same top three as
      // voting for every sentence of the key.
      const k = keys[0]!
      const from = keyPost.start[k]!
      const to = keyPost.start[k + 1]!
      const withConcepts = nTouched
      for (let q = 0; q < withConcepts; q++) {
        const j = touched[q]!
        if (holds(keyPost.items, from, to, j)) votes[j]! += 2
      }
      for (let p = from, extra = 0; p < to && extra < 3; p++) {
        const j = keyPost.items[p]!
        if (votes[j] !== 0) continue
        votes[j] = 2
        touched[nTouched++] = j
        extra++
      }
    } else for (const k of keys) vote(keyPost, k, 2)
    // The three best-voted sentences with at least 2 votes (ties: the earlier sentence).
    top[0] = top[1] = top[2] = -1
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k]!
      const v = votes[j]!
      if (v < 2) continue
      if (beats(j, v, top[0]!, votes)) {
        top[2] = top[1]!
        top[1] = top[0]!
        top[0] = j
      } else if (beats(j, v, top[1]!, votes)) {
        top[2] = top[1]!
        top[1] = j
      } else if (beats(j, v, top[2]!, votes)) top[2] = j
    }
    let bj = -1
    let bs = 0
    for (const j of top) {
      if (j < 0) continue
      const sim = scorer.sim(i, i + 1, j, j + 1)
      if (sim > bs) {
        bs = sim
        bj = j
      }
    }
    for (let k = 0; k < nTouched; k++) votes[touched[k]!] = 0
    nTouched = 0
    if (bj >= 0 && bs >= 0.5) {
      bestOfA[i] = bj
      const prev = bestOfB.get(bj)
      if (!prev || bs > prev[1]) bestOfB.set(bj, [i, bs])
    }
  }
  const cands: [number, number][] = []
  bestOfA.forEach((j, i) => {
    if (j >= 0 && bestOfB.get(j)![0] === i) cands.push([i, j])
  })
  return longestIncreasing(cands)
}

/** Whether the ascending items[from, to) hold j (binary search). */
function holds(items: Int32Array, from: number, to: number, j: number): boolean {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (items[mid]! < j) lo = mid + 1
    else hi = mid
  }
  return lo < to && items[lo] === j
}

/** Sentence j with v votes ranks above t (none when t < 0): more votes, or as many and earlier. */
function beats(j: number, v: number, t: number, votes: Int32Array): boolean {
  return t < 0 || v > votes[t]! || (v === votes[t]! && j < t)
}

/** Postings in compressed rows: the items of feature f are items[start[f], start[f + 1]), in order of sentence. */
interface Csr {
  readonly start: Int32Array
  readonly items: Int32Array
}

function csr(features: number, sentences: number, each: (j: number, emit: (f: number) => void) => void): Csr {
  const start = new Int32Array(features + 1)
  for (let j = 0; j < sentences; j++) each(j, (f) => start[f + 1]!++)
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!
  const fill = start.slice(0, features)
  const items = new Int32Array(start[features]!)
  for (let j = 0; j < sentences; j++) each(j, (f) => (items[fill[f]!++] = j))
  return { start, items }
}

/** Longest chain with increasing i and j (patience sorting, O(k log k)). */
export function longestIncreasing(pts: [number, number][]): [number, number][] {
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
