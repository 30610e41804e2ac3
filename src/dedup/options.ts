/** Options shared by findDuplicates() and the streaming index, with their checks and defaults. */
import { PadananError } from '../errors.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import type { LshParams, LshWeights } from './lsh.js'
import { optimalLshParams } from './lsh.js'
import type { MinHashMethod } from './minhash.js'

/** The kinds of duplicate, from the closest to the loosest. */
export type DuplicateKind = 'exact' | 'near' | 'contained' | 'translation'

/** Options of {@link findDuplicates} and {@link createDedupIndex}. */
export interface DedupOptions {
  /** Word-shingle Jaccard from which two documents are near duplicates. Default 0.5 (bench/results/dedup.md). */
  readonly threshold?: number
  /** Words per shingle. Default 3. */
  readonly shingleSize?: number
  /** Signature length. Default 128. */
  readonly numPerm?: number
  /** Seed of the signatures. Default 1. Results and saved indexes compare only under one seed. */
  readonly seed?: number
  /** `'oph'` (one-permutation hashing, default) or `'kperm'` (k hash functions, ~10× slower, same accuracy). */
  readonly method?: MinHashMethod
  /** LSH bands and rows; default derived from the threshold and `weights`. */
  readonly params?: LshParams
  /** Error weights used to derive `params`. Default `{ falsePositive: 0.2, falseNegative: 0.8 }`: every candidate is verified, so a missed pair costs more than a false candidate. */
  readonly weights?: LshWeights
  /** Containment |A∩B|/|A| from which the smaller document is `contained` in the larger; `false` turns it off. Default 0.8. */
  readonly containment?: number | false
  /**
   * translationScore() from which two documents in different languages are translations (their sentences
   * must also align, see cross-match.ts); two documents that are each other's best candidate need less (0.18, or
   * this value if lower). `false` turns the pass off. Default 0.42: bench translations score 0.40–0.76 (5th
   * percentile 0.51), translations of same-story rewrites 0.21–0.47.
   */
  readonly translation?: number | false
  /** Lexicon into English for cross-lingual features. Default: each pack's own; `null`: none. */
  readonly lexicon?: Lexicon | null
  /**
   * Boilerplate handling: `minDocs` (a short line in this many documents is boilerplate; default
   * max(3, min(50, 1% of the documents))), `lines` (known boilerplate lines), `shape` (detect chrome
   * by its shape inside one document; default true). `false` turns boilerplate detection off.
   */
  readonly boilerplate?: false | { readonly minDocs?: number; readonly lines?: readonly string[]; readonly shape?: boolean }
  /** Called as work progresses: phase, items done, items in the phase. */
  readonly onProgress?: (phase: 'read' | 'signatures' | 'candidates' | 'verify' | 'translation', done: number, total: number) => void
  /**
   * Called once by findDuplicates() with the translation candidates before they are verified (ids,
   * best first): to measure what the candidate stage finds, or to verify them another way.
   */
  readonly onTranslationCandidates?: (candidates: readonly TranslationCandidate[]) => void
}

/** A pair of documents in different languages that the translation pass will verify. */
export interface TranslationCandidate {
  readonly a: string
  readonly b: string
  /** idf-weighted cosine of their shared pivot concepts. */
  readonly similarity: number
  /** Share of their content words whose concepts the other document has. */
  readonly coverage: number
}

/** Options after defaults and checks. */
export interface Resolved {
  readonly threshold: number
  readonly shingleSize: number
  readonly numPerm: number
  readonly seed: number
  readonly method: MinHashMethod
  readonly near: LshParams
  /** LSH for containment candidates (a lower Jaccard), or null when containment is off. */
  readonly contain: LshParams | null
  /**
   * The LSH tables that give word-shingle candidates. With containment on, the containment LSH
   * alone: tuned for Jaccard 0.2, it also returns a pair at 0.5 with probability 0.99999, so a
   * second table for near duplicates would only cost memory (a stream index keeps one bucket entry
   * per band per document). Explicit `params` are used as given, next to it.
   */
  readonly word: readonly LshParams[]
  /** Whether `params` were given (a saved index keeps them only then). */
  readonly paramsGiven: boolean
  /** LSH over concept signatures, or null when translation is off. */
  readonly cross: LshParams | null
  readonly containment: number | false
  readonly translation: number | false
  readonly lexicon: Lexicon | null | undefined
  readonly minDocs: number | undefined
  readonly lines: readonly string[]
  readonly shape: boolean
  readonly boilerplate: boolean
}

export const DEFAULTS = {
  threshold: 0.5,
  shingleSize: 3,
  numPerm: 128,
  seed: 1,
  weights: { falsePositive: 0.2, falseNegative: 0.8 },
  containment: 0.8,
  translation: 0.42,
  /** Containment candidates: pairs at Jaccard ≥ 0.2 (an excerpt a quarter the size of its source at containment 0.8 and above). */
  containJaccard: 0.2,
} as const

function num(v: unknown, field: string, lo: number, hi: number, integer = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
    throw new PadananError('BAD_OPTIONS', `${field} must be ${integer ? 'an integer' : 'a number'} from ${lo} to ${hi}`, { field })
  }
  return v
}

/** Check options and fill in defaults. @throws PadananError `BAD_OPTIONS` */
export function resolveOptions(o: DedupOptions): Resolved {
  if (typeof o !== 'object' || o === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const threshold = o.threshold === undefined ? DEFAULTS.threshold : num(o.threshold, 'threshold', 0.01, 0.99)
  const shingleSize = o.shingleSize === undefined ? DEFAULTS.shingleSize : num(o.shingleSize, 'shingleSize', 1, 16, true)
  const numPerm = o.numPerm === undefined ? DEFAULTS.numPerm : num(o.numPerm, 'numPerm', 8, 1024, true)
  const seed = o.seed === undefined ? DEFAULTS.seed : num(o.seed, 'seed', 0, 0xffffffff, true)
  const method = o.method ?? 'oph'
  if (method !== 'oph' && method !== 'kperm') throw new PadananError('BAD_OPTIONS', 'method must be "oph" or "kperm"', { field: 'method' })
  const weights = o.weights ?? DEFAULTS.weights
  if (typeof weights !== 'object' || weights === null) throw new PadananError('BAD_OPTIONS', 'weights must be { falsePositive, falseNegative }', { field: 'weights' })
  let near: LshParams
  if (o.params !== undefined) {
    if (typeof o.params !== 'object' || o.params === null) throw new PadananError('BAD_OPTIONS', 'params must be { bands, rows }', { field: 'params' })
    const bands = num(o.params.bands, 'params.bands', 1, numPerm, true)
    const rows = num(o.params.rows, 'params.rows', 1, numPerm, true)
    if (bands * rows > numPerm) throw new PadananError('BAD_OPTIONS', `params.bands × params.rows must be at most numPerm (${numPerm})`, { field: 'params' })
    near = { bands, rows }
  } else near = optimalLshParams(threshold, numPerm, weights)
  const containment = o.containment === undefined ? DEFAULTS.containment : o.containment === false ? false : num(o.containment, 'containment', 0.01, 1)
  const translation = o.translation === undefined ? DEFAULTS.translation : o.translation === false ? false : num(o.translation, 'translation', 0, 1)
  const contain = containment === false ? null : optimalLshParams(Math.min(DEFAULTS.containJaccard, threshold), numPerm, weights)
  // Every slot in bands of two: at Jaccard 0.2, _optimal_param's choice (28 × 2 with equal weights)
  // finds 68% of the pairs, 64 × 2 finds 93% (0.24: 97.5%); the rare-concept filter keeps the
  // extra candidates few.
  const cross = translation === false ? null : { bands: Math.floor(numPerm / 2), rows: 2 }
  const bp = o.boilerplate
  if (bp !== undefined && bp !== false && (typeof bp !== 'object' || bp === null)) throw new PadananError('BAD_OPTIONS', 'boilerplate must be false or { minDocs?, lines?, shape? }', { field: 'boilerplate' })
  const minDocs = bp && bp.minDocs !== undefined ? num(bp.minDocs, 'boilerplate.minDocs', 2, Number.MAX_SAFE_INTEGER, true) : undefined
  const lines = bp && bp.lines !== undefined ? bp.lines : []
  if (!Array.isArray(lines) || lines.some((l) => typeof l !== 'string')) throw new PadananError('BAD_OPTIONS', 'boilerplate.lines must be an array of strings', { field: 'boilerplate.lines' })
  if (o.lexicon !== undefined && o.lexicon !== null && typeof (o.lexicon as Lexicon).concepts !== 'function') throw new PadananError('BAD_OPTIONS', 'lexicon must be a Lexicon or null', { field: 'lexicon' })
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new PadananError('BAD_OPTIONS', 'onProgress must be a function', { field: 'onProgress' })
  return {
    threshold,
    shingleSize,
    numPerm,
    seed,
    method,
    near,
    contain,
    word: contain ? (o.params !== undefined ? [near, contain] : [contain]) : [near],
    paramsGiven: o.params !== undefined,
    cross,
    containment,
    translation,
    lexicon: o.lexicon,
    minDocs,
    lines,
    shape: bp === false ? false : bp?.shape !== false,
    boilerplate: bp !== false,
  }
}
