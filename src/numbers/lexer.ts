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

// Digits with inner separators stay one token ("1.250.000,50") so shape can be judged whole.
const LEX = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\s+)|([\s\S])/gu

/** Split a text into number-engine tokens. Linear in the text length. */
export function lex(text: string): Lex[] {
  const out: Lex[] = []
  LEX.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = LEX.exec(text)) !== null) {
    const t = m[0]
    const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'space' : 'sym'
    out.push({
      type,
      text: t,
      low: type === 'word' ? t.toLowerCase() : t,
      start: m.index,
      end: m.index + t.length,
      newline: type === 'space' && /[\n\r\u2028\u2029]/.test(t),
    })
  }
  return out
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
  if (last.type === 'word' && next && next.type === 'word') return -1
  return j
}
