import type { Span } from './segment.js'

// Letters (with marks and inner digits), joined by ' ’ & or - inside a word: R&D, Xiaomi's, anti-involution.
// Numbers keep their inner separators: 1.250.000,50. Linear time (unlike Intl.Segmenter's word mode).
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’&-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu

/**
 * Word and number tokens of a text, with offsets. Punctuation is dropped.
 *
 * @example
 * tokenize('Xiaomi R&D: 105 miliar').map(t => t.text) //=> ['Xiaomi', 'R&D', '105', 'miliar']
 */
export function tokenize(text: string, offset = 0): Span[] {
  const out: Span[] = []
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(text)) !== null) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length })
  return out
}

/** NFKC + lowercase, with a possessive 's dropped (Xiaomi's → xiaomi). */
export function normalizeToken(token: string): string {
  return token.normalize('NFKC').toLowerCase().replace(/['’]s$/u, '')
}
