/**
 * The Latin-1 byte scanner: the token rules of tokenize() over the bytes of a text that is all
 * Latin-1, hashing while it scans. Most news text in the Latin script is, and this loop is most of
 * the cost of a signature; features.ts sends every other text (and a paragraph with a char NFKC
 * would change) through the general path, which gives the same hashes.
 */
import { digitValueByLanguageMark } from '../numbers/digits.js'
import { fmix32, hashNumber, hashString } from './hash.js'
import type { Vocab } from './vocab.js'

/** Seed of token hashes; signatures are seeded separately (options.seed). */
export const TOKEN_SEED = 0x70616461

/** How a language's numbers are read while tokens are hashed (made by makeNumberReader in features.ts). */
export interface NumberReader {
  readonly decimal: '.' | ','
  /** Lowercased scale words and abbreviations after digits → factor. */
  readonly scales: ReadonlyMap<string, number>
  /** Their token hashes: the scanner looks a word up only when its hash is one of these. */
  readonly scaleHashes: ReadonlySet<number>
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

/**
 * {@link scanBytes} with a 0 byte at b[to] for the span of the call (its loops stop on it without an
 * index check): the hashes of text[base + from, base + to) into `out`; returns the number of word and
 * number tokens, or -1 at a char NFKC would change.
 *
 * @example
 * const bytes = encodeLatin1('Harga naik 1,5 juta', 0)!
 * scanSentinel(bytes, 'Harga naik 1,5 juta', 0, 0, 19, makeNumberReader(',', new Map([['juta', 1e6]])), new Sink()) //=> 4 (three hashes: 1,5 juta is one value)
 */
export function scanSentinel(b: Uint8Array, text: string, base: number, from: number, to: number, reader: NumberReader, out: Sink): number {
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
