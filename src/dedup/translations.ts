/**
 * The candidates of the translation pass of findDuplicates(): pairs of documents in different
 * languages that may have the same content, for cross-match.ts to verify.
 *
 * 1. Every distinct word of each language (recorded while reading, see vocab.ts) is projected into the
 *    pivot once, as pairing projects it (lexicon glosses, the word itself, its spelling skeleton);
 *    a document's concepts are its token hashes read through that table: no text is read again.
 * 2. Only concepts met in two languages or more can join two languages: the others are dropped, so a
 *    corpus with one stray document in another language works on that document's concepts alone.
 * 3. Candidates: an inverted index over the rare ones; each document keeps its best few in every other
 *    language by an idf-weighted cosine, then the coverage of each pair (the idf-weighted share of the two
 *    documents' words whose concepts the other has) decides which are verified: pairs that are each
 *    other's best, and pairs whose coverage or cosine is high, if their coverage clears a floor that
 *    rises with their length.
 * 4. Candidates are verified, best first, by translationScore() on the prepared documents (cross-match.ts).
 */
import { grown } from '../core/arrays.js'
import { en } from '../langs/en/index.js'
import { resolveLanguage } from '../langs/index.js'
import { compoundParts } from '../lexicon/compounds.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { ConceptSpace, tokenConceptsInto, type Projection } from '../pivot/index.js'
import type { DocFeatures } from './features.js'
import { slotOf } from './hash.js'
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
/**
 * And never below a coverage floor that rises with the evidence: coverage measured on n tokens strays
 * by about 1/√n, so a short translation may cover little (FLORES-200: 0.29 on 11 tokens) but a long
 * one covers much (PANL-BPPT, 100–290 tokens: 0.42 at the lowest; Bleualign de–fr, 900–11,000 words:
 * 0.66). Floor = min(FLOOR_CAP, FLOOR_TOP − FLOOR_SPREAD/√n), n the shorter document's tokens with a
 * shared concept: every translation of FLORES-200 and of the PANL-BPPT dedup corpus clears it by
 * 0.07 or more, and two thirds of the pairs verified in vain there (two languages, 20k documents, no
 * translations) stay below it.
 */
const FLOOR_TOP = 0.55
const FLOOR_SPREAD = 2.2
const FLOOR_CAP = 0.38
/** A document votes with concepts in at most this share of the documents … */
const RARE = 0.02
/** … and, when it has fewer than MIN_FEATURES such, with its rarest up to this share. */
const COMMON = 0.05
const MIN_FEATURES = 24
/** At most this many documents … */
const RARE_MAX = 50
const COMMON_MAX = 150
/**
 * … unless this share of the documents is more: in a large corpus every word is met in more
 * documents, and a document with too few rare words would have nothing to vote with (PANL-BPPT
 * dedup corpus, 200k documents: a third of the translations lost with the rarest up to 150).
 */
const LARGE = 0.005

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
  const { feats, docs } = input
  const langs = [...new Set(docs.map((i) => feats[i]!.lang))].sort()
  if (langs.length < 2) return []
  const langIndex = new Map(langs.map((l, k) => [l, k]))
  const space = new ConceptSpace()
  const tables = wordTables(langs, input, space)
  const R = docs.length
  const langOf = Int32Array.from(docs, (i) => langIndex.get(feats[i]!.lang)!)
  const words = documentWords(docs, input.content, langOf, tables)
  const bags = conceptBags(words, langOf, tables, space.size, (r) => progress(R + r, R * 3))
  const idf2 = new Float64Array(space.size)
  const idf = new Float64Array(space.size)
  for (let c = 0; c < space.size; c++) {
    if (bags.df[c]) idf2[c] = Math.log(1 + R / bags.df[c]!) ** 2
    idf[c] = Math.sqrt(idf2[c]!)
  }
  const chosen = nearest(bags, idf2, langOf, langs.length, (x) => progress(2 * R + x, R * 3))
  progress(R * 3, R * 3)
  const scored = coverage(chosen, words, bags, langOf, tables, idf, space.size)
  return select(scored, langOf, langs.length).map(({ a, b, sim, cover, mutual }) => ({ x: docs[a]!, y: docs[b]!, sim, cover, mutual }))
}

// Each stage below is its own function: V8 optimizes a function as a whole, and one long function
// with many loops ran its hottest loop unoptimized after a deoptimization elsewhere in it (the token
// loop of a 20k-document corpus took 100–250 ms instead of 15). The hot loops walk typed arrays by
// index: a `for … of` over a growing array left garbage behind (8–16 young-generation collections per
// call of conceptBags and of nearest on 20k documents, 0–2 without).

/**
 * Steps 1 and 2: each language's words projected once (vocabulary index → concepts), then only the
 * concepts met in two languages or more kept (only those can join two), flat per language.
 */
function wordTables(langs: readonly string[], input: CrossInput, space: ConceptSpace): Table[] {
  const vocabs = langs.map((lang) => input.vocab(lang))
  // The language with the most words comes last, with the space frozen: a concept it alone has can
  // join nothing, so its words are only looked up (one stray document in another language costs a
  // lookup per word of the corpus, not a new concept per word).
  const order = langs.map((_, l) => l).sort((x, y) => vocabs[x]!.size - vocabs[y]!.size || x - y)
  // Each language's words' concepts, flat (word v's are flat[off[v] .. off[v + 1]], -1 for a concept
  // the frozen space did not know): one array per language, not one per word.
  const projected: { vocab: Vocab; off: Int32Array; flat: Int32Array }[] = new Array(langs.length)
  order.forEach((l, k) => {
    space.frozen = k === order.length - 1
    const vocab = vocabs[l]!
    const pack = resolveLanguage(langs[l]!)
    const pivot = pack.code === en.code
    const lex = pivot ? null : input.lexicon !== undefined ? input.lexicon : (pack.lexicon?.() ?? null)
    const p: Projection = { pivot: en, lexicon: lex, parts: lex ? compoundParts(pack, lex) : undefined, skeletons: true, glossStopwords: true, lemmas: true }
    const stops = new Set(pack.stopwords)
    const stem = pack.stem ?? ((w: string) => w)
    const off = new Int32Array(vocab.size + 1)
    let flat = new Int32Array(Math.max(16, vocab.size * 3))
    let n = 0
    const cs: number[] = []
    vocab.forEach((h, word, v) => {
      cs.length = 0
      // A number's hash is its value's, the same in every language.
      if (word === null) cs.push(space.id(`#${h}`))
      else if (!stops.has(word)) tokenConceptsInto({ norm: word, stem: stem(word) }, space, p, pivot, cs)
      if (n + cs.length > flat.length) flat = grown(flat, n + cs.length)
      for (let i = 0; i < cs.length; i++) flat[n++] = cs[i]!
      off[v + 1] = n
    })
    projected[l] = { vocab, off, flat }
  })
  space.frozen = false
  // Which languages each concept is met in (by the words each language's documents use).
  const masks = new Int32Array(space.size)
  projected.forEach(({ off, flat }, l) => {
    const bit = 1 << l % 31
    for (let q = 0; q < off[off.length - 1]!; q++) if (flat[q]! >= 0) masks[flat[q]!] = masks[flat[q]!]! | bit
  })
  return projected.map(({ vocab, off: all, flat: concepts }) => {
    const off = new Int32Array(all.length)
    const kept: number[] = []
    for (let v = 0; v + 1 < all.length; v++) {
      for (let q = all[v]!; q < all[v + 1]!; q++) {
        const c = concepts[q]!
        if (c < 0) continue
        const m = masks[c]!
        if ((m & (m - 1)) !== 0) kept.push(c)
      }
      off[v + 1] = kept.length
    }
    // A bit per hash bucket of the words with a shared concept: most tokens of a language met in a few
    // documents only (one stray document in another language) are passed over without a table lookup.
    // About 32 bits per such word, so that few others share a bucket, and no more: a small table stays
    // in the fastest cache while every token of the corpus is tested against it.
    let count = 0
    for (let v = 0; v + 1 < off.length; v++) if (off[v + 1]! > off[v]!) count++
    let shift = 20
    while (shift > 12 && 2 ** (32 - shift) < count * 32) shift--
    const useful = new Uint32Array(1 << (27 - shift))
    // And those words alone by hash (open addressing, at most half full): a token that passes the bits
    // is looked up here, in a table a few times smaller than the vocabulary's (one stray document's
    // shared words fit in the fastest cache).
    let size = 16
    while (size < count * 2) size *= 2
    const keys = new Int32Array(size)
    const words = new Int32Array(size).fill(-1)
    vocab.forEach((h, _, v) => {
      if (off[v + 1]! === off[v]!) return
      const b = bucket(h, shift)
      useful[b >>> 5] = useful[b >>> 5]! | (1 << (b & 31))
      let s = slotOf(h, size)
      while (words[s]! >= 0) s = (s + 1) & (size - 1)
      keys[s] = h | 0
      words[s] = v
    })
    return { vocab, off, flat: Int32Array.from(kept), useful, shift, sharedKeys: keys, sharedWords: words }
  })
}

/**
 * Each document's distinct words with a shared concept, as vocabulary indexes with their counts:
 * document r's are vFlat/vCount[vStart[r] .. vStart[r + 1]], in order of first sight.
 */
interface DocumentWords {
  readonly vFlat: Int32Array
  readonly vCount: Int32Array
  readonly vStart: Int32Array
}

/** Looks each document's tokens up once; words with no shared concept left out, repeats counted. */
function documentWords(docs: readonly number[], content: readonly Uint32Array[], langOf: Int32Array, tables: readonly Table[]): DocumentWords {
  const R = docs.length
  // Room for a sixteenth of the tokens at first, grown by doubling: most tokens of a corpus with one
  // stray document in another language are passed over (and counting them first cost as much as the
  // lookups), while room for every token would be 8 bytes each (2 GB for a million news texts).
  let tokens = 0
  for (let r = 0; r < R; r++) tokens += content[docs[r]!]!.length
  let vFlat = new Int32Array(Math.max(1024, tokens >>> 4))
  let vCount = new Int32Array(vFlat.length)
  const vStart = new Int32Array(R + 1)
  // Per language: the document (r + 1) that last met each word, and where its count is.
  const seenIn = tables.map((t) => new Int32Array(t.vocab.size))
  const slot = tables.map((t) => new Int32Array(t.vocab.size))
  let n = 0
  for (let r = 0; r < R; r++) {
    const l = langOf[r]!
    const { useful, shift, sharedKeys: keys, sharedWords: words } = tables[l]!
    const mask = keys.length - 1
    const seen = seenIn[l]!
    const at = slot[l]!
    const hs = content[docs[r]!]!
    // A document adds at most one entry per token.
    if (n + hs.length > vFlat.length) {
      vFlat = grown(vFlat, n + hs.length)
      vCount = grown(vCount, n + hs.length)
    }
    for (let k = 0; k < hs.length; k++) {
      const h = hs[k]!
      if (!mayShare(useful, shift, h)) continue
      let s = slotOf(h, keys.length)
      let v = words[s]!
      while (v >= 0 && keys[s] !== (h | 0)) {
        s = (s + 1) & mask
        v = words[s]!
      }
      if (v < 0) continue
      if (seen[v] === r + 1) vCount[at[v]!]!++
      else {
        seen[v] = r + 1
        at[v] = n
        vFlat[n] = v
        vCount[n++] = 1
      }
    }
    vStart[r + 1] = n
  }
  return { vFlat, vCount, vStart }
}

/**
 * Each document as weights over shared concepts: document r's are cFlat/wFlat[cStart[r] .. cStart[r + 1]];
 * df by concept. The weights are single precision: the bags of 20k documents are ~3.4M entries, every
 * byte of a fresh array costs its share of a page fault when first written (~60 ms for the 14 MB saved,
 * on the bench machine), and a cosine needs no more than 7 digits.
 */
interface ConceptBags {
  readonly cFlat: Int32Array
  readonly wFlat: Float32Array
  readonly cStart: Int32Array
  readonly df: Int32Array
}

/**
 * A token's weight is split among its shared concepts (a word with five glosses must not count five
 * times), as pairing weighs them; a concept's weight in a document is the square root of its count.
 */
function conceptBags({ vFlat, vCount, vStart }: DocumentWords, langOf: Int32Array, tables: readonly Table[], concepts: number, progress: (r: number) => void): ConceptBags {
  const R = langOf.length
  let cFlat = new Int32Array(Math.max(16, vStart[R]! * 2))
  let wFlat = new Float32Array(cFlat.length)
  const cStart = new Int32Array(R + 1)
  const df = new Int32Array(concepts)
  const acc = new Float64Array(concepts)
  const touched = new Int32Array(concepts)
  let t = 0
  let m = 0
  for (let r = 0; r < R; r++) {
    const { off, flat } = tables[langOf[r]!]!
    for (let p = vStart[r]!; p < vStart[r + 1]!; p++) {
      const from = off[vFlat[p]!]!
      const to = off[vFlat[p]! + 1]!
      const w = vCount[p]! / (to - from)
      for (let q = from; q < to; q++) {
        const c = flat[q]!
        if (acc[c] === 0) touched[t++] = c
        acc[c] = acc[c]! + w
      }
    }
    if (m + t > cFlat.length) {
      cFlat = grown(cFlat, m + t)
      wFlat = grown(wFlat, m + t)
    }
    for (let i = 0; i < t; i++) {
      const c = touched[i]!
      cFlat[m] = c
      wFlat[m++] = Math.sqrt(acc[c]!)
      acc[c] = 0
      df[c]!++
    }
    t = 0
    cStart[r + 1] = m
    if (r % 1000 === 0) progress(r)
  }
  return { cFlat, wFlat, cStart, df }
}

/**
 * Step 3: each document's best PER_LANGUAGE documents of every other language by idf-weighted cosine,
 * found through an inverted index over the concepts it votes with. Returns pair key (x * R + y, x < y) → cosine.
 */
function nearest({ cFlat, wFlat, cStart, df }: ConceptBags, idf2: Float64Array, langOf: Int32Array, L: number, progress: (x: number) => void): Map<number, number> {
  const R = langOf.length
  const C = df.length
  // Each document's norm, and which concepts it votes with: those in at most rareCap documents, or
  // its rarest MIN_FEATURES up to hardCap. Bounded, so that voting costs about the same per document
  // however large the corpus.
  const rareCap = Math.min(RARE_MAX, Math.max(10, Math.ceil(R * RARE)))
  const hardCap = Math.max(Math.min(COMMON_MAX, Math.max(rareCap, Math.ceil(R * COMMON))), Math.ceil(R * LARGE))
  const norms = new Float64Array(R)
  const caps = new Int32Array(R)
  const voted = new Uint8Array(C)
  const hist = new Int32Array(hardCap + 1)
  for (let x = 0; x < R; x++) {
    const from = cStart[x]!
    const to = cStart[x + 1]!
    let s = 0
    for (let k = from; k < to; k++) {
      const d = df[cFlat[k]!]!
      s += wFlat[k]! * wFlat[k]! * idf2[cFlat[k]!]!
      if (d <= hardCap) hist[d]!++
    }
    norms[x] = Math.sqrt(s)
    const need = Math.min(to - from, MIN_FEATURES)
    let kth = hardCap + 1
    for (let d = 1, seen = 0; d <= hardCap; d++) {
      seen += hist[d]!
      if (seen >= need) {
        kth = d
        break
      }
    }
    const cap = (caps[x] = Math.min(hardCap, Math.max(rareCap, kth)))
    for (let k = from; k < to; k++) {
      const d = df[cFlat[k]!]!
      if (d <= hardCap) hist[d] = 0
      if (d <= cap) voted[cFlat[k]!] = 1
    }
  }
  // Postings of the concepts voted with, by concept and language (counting sort: one array for all),
  // so that a document reads only the other languages' postings.
  const pStart = new Int32Array(C * L + 1)
  for (let r = 0; r < R; r++) {
    for (let k = cStart[r]!; k < cStart[r + 1]!; k++) if (voted[cFlat[k]!]) pStart[cFlat[k]! * L + langOf[r]! + 1]!++
  }
  for (let b = 0; b < C * L; b++) pStart[b + 1]! += pStart[b]!
  const fill = pStart.slice(0, C * L)
  const post = new Int32Array(pStart[C * L]!)
  const postW = new Float64Array(post.length)
  for (let r = 0; r < R; r++) {
    for (let k = cStart[r]!; k < cStart[r + 1]!; k++) {
      const c = cFlat[k]!
      if (!voted[c]) continue
      const b = fill[c * L + langOf[r]!]!++
      post[b] = r
      postW[b] = wFlat[k]!
    }
  }
  const votes = new Float64Array(R)
  const touched = new Int32Array(R)
  let t = 0
  const chosen = new Map<number, number>()
  // The best PER_LANGUAGE of each other language: slot l * PER_LANGUAGE + j, by cosine then index.
  const topY = new Int32Array(L * PER_LANGUAGE)
  const topS = new Float64Array(L * PER_LANGUAGE)
  const topN = new Int32Array(L)
  // Ahead of slot s: a higher cosine, or the same and a lower index.
  const ahead = (sim: number, y: number, s: number) => sim > topS[s]! || (sim === topS[s]! && y < topY[s]!)
  for (let x = 0; x < R; x++) {
    if (x % 500 === 0) progress(x)
    const from = cStart[x]!
    const to = cStart[x + 1]!
    if (from === to) continue
    const cap = caps[x]!
    const lx = langOf[x]!
    for (let k = from; k < to; k++) {
      const c = cFlat[k]!
      if (df[c]! > cap) continue
      const w = wFlat[k]! * idf2[c]!
      for (let l = 0; l < L; l++) {
        if (l === lx) continue
        for (let p = pStart[c * L + l]!, e = pStart[c * L + l + 1]!; p < e; p++) {
          const y = post[p]!
          if (votes[y] === 0) touched[t++] = y
          votes[y] = votes[y]! + w * postW[p]!
        }
      }
    }
    // The best few of each other language, by cosine, above the floor.
    topN.fill(0)
    for (let i = 0; i < t; i++) {
      const y = touched[i]!
      const sim = votes[y]! / (norms[x]! * norms[y]!)
      votes[y] = 0
      if (!(sim > 0)) continue
      const base = langOf[y]! * PER_LANGUAGE
      let j = topN[langOf[y]!]!
      if (j === PER_LANGUAGE && !ahead(sim, y, base + j - 1)) continue
      if (j < PER_LANGUAGE) topN[langOf[y]!]!++
      else j--
      while (j > 0 && ahead(sim, y, base + j - 1)) {
        topS[base + j] = topS[base + j - 1]!
        topY[base + j] = topY[base + j - 1]!
        j--
      }
      topS[base + j] = sim
      topY[base + j] = y
    }
    t = 0
    for (let l = 0; l < L; l++) {
      for (let j = 0; j < topN[l]!; j++) {
        const y = topY[l * PER_LANGUAGE + j]!
        const key = x < y ? x * R + y : y * R + x
        if (!chosen.has(key)) chosen.set(key, topS[l * PER_LANGUAGE + j]!)
      }
    }
  }
  return chosen
}

/** A chosen pair (indexes into the documents taking part, a < b) with its cosine and coverage. */
interface Scored {
  readonly a: number
  readonly b: number
  readonly sim: number
  readonly cover: number
  /** Content tokens with a shared concept in the shorter document. */
  readonly tokens: number
}

/**
 * Coverage of each chosen pair: the share of the two documents' content tokens (idf-weighted) whose
 * concepts the other one has; a token weighs the idf of its rarest concept.
 */
function coverage(chosen: ReadonlyMap<number, number>, { vFlat, vCount, vStart }: DocumentWords, { cFlat, cStart }: ConceptBags, langOf: Int32Array, tables: readonly Table[], idf: Float64Array, concepts: number): Scored[] {
  const R = langOf.length
  // A word weighs the idf of its rarest concept in its document's total …
  const wordIdf = tables.map(({ off, flat }) => {
    const out = new Float64Array(off.length - 1)
    for (let v = 0; v < out.length; v++) for (let j = off[v]!; j < off[v + 1]!; j++) if (idf[flat[j]!]! > out[v]!) out[v] = idf[flat[j]!]!
    return out
  })
  // The pairs (a < b), and each document's pairs as indexes into them: pairsOf[pStart[r] .. pStart[r + 1]].
  const P = chosen.size
  const pa = new Int32Array(P)
  const pb = new Int32Array(P)
  const sims = new Float64Array(P)
  const pStart = new Int32Array(R + 1)
  let k = 0
  chosen.forEach((sim, key) => {
    const a = Math.floor(key / R)
    pa[k] = a
    pb[k] = key - a * R
    sims[k++] = sim
    pStart[a + 1]!++
    pStart[key - a * R + 1]!++
  })
  for (let r = 0; r < R; r++) pStart[r + 1]! += pStart[r]!
  const fill = pStart.slice(0, R)
  const pairsOf = new Int32Array(2 * P)
  for (let j = 0; j < P; j++) {
    pairsOf[fill[pa[j]!]!++] = j
    pairsOf[fill[pb[j]!]!++] = j
  }
  const totals = new Float64Array(R)
  const counts = new Int32Array(R)
  for (let r = 0; r < R; r++) {
    if (pStart[r] === pStart[r + 1]) continue
    const w = wordIdf[langOf[r]!]!
    let sum = 0
    let count = 0
    for (let p = vStart[r]!; p < vStart[r + 1]!; p++) {
      sum += vCount[p]! * w[vFlat[p]!]!
      count += vCount[p]!
    }
    totals[r] = sum
    counts[r] = count
  }
  // … and, matched, the idf of its rarest concept the other document has.
  const matchedBy = new Float64Array(P * 2)
  const markStamp = new Int32Array(concepts)
  for (let q = 0; q < R; q++) {
    if (pStart[q] === pStart[q + 1]) continue
    for (let j = cStart[q]!; j < cStart[q + 1]!; j++) markStamp[cFlat[j]!] = q + 1
    for (let i = pStart[q]!; i < pStart[q + 1]!; i++) {
      const k = pairsOf[i]!
      const a = pa[k]!
      const p = a === q ? pb[k]! : a
      const { off, flat } = tables[langOf[p]!]!
      let sum = 0
      for (let t = vStart[p]!; t < vStart[p + 1]!; t++) {
        let best = 0
        for (let j = off[vFlat[t]!]!, e = off[vFlat[t]! + 1]!; j < e; j++) if (markStamp[flat[j]!] === q + 1 && idf[flat[j]!]! > best) best = idf[flat[j]!]!
        sum += vCount[t]! * best
      }
      matchedBy[2 * k + (a === q ? 0 : 1)] = sum
    }
  }
  const out: Scored[] = new Array(P)
  for (let j = 0; j < P; j++) {
    const a = pa[j]!
    const b = pb[j]!
    const total = totals[a]! + totals[b]!
    out[j] = { a, b, sim: sims[j]!, cover: total ? (matchedBy[2 * j]! + matchedBy[2 * j + 1]!) / total : 0, tokens: Math.min(counts[a]!, counts[b]!) }
  }
  return out
}

/** Step 3's decision: the pairs worth verifying, best first. */
function select(scored: readonly Scored[], langOf: Int32Array, L: number): (Scored & { mutual: boolean })[] {
  // The best and runner-up coverage of every document in every other language.
  const tops = new Map<number, [number, number]>()
  const note = (r: number, other: number, v: number) => {
    const k = r * L + other
    const t = tops.get(k)
    if (!t) tops.set(k, [v, 0])
    else if (v > t[0]) tops.set(k, [v, t[0]])
    else if (v > t[1]) t[1] = v
  }
  for (const { a, b, cover } of scored) {
    note(a, langOf[b]!, cover)
    note(b, langOf[a]!, cover)
  }
  const out: (Scored & { mutual: boolean })[] = []
  for (const s of scored) {
    const { a, b, sim, cover, tokens } = s
    if (cover < Math.min(FLOOR_CAP, FLOOR_TOP - FLOOR_SPREAD / Math.sqrt(tokens))) continue
    const ta = tops.get(a * L + langOf[b]!)!
    const tb = tops.get(b * L + langOf[a]!)!
    const mutual = cover >= MIN_COVER && cover >= ta[0] && cover >= tb[0] && cover >= MUTUAL_MARGIN * Math.max(ta[1], tb[1])
    const best = cover >= ta[0] || cover >= tb[0]
    if (mutual || (best && cover >= BEST_COVER) || cover >= HIGH_COVER || sim >= HIGH_SIM) out.push({ ...s, mutual })
  }
  return out.sort((p, q) => q.cover - p.cover || q.sim - p.sim || p.a - q.a || p.b - q.b)
}

/** One language's words: vocabulary index → its shared concepts, flat: word v's are flat[off[v] .. off[v + 1]]. */
interface Table {
  readonly vocab: Vocab
  readonly off: Int32Array
  readonly flat: Int32Array
  /** 2^(32 − shift) bits, one per hash bucket (the hash times an odd constant, its top bits), set for the words with a shared concept. */
  readonly useful: Uint32Array
  readonly shift: number
  /** The words with a shared concept by hash: slot s holds hash sharedKeys[s] (as int32) of word sharedWords[s] (-1: empty); see slotOf. */
  readonly sharedKeys: Int32Array
  readonly sharedWords: Int32Array
}

/** A token hash's bucket in a Table's `useful` bits: the hash times an odd constant, its top 32 − shift bits. */
function bucket(h: number, shift: number): number {
  return Math.imul(h, 0x85ebca6b) >>> shift
}

/** Whether a token hash may be a word with a shared concept: its bucket's bit is set (a few others share it). */
function mayShare(useful: Uint32Array, shift: number, h: number): boolean {
  const b = bucket(h, shift)
  return (useful[b >>> 5]! & (1 << (b & 31))) !== 0
}
