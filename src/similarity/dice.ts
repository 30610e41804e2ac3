// The ONLY file that imports `string-similarity`. It is CommonJS with no named ESM exports, so we take
// the default export (tsup turns it into a plain require() in the CJS build and an interop import in ESM).
import stringSimilarity from 'string-similarity'
import { sortedIntersectionSize } from '../core/sorted.js'

/**
 * Sørensen–Dice coefficient of the character bigrams of two strings, case-insensitive: 1 for
 * identical strings, 0 when either has fewer than two characters (and they differ). Whitespace is
 * ignored and repeated bigrams count as often as they occur, as in `string-similarity`, which this
 * calls. For many comparisons precompute {@link bigrams} once per token and use {@link diceOfBigrams}.
 *
 * @example
 * dice('Teknologi', 'teknologi') //=> 1
 * dice('teknologi', 'technology') //=> 0.5882352941176471 (te, no, ol, lo, og shared)
 */
export function dice(a: string, b: string): number {
  // string-similarity compares code units as they are: lowercasing is ours.
  return stringSimilarity.compareTwoStrings(a.toLowerCase(), b.toLowerCase())
}

/**
 * The bigram multiset of one token, packed: each bigram is its two UTF-16 code units as one integer
 * (`hi * 65536 + lo`), sorted ascending so that two multisets intersect in one merge.
 */
export interface Bigrams {
  /** The token as compared: lowercased, whitespace removed. */
  readonly text: string
  /** Bigram codes in ascending order; a bigram that occurs twice appears twice. */
  readonly codes: Uint32Array
}

const WHITESPACE = /\s+/g

/**
 * Pack the bigrams of a token once, for {@link diceOfBigrams}. Lowercases and drops whitespace
 * exactly as {@link dice} does.
 *
 * @example
 * bigrams('Nana').codes.length //=> 3 (na, an, na)
 */
export function bigrams(word: string): Bigrams {
  const text = word.toLowerCase().replace(WHITESPACE, '')
  const n = Math.max(0, text.length - 1)
  const codes = new Uint32Array(n)
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)
  codes.sort()
  return { text, codes }
}

/**
 * Dice coefficient of two packed bigram multisets; equal to `dice(a, b)` for the strings they were
 * packed from, without calling `string-similarity` (the hot loop of cognate matching).
 *
 * @example
 * diceOfBigrams(bigrams('investasi'), bigrams('investment')) //=> 0.5882352941176471
 */
export function diceOfBigrams(x: Bigrams, y: Bigrams): number {
  // string-similarity's two special cases: identical (also empty) strings, then strings too short for a bigram.
  if (x.text === y.text) return 1
  const a = x.codes
  const b = y.codes
  if (a.length === 0 || b.length === 0) return 0
  return (2 * sortedIntersectionSize(a, b)) / (a.length + b.length)
}

