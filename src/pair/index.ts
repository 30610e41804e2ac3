/**
 * Pair documents that translate each other. Candidates come from an inverted index over rare features
 * (numbers, names, rare concepts), so large inputs never compare all pairs; candidates are scored by
 * concept similarity in the pivot, number and name agreement and length, the best are re-scored by a
 * quick sentence alignment (the WMT16 lesson), and a greedy one-to-one assignment with a threshold
 * leaves related but untranslated documents unpaired.
 */
import { prepare } from '../core/prepare.js'
import { detectLanguage } from '../core/detect.js'
import { PadananError } from '../errors.js'
import { en } from '../langs/en/index.js'
import { resolveLanguage, type LanguageInput } from '../langs/index.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { compoundParts } from '../lexicon/compounds.js'
import { cognatesAmong, ConceptSpace, sentenceConcepts, type SentenceConcepts } from '../pivot/index.js'
import { alignDP, fullBand } from '../align/dp.js'
import { DEFAULT_WEIGHTS, Scorer } from '../align/score.js'
import type { Doc } from '../types.js'

/** A document to pair: an id and a text (language detected when missing), or a prepared Doc with an id. */
export type PairInput = { readonly id: string; readonly text: string; readonly lang?: LanguageInput } | Doc

/** Options of {@link pairDocuments}. */
export interface PairOptions {
  /** Lexicon from the non-English language into English. Default: each pack's own; `null`: none. */
  readonly lexicon?: Lexicon | null
  /** The lowest score a pair may have. Default 0.3 (set on the bench; see bench/results/pair.md). */
  readonly minScore?: number
  /** Candidates per document taken from the inverted index. Default 8. */
  readonly candidates?: number
  /** Candidates per document re-scored by a sentence alignment. Default 3. */
  readonly rescore?: number
  /** Called as work progresses: phase, items done, items in the phase. */
  readonly onProgress?: (phase: 'prepare' | 'candidates' | 'score', done: number, total: number) => void
}

/** Why two documents were paired. */
export interface PairEvidence {
  /** Number mentions with equal keys on both sides: the key and the text on each side. */
  readonly numbers: readonly { readonly key: string; readonly a: string; readonly b: string }[]
  /** Names written the same on both sides (Lei Jun, Xiaomi, R&D). */
  readonly names: readonly string[]
  /** Cosine similarity of the two documents' concept vectors in the pivot, 0–1. */
  readonly concepts: number
  /** Share of sentences (both sides) in aligned beads, weighted by bead score, 0–1. */
  readonly alignment: number
  /** Sentences of each side and how many were aligned 1-1 or in merges. */
  readonly sentences: { readonly a: number; readonly b: number; readonly aligned: number }
  /** Length of b over length of a, in characters. */
  readonly lengthRatio: number
}

/** Two documents that translate each other. `a` is the non-English document. */
export interface DocPair {
  readonly a: string
  readonly b: string
  readonly score: number
  readonly evidence: PairEvidence
}

/** The result of {@link pairDocuments}: every input id appears exactly once, in a pair or in `unpaired`. */
export interface PairResult {
  readonly pairs: readonly DocPair[]
  readonly unpaired: readonly string[]
}

interface Item {
  readonly id: string
  readonly doc: Doc
  readonly sents: SentenceConcepts[]
  /** Concept → weight (term frequency; a token with k candidate concepts gives 1/k to each). */
  readonly tf: Map<number, number>
  readonly keys: ReadonlySet<string>
  readonly chars: number
  norm: number
}

/**
 * Find which documents translate which: `{ pairs, unpaired }` with a score and evidence per pair.
 *
 * @param docs - documents in two or more languages; ids must be unique
 * @returns pairs (best first) and the ids left unpaired (in code-unit order of their ids); the same whatever the input order
 * @throws PadananError `BAD_INPUT` for a malformed document or a repeated id
 *
 * @example
 * pairDocuments([
 *   { id: '001', text: 'Xiaomi berinvestasi 105 miliar yuan …' },
 *   { id: '002', text: 'Xiaomi invests 105 billion yuan …' },
 *   { id: '000', text: 'An unrelated English story …' },
 * ])
 * //=> { pairs: [{ a: '001', b: '002', score: 0.71, evidence: { numbers: [{ key: 'currency:105000000000:CNY', … }], … } }],
 * //     unpaired: ['000'] }
 */
export function pairDocuments(docs: readonly PairInput[], options: PairOptions = {}): PairResult {
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array', { field: 'docs' })
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const minScore = options.minScore ?? 0.3
  const K = options.candidates ?? 8
  const R = options.rescore ?? 3
  for (const [name, v] of [['minScore', minScore], ['candidates', K], ['rescore', R]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new PadananError('BAD_OPTIONS', `${name} must be a number ≥ 0`, { field: name })
  }
  const progress = options.onProgress ?? (() => {})
  const seen = new Set<string>()
  const prepared: Doc[] = docs.map((d, i) => {
    const doc = toDoc(d, i)
    if (seen.has(doc.id)) throw new PadananError('BAD_INPUT', `document id "${doc.id}" appears twice`, { field: `docs[${i}].id` })
    seen.add(doc.id)
    if (i % 100 === 0) progress('prepare', i, docs.length)
    return doc
  })
  progress('prepare', docs.length, docs.length)
  // Id order from here on: the result must not depend on the order of the input.
  prepared.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  const space = new ConceptSpace()
  // One cognate index over every English document's words serves all the others.
  const cognates = cognatesAmong(prepared.filter((d) => d.lang === en.code).flatMap((d) => d.sentences), en, 'id')
  const items = prepared.map((doc) => toItem(doc, space, options.lexicon, cognates))
  const isPivot = (it: Item) => it.doc.lang === en.code
  const A = items.filter((it) => !isPivot(it))
  const B = items.filter(isPivot)

  // Document frequency over both sides; idf weights make shared rare concepts count.
  const df = new Map<number, number>()
  for (const it of items) for (const c of it.tf.keys()) df.set(c, (df.get(c) ?? 0) + 1)
  const N = items.length
  const idf = (c: number) => Math.log(1 + N / (df.get(c) ?? 1))
  for (const it of items) {
    let s = 0
    for (const [c, w] of it.tf) s += (w * idf(c)) ** 2
    it.norm = Math.sqrt(s)
  }

  // Inverted index over the English side's rare features.
  const rareCap = Math.max(3, Math.ceil(N * 0.02))
  const post = new Map<string | number, number[]>()
  B.forEach((it, bi) => {
    for (const c of it.tf.keys()) if ((df.get(c) ?? 0) <= rareCap) push(post, c, bi)
    for (const k of it.keys) push(post, `#${k}`, bi)
  })
  const keyDf = new Map<string, number>()
  for (const it of items) for (const k of it.keys) keyDf.set(k, (keyDf.get(k) ?? 0) + 1)

  const scored: { ai: number; bi: number; score: number; sim: number; q: number; aligned: number }[] = []
  A.forEach((a, ai) => {
    if (ai % 50 === 0) progress('candidates', ai, A.length)
    const votes = new Map<number, number>()
    for (const c of a.tf.keys()) {
      const p = post.get(c)
      if (p) for (const bi of p) votes.set(bi, (votes.get(bi) ?? 0) + idf(c))
    }
    for (const k of a.keys) {
      const p = post.get(`#${k}`)
      if (p) for (const bi of p) votes.set(bi, (votes.get(bi) ?? 0) + Math.log(1 + N / (keyDf.get(k) ?? 1)))
    }
    const cands = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, K)
    const quick = cands
      .map(([bi]) => ({ bi, sim: cosine(a, B[bi]!, idf), len: lengthPrior(a, B[bi]!) }))
      .sort((x, y) => y.sim * y.len - x.sim * x.len || x.bi - y.bi)
      .slice(0, R)
    for (const { bi, sim, len } of quick) {
      const { q, aligned } = alignmentQuality(a.sents, B[bi]!.sents)
      // Concept similarity says "same topic"; the alignment says "same sentences, in order".
      const score = (0.35 * sim + 0.65 * q) * len
      scored.push({ ai, bi, score, sim, q, aligned })
    }
  })
  progress('candidates', A.length, A.length)

  // Greedy one-to-one assignment, best score first; ties broken by ids for a stable result.
  scored.sort((x, y) => y.score - x.score || byId(A[x.ai]!.id, A[y.ai]!.id) || byId(B[x.bi]!.id, B[y.bi]!.id))
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: DocPair[] = []
  for (const [k, s] of scored.entries()) {
    if (k % 500 === 0) progress('score', k, scored.length)
    if (s.score < minScore) break
    if (usedA.has(s.ai) || usedB.has(s.bi)) continue
    usedA.add(s.ai)
    usedB.add(s.bi)
    const a = A[s.ai]!
    const b = B[s.bi]!
    pairs.push({ a: a.id, b: b.id, score: round(s.score), evidence: evidence(a, b, s.sim, s.q, s.aligned) })
  }
  progress('score', scored.length, scored.length)
  const paired = new Set(pairs.flatMap((p) => [p.a, p.b]))
  return { pairs, unpaired: prepared.map((d) => d.id).filter((id) => !paired.has(id)) }
}

/**
 * How likely two prepared documents translate each other, with the evidence: the score
 * {@link pairDocuments} uses, for one pair (dedup verifies cross-lingual candidates with it).
 * Concept similarity is computed against these two documents only.
 *
 * @example
 * translationScore(prepare(idText, 'id'), prepare(enText, 'en')).score //=> 0.62
 */
export function translationScore(a: Doc, b: Doc, options: { lexicon?: Lexicon | null } = {}): { score: number; evidence: PairEvidence } {
  const space = new ConceptSpace()
  const english = [a, b].filter((d) => d.lang === en.code)
  const cognates = english.length === 1 ? cognatesAmong(english[0]!.sentences, en, [a, b].find((d) => d.lang !== en.code)!.lang) : undefined
  const x = toItem(a, space, options.lexicon, cognates)
  const y = toItem(b, space, options.lexicon, cognates)
  const df = new Map<number, number>()
  for (const it of [x, y]) for (const c of it.tf.keys()) df.set(c, (df.get(c) ?? 0) + 1)
  // With two documents, idf cannot tell rare from common: weigh every concept alike.
  const idf = () => 1
  for (const it of [x, y]) {
    let s = 0
    for (const [, w] of it.tf) s += w * w
    it.norm = Math.sqrt(s)
  }
  const sim = cosine(x, y, idf)
  const { q, aligned } = alignmentQuality(x.sents, y.sents)
  const score = (0.35 * sim + 0.65 * q) * lengthPrior(x, y)
  return { score: round(score), evidence: evidence(x, y, sim, q, aligned) }
}

function toDoc(d: PairInput, i: number): Doc {
  if (typeof d !== 'object' || d === null) throw new PadananError('BAD_INPUT', `docs[${i}] must be an object { id, text, lang? } or a Doc`, { field: `docs[${i}]` })
  if (typeof (d as { id?: unknown }).id !== 'string' || (d as { id: string }).id === '') {
    throw new PadananError('BAD_INPUT', `docs[${i}].id must be a non-empty string`, { field: `docs[${i}].id` })
  }
  if (Array.isArray((d as Doc).sentences)) return d as Doc
  const { id, text, lang } = d as { id: string; text: unknown; lang?: LanguageInput }
  if (typeof text !== 'string') throw new PadananError('BAD_INPUT', `docs[${i}].text must be a string`, { field: `docs[${i}].text` })
  return prepare(text, { id, lang: lang ?? detectLanguage(text).lang })
}

function toItem(doc: Doc, space: ConceptSpace, lexicon: Lexicon | null | undefined, cognates?: (w: string) => readonly string[]): Item {
  const pack = resolveLanguage(doc.lang)
  const same = pack.code === en.code
  const lex = lexicon !== undefined ? lexicon : (pack.lexicon?.() ?? null)
  const sents = sentenceConcepts(doc.sentences, space, { pivot: en, lexicon: lex, cognates, parts: lex ? compoundParts(pack, lex) : undefined }, same)
  const tf = new Map<number, number>()
  for (const s of sents) for (const cs of s.tokens) for (const c of cs) tf.set(c, (tf.get(c) ?? 0) + 1 / cs.length)
  return { id: doc.id, doc, sents, tf, keys: new Set(doc.numbers.map((m) => m.key)), chars: doc.text.length, norm: 0 }
}

function cosine(a: Item, b: Item, idf: (c: number) => number): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.tf.size <= b.tf.size ? [a, b] : [b, a]
  let dot = 0
  for (const [c, w] of small.tf) {
    const v = large.tf.get(c)
    if (v !== undefined) dot += w * v * idf(c) ** 2
  }
  return dot / (a.norm * b.norm)
}

/** 1 when the lengths are as translations' usually are; falls off as they drift apart (×2 → about 0.6). */
function lengthPrior(a: Item, b: Item): number {
  if (a.chars === 0 || b.chars === 0) return a.chars === b.chars ? 1 : 0
  const r = Math.log(b.chars / a.chars)
  return Math.exp(-(r * r) / (2 * 0.7 * 0.7))
}

/** Sentence-align two documents and measure how much of them aligns, weighted by bead score. */
function alignmentQuality(A: SentenceConcepts[], B: SentenceConcepts[]): { q: number; aligned: number } {
  if (A.length === 0 || B.length === 0) return { q: 0, aligned: 0 }
  const scorer = new Scorer(A, B, DEFAULT_WEIGHTS)
  // Long documents: a diagonal band keeps re-scoring cheap (pairs are re-scored often).
  const n = A.length
  const m = B.length
  const band = (n + 1) * (m + 1) <= 250_000 ? fullBand(n, m) : diagonalBand(n, m, 30)
  const beads = alignDP(n, m, band, scorer, DEFAULT_WEIGHTS)
  let weighted = 0
  let aligned = 0
  for (const b of beads) {
    if (b.a.length && b.b.length) {
      weighted += (b.a.length + b.b.length) * b.score
      aligned += b.a.length + b.b.length
    }
  }
  return { q: weighted / (n + m), aligned }
}

function diagonalBand(n: number, m: number, w: number) {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const c = (i * m) / n
    const c2 = ((i + 1) * m) / n
    lo[i] = Math.max(0, Math.floor(c - w))
    hi[i] = Math.min(m, Math.ceil(c2 + w))
  }
  lo[0] = 0
  hi[n] = m
  return { lo, hi }
}

function evidence(a: Item, b: Item, sim: number, q: number, aligned: number): PairEvidence {
  const numbers: { key: string; a: string; b: string }[] = []
  const bm = [...b.doc.numbers]
  for (const m of a.doc.numbers) {
    const k = bm.findIndex((x) => x.key === m.key)
    if (k >= 0) {
      numbers.push({ key: m.key, a: m.text, b: bm[k]!.text })
      bm.splice(k, 1)
    }
  }
  const bNames = new Set(b.doc.names.map((n) => n.toLowerCase()))
  const names = a.doc.names.filter((n) => bNames.has(n.toLowerCase()))
  return {
    numbers,
    names,
    concepts: round(sim),
    alignment: round(q),
    sentences: { a: a.sents.length, b: b.sents.length, aligned },
    lengthRatio: round(a.chars ? b.chars / a.chars : 0),
  }
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k)
  if (l) l.push(v)
  else m.set(k, [v])
}

const round = (x: number) => Math.round(x * 1e4) / 1e4

/** Code-unit order of ids: locale-free, the same on every machine. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
