/**
 * Cognates: words that translate each other and look alike (teknologi ~ technology, investasi ~
 * investment). News translations are full of them, and names carry over unchanged, so they anchor
 * sentence alignment where a lexicon has no entry.
 */
import { PadananError } from '../errors.js'
import { bigrams, type Bigrams } from '../similarity/dice.js'
import { defaultStemmer } from './parse.js'

/** One candidate cognate of a query word. */
export interface CognateMatch {
  /** The vocabulary word, as given (lowercased). */
  readonly word: string
  /** Best Dice coefficient over the compared forms; 1 for identical words. */
  readonly score: number
}

/** Options of {@link CognateIndex}. */
export interface CognateIndexOptions {
  /** Smallest score {@link CognateIndex.match} returns; default {@link DEFAULT_MIN_DICE}. */
  readonly minDice?: number
  /** Language of the queries; default `id`. */
  readonly from?: string
  /** Language of the vocabulary; default `en`. */
  readonly to?: string
  /** Stemmer of query words; default the built-in pack's stem for `id`/`en`, else identity. */
  readonly stemFrom?: (w: string) => string
  /** Stemmer of vocabulary words; default the built-in pack's stem for `id`/`en`, else identity. */
  readonly stemTo?: (w: string) => string
  /** Rewrites a query form before comparison; default {@link respellEnglish} when `from` is `en` and `to` is `id`, else identity. */
  readonly respellFrom?: (w: string) => string
  /** Rewrites a vocabulary form before comparison; default {@link respellEnglish} when `from` is `id` and `to` is `en`, else identity. */
  readonly respellTo?: (w: string) => string
}

/**
 * Default threshold, measured on the seed pair fixtures/npc 001 (id) ↔ 002 (en): 129 × 132 distinct
 * content words, 52 true cognate links judged by hand. Each Indonesian word and its stem against
 * each English word and its Porter stem, the English respelled (every candidate ≥ threshold counted):
 *
 * | minDice   | 0.50 | 0.55 | 0.60 | 0.65 | 0.70 | 0.75 | 0.80 |
 * |-----------|------|------|------|------|------|------|------|
 * | precision | 0.49 | 0.78 | 0.85 | 0.90 | 0.92 | 0.96 | 0.94 |
 * | recall    | 0.90 | 0.90 | 0.90 | 0.90 | 0.87 | 0.83 | 0.65 |
 *
 * Raw lowercased words only reach recall 0.40 at 0.70 (precision 0.95), stems only 0.56 (0.91):
 * teknologi ~ technology is 0.59 as spelled, 1 respelled. Below 0.65 false friends pour in
 * (secara ~ cars, inti ~ continue); 0.70 keeps recall at 0.87, and its remaining errors are mostly
 * near-duplicates a caller resolves by taking the best score (nasional ~ international 0.74 when
 * national scores 1: best-only, precision is 0.96 at recall 0.83). Out of reach at any threshold:
 * cina ~ china (ch is k in technology), bisnis ~ business.
 */
export const DEFAULT_MIN_DICE = 0.7

/** English spelling → Indonesian loanword spelling (the PUPI rules for borrowed terms), in order:
 * digraphs first, then -tion/-sion, then single letters, then doubled letters. Exported for tests. */
export const RESPELL: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/sh/g, 'sy'],
  [/th/g, 't'],
  [/ch/g, 'k'],
  // -tion/-sion is -si at the end (inovasi, sesi) but keeps its n inside (nasional, internasional).
  [/tion/g, 'sion'],
  [/sions?$/, 'si'],
  [/qu/g, 'ku'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/([iy])z/g, '$1s'],
  // y stays a consonant before a vowel (yoga, layer).
  [/y(?![aeiou])/g, 'i'],
  [/(\p{L})\1/gu, '$1'],
]

/**
 * Write a lowercased English word the way Indonesian spells loanwords, so that borrowed words
 * compare letter for letter: technology → teknologi, modernization → modernisasi, session → sesi.
 *
 * @example
 * respellEnglish('ecosystem') //=> 'ekosistem'
 * respellEnglish('international') //=> 'internasional'
 */
export function respellEnglish(word: string): string {
  let s = respelled.get(word)
  if (s !== undefined) return s
  s = word
  if (needsRespelling(word)) for (const [re, to] of RESPELL) s = s.replace(re, to)
  // News vocabulary repeats: memoized (a few dozen regex passes a word), bounded.
  if (respelled.size >= 100_000) respelled.clear()
  respelled.set(word, s)
  return s
}
const respelled = new Map<string, string>()

/** Whether any RESPELL rule can change the word: each needs one of h q c x z y, tion or sion, or a
 * doubled character (a superset of a doubled letter). Most words need none, and skip a dozen regex passes. */
function needsRespelling(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    // h q c x z y
    if (c === 104 || c === 113 || c === 99 || c === 120 || c === 122 || c === 121) return true
    // A surrogate: a doubled astral letter is no doubled code unit; leave such words to the rules.
    if (c >= 0xd800 && c <= 0xdfff) return true
    if (i > 0 && c === w.charCodeAt(i - 1)) return true
  }
  return w.includes('tion') || w.includes('sion')
}

const identity = (w: string): string => w
const primary = (code: string): string => code.trim().toLowerCase().split(/[-_]/)[0]!

/** The forms holding one bigram token, by ascending length, and those lengths (for the length filter). */
interface Posting {
  readonly forms: Int32Array
  readonly lengths: Int32Array
}

// Copies of a bigram code are told apart in the postings keys by multiples of 2³² (see forEachToken).
const TWO32 = 2 ** 32

/**
 * An index of a target-language vocabulary (English) for finding the cognates of source-language
 * (Indonesian) words. Each vocabulary word is indexed under its own form and its stem's, respelled
 * (technology → `teknologi`, `teknolog`); a query is compared by its form and its stem; a word
 * scores the best Dice coefficient over those pairs, and a word identical to the query (Xiaomi, Lei,
 * R&D) scores 1. Scores come from an inverted index on bigrams: only the query's rarest bigrams
 * can open a candidate (prefix filtering), only forms of a feasible length are read, and overlaps
 * are counted rather than strings compared, so a query never scans the whole vocabulary.
 *
 * @example
 * const ix = new CognateIndex(['technology', 'ecosystem', 'xiaomi'])
 * ix.match('teknologi') //=> [{ word: 'technology', score: 1 }]
 * ix.match('Xiaomi') //=> [{ word: 'xiaomi', score: 1 }]
 */
export class CognateIndex {
  /** The threshold `match` uses by default. */
  readonly minDice: number
  private readonly words: string[] = []
  private readonly exact = new Map<string, number>()
  /** The words of each distinct form: form f's are formWords[f] (a form is shared: investment and
   * invest both have the stem form `invest`, indexed and scored once). */
  private readonly formWords: number[][] = []
  private readonly formId = new Map<string, number>()
  /** Number of bigrams of each form; postings are sorted by it, for the length filter. */
  private readonly formLength: number[] = []
  /** Forms too short for a bigram match only themselves. */
  private readonly shortForms = new Map<string, number[]>()
  private readonly postings = new Map<number, Posting>()
  private readonly stemFrom: (w: string) => string
  private readonly respellFrom: (w: string) => string
  private readonly queryCache = new Map<string, Bigrams[]>()
  /** Each form's bigram codes, ascending: form f's are codes[codeStart[f], codeStart[f + 1]). */
  private codes = new Uint32Array(1024)
  private readonly codeStart: number[] = [0]
  /** Per-form overlap counts of the current query; all zero between queries. */
  private readonly count: Int32Array
  private touched = new Int32Array(1024)

  /**
   * @param words - the vocabulary: lowercased target-language words (or stems); duplicates are ignored
   * @throws PadananError `BAD_OPTIONS` for a threshold outside (0, 1] or a non-function stemmer, `BAD_INPUT` for a non-string word
   *
   * @example
   * const ix = new CognateIndex(['technology', 'investment', 'house'])
   * ix.match('teknologi') //=> [{ word: 'technology', score: 1 }]
   */
  constructor(words: Iterable<string>, options: CognateIndexOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'cognate options must be an object', { field: 'options' })
    this.minDice = checkThreshold(options.minDice ?? DEFAULT_MIN_DICE, 'minDice')
    const from = options.from ?? 'id'
    const to = options.to ?? 'en'
    for (const [field, v] of [['from', from], ['to', to]] as const) {
      if (typeof v !== 'string' || v.trim() === '') throw new PadananError('BAD_OPTIONS', `${field} must be a language code such as "id"`, { field })
    }
    for (const field of ['stemFrom', 'stemTo', 'respellFrom', 'respellTo'] as const) {
      if (options[field] !== undefined && typeof options[field] !== 'function') throw new PadananError('BAD_OPTIONS', `${field} must be a function`, { field })
    }
    const pair = `${primary(from)}>${primary(to)}`
    this.stemFrom = options.stemFrom ?? defaultStemmer(from)
    this.respellFrom = options.respellFrom ?? (pair === 'en>id' ? respellEnglish : identity)
    const stemTo = options.stemTo ?? defaultStemmer(to)
    const respellTo = options.respellTo ?? (pair === 'id>en' ? respellEnglish : identity)

    for (const raw of words) {
      if (typeof raw !== 'string') throw new PadananError('BAD_INPUT', `cognate vocabulary must hold strings, got ${typeof raw}`, { field: 'words' })
      const w = raw.trim().toLowerCase()
      if (w === '' || this.exact.has(w)) continue
      const id = this.words.length
      this.words.push(w)
      this.exact.set(w, id)
      const form = respellTo(w)
      const stemForm = respellTo(stemTo(w))
      this.addForm(form, id)
      if (stemForm !== form) this.addForm(stemForm, id)
    }
    const forms = this.formWords.length
    this.count = new Int32Array(forms)
    // Postings sorted by (form length, form): forms are posted in that order (a counting sort by
    // length), so no list needs sorting.
    const len = this.formLength
    let maxLen = 0
    for (let f = 0; f < forms; f++) if (len[f]! > maxLen) maxLen = len[f]!
    const byLen = new Int32Array(maxLen + 2)
    for (let f = 0; f < forms; f++) byLen[len[f]! + 1]!++
    for (let l = 0; l <= maxLen; l++) byLen[l + 1]! += byLen[l]!
    const order = new Int32Array(forms)
    for (let f = 0; f < forms; f++) order[byLen[len[f]!]!++] = f
    const building = new Map<number, number[]>()
    for (let k = 0; k < forms; k++) {
      const f = order[k]!
      forEachToken(this.codes.subarray(this.codeStart[f]!, this.codeStart[f + 1]!), (tok) => {
        const list = building.get(tok)
        if (list) list.push(f)
        else building.set(tok, [f])
      })
    }
    for (const [tok, list] of building) {
      const fs = Int32Array.from(list)
      const lengths = new Int32Array(fs.length)
      for (let i = 0; i < fs.length; i++) lengths[i] = len[fs[i]!]!
      this.postings.set(tok, { forms: fs, lengths })
    }
  }

  /** Number of distinct vocabulary words. */
  get size(): number {
    return this.words.length
  }

  /**
   * Whether the word is in the vocabulary exactly as given (after lowercasing): a name or term
   * identical across the languages, which {@link match} scores 1.
   *
   * @example
   * new CognateIndex(['xiaomi', 'r&d']).has('Xiaomi') //=> true
   */
  has(word: string): boolean {
    return this.exact.has(word.trim().toLowerCase())
  }

  /**
   * Cognate candidates of a source-language word: vocabulary words scoring at least `minDice`,
   * best first, ties in code-point order of the word.
   *
   * @example
   * const ix = new CognateIndex(['innovation', 'investment', 'invest', 'house'])
   * // investment matches through its stem invest; innovation (0.43) stays under the threshold.
   * ix.match('investasi') //=> [{ word: 'invest', score: 0.769… }, { word: 'investment', score: 0.769… }]
   * ix.match('inovasi') //=> [{ word: 'innovation', score: 1 }]
   */
  match(word: string, minDice: number = this.minDice): CognateMatch[] {
    return this.search(word, minDice, false)
  }

  /** {@link match}; with `topOnly`, each form after the first is searched only at the best score found so far (lower ones cannot be the top). */
  private search(word: string, minDice: number, topOnly: boolean): CognateMatch[] {
    if (typeof word !== 'string') throw new PadananError('BAD_INPUT', `cognate query must be a string, got ${typeof word}`, { field: 'word' })
    let t = minDice === this.minDice ? minDice : checkThreshold(minDice, 'minDice')
    const w = word.trim().toLowerCase()
    const best = new Map<number, number>()
    const same = this.exact.get(w)
    if (same !== undefined) best.set(same, 1)
    for (const q of this.queryForms(w)) {
      this.collect(q, t, best)
      if (topOnly) for (const score of best.values()) if (score > t) t = score
    }
    const out: CognateMatch[] = []
    for (const [id, score] of best) out.push({ word: this.words[id]!, score })
    return out.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
  }

  /**
   * The best-scoring cognate candidates only: every vocabulary word tied at the top score of
   * {@link match}, or none. A word in the vocabulary itself scores 1, the highest possible, so
   * then only words scoring 1 are looked for (a far narrower search, the same answer).
   *
   * @example
   * const ix = new CognateIndex(['teknologi', 'technology', 'house'])
   * ix.best('teknologi').map(m => m.word) //=> ['technology', 'teknologi']
   */
  best(word: string): CognateMatch[] {
    const ms = this.has(word) ? this.match(word, 1) : this.search(word, this.minDice, true)
    const top = ms[0]?.score ?? 0
    return ms.filter((m) => m.score === top)
  }

  private addForm(form: string, wordId: number): void {
    const known = this.formId.get(form)
    if (known !== undefined) {
      this.formWords[known]!.push(wordId)
      return
    }
    const f = this.formWords.length
    this.formId.set(form, f)
    const bg = bigrams(form)
    this.formWords.push([wordId])
    this.formLength.push(bg.codes.length)
    const at = this.codeStart[f]!
    if (at + bg.codes.length > this.codes.length) {
      const grown = new Uint32Array(2 * (at + bg.codes.length))
      grown.set(this.codes)
      this.codes = grown
    }
    this.codes.set(bg.codes, at)
    this.codeStart.push(at + bg.codes.length)
    if (bg.codes.length === 0) {
      const list = this.shortForms.get(bg.text)
      if (list) list.push(f)
      else this.shortForms.set(bg.text, [f])
    }
  }

  /** The query's word and stem, respelled, packed once per distinct token (news repeats tokens). */
  private queryForms(w: string): Bigrams[] {
    const hit = this.queryCache.get(w)
    if (hit) return hit
    const forms = [...new Set([this.respellFrom(w), this.respellFrom(this.stemFrom(w))])].map(bigrams)
    if (this.queryCache.size >= 100_000) this.queryCache.clear()
    this.queryCache.set(w, forms)
    return forms
  }

  /** Add to `best` every vocabulary word with a form scoring ≥ t against q. */
  private collect(q: Bigrams, t: number, best: Map<number, number>): void {
    const n = q.codes.length
    if (n === 0) {
      // Dice of a string with no bigram is 1 for the same string, else 0.
      for (const f of this.shortForms.get(q.text) ?? []) for (const id of this.formWords[f]!) best.set(id, 1)
      return
    }
    if (t >= 1) {
      // Dice 1 is the same bigram multiset: the forms of the query's length in the postings of its
      // rarest bigram, compared code by code.
      let p: Posting | undefined
      let missing = false
      forEachToken(q.codes, (tok) => {
        const list = this.postings.get(tok)
        if (!list) missing = true
        else if (!p || list.forms.length < p.forms.length) p = list
      })
      if (missing || !p) return
      const { forms, lengths } = p
      for (let j = lowerBound(lengths, n); j < forms.length && lengths[j] === n; j++) {
        const f = forms[j]!
        const at = this.codeStart[f]!
        let k = 0
        while (k < n && this.codes[at + k] === q.codes[k]) k++
        if (k === n) for (const id of this.formWords[f]!) best.set(id, 1)
      }
      return
    }
    // The query's bigram tokens with their postings, rarest first (each posting looked up once).
    const toks: number[] = []
    forEachToken(q.codes, (tok) => toks.push(tok))
    const lists = toks.map((tok) => this.postings.get(tok))
    const order = toks.map((_, k) => k).sort((a, b) => (lists[a]?.forms.length ?? 0) - (lists[b]?.forms.length ?? 0) || toks[a]! - toks[b]!)
    // Dice ≥ t needs an overlap of at least o = t·n/(2−t) bigrams, so a candidate shares one of any
    // n−o+1 of the query's bigrams: only the rarest open candidates, the rest count overlaps.
    const o = Math.max(1, Math.ceil((t * n) / (2 - t) - 1e-9))
    // Length filter: 2·min(n, m) ≥ t·(n + m) bounds the candidate's bigram count m to [o, n·(2−t)/t].
    const maxLen = Math.floor((n * (2 - t)) / t + 1e-9)
    const len = this.formLength
    const count = this.count
    // The forms opened, touched[0, opened): scratch kept between queries (a query opens hundreds).
    let touched = this.touched
    let opened = 0
    // Lengths of the candidates opened so far: once no new one can open, only their range is scanned.
    let lo = maxLen + 1
    let hi = 0
    for (let i = 0; i < n; i++) {
      // A form of m bigrams needs ⌈t·(n+m)/2⌉ shared ones, so it can still first appear at the i-th
      // rarest token only if that many remain: m ≤ 2(n−i)/t − n. Longer forms are only counted.
      const openMax = Math.floor((2 * (n - i)) / t - n + 1e-9)
      const closed = openMax < o
      if (closed && opened === 0) break
      const p = lists[order[i]!]
      if (!p) continue
      const { forms, lengths } = p
      // A form longer than openMax can only be counted, not opened: past the longest opened one
      // (hi), the rest of the posting holds nothing to do.
      const top = closed ? hi : Math.min(maxLen, Math.max(openMax, hi))
      for (let j = lowerBound(lengths, closed ? lo : o); j < forms.length && lengths[j]! <= top; j++) {
        const f = forms[j]!
        if (count[f] === 0) {
          const m = lengths[j]!
          if (m > openMax) continue
          if (opened === touched.length) {
            const grown = new Int32Array(2 * touched.length)
            grown.set(touched)
            touched = this.touched = grown
          }
          touched[opened++] = f
          if (m < lo) lo = m
          if (m > hi) hi = m
        }
        count[f]!++
      }
    }
    // Tokens are the multiset's elements, so the count is the multiset overlap: exactly dice().
    for (let k = 0; k < opened; k++) {
      const f = touched[k]!
      const s = (2 * count[f]!) / (n + len[f]!)
      count[f] = 0
      if (s < t) continue
      for (const id of this.formWords[f]!) if (s > (best.get(id) ?? 0)) best.set(id, s)
    }
  }
}

/**
 * Build a {@link CognateIndex}; the same as `new CognateIndex(words, options)`.
 *
 * @example
 * createCognateIndex(['ecosystem', 'government']).match('ekosistem') //=> [{ word: 'ecosystem', score: 1 }]
 */
export function createCognateIndex(words: Iterable<string>, options: CognateIndexOptions = {}): CognateIndex {
  return new CognateIndex(words, options)
}

function checkThreshold(v: unknown, field: string): number {
  if (typeof v !== 'number' || !(v > 0 && v <= 1)) throw new PadananError('BAD_OPTIONS', `${field} must be a number in (0, 1], got ${String(v)}`, { field })
  return v
}

/** First index of an ascending array whose value is ≥ min. */
function lowerBound(sorted: Int32Array, min: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < min) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Each element of a sorted code multiset as a distinct key: the k-th copy of code c is c + k·2³². */
function forEachToken(codes: Uint32Array, f: (tok: number) => void): void {
  let k = 0
  for (let i = 0; i < codes.length; i++) {
    k = i > 0 && codes[i] === codes[i - 1] ? k + 1 : 0
    f(codes[i]! + k * TWO32)
  }
}
