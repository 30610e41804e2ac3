/**
 * Moving over number-engine tokens ({@link lex}): the neighbours of a token on its line, whether two
 * tokens touch, where a glued run of letters and digits ends. Every part of the reader steps with these.
 */
import { ideographic, type Lex } from './lexer.js'

/** Hyphens, dashes and the minus sign. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‑', '−'])

/** Punctuation that ends a clause (a comma may stand inside one: `both for A, and for B`). */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', '.', ':', '!', '?'])

// Before a sentence's first word: punctuation that ends a sentence, quotes, brackets, bullets.
const SENTENCE_PUNCT = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '(', '[', '|', '►', '•', '·', '*', '>'])

/**
 * The index of the next token from `i` on that is not a space, on the same line; -1 past a line break or the end.
 *
 * @example
 * nextOnLine(lex('5  juta'), 1) //=> 2
 */
export function nextOnLine(t: readonly Lex[], i: number): number {
  let j = i
  while (j < t.length && t[j]!.type === 'space') {
    if (t[j]!.newline) return -1
    j++
  }
  return j < t.length ? j : -1
}

/**
 * The index of the last token before `i` that is not a space, on the same line; -1 past a line break or the start.
 *
 * @example
 * previousOnLine(lex('Rp 5'), 2) //=> 0
 */
export function previousOnLine(t: readonly Lex[], i: number): number {
  let j = i - 1
  while (j >= 0 && t[j]!.type === 'space') {
    if (t[j]!.newline) return -1
    j--
  }
  return j
}

/**
 * Does token `i` touch token `i - 1`, neither being a space (`14` and `th` in `14th`)?
 *
 * @example
 * gluedToPrevious(lex('14th'), 1) //=> true
 */
export function gluedToPrevious(t: readonly Lex[], i: number): boolean {
  const a = t[i - 1]
  const b = t[i]
  return !!a && !!b && a.end === b.start && a.type !== 'space' && b.type !== 'space'
}

/**
 * The end of a glued run of letters, digits and -./:+ from `i` (a code, a date, a clock time).
 *
 * @example
 * clusterEnd(lex('COVID-19 naik'), 0) //=> 3
 */
export function clusterEnd(t: readonly Lex[], i: number): number {
  let j = i + 1
  while (j < t.length && gluedToPrevious(t, j)) {
    const k = t[j]!
    if ((k.type === 'sym' && !'-./:：+_@#&‑'.includes(k.text)) || ideographic(k)) break
    if (k.type === 'sym' && (j + 1 >= t.length || !gluedToPrevious(t, j + 1) || t[j + 1]!.type === 'sym')) break
    j++
  }
  return j
}

/**
 * Does token `i` open its line or sentence (nothing before it on the line but sentence punctuation)?
 *
 * @example
 * opensSentence(lex('Naik. Dua'), 3) //=> true
 */
export function opensSentence(t: readonly Lex[], i: number): boolean {
  const p = previousOnLine(t, i)
  if (p < 0) return true
  const k = t[p]!
  return k.type === 'sym' && SENTENCE_PUNCT.has(k.text)
}
