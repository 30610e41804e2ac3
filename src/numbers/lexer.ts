import { classAt, isIdeographic, LETTER, MARK, SPACE, width } from '../core/chars.js'

/** A lexical token of the number engine: digits, a run of letters, whitespace, or one symbol. */
export interface Lex {
  readonly type: 'num' | 'word' | 'space' | 'sym'
  readonly text: string
  /** Lowercased text. */
  readonly low: string
  readonly start: number
  readonly end: number
  /** For spaces: the run holds a line break (mentions never cross one). */
  readonly newline: boolean
}

// Digits with inner separators stay one token ("1.250.000,50") so shape can be judged whole. The
// scanner below reads exactly what /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\s+)|([\s\S])/gu matches,
// without a match array per token (a 20,000-sentence document has a million of them).
const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)
// Full-width digits and dot (zh, ja: １０５，３．５) read as ASCII ones; each is one code unit, so offsets hold.
const fold = (t: string): string => t.replace(/[\uff10-\uff19\uff0e]/g, (ch) => (ch === '\uff0e' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
const isDot = (c: number): boolean => c === 46 || c === 44 || c === 0xff0e

/** A token of one such character (see {@link isIdeographic}). */
export const ideographic = (t: Lex | undefined): boolean => !!t && t.type === 'word' && t.text.length === 1 && isIdeographic(t.text.charCodeAt(0))

/**
 * Split a text into number-engine tokens. Linear in the text length.
 *
 * @example
 * lex('Rp 1.250,50 juta').map(t => t.type) //=> ['word', 'space', 'num', 'space', 'word']
 */
export function lex(text: string): Lex[] {
  const out: Lex[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const start = i
    const c = text.charCodeAt(i)
    // UTF-8 read as Windows-1252, common in scraped text: `â€“` is `–`, `Â°` is `°`. The token spans
    // the garbled chars and reads as the sign they stand for.
    if (c === 0xe2 || c === 0xc2) {
      const sign = mojibakeSign(text, i)
      if (sign) {
        i += c === 0xe2 ? 3 : 2
        const space = (classAt(sign, 0) & SPACE) !== 0
        out.push({ type: space ? 'space' : 'sym', text: sign, low: sign, start, end: i, newline: false })
        continue
      }
    }
    if (isDigit(c)) {
      let wide = c > 127
      i++
      for (let d = text.charCodeAt(i); i < n && isDigit(d); d = text.charCodeAt(++i)) if (d > 127) wide = true
      // A separator is part of the number only with a digit after it.
      for (;;) {
        const s = text.charCodeAt(i)
        if (isDot(s) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          if (s > 127) wide = true
          i += 1
          for (let d = text.charCodeAt(i); i < n && isDigit(d); d = text.charCodeAt(++i)) if (d > 127) wide = true
        } else break
      }
      const t = wide ? fold(text.slice(start, i)) : text.slice(start, i)
      out.push({ type: 'num', text: t, low: t, start, end: i, newline: false })
      continue
    }
    if (isIdeographic(c)) {
      i++
      const t = text[start]!
      out.push({ type: 'word', text: t, low: t, start, end: i, newline: false })
      continue
    }
    const k = classAt(text, i)
    i += width(k)
    if (k & (LETTER | MARK)) {
      while (i < n) {
        const q = classAt(text, i)
        const d = text.charCodeAt(i)
        if (!(q & (LETTER | MARK)) || isIdeographic(d) || ((d === 0xc2 || d === 0xe2) && mojibakeSign(text, i))) break
        i += width(q)
      }
      const t = text.slice(start, i)
      out.push({ type: 'word', text: t, low: t.toLowerCase(), start, end: i, newline: false })
    } else if (k & SPACE) {
      let newline = false
      // Whitespace is never a surrogate pair: the run is read from its first char again, one unit each.
      for (i = start; i < n && classAt(text, i) & SPACE; i++) {
        const d = text.charCodeAt(i)
        if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) newline = true
      }
      const t = text.slice(start, i)
      out.push({ type: 'space', text: t, low: t, start, end: i, newline })
    } else {
      const t = text.slice(start, i)
      out.push({ type: 'sym', text: t, low: t, start, end: i, newline: false })
    }
  }
  return out
}

/** Windows-1252 bytes 0x80–0x9F by the char they decode to (the rest of 0xA0–0xFF decode to themselves). */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
])

/** The byte a char stands for when UTF-8 was decoded as Windows-1252 (a continuation byte 0x80–0xBF), or -1. */
function continuationByte(code: number): number {
  if (code >= 0xa0 && code <= 0xbf) return code
  return CP1252.get(code) ?? -1
}

/**
 * The sign behind UTF-8 decoded as Windows-1252 at text[i]: `Â` and one char for U+00A0–U+00BF (`Â°`,
 * `Â½`, `Â£`), `â€` and one char for U+2000–U+203F (`â€“`, `â€”`, `â€™`); null when it is not that.
 *
 * @example
 * mojibakeSign('7â€“2', 1) //=> '–'
 */
export function mojibakeSign(text: string, i: number): string | null {
  const c = text.charCodeAt(i)
  if (c === 0xc2) {
    const b = text.charCodeAt(i + 1)
    return b >= 0xa0 && b <= 0xbf ? String.fromCharCode(b) : null
  }
  if (c === 0xe2 && text.charCodeAt(i + 1) === 0x20ac) {
    const b = continuationByte(text.charCodeAt(i + 2))
    return b >= 0 ? String.fromCharCode(0x2000 + (b & 0x3f)) : null
  }
  return null
}

/** A phrase compiled for matching against tokens. */
export interface Phrase<V> {
  /** Token texts (lowercased unless `exact`), spaces and hyphens between words removed. */
  readonly parts: readonly string[]
  /** `true` where the phrase had a space or hyphen before part k (k ≥ 1): input may have either. */
  readonly loose: readonly boolean[]
  readonly exact: boolean
  readonly value: V
  readonly source: string
}

/** Short entries and short entries with a capital match case-sensitively: `M`, `T`, `RM`, `S$`, `m`. */
export function isExact(entry: string): boolean {
  const letters = entry.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0) return false
  return letters.length <= 1 || (entry.length <= 3 && /\p{Lu}/u.test(entry)) || (letters.length <= 2 && entry === entry.toUpperCase())
}

export function compilePhrase<V>(source: string, value: V): Phrase<V> {
  const exact = isExact(source)
  const toks = lex(source.trim())
  const parts: string[] = []
  const loose: boolean[] = []
  let sep = false
  for (const t of toks) {
    if (t.type === 'space' || (t.type === 'sym' && t.text === '-' && parts.length > 0)) {
      sep = true
      continue
    }
    parts.push(exact ? t.text : t.type === 'word' ? t.low : t.text)
    loose.push(sep)
    sep = false
  }
  return { parts, loose, exact, value, source }
}

/** Phrases indexed by their first part, longest first, for greedy matching. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>()

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [src, v] of entries) {
      const p = compilePhrase(src, v)
      if (p.parts.length === 0) continue
      const key = p.exact ? p.parts[0]! : p.parts[0]!.toLowerCase()
      let list = this.byFirst.get(key)
      if (!list) this.byFirst.set(key, (list = []))
      list.push(p)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length)
  }

  /**
   * Match the longest phrase starting at token `i`. Returns the index just past the phrase and
   * the phrase, or null. Between parts the input may have spaces (never a line break) and, where
   * the phrase had a space or hyphen, one hyphen.
   */
  match(toks: readonly Lex[], i: number): { end: number; phrase: Phrase<V> } | null {
    const t = toks[i]
    if (!t || t.type === 'space') return null
    const exact = this.byFirst.get(t.text)
    const low = t.low !== t.text ? this.byFirst.get(t.low) : undefined
    if (!exact && !low) return null
    let bestEnd = -1
    let best: Phrase<V> | null = null
    for (const list of [exact, low]) {
      if (!list) continue
      for (const p of list) {
        const end = matchAt(toks, i, p)
        if (end > bestEnd) {
          bestEnd = end
          best = p
        }
      }
    }
    return best ? { end: bestEnd, phrase: best } : null
  }

  /** The first parts of all phrases (as stored: exact entries as written, others lowercased). */
  firstParts(): IterableIterator<string> {
    return this.byFirst.keys()
  }
}

function same(t: Lex, part: string, exact: boolean): boolean {
  return exact ? t.text === part : (t.type === 'word' ? t.low : t.text) === part
}

function matchAt<V>(toks: readonly Lex[], i: number, p: Phrase<V>): number {
  let j = i
  for (let k = 0; k < p.parts.length; k++) {
    if (k > 0) {
      // Between parts: optional space, and where the phrase was loose, an optional hyphen.
      if (toks[j]?.type === 'space') {
        if (toks[j]!.newline) return -1
        j++
      }
      if (p.loose[k] && toks[j]?.type === 'sym' && (toks[j]!.text === '-' || toks[j]!.text === '‑')) {
        j++
        if (toks[j]?.type === 'space' && !toks[j]!.newline) j++
      }
    }
    const t = toks[j]
    if (!t || !same(t, p.parts[k]!, p.exact)) return -1
    j++
  }
  // A phrase ending in letters must end at a word boundary: "km" must not match the start of "kmh".
  const last = toks[j - 1]!
  const next = toks[j]
  if (last.type === 'word' && next && next.type === 'word' && !ideographic(last) && !ideographic(next)) return -1
  return j
}

/**
 * Join digit groups split by a grammar's group separators ("2 500 000", "1'000") into one number token,
 * rewritten in the language's own convention ("2.500.000" where the decimal mark is a comma) so the
 * digit reader judges its shape. Offsets still point at the input.
 *
 * @example
 * joinDigitGroups(lex('2 500 000 €'), new Set([' ']), ',').map((t) => t.text) //=> ['2.500.000', ' ', '€']
 */
export function joinDigitGroups(toks: Lex[], seps: ReadonlySet<string>, decimal: '.' | ','): Lex[] {
  if (seps.size === 0) return toks
  const groupMark = decimal === ',' ? '.' : ','
  const out: Lex[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const prev = toks[i - 1]
    const gluedPrev = !!prev && prev.end === t.start && prev.type !== 'space'
    const leadOk = t.type === 'num' && /^[1-9]\d{0,2}$/.test(t.text) && !(gluedPrev && (prev!.type !== 'sym' || ".,:/'’".includes(prev!.text)))
    if (!leadOk) {
      out.push(t)
      continue
    }
    const groups = [t.text]
    let frac = ''
    let k = i
    for (;;) {
      const sep = toks[k + 1]
      const nx = toks[k + 2]
      if (!sep || !nx || nx.type !== 'num' || sep.text.length !== 1 || !seps.has(sep.text)) break
      if (sep.start !== toks[k]!.end || nx.start !== sep.end) break
      const m = /^(\d{3})(?:([.,])(\d+))?$/.exec(nx.text)
      if (!m) break
      // "1 000,50", Swiss "1'200.50": a decimal part ends the number; "1 000.000" is no group.
      if (m[2] && m[2] !== decimal && m[3]!.length === 3) break
      groups.push(m[1]!)
      k += 2
      if (m[2]) {
        frac = m[3]!
        break
      }
    }
    // No group followed ("1 0005", "en 12 mois"): the digits stand alone.
    if (k === i) {
      out.push(t)
      continue
    }
    const text = groups.join(groupMark) + (frac ? decimal + frac : '')
    out.push({ type: 'num', text, low: text, start: t.start, end: toks[k]!.end, newline: false })
    i = k
  }
  return out
}
