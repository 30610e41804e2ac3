/**
 * What dedup reads from a document: its paragraphs (non-blank lines, as `prepare()` counts them),
 * each as a run of normalized token hashes, with the shape facts boilerplate detection needs.
 *
 * Normalization: NFKC, lowercase, punctuation and whitespace dropped (only word and number tokens
 * are kept), a possessive 's dropped, as `prepare()` does. Digit numbers are read to their value
 * with the document language's decimal mark and the scale word after them (`1,5 juta`, `1.5 juta`
 * and `1500000` hash alike). The full number engine is not used here: at about 2.4 M chars/s it
 * would cap signatures near 1,000 documents/s, thirty times under what a news stream needs; the
 * value reading below needs only the pack's grammar data.
 */
import { checkText } from '../core/limits.js'
import { tokenize } from '../core/tokenize.js'
import { PadananError } from '../errors.js'
import { resolveAndRegister, type LanguageInput } from '../langs/index.js'
import { digitValueByLanguageMark } from '../numbers/digits.js'
import { detectLanguage } from '../read/detect.js'
import type { Doc, LanguagePack } from '../types.js'
import { hashNumber, hashString, key53, slotOf } from './hash.js'
import { densify, EMPTY_SLOT, ophAdd, ophParams, type OphParams } from './minhash.js'
import { encodeLatin1, scanSentinel, Sink, TOKEN_SEED, type NumberReader } from './scan.js'
import type { Vocab } from './vocab.js'

const OTHER_BREAK = /\r(?!\n|$)|[\u2028\u2029]/

/** A document as dedup takes it: an id and a text (language detected when missing), or a prepared Doc. */
export type DedupInput = { readonly id: string; readonly text: string; readonly lang?: LanguageInput } | Doc

/**
 * One paragraph (non-blank line) of a document. Its token view and key are made on first use: a
 * signature needs neither for most paragraphs, and a view or a key per paragraph was a third of
 * the cost of reading a document.
 */
export class Para {
  private k = -1
  constructor(
    /** Every token hash of the document; this paragraph's are all[from, to). */
    private readonly all: Uint32Array,
    /** Offsets of the trimmed line in the document text. */
    readonly start: number,
    readonly end: number,
    readonly from: number,
    readonly to: number,
    /** Word and number tokens before folding. */
    readonly words: number,
    /** Ends like a sentence (., !, ?, … before optional closing quotes). */
    readonly sentenceEnd: boolean,
    /** Ends inside a sentence (a comma or semicolon): a line broken mid-sentence, not a heading. */
    readonly clauseEnd: boolean,
  ) {}

  /** Number of token hashes. */
  get size(): number {
    return this.to - this.from
  }

  /** Token hashes, numbers folded into one hash per value (a view into the document's). */
  get tokens(): Uint32Array {
    return this.all.subarray(this.from, this.to)
  }

  /** Key of the normalized token sequence: equal for lines that differ only in case, spacing or punctuation. */
  get key(): number {
    if (this.k < 0) this.k = key53(this.all, this.from, this.to)
    return this.k
  }
}

/** A document read for dedup. */
export interface DocFeatures {
  readonly id: string
  readonly lang: string
  readonly text: string
  readonly paras: Para[]
  /** Every token hash of the document (the paragraphs' tokens are views into it). */
  readonly tokens: Uint32Array
  /** The prepared Doc when the caller gave one (reused to verify translations). */
  readonly doc?: Doc
}

/**
 * A number reader from a decimal mark and lowercased scale words.
 *
 * @example
 * makeNumberReader(',', new Map([['juta', 1e6]])).scales.get('juta') //=> 1000000
 */
export function makeNumberReader(decimal: '.' | ',', scales: ReadonlyMap<string, number>): NumberReader {
  return { decimal, scales, scaleHashes: new Set([...scales.keys()].map((w) => hashString(w, TOKEN_SEED))) }
}

const readers = new WeakMap<LanguagePack, NumberReader>()
export function numberReader(pack: LanguagePack): NumberReader {
  let r = readers.get(pack)
  if (!r) {
    const scales = new Map<string, number>()
    const g = pack.numbers
    for (const [w, f] of Object.entries(g.multipliers)) if (f >= 1000) scales.set(w.toLowerCase(), f)
    for (const [w, f] of Object.entries(g.scaleAbbreviations ?? {})) if (!scales.has(w.toLowerCase())) scales.set(w.toLowerCase(), f)
    r = makeNumberReader(g.decimal, scales)
    readers.set(pack, r)
  }
  return r
}


/**
 * Tokens of one paragraph (text[from, to)) as hashes into `out`; returns the number of word and
 * number tokens. Digit tokens and a following scale word fold into one value hash.
 *
 * @param docBytes - the whole text as bytes when it is all Latin-1 (readFeatures encodes it once)
 */
export function paragraphTokens(text: string, reader: NumberReader, out: Sink, from = 0, to = text.length, docBytes?: Uint8Array): number {
  const mark = out.n
  if (docBytes) {
    const w = scanSentinel(docBytes, text, 0, from, to, reader, out)
    if (w >= 0) return w
  } else {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to)
    const bytes = encodeLatin1(slice, 1)
    const w = bytes ? scanSentinel(bytes, text, from, 0, to - from, reader, out) : -1
    if (w >= 0) return w
  }
  // A char the scanner does not read (beyond Latin-1, or one NFKC changes): the general path.
  out.n = mark
  return generalTokens(text.slice(from, to).normalize('NFKC'), reader, out)
}

/** A \r not followed by \n (nor at the end): an old-Mac line break. */
function bareCR(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return true
  return false
}

/** The general path (any script): prepare()'s tokenizer on NFKC text, then the same hashes and number folding. */
export function generalTokens(src: string, reader: NumberReader, out: Sink): number {
  let words = 0
  let pendingNumber: number | null = null
  const vocab = out.vocab
  const number = (v: number) => {
    const h = hashNumber(v, TOKEN_SEED)
    out.push(h)
    if (vocab !== null) vocab.number(h)
  }
  const word = (w: string) => {
    const h = hashString(w, TOKEN_SEED)
    out.push(h)
    if (vocab !== null) vocab.word(h, w, 0, w.length)
  }
  for (const t of tokenize(src)) {
    words++
    const raw = t.text
    const c = raw.charCodeAt(0)
    if (c >= 48 && c <= 57) {
      if (pendingNumber !== null) number(pendingNumber)
      const v = digitValueByLanguageMark(raw, reader.decimal)
      if (v === null) {
        pendingNumber = null
        word(raw)
      } else pendingNumber = v
      continue
    }
    let norm = raw.toLowerCase()
    if (pendingNumber !== null) {
      const f = reader.scales.get(norm)
      number(f !== undefined ? pendingNumber * f : pendingNumber)
      pendingNumber = null
      if (f !== undefined) continue
    }
    const e = norm.length
    if (e > 2 && norm.charCodeAt(e - 1) === 115 /* s */ && (norm.charCodeAt(e - 2) === 39 || norm.charCodeAt(e - 2) === 0x2019)) norm = norm.slice(0, e - 2)
    word(norm)
  }
  if (pendingNumber !== null) number(pendingNumber)
  return words
}

const sink = new Sink()

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 11 || c === 12 || c === 0x1680
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029
}

/** Ends like a sentence: . ! ? … (or their CJK forms) before optional closing quotes and brackets. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1
  let c = 0
  // " ' ” ’ » ) ]
  while (i >= from && ((c = text.charCodeAt(i)) === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93)) i--
  // . ! ? … 。 ！ ？
  return i >= from && (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f)
}

/**
 * Read a document: paragraphs with token hashes and shape facts.
 *
 * @param transient - the token hashes stay in a shared buffer, valid until the next call (no copy:
 *   for callers that reduce the features to a signature at once)
 * @throws PadananError `BAD_INPUT` for a malformed document, `UNKNOWN_LANGUAGE`
 */
export function readFeatures(d: DedupInput, i: number, transient = false, vocabOf?: (lang: string) => Vocab): DocFeatures {
  if (typeof d !== 'object' || d === null) throw new PadananError('BAD_INPUT', `docs[${i}] must be an object { id, text, lang? } or a Doc`, { field: `docs[${i}]` })
  const id = (d as { id?: unknown }).id
  if (typeof id !== 'string' || id === '') throw new PadananError('BAD_INPUT', `docs[${i}].id must be a non-empty string`, { field: `docs[${i}].id` })
  const isDoc = Array.isArray((d as Doc).sentences)
  const text = (d as { text?: unknown }).text
  if (typeof text !== 'string') throw new PadananError('BAD_INPUT', `docs[${i}].text must be a string`, { field: `docs[${i}].text` })
  checkText(text, `docs[${i}].text`)
  const given = (d as { lang?: LanguageInput }).lang
  const pack = resolveAndRegister(given ?? guessLang(text))
  const reader = numberReader(pack)
  // Paragraph bounds (trimmed, non-blank lines), then one token pass per paragraph into a shared sink.
  const bounds: number[] = []
  const n = text.length
  // Only \n or \r\n breaks (the common case; \r is then trimmed as a break): indexOf finds them far faster than a loop over every char.
  const bytes = encodeLatin1(text, 0)
  const lfOnly = bytes ? !bareCR(text) : !OTHER_BREAK.test(text)
  let p = 0
  while (p < n) {
    while (p < n && isBreak(text.charCodeAt(p))) p++
    let e = p
    if (lfOnly) {
      e = text.indexOf('\n', p)
      if (e < 0) e = n
      if (e > p && text.charCodeAt(e - 1) === 13) e--
    } else while (e < n && !isBreak(text.charCodeAt(e))) e++
    let a = p
    let b = e
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (b > a) bounds.push(a, b)
    p = e
  }
  sink.n = 0
  sink.vocab = vocabOf ? vocabOf(pack.code) : null
  // Per paragraph: start, end, first token, word count (its last token is the next one's first).
  const spans: number[] = []
  for (let k = 0; k < bounds.length; k += 2) {
    const from = sink.n
    spans.push(from, paragraphTokens(text, reader, sink, bounds[k]!, bounds[k + 1]!, bytes))
  }
  sink.vocab = null
  // A copy allocates a backing store per document: the largest cost here once the scan is fast.
  const all = transient ? sink.buf.subarray(0, sink.n) : sink.buf.slice(0, sink.n)
  const paras: Para[] = new Array(bounds.length / 2)
  for (let k = 0; k < paras.length; k++) {
    const a = bounds[2 * k]!
    const b = bounds[2 * k + 1]!
    const last = text.charCodeAt(b - 1)
    paras[k] = new Para(all, a, b, spans[2 * k]!, k + 1 < paras.length ? spans[2 * k + 2]! : all.length, spans[2 * k + 1]!, endsSentence(text, a, b), last === 44 || last === 59)
  }
  return isDoc ? { id, lang: pack.code, text, paras, tokens: all, doc: d as Doc } : { id, lang: pack.code, text, paras, tokens: all }
}

/** The language of a text, as detectLanguage() would say. */
function guessLang(text: string): string {
  return detectLanguage(text).lang
}

/**
 * Word shingles of a token stream: hashes of k consecutive tokens, distinct, in no particular
 * order (sort them where an ordered set is needed: MinHash is order-free). A stream shorter than k
 * gives one shingle of all its tokens (a short document is still comparable). With `into`, the
 * shingles are written to its buffer and the view returned is valid until its next use.
 *
 * @example
 * shingles(Uint32Array.of(1, 2, 3, 1, 2, 3), 3, 1).length //=> 3
 */
export function shingles(tokens: ArrayLike<number>, k: number, seed: number, into?: Sink): Uint32Array {
  const n = tokens.length
  if (n === 0) return new Uint32Array(0)
  const count = n < k ? 1 : n - k + 1
  let out: Uint32Array
  if (into) {
    into.n = 0
    into.reserve(count)
    out = into.buf
  } else out = new Uint32Array(count)
  const u = scanShingles(tokens, k, seed, out, null, null)
  if (into) {
    into.n = u
    return out.subarray(0, u)
  }
  return u === count ? out : out.slice(0, u)
}

/**
 * The number of distinct shingles of a token stream and, in the same pass, its one-permutation
 * MinHash signature: the values of `signature(shingles(tokens, k, seed), sig.length, seed)`
 * without the shingles written out (a minimum does not mind repeats). An empty stream leaves `sig`
 * untouched and returns 0.
 *
 * @example
 * const sig = new Uint32Array(128)
 * shingleSignature(Uint32Array.of(1, 2, 3, 1, 2, 3), 3, 1, sig) //=> 3 (sig as signature() gives it)
 */
export function shingleSignature(tokens: ArrayLike<number>, k: number, seed: number, sig: Uint32Array): number {
  if (tokens.length === 0) return 0
  sig.fill(EMPTY_SLOT)
  const u = scanShingles(tokens, k, seed, null, sig, ophParams(sig.length, seed))
  densify(sig, seed)
  return u
}

/**
 * Shingle hashes of a token stream, each distinct one written to `out` (when given), every one
 * folded into the one-permutation bins of `sig` (when given, with its parameters); returns the
 * number of distinct shingles.
 */
function scanShingles(tokens: ArrayLike<number>, k: number, seed: number, out: Uint32Array | null, sig: Uint32Array | null, oph: OphParams | null): number {
  const n = tokens.length
  const count = n < k ? 1 : n - k + 1
  const w = n < k ? n : k
  // Distinct through an open-addressing set stamped per call (no clearing, no sort): a sort of the
  // ~300 shingles of a news story cost more than hashing them.
  let size = 64
  while (size < count * 2) size *= 2
  if (seen.length < size) {
    seen = new Uint32Array(size)
    stamp = new Uint32Array(size)
  }
  const mask = size - 1
  const gen = ++generation
  if (gen === 0xffffffff) {
    stamp.fill(0)
    generation = 0
  }
  let u = 0
  for (let i = 0; i < count; i++) {
    let h = (seed ^ 0x5368696e) >>> 0
    for (let j = 0; j < w; j++) {
      h ^= tokens[i + j]!
      h = Math.imul(h, 0x9e3779b1)
      h ^= h >>> 15
    }
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    h = (h ^ (h >>> 16)) >>> 0
    if (sig !== null) ophAdd(sig, h, oph!)
    let s = slotOf(h, size)
    for (;;) {
      if (stamp[s] !== gen) {
        stamp[s] = gen
        seen[s] = h
        if (out !== null) out[u] = h
        u++
        break
      }
      if (seen[s] === h) break
      s = (s + 1) & mask
    }
  }
  return u
}

let seen = new Uint32Array(0)
let stamp = new Uint32Array(0)
let generation = 0
