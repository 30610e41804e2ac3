/**
 * What holds digits or number words but is no number: codes (COVID-19, MH370), clock times and dates,
 * phone numbers, scores, versions, model names (`iPhone 16`), names in a list, `both … and`, a time
 * unit that is spelled like an ordinal (`a second`), a fraction word that names a period (`the first half`).
 * Language-free: the words come from the grammar.
 */
import { isPrefixedOrdinal, type CompiledGrammar } from './compile.js'
import { CLAUSE_ENDS, clusterEnd, DASHES, gluedToPrevious, nextOnLine, opensSentence, previousOnLine } from './cursor.js'
import { periodEnd } from './digit-forms.js'
import { readDigits } from './digits.js'
import { ideographic, type Lex } from './lexer.js'
import type { Quantity } from './parsed.js'


/** Finds what is no number in one text's tokens. */
export class NotNumbers {
  constructor(
    private readonly tables: CompiledGrammar,
    private readonly tokens: readonly Lex[],
  ) {}

  /** If token i starts something that holds digits or number words but is no number, its end. */
  endAt(i: number): number {
    const c = this.tables
    const tok = this.tokens[i]!
    const nn = c.notNumbers.match(this.tokens, i)
    // A longer fraction wins: zh `十分` (very) is no number, `十分之一` (a tenth) is.
    if (nn && !((c.fractions.match(this.tokens, i)?.end ?? 0) > nn.end)) return nn.end
    if (tok.type === 'word' && c.onlyBesideNumbers.has(tok.low) && !this.numberAt(previousOnLine(this.tokens, i)) && !this.numberAt(nextOnLine(this.tokens, i + 1))) return i + 1
    const bw = c.bothWords.match(this.tokens, i)
    if (bw && this.coordinated(i, bw.end)) return bw.end
    if (tok.type === 'word') {
      // Codes glued to letters: COVID-19, G20, MH370, F-16, H5N1, v2.3.1 (not a currency: Rp5, US$5).
      const nxt = this.tokens[i + 1]
      const gluedDigits = nxt && gluedToPrevious(this.tokens, i + 1) && (nxt.type === 'num' || (DASHES.has(nxt.text) && this.tokens[i + 2]?.type === 'num' && gluedToPrevious(this.tokens, i + 2)))
      // Scripts without spaces glue every number to a word (zh 投资1050亿元): those are no codes, unless a
      // hyphen links them (zh 伊尔-76, 歼-20: names of aircraft, as Il-76 and J-20 are).
      if (gluedDigits && (!ideographic(tok) || DASHES.has(nxt.text)) && !c.currencies.match(this.tokens, i) && !c.ordinalDigitPrefixes.match(this.tokens, i) && !this.gluedWordBefore(i)) {
        return clusterEnd(this.tokens, i)
      }
      // A time zone with its offset: UTC+1, GMT-5, UTC +05:30.
      const tz = c.timeAfter.match(this.tokens, i)
      const sign = tz ? nextOnLine(this.tokens, tz.end) : -1
      if (sign > 0 && (this.tokens[sign]!.text === '+' || DASHES.has(this.tokens[sign]!.text)) && this.tokens[sign + 1]?.type === 'num' && gluedToPrevious(this.tokens, sign + 1)) {
        return clusterEnd(this.tokens, sign + 1)
      }
      const tb = c.timeBefore.match(this.tokens, i) ?? c.versionBefore.match(this.tokens, i)
      if (tb) {
        const n = nextOnLine(this.tokens, tb.end)
        if (n > 0 && this.tokens[n]!.type === 'num') {
          // zh `上午 8 点 46 分`: a clock time with its hour mark and minutes.
          const ce = this.clockEnd(n)
          return this.pastTimeWord(ce > n ? ce : clusterEnd(this.tokens, n))
        }
      }
      return i
    }
    // A fraction sign glued to a letter is no fraction: mis-decoded UTF-8 (`MÃ¼slÃ¼m` for `Müslüm`).
    if (tok.type === 'sym' && gluedToPrevious(this.tokens, i) && this.tokens[i - 1]!.type === 'word' && !ideographic(this.tokens[i - 1]) && c.fractions.match(this.tokens, i)?.end === i + 1) return i + 1
    if (tok.type === 'sym' && tok.text === '+' && this.tokens[i + 1]?.type === 'num' && gluedToPrevious(this.tokens, i + 1) && previousOnLine(this.tokens, i) !== i - 1) {
      return this.phoneEnd(i + 1)
    }
    if (tok.type !== 'num') return i
    // Letters glued before digits were handled at the word; here the digits come first.
    if (gluedToPrevious(this.tokens, i) && this.tokens[i - 1]!.type === 'word' && !ideographic(this.tokens[i - 1])) return clusterEnd(this.tokens, i)
    // Digits, letters, digits in one word: a code or a size (`4x4`, `1920x1080`), not `4x` times 4; a unit
    // with digits stays a unit (`2km2`).
    const l1 = this.tokens[i + 1]
    if (l1?.type === 'word' && !ideographic(l1) && gluedToPrevious(this.tokens, i + 1) && this.tokens[i + 2]?.type === 'num' && gluedToPrevious(this.tokens, i + 2) && !c.measures.match(this.tokens, i + 1)) {
      return clusterEnd(this.tokens, i)
    }
    const clock = this.clockEnd(i)
    if (clock > i) return clock
    const raw = tok.text
    // Leading zero: phone numbers, area codes, codes ("0812", "021", "007"); "0,5" is a number.
    if (/^0\d/.test(raw)) return this.phoneEnd(i)
    const n1 = this.tokens[i + 1]
    const n2 = this.tokens[i + 2]
    if (n1 && n2 && gluedToPrevious(this.tokens, i + 1) && gluedToPrevious(this.tokens, i + 2) && n2.type === 'num') {
      // Clock times 17:13, dates 5/3/2025 and 2025-03-05, scores 2-1.
      if (n1.text === ':' || n1.text === '：' || n1.text === '/') return this.pastTimeWord(clusterEnd(this.tokens, i))
      if (DASHES.has(n1.text)) {
        const n3 = this.tokens[i + 3]
        const n4 = this.tokens[i + 4]
        if (n3 && n4 && gluedToPrevious(this.tokens, i + 3) && gluedToPrevious(this.tokens, i + 4) && DASHES.has(n3.text) && n4.type === 'num') return clusterEnd(this.tokens, i)
        const a = readDigits(raw, c.grammar.decimal)
        const b = readDigits(n2.text, c.grammar.decimal)
        // A year and the last two digits of a later one is a period (`1995-96`, `2021-25`), not a score.
        const period = periodEnd(raw, n2.text) !== null
        if (a && b && !a.frac && !b.frac && Number(a.int) >= Number(b.int) && n2.text.length <= 3 && !period && !this.unitAfter(i + 3)) return i + 3
      }
    }
    if (!readDigits(raw, c.grammar.decimal)) return clusterEnd(this.tokens, i)
    // Followed by a time word: 5 p.m., 10.00 WIB.
    const after = nextOnLine(this.tokens, i + 1)
    const gluedAfter = n1 && gluedToPrevious(this.tokens, i + 1) && n1.type === 'word' ? i + 1 : -1
    const ta = gluedAfter > 0 ? c.timeAfter.match(this.tokens, gluedAfter) : after > 0 ? c.timeAfter.match(this.tokens, after) : null
    if (ta) return ta.end
    return i
  }

  /**
   * Is a percent, currency, measure or scale word next on the line from token j on? Digits-dash-digits
   * before one are a range, not a score; id `ke 5` before one is "to 5", not the ordinal.
   */
  unitAfter(j: number): boolean {
    const n = nextOnLine(this.tokens, j)
    if (n < 0) return false
    const c = this.tables
    return !!(c.percent.match(this.tokens, n) || c.currencies.match(this.tokens, n) || c.measures.match(this.tokens, n) || c.scales.match(this.tokens, n))
  }

  /** A word glued to the word before it through an apostrophe or similar (rare); keeps codes simple. */
  private gluedWordBefore(i: number): boolean {
    return i > 0 && gluedToPrevious(this.tokens, i) && this.tokens[i - 1]!.type === 'word' && !ideographic(this.tokens[i - 1])
  }

  /** A time word on the line after token j (`10.00 WIB`, `5 p.m.`): its end, else j. */
  private pastTimeWord(j: number): number {
    const n = nextOnLine(this.tokens, j)
    if (n > 0) {
      const ta = this.tables.timeAfter.match(this.tokens, n)
      if (ta) return ta.end
    }
    return j
  }

  /** The end of a phone number whose first digits are token i. */
  private phoneEnd(i: number): number {
    let j = clusterEnd(this.tokens, i)
    // French and Swiss numbers go by pairs after a 0-led or international lead: "01 23 45 67 89", "+41 21 345 67 89".
    const pairs = /^0\d{1,2}$/.test(this.tokens[i]!.text) || (this.tokens[i - 1]?.text === '+' && gluedToPrevious(this.tokens, i))
    // "(021) 5551234", "+62 812 3456 7890": further digit groups of 3+ digits on the same line.
    for (;;) {
      let k = j
      if (this.tokens[k]?.text === ')') k++
      const n = nextOnLine(this.tokens, k)
      if (n < 0 || this.tokens[n]!.type !== 'num' || !(/^\d{3,}$/.test(this.tokens[n]!.text) || (pairs && /^\d{2}$/.test(this.tokens[n]!.text)))) break
      j = clusterEnd(this.tokens, n)
    }
    return j
  }

  /**
   * fr `14 h`, `14 h 30`, `14h30`, `vers 10 heures`: digits of an hour (0–24) then an hour mark (or an
   * hour word after a lead), and the minutes. Its end, or i.
   */
  private clockEnd(i: number): number {
    const c = this.tables
    if (!c.clockHours && !c.clockHourWords) return i
    const tok = this.tokens[i]!
    if (!/^\d{1,2}$/.test(tok.text) || Number(tok.text) > 24) return i
    const n = gluedToPrevious(this.tokens, i + 1) ? i + 1 : nextOnLine(this.tokens, i + 1)
    if (n < 0 || this.tokens[n]?.type !== 'word') return i
    let e = c.clockHours?.match(this.tokens, n)?.end ?? -1
    if (e < 0) {
      const hw = c.clockHourWords?.match(this.tokens, n)
      if (!hw || !this.ledAsClock(i, hw.end)) return i
      e = hw.end
    }
    const mTok = this.tokens[e]
    const m = mTok && gluedToPrevious(this.tokens, e) ? e : nextOnLine(this.tokens, e)
    if (m > 0 && this.tokens[m]!.type === 'num' && /^\d{2}$/.test(this.tokens[m]!.text) && Number(this.tokens[m]!.text) <= 59) e = m + 1
    return this.pastTimeWord(e)
  }

  /** An hour at token i, its hour word ending at `end`: led by a clock lead, and no linker after (`à 2 heures de route`). */
  private ledAsClock(i: number, end: number): boolean {
    const p = previousOnLine(this.tokens, i)
    if (p < 0 || this.tokens[p]!.type !== 'word' || !this.tables.clockLeads.has(this.tokens[p]!.low)) return false
    const a = nextOnLine(this.tokens, end)
    return a < 0 || !this.tables.scaleLinkers?.match(this.tokens, a)
  }

  /**
   * en `both … and`, `X and Y both …`: one of the grammar's `bothNotWith` words within six words
   * after or before the "both" word at [i, e), in its clause.
   */
  private coordinated(i: number, e: number): boolean {
    const set = this.tables.bothNotWith
    if (set.size === 0) return false
    for (let k = e, words = 0; k < this.tokens.length && words < 6; k++) {
      const t = this.tokens[k]!
      if (t.type === 'sym' && CLAUSE_ENDS.has(t.text)) break
      if (t.type !== 'word') continue
      if (set.has(t.low)) return true
      words++
    }
    // A bracket opens a phrase of its own: `John Stark and James Reed (both later generals)` is two.
    for (let k = i - 1, words = 0; k >= 0 && words < 6; k--) {
      const t = this.tokens[k]!
      if (t.type === 'sym' && (CLAUSE_ENDS.has(t.text) || t.text === ',' || t.text === '(')) break
      if (t.type !== 'word') continue
      if (set.has(t.low)) return true
      words++
    }
    return false
  }

  /** Whether token k (-1: none) is digits, a number word or a decimal word (`koma`). */
  private numberAt(k: number): boolean {
    if (k < 0) return false
    const t = this.tokens[k]!
    return t.type === 'num' || (t.type === 'word' && this.tables.words.has(t.low)) || !!this.tables.decimalWords.match(this.tokens, k)
  }

  /** en `second` as a time unit: "per second", "30 second", "a second." */
  isTimeUnit(i: number): boolean {
    const p = previousOnLine(this.tokens, i)
    if (p < 0) return false
    const pt = this.tokens[p]!
    if (pt.type === 'num' || (pt.type === 'word' && this.tables.words.has(pt.low))) return true
    if (pt.type === 'word' && this.tables.timeUnitAfter.has(pt.low)) return true
    if (pt.type === 'word' && this.tables.articles.has(pt.low)) {
      const n = nextOnLine(this.tokens, i + 1)
      return n < 0 || this.tokens[n]!.type !== 'word'
    }
    return false
  }

  /** "Mi 10", "iPhone 16", "Windows 11": a short plain number right after a capitalized word. */
  isModelName(q: Quantity): boolean {
    // A capital letter glued to the digits after a name in capitals is a variant, not a unit: `JAS 39C Gripen` (but `39C` heat).
    const variant = q.unit !== null && q.end === q.start + 2 && /^\p{Lu}$/u.test(this.tokens[q.start + 1]!.text) && gluedToPrevious(this.tokens, q.start + 1)
    if (variant && /^\p{Lu}{3,}$/u.test(this.tokens[q.start - 2]?.text ?? '')) return !opensSentence(this.tokens, q.start - 2)
    if (q.form !== 'digits' || q.currency || q.percent || q.unit || q.scale || q.ordinal || q.duration || q.multiplier || q.decade || q.fraction) return false
    if (q.negative || !q.raw || q.raw.replace(/[.,]/g, '').length > 3) return false
    const p = this.tokens[q.start - 1]
    if (!p || p.type !== 'space' || p.newline || p.text.length > 1) return false
    const w = this.tokens[q.start - 2]
    if (!w || w.type !== 'word' || !/\p{Lu}/u.test(w.text)) return false
    if (this.tables.dateWords.has(w.low)) return false
    return !opensSentence(this.tokens, q.start - 2)
  }

  /**
   * A fraction word at [i, end) that names a period, not a fraction: right after an ordinal word
   * ("the first half", "paruh pertama") or right before one (ms `suku pertama`), where the grammar says so.
   */
  fractionNamesPeriod(i: number, end: number): boolean {
    const c = this.tables
    const p = previousOnLine(this.tokens, i)
    const pw = p >= 0 && this.tokens[p]!.type === 'word' ? this.tokens[p]!.low : null
    if (pw !== null && c.grammar.fractionPeriodGuard && c.ordinalWords.has(pw)) return true
    // A count of periods (`the past three quarters`); a lone fraction word stays the quantity (`the last half hour`).
    if (pw !== null && end - i > 1 && c.fractionPeriodAfter.has(pw) && this.tokens[i + 1]!.type === 'space') return true
    return !!c.grammar.fractionPeriodBeforeOrdinal && this.ordinalFollows(end)
  }

  /** Is the next word an ordinal word (`pertama`, `kedua`)? */
  private ordinalFollows(e: number): boolean {
    const n = nextOnLine(this.tokens, e)
    const t = n > 0 ? this.tokens[n] : undefined
    return !!t && t.type === 'word' && (this.tables.ordinalWords.has(t.low) || isPrefixedOrdinal(this.tables, t.low))
  }

  /**
   * A lone capitalized number word mid-sentence before a comma and another capitalized word is a name
   * in a list, not a number.
   */
  nameInList(i: number): boolean {
    if (!/^\p{Lu}/u.test(this.tokens[i]!.text) || opensSentence(this.tokens, i)) return false
    const n = nextOnLine(this.tokens, i + 1)
    const n2 = n > 0 && this.tokens[n]!.text === ',' ? nextOnLine(this.tokens, n + 1) : -1
    return n2 > 0 && this.tokens[n2]!.type === 'word' && /^\p{Lu}/u.test(this.tokens[n2]!.text)
  }
}
