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
import { fmix32, hashNumber, hashString, key53 } from './hash.js'
import { densify, EMPTY_SLOT, ophAdd, ophParams, type OphParams } from './minhash.js'
import type { Vocab } from './vocab.js'

const OTHER_BREAK = /\r(?!\n|$)|[\u2028\u2029]/

/** Seed of token hashes; signatures are seeded separately (options.seed). */
const TOKEN_SEED = 0x70616461

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

interface NumberReader {
  readonly decimal: '.' | ','
  /** Lowercased scale words and abbreviations after digits → factor. */
  readonly scales: ReadonlyMap<string, number>
  /** Their token hashes: the scanner looks a word up only when its hash is one of these. */
  readonly scaleHashes: ReadonlySet<number>
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

/** Latin-1 non-letters below À that NFKC turns into letters, digits or marks (checked in a test). */
export const NFKC_CHANGES: readonly number[] = [0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]

// Character classes of the byte scanner (Latin-1: one byte per UTF-16 unit): 1 letter, 2 digit (so &
// 3 is a word char), 4 joiner inside a word (' & -), 8 a char NFKC would change into a letter, digit
// or mark (ª ² ¼ ´ µ …: the paragraph goes to the general path), 16 NUL (the end sentinel, else a
// separator), 0 other (©, «, °, the no-break space: separators in both paths). Latin-1 letters are
// NFKC-stable and lowercase within Latin-1.
const END = 16
function charClass(c: number): number {
  if (c === 0) return END
  if (c < 128) {
    const l = c | 0x20
    if (l >= 97 && l <= 122) return 1
    if (c >= 48 && c <= 57) return 2
    return c === 39 || c === 38 || c === 45 ? 4 : 0
  }
  if (c >= 0xc0) return c === 0xd7 || c === 0xf7 ? 0 : 1
  return NFKC_CHANGES.includes(c) ? 8 : 0
}
const CLASS = Uint8Array.from({ length: 256 }, (_, c) => charClass(c))
/** Word chars lowercased (À–Þ to à–þ), 0 for the rest: one lookup per char in the word loop. */
const FOLD = new Uint8Array(256)
for (let c = 0; c < 256; c++) FOLD[c] = CLASS[c] === 1 ? (c < 128 ? c | 0x20 : c >= 0xc0 && c <= 0xde ? c + 0x20 : c) : CLASS[c] === 2 ? c : 0

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

/** Two scratch buffers, grown on first use (nothing allocated at import): 0 for a whole document, 1 for one paragraph. */
const scratch = [new Uint8Array(0), new Uint8Array(0)]
/** Node Buffers over the scratch buffers, for the native Latin-1 write (undefined outside Node). */
const writers: ({ write(s: string, offset: number, encoding: 'latin1'): number } | undefined)[] = [undefined, undefined]
const NOT_LATIN1 = /[^\x00-\xff]/

/**
 * A string as bytes in a reused buffer when every UTF-16 unit is Latin-1 (then bytes and chars
 * coincide), else undefined. The bytes are valid until the next call on the slot.
 *
 * @example
 * encodeLatin1('© 2025 Antara', 0)?.[0] //=> 0xa9
 * encodeLatin1('北京', 0) //=> undefined
 */
export function encodeLatin1(s: string, slot: 0 | 1): Uint8Array | undefined {
  // The test first: a regex scan is ~10× cheaper than transcoding (TextEncoder) to find out.
  if (NOT_LATIN1.test(s)) return undefined
  let buf = scratch[slot]!
  if (buf.length <= s.length) {
    // One byte more than the text: room for the scanner's sentinel.
    buf = scratch[slot] = new Uint8Array(Math.max(1024, 2 ** Math.ceil(Math.log2(s.length + 1))))
    const B = (globalThis as { Buffer?: { from(a: ArrayBuffer): { write(s: string, offset: number, encoding: 'latin1'): number } } }).Buffer
    writers[slot] = B?.from(buf.buffer)
  }
  const w = writers[slot]
  if (w) w.write(s, 0, 'latin1')
  else for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i)
  return buf
}

/** A \r not followed by \n (nor at the end): an old-Mac line break. */
function bareCR(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return true
  return false
}

/** {@link scanBytes} with a 0 byte at b[to] for the span of the call (its loops stop on it without an index check). */
function scanSentinel(b: Uint8Array, text: string, base: number, from: number, to: number, reader: NumberReader, out: Sink): number {
  const kept = b[to]!
  b[to] = 0
  const w = scanBytes(b, text, base, from, to, reader, out)
  b[to] = kept
  return w
}

/**
 * The byte scanner: the token rules of tokenize() (core/tokenize.ts), hashing while it scans (no substring per word), over
 * Latin-1 bytes (indexing a byte array is about twice as fast as charCodeAt here, and this loop is
 * most of the cost of a signature). b[i] is the char at text index base + i, and b[to] must be 0 (a
 * sentinel: no word or digit run goes past it). Returns the number of tokens, or -1 at a char NFKC
 * would change (the caller then takes the general path).
 */
function scanBytes(b: Uint8Array, text: string, base: number, from: number, to: number, reader: NumberReader, out: Sink): number {
  const n = to
  let words = 0
  const decimalMark = reader.decimal === '.' ? 46 : 44
  // NaN: no number waiting for a scale word (a number|null would box every value).
  let pending = NaN
  let i = from
  // Room for every token the span can hold (one per two chars at most): the loop writes unchecked.
  out.reserve(((to - from) >> 1) + 1)
  const buf = out.buf
  const vocab = out.vocab
  let o = out.n
  for (;;) {
    const c = b[i]!
    const cls = CLASS[c]!
    if (cls === 1) {
      const start = i
      let h = WORD_BASIS
      let beforeJoin = 0
      let joinAt = -1
      for (;;) {
        // A letter run with inner digits.
        let d = c
        let w = 0
        while ((w = FOLD[(d = b[i]!)]!) !== 0) {
          h = Math.imul(h ^ w, 0x01000193)
          i++
        }
        if (CLASS[d] === 4 && CLASS[b[i + 1]!] === 1) {
          beforeJoin = h
          joinAt = i
          h = Math.imul(h ^ d, 0x01000193)
          i++
          continue
        }
        break
      }
      words++
      // Possessive 's dropped, as normalizeToken does.
      let end = i
      if (joinAt === i - 2 && b[joinAt]! === 39 && (b[i - 1]! | 0x20) === 115 && i - start > 2) {
        h = beforeJoin
        end = joinAt
      }
      if (pending === pending) {
        const f = reader.scaleHashes.has(fmix32(h)) ? reader.scales.get(text.slice(base + start, base + i).toLowerCase()) : undefined
        const v = hashNumber(f !== undefined ? pending * f : pending, TOKEN_SEED)
        buf[o++] = v
        if (vocab !== null) vocab.number(v)
        pending = NaN
        if (f !== undefined) continue
      }
      const wh = fmix32(h)
      buf[o++] = wh
      if (vocab !== null) vocab.word(wh, text, base + start, base + end)
    } else if (cls === 2) {
      // Digit groups joined by . or , read as digitValueByLanguageMark does, without a substring: the value of
      // all digits, the groups' lengths and which separators occur decide it.
      const start = i
      let v = 0
      let groups = 0
      let first = 0
      let len = 0
      let threes = true
      let decimals = 0
      let grouping = 0
      let groupAfterDecimal = false
      for (;;) {
        let d = 0
        len = 0
        while (CLASS[(d = b[i]!)] === 2) {
          v = v * 10 + (d - 48)
          i++
          len++
        }
        if (groups++ === 0) first = len
        else if (len !== 3) threes = false
        if ((d === 46 || d === 44) && CLASS[b[i + 1]!] === 2) {
          if (d === decimalMark) decimals++
          else {
            grouping++
            if (decimals > 0) groupAfterDecimal = true
          }
          i++
          continue
        }
        break
      }
      words++
      if (pending === pending) {
        const v = hashNumber(pending, TOKEN_SEED)
        buf[o++] = v
        if (vocab !== null) vocab.number(v)
      }
      const digits = i - start - (groups - 1)
      if (digits <= 15) {
        // Up to 15 digits the accumulated value is exact, and v / 10^len rounds as Number('int.frac') does.
        const grouped = first <= 3 && threes
        pending =
          groups === 1
            ? v
            : decimals > 0 && grouping > 0
              ? decimals === 1 && !groupAfterDecimal
                ? v / POW10[len]!
                : NaN
              : grouped && grouping > 0
                ? v
                : groups === 2
                  ? v / POW10[len]!
                  : grouped
                    ? v
                    : NaN
        if (pending !== pending) {
          const raw = text.slice(base + start, base + i)
          const v = hashString(raw, TOKEN_SEED)
          buf[o++] = v
          if (vocab !== null) vocab.word(v, raw, 0, raw.length)
        }
      } else {
        const raw = text.slice(base + start, base + i)
        pending = digitValueByLanguageMark(raw, reader.decimal) ?? NaN
        if (pending !== pending) {
          const v = hashString(raw, TOKEN_SEED)
          buf[o++] = v
          if (vocab !== null) vocab.word(v, raw, 0, raw.length)
        }
      }
    } else if (cls === 0 || cls === 4) i++
    else if (cls === END) {
      if (i >= n) break
      i++ // a NUL char inside the text: a separator
    } else return -1
  }
  if (pending === pending) {
    const v = hashNumber(pending, TOKEN_SEED)
    buf[o++] = v
    if (vocab !== null) vocab.number(v)
  }
  out.n = o
  return words
}

const WORD_BASIS = (0x811c9dc5 ^ TOKEN_SEED) | 0
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)

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

/** A growable buffer of 32-bit token hashes, reused across documents. */
export class Sink {
  buf = new Uint32Array(0)
  n = 0
  /** When set, the words behind the hashes written are recorded in it (the translation pass reads them). */
  vocab: Vocab | null = null
  push(v: number): void {
    if (this.n === this.buf.length) this.reserve(1)
    this.buf[this.n++] = v
  }

  /** Room for m more values. */
  reserve(m: number): void {
    if (this.n + m <= this.buf.length) return
    const b = new Uint32Array(Math.max(1024, this.buf.length * 2, 2 ** Math.ceil(Math.log2(this.n + m))))
    b.set(this.buf.subarray(0, this.n))
    this.buf = b
  }
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
    let s = Math.imul(h, 0x9e3779b1) >>> 0 & mask
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
