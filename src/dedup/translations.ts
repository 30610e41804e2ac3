/**
 * The translation pass of findDuplicates(): documents in different languages with the same content.
 *
 * 1. Every distinct word of each language (recorded while reading, see vocab.ts) is projected into the
 *    pivot once, as pairing projects it (lexicon glosses, the word itself, its spelling skeleton);
 *    a document's concepts are its token hashes read through that table: no text is read again.
 * 2. Only concepts met in two languages or more can join two languages: the others are dropped, so a
 *    corpus with one stray document in another language works on that document's concepts alone.
 * 3. Candidates: an inverted index over the rare ones; each document keeps its best few in every other
 *    language by an idf-weighted cosine, then the coverage of each pair (the idf-weighted share of the two
 *    documents' words whose concepts the other has) decides which are verified: pairs that are each
 *    other's best, and pairs whose coverage or cosine is high.
 * 4. Candidates are verified, best first, by translationScore() on the prepared documents (find.ts decides).
 */
import { en } from '../langs/en/index.js'
import { resolveLanguage } from '../langs/index.js'
import { compoundParts } from '../lexicon/compounds.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { translationScore } from '../pair/index.js'
import { ConceptSpace, tokenConcepts, type Projection } from '../pivot/index.js'
import type { Doc } from '../types.js'
import type { DocFeatures } from './features.js'
import type { Vocab } from './vocab.js'

/** A candidate pair with its cheap similarity, before verification. */
export interface CrossCandidate {
  /** Indexes into the documents (x < y). */
  readonly x: number
  readonly y: number
  /** idf-weighted cosine of the two documents' shared concepts. */
  readonly sim: number
  /** Share of the two documents' content tokens whose concepts the other one has. */
  readonly cover: number
  /** Each is the other's best candidate in its language by coverage, clearly ahead of the runner-up. */
  readonly mutual: boolean
}

/** Candidates kept per document and other language. */
const PER_LANGUAGE = 3
/**
 * A pair is verified when each document is the other's best by coverage (by this margin over either
 * runner-up) with at least MIN_COVER, or when its coverage or cosine is high whatever the others.
 * FLORES-200 (five languages, 562 short articles): translations' coverage from 0.27–0.5 at the 1st
 * percentile by language pair; PANL-BPPT dedup corpus (20k): 151 non-translations pass the mutual test.
 */
const MUTUAL_MARGIN = 1.1
const MIN_COVER = 0.3
const HIGH_COVER = 0.6
const BEST_COVER = 0.45
const HIGH_SIM = 0.3
/** A document votes with concepts in at most this share of the documents … */
const RARE = 0.02
/** … and, when it has fewer than MIN_FEATURES such, with its rarest up to this share. */
const COMMON = 0.05
const MIN_FEATURES = 24
/** At most this many documents, whatever the corpus size. */
const RARE_MAX = 50
const COMMON_MAX = 150

/** What the pass reads of each document, in the caller's index order. */
export interface CrossInput {
  readonly feats: readonly DocFeatures[]
  /** Token hashes of each document's content (boilerplate left out). */
  readonly content: readonly Uint32Array[]
  /** The documents that take part (representatives of exact-duplicate groups with content). */
  readonly docs: readonly number[]
  /** The recorded words of each language. */
  readonly vocab: (lang: string) => Vocab
  readonly lexicon: Lexicon | null | undefined
}

/**
 * Candidate translation pairs among `input.docs` (indexes into `feats`), best first.
 *
 * @example
 * crossCandidates({ feats, content, docs: [0, 1, 2], vocab, lexicon: undefined })
 * //=> [{ x: 0, y: 2, sim: 0.41, cover: 0.63, mutual: true }]
 */
export function crossCandidates(input: CrossInput, progress: (done: number, total: number) => void = () => {}): CrossCandidate[] {
  const { feats, content, docs } = input
  const langs = [...new Set(docs.map((i) => feats[i]!.lang))].sort()
  if (langs.length < 2) return []
  const langIndex = new Map(langs.map((l, k) => [l, k]))
  const space = new ConceptSpace()

  // 1. Each language's words, projected once: vocabulary index → concepts.
  const tables = new Map<string, { vocab: Vocab; concepts: Int32Array[] }>()
  for (const lang of langs) {
    const vocab = input.vocab(lang)
    const pack = resolveLanguage(lang)
    const pivot = pack.code === en.code
    const lex = pivot ? null : input.lexicon !== undefined ? input.lexicon : (pack.lexicon?.() ?? null)
    const p: Projection = { pivot: en, lexicon: lex, parts: lex ? compoundParts(pack, lex) : undefined, skeletons: true, glossStopwords: true, lemmas: true }
    const stops = new Set(pack.stopwords)
    const stem = pack.stem ?? ((w: string) => w)
    const concepts: Int32Array[] = new Array(vocab.size)
    vocab.forEach((h, word, k) => {
      // A number's hash is its value's, the same in every language.
      if (word === null) concepts[k] = Int32Array.of(space.id(`#${h}`))
      else if (stops.has(word)) concepts[k] = NONE
      else concepts[k] = tokenConcepts({ norm: word, stem: stem(word) }, space, p, pivot)
    })
    tables.set(lang, { vocab, concepts })
  }

  // 2. Which languages each concept is met in (by the words each language's documents use); only
  // concepts of two languages or more can join two.
  const masks = new Int32Array(space.size)
  for (const [lang, t] of tables) {
    const bit = 1 << langIndex.get(lang)! % 31
    for (const cs of t.concepts) for (let q = 0; q < cs.length; q++) masks[cs[q]!] = masks[cs[q]!]! | bit
  }
  // Each word's shared concepts, once per language.
  for (const t of tables.values()) {
    t.concepts = t.concepts.map((cs) => {
      let n = 0
      for (let q = 0; q < cs.length; q++) if ((masks[cs[q]!]! & (masks[cs[q]!]! - 1)) !== 0) n++
      return n === cs.length ? cs : n === 0 ? NONE : cs.filter((c) => (masks[c]! & (masks[c]! - 1)) !== 0)
    })
  }
  // Each document's tokens as vocabulary indexes, looked up once; words with no shared concept left out.
  const vix: Int32Array[] = docs.map((i) => {
    const t = tables.get(feats[i]!.lang)!
    const out: number[] = []
    for (const h of content[i]!) {
      const v = t.vocab.indexOf(h)
      if (v >= 0 && t.concepts[v]!.length) out.push(v)
    }
    return Int32Array.from(out)
  })
  const conceptsOf = (r: number) => tables.get(feats[docs[r]!]!.lang)!.concepts
  // Each document as weights over shared concepts: a token's weight split among its shared concepts
  // (a word with five glosses must not count five times), as pairing weighs them.
  const ids: Int32Array[] = new Array(docs.length)
  const wts: Float64Array[] = new Array(docs.length)
  const acc = new Float64Array(space.size)
  const touchedC: number[] = []
  docs.forEach((_, r) => {
    const concepts = conceptsOf(r)
    for (const v of vix[r]!) {
      const cs = concepts[v]!
      const n = cs.length
      for (let q = 0; q < n; q++) {
        const c = cs[q]!
        if (acc[c] === 0) touchedC.push(c)
        acc[c] = acc[c]! + 1 / n
      }
    }
    ids[r] = Int32Array.from(touchedC).sort()
    wts[r] = Float64Array.from(ids[r]!, (c) => Math.sqrt(acc[c]!))
    for (const c of touchedC) acc[c] = 0
    touchedC.length = 0
    if (r % 1000 === 0) progress(docs.length + r, docs.length * 3)
  })
  const R = docs.length
  const df = new Int32Array(space.size)
  for (const s of ids) for (const c of s) df[c]!++
  const idf2 = new Float64Array(space.size)
  const idf = new Float64Array(space.size)
  for (let c = 0; c < space.size; c++) if (df[c]) idf2[c] = Math.log(1 + R / df[c]!) ** 2
  for (let c = 0; c < space.size; c++) idf[c] = Math.sqrt(idf2[c]!)
  const norms = ids.map((s, r) => {
    let n = 0
    const w = wts[r]!
    for (let k = 0; k < s.length; k++) n += w[k]! * w[k]! * idf2[s[k]!]!
    return Math.sqrt(n)
  })

  // 3. Postings of the concepts a document may vote with (counting sort: one array for all).
  // Bounded, so that voting costs about the same per document however large the corpus.
  const rareCap = Math.min(RARE_MAX, Math.max(10, Math.ceil(R * RARE)))
  const hardCap = Math.min(COMMON_MAX, Math.max(rareCap, Math.ceil(R * COMMON)))
  const start = new Int32Array(space.size + 1)
  for (const s of ids) for (const c of s) if (df[c]! <= hardCap) start[c + 1]!++
  for (let c = 0; c < space.size; c++) start[c + 1]! += start[c]!
  const fill = start.slice(0, space.size)
  const post = new Int32Array(start[space.size]!)
  const postW = new Float64Array(start[space.size]!)
  ids.forEach((s, r) => {
    const w = wts[r]!
    for (let k = 0; k < s.length; k++) {
      const c = s[k]!
      if (df[c]! > hardCap) continue
      postW[fill[c]!] = w[k]!
      post[fill[c]!++] = r
    }
  })
  const langOf = Int32Array.from(docs, (i) => langIndex.get(feats[i]!.lang)!)
  const votes = new Float64Array(R)
  const touched: number[] = []
  const chosen = new Map<number, number>()
  const dfs: number[] = []
  for (let x = 0; x < R; x++) {
    if (x % 500 === 0) progress(2 * R + x, R * 3)
    const s = ids[x]!
    if (s.length === 0) continue
    const ws = wts[x]!
    dfs.length = 0
    for (const c of s) dfs.push(df[c]!)
    dfs.sort((a, b) => a - b)
    const cap = Math.min(hardCap, Math.max(rareCap, dfs[Math.min(dfs.length, MIN_FEATURES) - 1]!))
    for (let k = 0; k < s.length; k++) {
      const c = s[k]!
      if (df[c]! > cap) continue
      const w = ws[k]! * idf2[c]!
      for (let p = start[c]!, e = start[c + 1]!; p < e; p++) {
        const y = post[p]!
        if (langOf[y] === langOf[x]) continue
        if (votes[y] === 0) touched.push(y)
        votes[y] = votes[y]! + w * postW[p]!
      }
    }
    // The best few of each other language, by cosine, above the floor.
    const best: { y: number; sim: number }[] = []
    for (const y of touched) {
      const sim = votes[y]! / (norms[x]! * norms[y]!)
      votes[y] = 0
      if (sim > 0) best.push({ y, sim })
    }
    touched.length = 0
    best.sort((p, q) => langOf[p.y]! - langOf[q.y]! || q.sim - p.sim || p.y - q.y)
    let kept = 0
    for (let k = 0; k < best.length; k++) {
      if (k > 0 && langOf[best[k]!.y] !== langOf[best[k - 1]!.y]) kept = 0
      if (kept++ >= PER_LANGUAGE) continue
      const { y, sim } = best[k]!
      const key = x < y ? x * R + y : y * R + x
      if (!chosen.has(key)) chosen.set(key, sim)
    }
  }
  progress(R * 3, R * 3)
  // Coverage: the share of the two documents' content tokens (idf-weighted) whose concepts the other one has.
  const markStamp = new Int32Array(space.size)
  let gen = 0
  const covered = (p: number, q: number): [number, number] => {
    gen++
    for (const c of ids[q]!) markStamp[c] = gen
    const concepts = conceptsOf(p)
    let matched = 0
    let total = 0
    for (const v of vix[p]!) {
      const cs = concepts[v]!
      let w = 0
      let m = 0
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!
        const x = idf[c]!
        if (x > w) w = x
        if (markStamp[c] === gen && x > m) m = x
      }
      total += w
      matched += m
    }
    return [matched, total]
  }
  const coverage = (a: number, b: number): number => {
    const [ma, ta] = covered(a, b)
    const [mb, tb] = covered(b, a)
    return ta + tb ? (ma + mb) / (ta + tb) : 0
  }
  const all = [...chosen].map(([key, sim]) => {
    const a = Math.floor(key / R)
    const b = key - a * R
    return { a, b, sim, cover: coverage(a, b) }
  })
  // The best and runner-up coverage of every document in every other language.
  const tops = new Map<number, [number, number]>()
  const note = (r: number, other: number, v: number) => {
    const k = r * langs.length + other
    const t = tops.get(k)
    if (!t) tops.set(k, [v, 0])
    else if (v > t[0]) tops.set(k, [v, t[0]])
    else if (v > t[1]) t[1] = v
  }
  for (const { a, b, cover } of all) {
    note(a, langOf[b]!, cover)
    note(b, langOf[a]!, cover)
  }
  const out: CrossCandidate[] = []
  for (const { a, b, sim, cover } of all) {
    const ta = tops.get(a * langs.length + langOf[b]!)!
    const tb = tops.get(b * langs.length + langOf[a]!)!
    const mutual = cover >= MIN_COVER && cover >= ta[0] && cover >= tb[0] && cover >= MUTUAL_MARGIN * Math.max(ta[1], tb[1])
    const best = cover >= ta[0] || cover >= tb[0]
    if (mutual || (best && cover >= BEST_COVER) || cover >= HIGH_COVER || sim >= HIGH_SIM) out.push({ x: docs[a]!, y: docs[b]!, sim, cover, mutual })
  }
  return out.sort((p, q) => q.cover - p.cover || q.sim - p.sim || p.x - q.x || p.y - q.y)
}

const NONE = new Int32Array(0)

/**
 * Verify candidates best first with translationScore() on prepared documents; `accept` decides and
 * `same` skips pairs already joined. Prepared documents are kept only while a later pair needs them.
 */
export function verifyCandidates(
  cands: readonly CrossCandidate[],
  docOf: (i: number) => Doc,
  lexicon: Lexicon | null | undefined,
  same: (x: number, y: number) => boolean,
  accept: (c: CrossCandidate, score: number, alignment: number) => void,
  progress: (done: number, total: number) => void,
): void {
  const cache = new Map<number, Doc>()
  const uses = new Map<number, number>()
  for (const { x, y } of cands) {
    uses.set(x, (uses.get(x) ?? 0) + 1)
    uses.set(y, (uses.get(y) ?? 0) + 1)
  }
  const get = (i: number) => {
    let d = cache.get(i)
    if (!d) cache.set(i, (d = docOf(i)))
    return d
  }
  const release = (i: number) => {
    const n = uses.get(i)! - 1
    uses.set(i, n)
    if (n === 0) cache.delete(i)
  }
  cands.forEach((c, k) => {
    const { x, y } = c
    progress(k + 1, cands.length)
    if (!same(x, y)) {
      const { score, evidence } = translationScore(get(x), get(y), lexicon !== undefined ? { lexicon } : {})
      accept(c, score, evidence.alignment)
    }
    release(x)
    release(y)
  })
}
