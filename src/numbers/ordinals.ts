/**
 * Ordinals in words and Roman numerals (`third`, `ketiga`, `twenty-first`, `XXIe`, `kuartal II`), a day
 * of a month written as an ordinal (`January 1st`: a cardinal), decades after a decade word (fr `les
 * années 90`). Digits with an ordinal suffix are read with the other digits (numbers/quantities.ts).
 * Language-free: the words come from the grammar.
 */
import { suffixedUnit, type CompiledGrammar } from './compile.js'
import { DASHES, gluedToPrevious, nextOnLine, previousOnLine } from './cursor.js'
import type { Lex } from './lexer.js'
import type { NotNumbers } from './not-numbers.js'
import type { NumberWords, WordsReading } from './number-words.js'
import { DECADE, makeCore, ORDINAL, type NumberCore } from './parsed.js'

/** Reads ordinals in one text's tokens. */
export class Ordinals {
  constructor(
    private readonly tables: CompiledGrammar,
    private readonly tokens: readonly Lex[],
    private readonly words: NumberWords,
    private readonly notNumbers: NotNumbers,
  ) {}

  /** An ordinal word (`third`, `pertama`), or one made with the grammar's ordinal prefix (id `ketiga`, `kedua puluh`). */
  word(i: number): NumberCore | null {
    const c = this.tables
    const tok = this.tokens[i]!
    const ov = c.ordinalWords.get(tok.low)
    if (ov !== undefined) {
      if (c.timeUnitOrdinals.has(tok.low) && this.notNumbers.isTimeUnit(i)) return null
      return makeCore(i + 1, ov, 'words', 0, undefined, ORDINAL)
    }
    const pre = c.grammar.ordinals.wordPrefix?.toLowerCase()
    if (pre && tok.low.startsWith(pre) && tok.low.length > pre.length) {
      const rest = tok.low.slice(pre.length)
      const wv = c.words.get(rest)
      if (!wv) return this.suffixed(i, rest)
      if (wv.type === 'teen' || (wv.type === 'mult' && !wv.onePrefixed)) return null
      const w = this.words.read(i + 1, wv.type === 'unit' ? { cur: wv.value, tail: wv.value, last: 'unit' } : { cur: wv.value, tail: 0, last: 'mult' })
      const e = w ? w.end : i + 1
      const value = w ? w.value : wv.value
      // `kedua negara` (both countries) is the quantity two, as `the two countries` and `beide Länder` are.
      if (this.collective(i, e)) return makeCore(e, value, 'words', 0)
      return makeCore(e, value, 'words', 0, undefined, ORDINAL)
    }
    return null
  }

  /** id `keduanya` (the prefix already cut: `duanya`): a unit word with one of the grammar's `wordSuffixes`. */
  private suffixed(i: number, rest: string): NumberCore | null {
    const value = suffixedUnit(this.tables, rest)
    if (value === undefined) return null
    return makeCore(i + 1, value, 'words', 0, undefined, this.afterNoun(i) ? ORDINAL : 0)
  }

  /** Whether the word before token i is a noun the ordinal word belongs to (no function word, verb or clause start). */
  private afterNoun(i: number): boolean {
    const p = previousOnLine(this.tokens, i)
    if (p < 0) return false
    const pt = this.tokens[p]!
    return pt.type === 'word' && !this.tables.words.has(pt.low) && !this.opensQuantity(pt)
  }

  /** A function word or a verb (by its prefix) before a prefixed ordinal word makes it "both / all N". */
  private opensQuantity(pt: Lex): boolean {
    const c = this.tables
    return c.collectiveAfter.has(pt.low) || c.collectivePrefixes.some((pre) => pt.low.startsWith(pre) && pt.low.length > pre.length + 3)
  }

  /** en "twenty-first", "one hundredth", "six hundredth": cardinal words followed by an ordinal word. */
  afterWords(w: WordsReading, n: number): NumberCore | null {
    const c = this.tables
    let k = n
    if (DASHES.has(this.tokens[k]!.text) && gluedToPrevious(this.tokens, k) && gluedToPrevious(this.tokens, k + 1)) k++
    const t = this.tokens[k]
    if (!t || t.type !== 'word') return null
    const ov = c.ordinalWords.get(t.low)
    if (ov === undefined) return null
    const { total, cur, tail } = w
    let value: number
    // The ordinal word plays the part its cardinal would: it multiplies the last group or ends the number.
    if (ov >= 1000) value = total + (cur || 1) * ov
    else if (ov >= 100) value = total + (cur - tail) + (tail || 1) * ov
    else if (ov < 10 && ((tail >= 20 && tail < 100 && tail % 10 === 0) || (tail === 0 && cur + total > 0))) value = total + cur + ov
    else if (ov >= 10 && tail === 0 && cur + total > 0) value = total + cur + ov
    else return null
    return makeCore(k + 1, value, 'words', 0, undefined, ORDINAL)
  }

  /** id `kedua negara` (both countries): a prefixed ordinal word before a noun after a preposition or clause start. */
  private collective(i: number, e: number): boolean {
    const c = this.tables
    if (c.collectiveAfter.size === 0 && c.collectivePrefixes.length === 0) return false
    const n = nextOnLine(this.tokens, e)
    const nt = n > 0 ? this.tokens[n] : undefined
    if (!nt || nt.type !== 'word' || /^\p{Lu}/u.test(nt.text) || c.words.has(nt.low)) return false
    // A function word or "kali" after it ("kedua kalinya" aside) means no noun follows.
    if (c.collectiveAfter.has(nt.low) || c.multiplierAfter.match(this.tokens, n)) return false
    const p = previousOnLine(this.tokens, i)
    if (p < 0) return true
    const pt = this.tokens[p]!
    if (pt.type === 'sym') return pt.text !== ','
    if (pt.type !== 'word') return false
    if (this.opensQuantity(pt)) return true
    // After any other word, before a noun that pairs and groups are made of (`hubungan bilateral kedua negara`,
    // the relations of both countries), unless the word before is a period the ordinal counts (`hari kedua turnamen`).
    return c.collectiveNouns.has(nt.low) && !c.rankNouns.has(pt.low)
  }

  /** en `January 1st`, `1st of May`, fr `1er janvier`: a month right before the ordinal digits, or one of `dayMonths` after them. */
  dayOfMonth(s: number, e: number): boolean {
    const c = this.tables
    if (!c.dayMonthPhrases) return false
    const p = previousOnLine(this.tokens, s)
    if (p >= 0 && c.dayMonths.has(this.tokens[p]!.low)) return true
    const n = nextOnLine(this.tokens, e)
    return n > 0 && c.dayMonthPhrases.match(this.tokens, n) !== null
  }

  /** fr `les années 1990`, `les années 90`: a decade word before a year. */
  decadeAfterPrefix(i: number): NumberCore | null {
    const c = this.tables
    const dp = c.decadePrefixes?.match(this.tokens, i)
    if (!dp) return null
    const n = nextOnLine(this.tokens, dp.end)
    const d = n > 0 ? this.tokens[n] : undefined
    if (!d || d.type !== 'num' || !/^(?:\d{2}|\d{4})$/.test(d.text) || Number(d.text) % 10 !== 0) return null
    // A glued suffix (90s, 1990-an) is the digits' own business.
    if (this.tokens[n + 1] && gluedToPrevious(this.tokens, n + 1) && this.tokens[n + 1]!.type !== 'sym') return null
    const value = d.text.length === 2 ? 1900 + Number(d.text) : Number(d.text)
    if (value < 1000 || value > 2199) return null
    return makeCore(n + 1, value, 'digits', 0, d.text, DECADE)
  }

  /** The value of a capital Roman numeral with an ordinal suffix (XXIe, Ier), or 0. */
  romanValue(text: string): number {
    const re = this.tables.romanOrdinal
    const m = re ? re.exec(text) : null
    if (!m) return 0
    return romanToInt(m[1]!)
  }

  /** A Roman numeral read as an ordinal: with an ordinal suffix (fr `XXIe`), or after a word that takes one (id `kuartal II`). */
  roman(i: number): NumberCore | null {
    const t = this.tokens[i]!
    if (t.type !== 'word') return null
    const v = this.romanValue(t.text) || (this.romanAfterWord(i) ? romanToInt(t.text) : 0)
    if (!v) return null
    return makeCore(i + 1, v, 'words', 0, undefined, ORDINAL)
  }

  /** id `kelas satu` (first class): number words right after one of the grammar's `ordinals.wordsAfter` words. */
  wordsAfterLabel(i: number): boolean {
    return this.previousIn(this.tables.wordsAfter, i)
  }

  /** id `kuartal II`: a bare Roman numeral right after one of the grammar's `ordinals.romanAfter` words. */
  romanAfterWord(i: number): boolean {
    return this.tables.romanAfter.size > 0 && /^[IVX]+$/.test(this.tokens[i]!.text) && this.previousIn(this.tables.romanAfter, i)
  }

  /** Whether the word before token i, on its line, is one of `words`. */
  private previousIn(words: ReadonlySet<string>, i: number): boolean {
    if (words.size === 0) return false
    const p = previousOnLine(this.tokens, i)
    return p >= 0 && words.has(this.tokens[p]!.low)
  }
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 }

/**
 * I, V, X numerals up to XXXIX in their canonical spelling (so `IIII` or `VX` are not numbers), else 0.
 *
 * @example
 * romanToInt('XIV') //=> 14
 * romanToInt('IIII') //=> 0
 */
export function romanToInt(s: string): number {
  let v = 0
  for (let k = 0; k < s.length; k++) {
    const a = ROMAN[s[k]!]!
    const b = k + 1 < s.length ? ROMAN[s[k + 1]!]! : 0
    v += a < b ? -a : a
  }
  if (v <= 0 || v >= 40) return 0
  const tens = 'X'.repeat(Math.floor(v / 10))
  const u = v % 10
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][u]!
  return tens + units === s ? v : 0
}
