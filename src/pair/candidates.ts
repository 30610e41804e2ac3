/**
 * Cross-language candidates for pairing: an inverted index over the rare features of every document
 * (pivot concepts in at most 2% of the documents, or a short document's rarest, and number keys), so that no two documents are
 * compared unless they share something specific. Each document keeps its best few candidates in
 * every other language, so a story in five languages reaches its four translations.
 */
import type { Item } from './project.js'
import { cosine, lengthPrior } from './project.js'

/** Concepts in at most this share of the documents are rare: every document votes with them. */
const RARE = 0.02
/** Concepts in more than this share never vote (a document's rarest features are taken up to it). */
const COMMON = 0.1
/** A document with fewer rare concepts than this votes with this many of its rarest. */
const MIN_FEATURES = 24

export interface CandidateOptions {
  /** Candidates kept per document and other language, by votes. */
  readonly perLanguage: number
  /** Of those, the best by concept cosine × length prior, per document and other language. */
  readonly rescore: number
  readonly idf: (c: number) => number
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Whether two documents may be in different languages: some language each may be read in differs.
 *
 * @example
 * mayDiffer(['id'], ['id', 'ms']) //=> true (the second may be Malay)
 * mayDiffer(['de'], ['de']) //=> false
 */
export function mayDiffer(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x !== y) return true
  return false
}

/**
 * Candidate pairs `[x, y]` (x < y, indexes into `items`), each once, in index order.
 *
 * @param slots - per item, the languages it may be in (its own, or two when detection was unsure)
 * @param df - document frequency of every concept over `items` (their `tf` holds only concepts met in two languages or more)
 */
export function crossCandidates(items: readonly Item[], slots: readonly (readonly string[])[], df: ReadonlyMap<number, number>, o: CandidateOptions): [number, number][] {
  const N = items.length
  const rareCap = Math.max(3, Math.ceil(N * RARE))
  const hardCap = Math.max(rareCap, Math.ceil(N * COMMON))
  const post = new Map<number, number[]>()
  const keyPost = new Map<string, number[]>()
  items.forEach((it, i) => {
    for (const c of it.tf.keys()) if ((df.get(c) ?? 0) <= hardCap) push(post, c, i)
    for (const k of it.keys) push(keyPost, k, i)
  })
  // A document votes with its rare concepts, and with its MIN_FEATURES rarest when it has fewer rare
  // ones (a short text on an everyday subject: "the easiest way to start travel writing").
  const capOf = (it: Item): number => {
    const dfs: number[] = []
    for (const c of it.tf.keys()) dfs.push(df.get(c) ?? 0)
    if (dfs.length <= MIN_FEATURES) return hardCap
    dfs.sort((p, q) => p - q)
    return Math.min(hardCap, Math.max(rareCap, dfs[MIN_FEATURES - 1]!))
  }
  const langOf = items.map((it) => it.lang)
  const chosen = new Set<number>()
  const votes = new Float64Array(N)
  const touched: number[] = []
  for (let a = 0; a < N; a++) {
    if (a % 50 === 0) o.onProgress?.(a, N)
    const it = items[a]!
    const cap = capOf(it)
    const vote = (b: number, w: number) => {
      if (b === a) return
      if (votes[b] === 0) touched.push(b)
      votes[b] = votes[b]! + w
    }
    for (const c of it.tf.keys()) {
      const p = post.get(c)
      if (p && p.length <= cap) {
        const w = o.idf(c)
        for (const b of p) vote(b, w)
      }
    }
    for (const k of it.keys) {
      const p = keyPost.get(k)!
      // Keys are not capped by frequency (a year is common, 105000000000 is not): rarer ones weigh more.
      if (p.length > rareCap) continue
      const w = Math.log(1 + N / p.length)
      for (const b of p) vote(b, w)
    }
    // Per other language: the best by votes, then the best of those by cosine and length.
    const byLang = new Map<string, [number, number][]>()
    for (const b of touched) {
      if (mayDiffer(slots[a]!, slots[b]!)) {
        const l = langOf[b]!
        let list = byLang.get(l)
        if (!list) byLang.set(l, (list = []))
        list.push([b, votes[b]!])
      }
      votes[b] = 0
    }
    touched.length = 0
    for (const list of byLang.values()) {
      list.sort((p, q) => q[1] - p[1] || p[0] - q[0])
      const quick = list
        .slice(0, o.perLanguage)
        .map(([b]) => ({ b, s: cosine(it, items[b]!, o.idf) * lengthPrior(it, items[b]!) }))
        .sort((p, q) => q.s - p.s || p.b - q.b)
        .slice(0, o.rescore)
      for (const { b } of quick) chosen.add(a < b ? a * N + b : b * N + a)
    }
  }
  o.onProgress?.(N, N)
  return [...chosen].sort((p, q) => p - q).map((k) => [Math.floor(k / N), k % N])
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}
