/**
 * Unicode classes of characters for the hand-written scanners (tokenize, the number lexer): the
 * classes their regular expressions used (\p{L}, \p{M}, \p{N}, \s), read from a table of the BMP
 * filled on first use, one regex test per code unit ever met.
 */
export const LETTER = 1
export const MARK = 2
export const NUMBER = 4
export const SPACE = 8
/** Set by {@link classAt} when the code point is a surrogate pair (two code units). */
export const ASTRAL = 16

const TEST = { L: /^\p{L}$/u, M: /^\p{M}$/u, N: /^\p{N}$/u, S: /^\s$/u }
// Bits of each BMP code unit; 32 marks "looked up" (so a unit in no class is not looked up again).
let table: Uint8Array | null = null

function classes(ch: string): number {
  return (TEST.L.test(ch) ? LETTER : 0) | (TEST.M.test(ch) ? MARK : 0) | (TEST.N.test(ch) ? NUMBER : 0) | (TEST.S.test(ch) ? SPACE : 0)
}

/**
 * The classes (LETTER, MARK, NUMBER, SPACE bits) of the code point at i, with ASTRAL when it is a
 * surrogate pair. A lone surrogate is in no class.
 *
 * @example
 * classAt('é', 0) === LETTER //=> true
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : c === 32 || (c >= 9 && c <= 13) ? SPACE : 0
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1)
    return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? ASTRAL | classes(text.slice(i, i + 2)) : 0
  }
  table ??= new Uint8Array(0x10000)
  let k = table[c]!
  if (k === 0) table[c] = k = 32 | classes(String.fromCharCode(c))
  return k & 31
}

/** Code units of the code point whose classes are k. */
export const width = (k: number): number => (k & ASTRAL ? 2 : 1)

/**
 * Characters of scripts written without spaces between words (Han, kana, and 〇). The number lexer makes
 * each a token of its own, so that number words, units and phrases (zh 一百零五, 亿元, 百分之) match as they
 * do between spaces; the tokenizer hands their runs to Intl.Segmenter.
 *
 * @example
 * isIdeographic('元'.charCodeAt(0)) //=> true
 */
export function isIdeographic(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || c === 0x3005
}
