/**
 * A document as pairing compares it: its sentences projected into the pivot (English concepts,
 * number keys), its bag of concepts, and the measures two such documents are scored by (concept
 * cosine, a quick sentence alignment, a length prior) with the evidence behind a score.
 */
import { alignDP, fullBand } from '../align/dp.js'
import { Scorer, type AlignWeights } from '../align/score.js'
import { round } from '../core/order.js'
import { en } from '../langs/en/index.js'
import { resolveLanguage } from '../langs/index.js'
import { compoundParts } from '../lexicon/compounds.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { ConceptSpace, sentenceConcepts, type SentenceConcepts } from '../pivot/index.js'
import type { Doc } from '../types.js'

/** A prepared document in the pivot. */
export interface Item {
  readonly id: string
  readonly doc: Doc
  /** The language the document was read in. */
  readonly lang: string
  readonly sents: SentenceConcepts[]
  /** Concept → weight (term frequency; a token with k candidate concepts gives 1/k to each). */
  readonly tf: Map<number, number>
  /** Distinct number keys. */
  readonly keys: ReadonlySet<string>
  readonly chars: number
  /** Length in English characters: `chars` over the pack's charsPerEnglishChar. */
  readonly length: number
  /** Norm of the idf-weighted concept vector, set once the collection's idf is known. */
  norm: number
}

/** How a document's tokens reach the pivot: the lexicon for its language and cognates of unknown words. */
export interface ProjectOptions {
  /** Lexicon into English for this document's language; null: none. */
  readonly lexicon: Lexicon | null
  /** Pivot stems that are cognates of a lowercased word the lexicon does not know; optional. */
  readonly cognates?: ((word: string) => readonly string[]) | undefined
}

/** Project one prepared document into the pivot space shared by a collection. */
export function toItem(doc: Doc, space: ConceptSpace, p: ProjectOptions): Item {
  const pack = resolveLanguage(doc.lang)
  const pivot = pack.code === en.code
  const lex = pivot ? null : p.lexicon
  const sents = sentenceConcepts(doc.sentences, space, { pivot: en, lexicon: lex, cognates: pivot ? undefined : p.cognates, parts: lex ? compoundParts(pack, lex) : undefined, skeletons: true, glossStopwords: true, lemmas: true }, pivot)
  const tf = new Map<number, number>()
  for (const s of sents) for (const cs of s.tokens) for (const c of cs) tf.set(c, (tf.get(c) ?? 0) + 1 / cs.length)
  return { id: doc.id, doc, lang: pack.code, sents, tf, keys: new Set(doc.numbers.map((m) => m.key)), chars: doc.text.length, length: doc.text.length / (pack.charsPerEnglishChar ?? 1), norm: 0 }
}

/** The share of the surely read documents a language needs to be one of the corpus's languages (FLORES-200 ms–de: 1 of 1,085). */
const PRESENT = 0.05

/**
 * The concepts met in documents of two languages or more: only those can bring two languages together
 * (a word no lexicon knew stays in its own language, its own concept). `slots` gives, per item, the
 * languages it may be in (default: its own, first the one it was read as). A document open between
 * two languages counts as in the first of them that is one of the corpus's languages: one that at
 * least PRESENT of the documents surely read are in. So the Malay texts detection could not tell
 * from Indonesian count as Malay when a single Malay text was misread as surely Indonesian, and every
 * Malay word the Indonesian lexicon lacks does not become a concept of two languages.
 */
export function sharedConcepts(items: readonly Item[], slots: readonly (readonly string[])[] = items.map((it) => [it.lang])): Set<number> {
  const sure = new Map<string, number>()
  let sureDocs = 0
  for (const s of slots) {
    if (s.length !== 1) continue
    sure.set(s[0]!, (sure.get(s[0]!) ?? 0) + 1)
    sureDocs++
  }
  const present = (l: string) => (sure.get(l) ?? 0) >= Math.max(1, PRESENT * sureDocs)
  const langOf = (i: number) => (slots[i]!.length > 1 ? slots[i]!.find(present) : undefined) ?? items[i]!.lang
  const firstLang = new Map<number, string>()
  const shared = new Set<number>()
  items.forEach((it, i) => {
    const lang = langOf(i)
    for (const c of it.tf.keys()) {
      const f = firstLang.get(c)
      if (f === undefined) firstLang.set(c, lang)
      else if (f !== lang) shared.add(c)
    }
  })
  return shared
}

/**
 * Weigh each item's concepts again over the shared ones only: a token's weight is split among its
 * shared candidate concepts, so concepts of one language alone neither take a share nor enlarge the norm.
 */
export function keepShared(items: readonly Item[], shared: ReadonlySet<number>): void {
  for (const it of items) {
    it.tf.clear()
    for (const s of it.sents) {
      for (const cs of s.tokens) {
        let k = 0
        for (let i = 0; i < cs.length; i++) if (shared.has(cs[i]!)) k++
        if (k === 0) continue
        for (let i = 0; i < cs.length; i++) if (shared.has(cs[i]!)) it.tf.set(cs[i]!, (it.tf.get(cs[i]!) ?? 0) + 1 / k)
      }
    }
  }
}

/** Cosine of two items' idf-weighted concept vectors (norms set with the same idf). */
export function cosine(a: Item, b: Item, idf: (c: number) => number): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.tf.size <= b.tf.size ? [a, b] : [b, a]
  let dot = 0
  for (const [c, w] of small.tf) {
    const v = large.tf.get(c)
    if (v !== undefined) dot += w * v * idf(c) ** 2
  }
  return dot / (a.norm * b.norm)
}

/** Set `norm` of each item under an idf. */
export function setNorms(items: readonly Item[], idf: (c: number) => number): void {
  for (const it of items) {
    let s = 0
    for (const [c, w] of it.tf) s += (w * idf(c)) ** 2
    it.norm = Math.sqrt(s)
  }
}

/** 1 when the lengths (in English characters) are as translations' usually are; falls off as they drift apart (×2 → about 0.6). */
export function lengthPrior(a: Item, b: Item): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0
  const r = Math.log(b.length / a.length)
  return Math.exp(-(r * r) / (2 * 0.7 * 0.7))
}

/** Concept similarity says "same topic"; the alignment says "same sentences, in order". */
export function pairScore(sim: number, q: number, len: number): number {
  return (0.35 * sim + 0.65 * q) * len
}

/**
 * The alignment weights of pairing, which its scores and thresholds were set with: the aligner's of
 * before `weak`. Pairing asks how much of two documents aligns, and a sentence a merge takes in is still
 * part of the translation's text (a Chinese sentence cut in two by `；`); the aligner's finer choice between
 * a merge and a dropped sentence would count it as unaligned (FLORES-200 zh–id pairing recall 0.982 → 0.979
 * with the aligner's weights).
 */
const PAIRING_WEIGHTS: AlignWeights = { number: 2, length: 0.08, merge: 0.6, merge2: 1.3, merge3: 1.2, skip: 1.3, weak: 0 }

/** Sentence-align two documents and measure how much of them aligns, weighted by bead score. */
export function alignmentQuality(A: SentenceConcepts[], B: SentenceConcepts[]): { q: number; aligned: number } {
  if (A.length === 0 || B.length === 0) return { q: 0, aligned: 0 }
  const scorer = new Scorer(A, B, PAIRING_WEIGHTS)
  // Long documents: a diagonal band keeps re-scoring cheap (pairs are re-scored often).
  const n = A.length
  const m = B.length
  const band = (n + 1) * (m + 1) <= 250_000 ? fullBand(n, m) : diagonalBand(n, m, 30)
  const beads = alignDP(n, m, band, scorer, PAIRING_WEIGHTS)
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

export function evidence(a: Item, b: Item, sim: number, q: number, aligned: number): PairEvidence {
  const numbers: { key: string; a: string; b: string }[] = []
  // Each A mention is paired with the first B mention of its key not yet taken: B's mentions queued
  // by key, so a table of thousands of numbers is read once, not once per mention.
  const queues = new Map<string, { texts: string[]; next: number }>()
  for (const m of b.doc.numbers) {
    const q = queues.get(m.key)
    if (q) q.texts.push(m.text)
    else queues.set(m.key, { texts: [m.text], next: 0 })
  }
  for (const m of a.doc.numbers) {
    const q = queues.get(m.key)
    if (q && q.next < q.texts.length) numbers.push({ key: m.key, a: m.text, b: q.texts[q.next++]! })
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


export { ConceptSpace }
