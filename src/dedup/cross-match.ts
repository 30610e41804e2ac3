/**
 * Cross-language matching: documents in different languages with the same content.
 *
 * findDuplicates: of each set of near copies the fullest takes part; translations.ts gives the
 * candidate pairs; each is verified, best first, by translationScore() on the content (boilerplate
 * left out) and accepted by the rules below.
 *
 * The streaming index keeps no text to verify with: a concept-band candidate is a translation when
 * its estimated concept Jaccard reaches `crossAccept` (judgeCross).
 */
import { prepare } from '../read/prepare.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { translationScore } from '../pair/index.js'
import type { Doc } from '../types.js'
import { contentText } from './boilerplate.js'
import type { DocFeatures } from './features.js'
import type { Verdict } from './judge.js'
import { estimateJaccard } from './minhash.js'
import type { TranslationCandidate } from './options.js'
import { round } from '../core/order.js'
import type { Settings } from './settings.js'
import type { StoredDoc } from './storage.js'
import { crossCandidates, type CrossCandidate } from './translations.js'
import type { Vocab } from './vocab.js'

/**
 * A translation also needs this share of its sentences aligned (weighted by bead score): the
 * translation of a same-story rewrite (half the sentences shared) scores up to 0.47 overall but
 * aligns at most 0.47, real translations from 0.49 (bench, chrome removed).
 */
const MIN_ALIGNMENT = 0.45
/**
 * Two documents that are each other's best candidate (translations.ts) need less: short translations
 * between languages far apart (one to five sentences, German–Malay) score from 0.18 and align from 0.25
 * (FLORES-200, 1st percentile); on the PANL-BPPT dedup corpus (20k) 6–10 such pairs are not translations.
 */
const MUTUAL_SCORE = 0.18
const MUTUAL_ALIGNMENT = 0.25

/**
 * The translation rule of findDuplicates on a verified pair: translationScore from `threshold` with
 * enough of the sentences aligned, or, for two documents that are each other's best candidate, the
 * lower bars above.
 *
 * @example
 * isTranslation(0.42, 0.51, 0.62, false) //=> true
 */
export function isTranslation(threshold: number, score: number, alignment: number, mutual: boolean): boolean {
  return (score >= threshold && alignment >= MIN_ALIGNMENT) || (mutual && score >= Math.min(threshold, MUTUAL_SCORE) && alignment >= MUTUAL_ALIGNMENT)
}

/** What findDuplicates gives the translation step, in its index order (documents sorted by id). */
export interface TranslationInput {
  readonly feats: readonly DocFeatures[]
  /** Boilerplate flags of each document's paragraphs. */
  readonly flags: readonly Uint8Array[]
  /** Token hashes of each document's content (boilerplate left out). */
  readonly content: readonly Uint32Array[]
  /** One document of each group of exact copies. */
  readonly reps: readonly number[]
  /** The set of near copies a document is in (any number the set's documents share). */
  readonly copyOf: (i: number) => number
  /** The recorded words of each language. */
  readonly vocab: (lang: string) => Vocab
  readonly lexicon: Lexicon | null | undefined
  /** translationScore from which a pair is a translation (options.translation). */
  readonly threshold: number
}

/** What the translation step reports to findDuplicates. */
export interface TranslationHooks {
  /** Whether two documents are in one cluster already (the pair is then not verified). */
  readonly same: (x: number, y: number) => boolean
  /** A translation found: x and y (indexes into feats) with their translationScore. */
  readonly accept: (x: number, y: number, score: number) => void
  /** The candidates before they are verified (options.onTranslationCandidates). */
  readonly onCandidates?: ((candidates: readonly TranslationCandidate[]) => void) | undefined
  readonly progress: (done: number, total: number) => void
}

/**
 * The translation step of findDuplicates: candidates among the fullest copies, verified best first.
 *
 * @example
 * matchTranslations({ feats, flags, content, reps, copyOf: (i) => copies.find(i), vocab, lexicon, threshold: 0.42 }, {
 *   same: (x, y) => uf.same(x, y),
 *   accept: (x, y, score) => uf.union(x, y),
 *   progress: () => {},
 * })
 */
export function matchTranslations(input: TranslationInput, hooks: TranslationHooks): void {
  const { feats, flags, content, threshold } = input
  const cands = crossCandidates({ feats, content, docs: fullestCopies(input.reps, content, feats, input.copyOf), vocab: input.vocab, lexicon: input.lexicon }, hooks.progress)
  hooks.onCandidates?.(cands.map(({ x, y, sim, cover }) => ({ a: feats[x]!.id, b: feats[y]!.id, similarity: round(sim), coverage: round(cover) })))
  verifyCandidates(
    cands,
    // Verified on the content only: chrome would lower the alignment share of real translations.
    (i) => feats[i]!.doc ?? prepare(contentText(feats[i]!, flags[i]!), { lang: feats[i]!.lang, id: feats[i]!.id }),
    input.lexicon,
    hooks.same,
    ({ x, y, mutual }, score, alignment) => {
      if (isTranslation(threshold, score, alignment, mutual)) hooks.accept(x, y, score)
    },
    hooks.progress,
  )
}

/**
 * The documents that take part in the translation pass: of each set of near copies in one language
 * (exact copies are already one representative), the one with the most content (the lowest index on a tie). A translation of one copy is a
 * translation of the set, and the set is one cluster already: searching each copy again would cost
 * in proportion to the copies, not to the texts (a news feed is mostly copies).
 */
function fullestCopies(reps: readonly number[], content: readonly Uint32Array[], feats: readonly DocFeatures[], copyOf: (i: number) => number): number[] {
  // Keyed by set and language (near copies in two languages are rare, but each language searches apart).
  const langs = new Map<string, number>()
  const best = new Map<number, number>()
  for (const i of reps) {
    if (content[i]!.length === 0) continue
    const lang = feats[i]!.lang
    let l = langs.get(lang)
    if (l === undefined) langs.set(lang, (l = langs.size))
    const key = l * feats.length + copyOf(i)
    const b = best.get(key)
    if (b === undefined || content[i]!.length > content[b]!.length) best.set(key, i)
  }
  return [...best.values()].sort((x, y) => x - y)
}

/**
 * Verify candidates best first with translationScore() on prepared documents; `accept` decides and
 * `same` skips pairs already joined. Prepared documents are kept only while a later pair needs them.
 */
function verifyCandidates(
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

/**
 * The verdict on a concept-band candidate pair: a translation when the languages differ and the concept Jaccard is high enough.
 *
 * @example
 * judgeCross(settings, idDoc, enDoc) //=> { kind: 'translation', similarity: 0.31 } or null
 */
export function judgeCross(s: Settings, a: StoredDoc, b: StoredDoc): Verdict | null {
  if (a.lang === b.lang || !a.csig || !b.csig) return null
  const j = estimateJaccard(a.csig, b.csig, 0, 0, s.o.numPerm)
  return j >= s.crossAccept ? { kind: 'translation', similarity: round(j) } : null
}
