import type { LanguagePack } from '../types.js'
import { classAt, isIdeographic, LETTER, MARK, NUMBER, width } from './chars.js'

/** A span of the input: text plus UTF-16 offsets. */
export interface Span {
  readonly text: string
  readonly start: number
  readonly end: number
}

// Letters (with marks and inner digits), joined by ' ’ & or - inside a word: R&D, Xiaomi's, anti-involution.
// Numbers keep their inner separators: 1.250.000,50. The scanner below finds exactly the matches of
// /\p{L}[\p{L}\p{M}\p{N}]*(?:['’&-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu, linear in the
// text (unlike Intl.Segmenter's word mode) and without a match array per token.
/** The end of [\p{L}\p{M}\p{N}]* from i. */
function wordTail(text: string, i: number): number {
  while (i < text.length) {
    const k = classAt(text, i)
    if (!(k & (LETTER | MARK | NUMBER))) break
    i += width(k)
  }
  return i
}

/**
 * Word and number tokens of a text, with offsets. Punctuation is dropped.
 *
 * @example
 * tokenize('Xiaomi R&D: 105 miliar').map(t => t.text) //=> ['Xiaomi', 'R&D', '105', 'miliar']
 */
export function tokenize(text: string, offset = 0, elisions?: ReadonlySet<string>): Span[] {
  const out: Span[] = []
  scanTokens(text, offset, elisions, (word, start, end) => {
    out.push({ text: word, start, end })
  })
  return out
}

/**
 * {@link tokenize} as a visitor: each token's text and offsets, in order, with no span object or
 * array (prepare() reads a million tokens from a 20,000-sentence document).
 *
 * @example
 * const words: string[] = []
 * scanTokens('Xiaomi R&D: 105 miliar', 0, undefined, (w) => words.push(w))
 * words //=> ['Xiaomi', 'R&D', '105', 'miliar']
 */
export function scanTokens(text: string, offset: number, elisions: ReadonlySet<string> | undefined, visit: (word: string, start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const k = classAt(text, i)
    let end: number
    if (k & LETTER) {
      end = wordTail(text, i + width(k))
      // A joiner belongs to the word only with a letter after it.
      for (;;) {
        const j = text.charCodeAt(end)
        if (end + 1 < n && (j === 39 || j === 0x2019 || j === 38 || j === 45)) {
          const after = classAt(text, end + 1)
          if (after & LETTER) {
            end = wordTail(text, end + 1 + width(after))
            continue
          }
        }
        break
      }
      // An elided word written apart from the next (`l' arrière`, as tokenized corpora write it) keeps its apostrophe.
      if (elisions && elisions.size > 0) {
        const j = text.charCodeAt(end)
        if ((j === 39 || j === 0x2019) && elisions.has(text.slice(i, end).toLowerCase() + "'")) end++
      }
    } else if (k & NUMBER) {
      end = i + width(k)
      for (;;) {
        while (end < n) {
          const q = classAt(text, end)
          if (!(q & NUMBER)) break
          end += width(q)
        }
        const j = text.charCodeAt(end)
        if (end + 1 < n && (j === 46 || j === 44)) {
          const after = classAt(text, end + 1)
          if (after & NUMBER) {
            end += 1 + width(after)
            continue
          }
        }
        break
      }
    } else {
      i += width(k)
      continue
    }
    const word = text.slice(i, end)
    const start = offset + i
    if (k & LETTER && hasIdeographs(word)) splitIdeographs(word, start, visit)
    else if (elisions && elisions.size > 0 && (word.includes("'") || word.includes('’'))) splitElisions(word, start, elisions, visit)
    else visit(word, start, start + word.length)
    i = end
  }
}

function hasIdeographs(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (c >= 0x3005 && isIdeographic(c)) return true
  }
  return false
}

// Runs longer than this go to the segmenter in pieces: it is quadratic on long strings (toolchain.md).
const RUN = 400
let wordSegmenter: Intl.Segmenter | undefined

/**
 * A token that holds characters of a script without spaces (zh `小米投资1050亿元`, `AI芯片`): other runs
 * (`1050`, `AI`, `R&D`) stay whole, and runs of Han or kana are cut into words by Intl.Segmenter.
 */
function splitIdeographs(word: string, start: number, visit: (word: string, start: number, end: number) => void): void {
  let k = 0
  while (k < word.length) {
    const ideo = isIdeographic(word.charCodeAt(k))
    let e = k + 1
    while (e < word.length && isIdeographic(word.charCodeAt(e)) === ideo) e++
    if (!ideo) visit(word.slice(k, e), start + k, start + e)
    else {
      wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
      for (let p = k; p < e; p += RUN) {
        const piece = word.slice(p, Math.min(e, p + RUN))
        for (const s of wordSegmenter.segment(piece)) {
          if (s.isWordLike) visit(s.segment, start + p + s.index, start + p + s.index + s.segment.length)
        }
      }
    }
    k = e
  }
}

/** `l'économie` → `l'`, `économie`; `jusqu'à` → `jusqu'`, `à`: elided words (with their apostrophe) split off. */
function splitElisions(word: string, start: number, elisions: ReadonlySet<string>, visit: (word: string, start: number, end: number) => void): void {
  let from = 0
  for (;;) {
    const rest = word.slice(from)
    const ap = rest.search(/['’]/)
    if (ap <= 0 || ap === rest.length - 1 || !elisions.has(rest.slice(0, ap + 1).toLowerCase().replace('’', "'"))) break
    visit(rest.slice(0, ap + 1), start + from, start + from + ap + 1)
    from += ap + 1
  }
  visit(word.slice(from), start + from, start + word.length)
}

const elisionSets = new WeakMap<LanguagePack, ReadonlySet<string>>()

/**
 * The pack's elided words as a set (with `'`), for {@link tokenize}; undefined when it has none.
 *
 * @example
 * tokenize("l'économie", 0, elisionsOf(fr)).map(t => t.text) //=> ["l'", 'économie']
 */
export function elisionsOf(pack: LanguagePack): ReadonlySet<string> | undefined {
  if (!pack.elisions || pack.elisions.length === 0) return undefined
  let s = elisionSets.get(pack)
  if (!s) elisionSets.set(pack, (s = new Set(pack.elisions.map((e) => e.toLowerCase().replace('’', "'")))))
  return s
}

/** NFKC + lowercase, with a possessive 's dropped (Xiaomi's → xiaomi). */
export function normalizeToken(token: string): string {
  const s = token.normalize('NFKC').toLowerCase()
  const n = s.length
  // A token starts with a letter or digit, so a final 's with something before it (charCode checks: a regex replace per token cost more).
  if (n > 2 && s.charCodeAt(n - 1) === 115 && (s.charCodeAt(n - 2) === 39 || s.charCodeAt(n - 2) === 0x2019)) return s.slice(0, n - 2)
  return s
}
