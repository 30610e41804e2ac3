import { PadananError } from '../errors.js'
import { resolveLanguage, type LanguageInput } from '../langs/index.js'
import { en } from '../langs/en/index.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { compoundParts } from '../lexicon/compounds.js'
import { cognatesAmong, ConceptSpace, sentenceConcepts, type Projection, type SentenceConcepts } from '../pivot/index.js'
import { detectLanguage } from '../read/detect.js'
import { prepare } from '../read/prepare.js'
import type { Doc, LanguagePack, Sentence } from '../types.js'
import { alignDP, anchoredBand, fullBand, type Bead } from './dp.js'
import { DEFAULT_WEIGHTS, Scorer, type AlignWeights } from './score.js'

export type { Bead } from './dp.js'
export type { AlignWeights } from './score.js'

/** One side of an alignment: a prepared Doc, a text (padanan segments it) or sentences (one per element). */
export type AlignInput = Doc | string | readonly string[]

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /** Language of A (detected when missing; ignored when A is a Doc). */
  readonly langA?: LanguageInput
  /** Language of B. */
  readonly langB?: LanguageInput
  /**
   * A lexicon to use instead of a pack's own: from a side's language into English (that side uses it, the
   * other keeps its pack's), or directly from one side's language into the other's (`de`→`fr`). Default:
   * each pack's own; `null`: none.
   */
  readonly lexicon?: Lexicon | null
  /** Text inputs are one sentence per line, blank lines between paragraphs. Default false. */
  readonly presegmented?: boolean
  /** Half-width of the search band on long inputs, in sentences (it widens where anchors are sparse). Default 12. */
  readonly band?: number
  /** Weights of the bead score; see {@link AlignWeights}. */
  readonly weights?: Partial<AlignWeights>
}

/** The result of {@link alignSentences}. */
export interface Alignment {
  /** Beads in order, covering every sentence of A and of B exactly once. */
  readonly beads: readonly Bead[]
  /** The sentences as padanan read them (texts), for display. */
  readonly sentencesA: readonly string[]
  readonly sentencesB: readonly string[]
  /** `full` for a full DP table, `banded` for long inputs (anchored band). */
  readonly method: 'full' | 'banded'
}

// Above this many DP cells the search is banded around anchors (time and memory ~ (n + m) × band).
const FULL_DP_CELLS = 250_000

/**
 * Align the sentences of two documents that translate each other: beads 1-1, 1-2, 2-1, 2-2, 3-1, 1-3, 1-0 and 0-1,
 * chosen by dynamic programming over a score of lexical overlap in the pivot (lexicon, identical words,
 * cognates), shared numbers (weighted by rarity) and a Gale–Church length term. Any size gap and empty
 * sides give a result, never an error.
 *
 * @example
 * const { beads } = alignSentences(
 *   ['Harga naik 5 persen.', 'Pemerintah menolak.'],
 *   ['Prices rose 5 percent.', 'The government refused.'], { langA: 'id', langB: 'en' })
 * //=> [{ a: [0], b: [0], score: 0.83 }, { a: [1], b: [1], score: 0.5 }]
 */
export function alignSentences(a: AlignInput, b: AlignInput, options: AlignOptions = {}): Alignment {
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const docA = toDoc(a, options.langA, options.presegmented, 'a')
  const docB = toDoc(b, options.langB, options.presegmented, 'b')
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights }
  const band = options.band ?? 12
  if (!(Number.isFinite(band) && band >= 1)) throw new PadananError('BAD_OPTIONS', 'band must be a number ≥ 1', { field: 'band' })
  const { A, B } = projectPair(docA.sentences, resolveLanguage(docA.lang), docB.sentences, resolveLanguage(docB.lang), options.lexicon)
  const n = A.length
  const m = B.length
  const scorer = new Scorer(A, B, weights)
  const full = (n + 1) * (m + 1) <= FULL_DP_CELLS
  const theBand = full ? fullBand(n, m) : anchoredBand(A, B, scorer, band)
  const beads = alignDP(n, m, theBand, scorer, weights)
  return { beads, sentencesA: docA.sentences.map((s) => s.text), sentencesB: docB.sentences.map((s) => s.text), method: full ? 'full' : 'banded' }
}

function toDoc(x: AlignInput, lang: LanguageInput | undefined, presegmented: boolean | undefined, side: string): Doc {
  if (Array.isArray(x)) {
    x.forEach((s, i) => {
      if (typeof s !== 'string') throw new PadananError('BAD_INPUT', `sentence ${i} of ${side} must be a string`, { field: side })
    })
    // One sentence per element: newlines inside an element would split it, so they become spaces.
    const text = (x as readonly string[]).map((s) => s.replace(/[\r\n]+/g, ' ').trim() || '\u200b').join('\n')
    const doc = prepare(text, { lang: lang ?? detectLanguage(text).lang, presegmented: true })
    if (doc.sentences.length !== x.length) throw new PadananError('BAD_INPUT', `could not read ${side} as ${x.length} sentences`, { field: side })
    return doc
  }
  if (typeof x === 'string') return prepare(x, { lang: lang ?? detectLanguage(x).lang, presegmented: presegmented ?? false })
  if (typeof x === 'object' && x !== null && Array.isArray((x as Doc).sentences)) return x as Doc
  throw new PadananError('BAD_INPUT', `${side} must be a Doc, a text or an array of sentences`, { field: side })
}

/**
 * Project the sentences of two languages into one concept space. English is the pivot: the other side
 * goes through its lexicon; when neither side is English, both do. A lexicon given directly from one
 * side's language into the other's (de→fr) makes the other side's stems the concepts instead.
 */
export function projectPair(
  sa: readonly Sentence[],
  pa: LanguagePack,
  sb: readonly Sentence[],
  pb: LanguagePack,
  lexicon?: Lexicon | null,
): { A: SentenceConcepts[]; B: SentenceConcepts[]; space: ConceptSpace } {
  const space = new ConceptSpace()
  const same = pa.code === pb.code
  if (lexicon && !same && pa.code !== en.code && pb.code !== en.code) {
    // A direct lexicon (neither side English): one side goes through it, the other is itself.
    if (lexicon.from === pa.code && lexicon.to === pb.code) {
      return { A: sentenceConcepts(sa, space, { pivot: pb, lexicon, cognates: cognatesAmong(sb, pb, pa.code) }, false), B: sentenceConcepts(sb, space, { pivot: pb, lexicon: null }, true), space }
    }
    if (lexicon.from === pb.code && lexicon.to === pa.code) {
      return { A: sentenceConcepts(sa, space, { pivot: pa, lexicon: null }, true), B: sentenceConcepts(sb, space, { pivot: pa, lexicon, cognates: cognatesAmong(sa, pa, pb.code) }, false), space }
    }
  }
  // Cognates are looked for among the English side's words (when one side is English).
  const englishSide = pb.code === en.code ? sb : pa.code === en.code ? sa : null
  // Neither side English (de–fr): a word its lexicon does not know is looked for among the other
  // side's words (Expedition ~ expédition), and reaches the pivot as that word would.
  const cognates = (p: LanguagePack, other: readonly Sentence[]) =>
    same ? undefined : englishSide ? cognatesAmong(englishSide, en, p.code) : cognatesAmong(other, en, p.code)
  // A given lexicon serves the side of its source language (or, when it names neither, every side
  // that is not English); the other side keeps its pack's own. null: no lexicon at all.
  const fits = (p: LanguagePack) => lexicon != null && (lexicon.from === p.code || (lexicon.from !== pa.code && lexicon.from !== pb.code))
  const proj = (p: LanguagePack, other: readonly Sentence[]): Projection => {
    const lex = lexicon === null ? null : fits(p) ? lexicon! : (p.lexicon?.() ?? null)
    return { pivot: en, lexicon: lex, cognates: cognates(p, other), parts: lex ? compoundParts(p, lex) : undefined }
  }
  const A = sentenceConcepts(sa, space, proj(pa, sb), same || pa.code === en.code)
  const B = sentenceConcepts(sb, space, proj(pb, sa), same || pb.code === en.code)
  return { A, B, space }
}
