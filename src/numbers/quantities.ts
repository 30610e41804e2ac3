/**
 * Quantities: a number with what stands around it, [sign] [currency] core [scale] [unit]. The core is
 * digits (with glued or spaced suffixes: `14th`, `1990an`, `5km`, `105 miliar`), number words, a
 * fraction, an ordinal or a multiplier word; units are percent, currencies, measures, durations and
 * multipliers (`3 kali`), before the number or after it. Language-free: the words come from the grammar.
 */
import type { CompiledGrammar } from './compile.js'
import { CLAUSE_ENDS, DASHES, gluedToPrevious, nextOnLine, previousOnLine } from './cursor.js'
import { decadeValue, readDotOrdinalAt } from './digit-forms.js'
import { readDigits, scaleDigits } from './digits.js'
import { ideographic, type Lex } from './lexer.js'
import type { NotNumbers } from './not-numbers.js'
import type { NumberWords } from './number-words.js'
import type { Ordinals } from './ordinals.js'
import { CLOCK_SHAPE, DECADE, FRACTION, makeCore, MULTIPLIER, ORDINAL, type NumberCore, type Quantity } from './parsed.js'

// Punctuation that ends a clause or a list item.
const LIST_ENDS: ReadonlySet<string> = new Set([...CLAUSE_ENDS, ',', ')'])
// Punctuation that ends a sentence: a colon does not (`Weight: 200 pounds`).
const SENTENCE_ENDS: ReadonlySet<string> = new Set([...CLAUSE_ENDS].filter((p) => p !== ':'))

/** Reads quantities in one text's tokens. */
export class Quantities {
  /** Set while reading the core of an amount that has a currency before it (Rp 10 M, $5m). */
  private currencyBefore = false

  constructor(
    private readonly tables: CompiledGrammar,
    private readonly tokens: readonly Lex[],
    private readonly words: NumberWords,
    private readonly ordinals: Ordinals,
    private readonly notNumbers: NotNumbers,
  ) {}

  /** Parse [currency] core [scale] [suffixes] at token i. */
  read(i: number): Quantity | null {
    const c = this.tables
    let j = i
    let currency: string | null = null
    let negative = false
    const neg = c.negative.match(this.tokens, j)
    if (neg) {
      const n = nextOnLine(this.tokens, neg.end)
      if (n > 0 && this.tokens[n]!.type !== 'word') {
        negative = true
        j = n
      }
    }
    const cur = c.currencies.match(this.tokens, j)
    if (cur && standsBefore(cur.phrase.source)) {
      const n = nextOnLine(this.tokens, cur.end)
      const nt = n > 0 ? this.tokens[n]! : null
      if (nt && (nt.type === 'num' || (nt.type === 'word' && c.words.has(nt.low)) || (DASHES.has(nt.text) && this.tokens[n + 1]?.type === 'num'))) {
        currency = cur.phrase.value
        j = n
      }
    }
    if (this.tokens[j] && DASHES.has(this.tokens[j]!.text) && this.tokens[j + 1]?.type === 'num' && gluedToPrevious(this.tokens, j + 1)) {
      const p = this.tokens[j - 1]
      if (!p || p.type === 'space' || currency || (p.type === 'sym' && p.text === '(')) {
        negative = true
        j = j + 1
      }
    }
    // zh `每小时105英里`, `时速300公里`: a rate word before the number, kept if a measure of the rate follows.
    const rw = c.rateWords?.match(this.tokens, j)
    const rwn = rw ? nextOnLine(this.tokens, rw.end) : -1
    if (rwn > 0 && this.starts(rwn)) j = rwn
    // zh `百分之二十五`: the percent word before the number.
    const pb = c.percentBefore.match(this.tokens, j)
    const pbn = pb ? nextOnLine(this.tokens, pb.end) : -1
    if (pbn > 0 && this.starts(pbn)) j = pbn
    this.currencyBefore = currency !== null
    let core = this.core(j)
    this.currencyBefore = false
    // `百分之一`: after a percent word an article-like one (zh `一`) is the number one.
    if (!core && j === pbn) {
      const wv = this.tokens[j]!.type === 'word' ? c.words.get(this.tokens[j]!.low) : undefined
      if (wv?.type === 'unit') core = makeCore(j + 1, wv.value, 'words', 0)
    }
    if (!core) return null
    const q: Quantity = {
      start: i,
      end: core.end,
      value: core.value,
      form: core.form,
      raw: core.raw,
      scale: core.scale,
      negative,
      currency,
      percent: false,
      unit: null,
      duration: false,
      ordinal: core.ordinal,
      fraction: core.fraction,
      multiplier: core.multiplier,
      decade: core.decade,
      clockShape: core.clockShape,
      unitAfter: false,
      approxAfter: false,
    }
    if (j === pbn) {
      q.percent = true
      this.approxAfterNumber(q)
      return q
    }
    if (!q.ordinal && !q.multiplier && !q.decade) {
      this.approxAfterNumber(q)
      this.suffixes(q)
      this.approxAfterNumber(q)
    }
    if (j === rwn) {
      const rate = q.unit !== null ? c.grammar.ratesBefore?.units[q.unit] : undefined
      if (rate) q.unit = rate
      else q.start = rwn
    }
    return q
  }

  /** Can a quantity start at token i (digits, a currency, a number word or an article, a minus before digits)? */
  starts(i: number): boolean {
    const t = this.tokens[i]
    if (!t) return false
    if (t.type === 'num') return true
    if (this.tables.currencies.match(this.tokens, i)) return true
    if (t.type === 'word' && (this.tables.words.has(t.low) || this.tables.articles.has(t.low))) return true
    return DASHES.has(t.text) && this.tokens[i + 1]?.type === 'num'
  }

  /** Percent, currency, measure, duration and multiplier words after the core. */
  private suffixes(q: Quantity): void {
    const c = this.tables
    let n = nextOnLine(this.tokens, q.end)
    if (n < 0) return
    // "15-year", "3-fold": a glued hyphen before the suffix word.
    let hyph = false
    if (gluedToPrevious(this.tokens, n) && DASHES.has(this.tokens[n]!.text) && this.tokens[n + 1]?.type === 'word' && gluedToPrevious(this.tokens, n + 1)) {
      hyph = true
      n = n + 1
    }
    if (!hyph) n = this.skipScaleLinker(q, n)
    if (!hyph && !q.fraction) {
      const wu = c.weightUnits?.match(this.tokens, n)
      // A longer currency wins: `livres sterling` is money whatever the verb (`le fonds pèse 2 milliards de livres sterling`).
      if (wu && !((c.currencies.match(this.tokens, n)?.end ?? 0) > wu.end) && this.aboutWeight(q.start, wu.end)) {
        q.unit = wu.phrase.value
        q.unitAfter = true
        q.end = wu.end
        return
      }
    }
    if (!hyph) {
      const pc = c.percent.match(this.tokens, n)
      if (pc && !q.fraction) {
        q.percent = true
        q.unitAfter = true
        q.end = pc.end
        return
      }
      const ps = c.percentScales.match(this.tokens, n)
      if (ps && !q.fraction && !q.currency) {
        q.percent = true
        q.value *= ps.phrase.value
        q.unitAfter = true
        q.end = ps.end
        return
      }
      if (!q.currency && !q.fraction) {
        const cu = c.currencies.match(this.tokens, n)
        // A symbol or code with digits right after it opens that amount (`awal 2006 Rp4,2 triliun`, `In 2021
        // $3 billion`); a word stays the unit of the number before it (`5 dollars 50 cents`, `12 Euro 50`,
        // `20,2 miliar ringgit Malaysia 5,6 miliar dolar AS`).
        const opens = cu && standsBefore(cu.phrase.source) ? nextOnLine(this.tokens, cu.end) : -1
        if (cu && !(opens > 0 && this.tokens[opens]!.type === 'num')) {
          q.currency = cu.phrase.value
          q.unitAfter = true
          q.end = cu.end
          return
        }
      }
    }
    if (q.fraction) return
    const me = c.measures.match(this.tokens, n)
    // A short capitalized word with a number after it names a model, not a unit: `1 million Mi 10 phones`.
    const model = me && me.end === n + 1 && /^\p{Lu}\p{Ll}{1,2}$/u.test(this.tokens[n]!.text) && this.tokens[nextOnLine(this.tokens, me.end)]?.type === 'num'
    if (me && !q.currency && !model && !(q.form === 'words' && c.measuresAfterDigits.has(this.tokens[n]!.low))) {
      q.unit = me.phrase.value
      q.unitAfter = true
      q.end = me.end
      this.halfAfterUnit(q)
      return
    }
    const du = c.durations.match(this.tokens, n)
    const afterDu = du ? nextOnLine(this.tokens, du.end) : -1
    // "Nomor 11 Tahun 2020": a capitalized duration word before a year labels the year, it is no
    // duration of the number before it ("8 tahun 6 bulan" stays two durations).
    const label = du && afterDu > 0 && /^\p{Lu}/u.test(this.tokens[n]!.text) && /^\d{4}$/.test(this.tokens[afterDu]!.text)
    if (du && !q.currency && !label) {
      q.duration = true
      q.end = du.end
      this.halfAfterUnit(q)
      return
    }
    const mu = c.multiplierAfter.match(this.tokens, n)
    // A sign between two numbers gives a size, as `by` does (`36 x 24 mm`, `6 × 6 cm`); so does a word when
    // a measure follows the second number (id `6 kali 6 cm`, ms `56 kali 56 mm`; `3 kali 5 persen` stays a multiplier).
    const second = mu ? nextOnLine(this.tokens, mu.end) : -1
    const sign = !!mu && mu.end === n + 1 && this.tokens[n]!.text.length === 1
    const by = second > 0 && this.tokens[second]!.type === 'num' && (sign || this.measureAfter(second))
    if (mu && !q.currency && !by) {
      q.multiplier = true
      q.end = mu.end
    }
  }

  /** Is a measure glued to number token k or right after it on its line (`24 mm`, `24mm`)? */
  private measureAfter(k: number): boolean {
    const m = gluedToPrevious(this.tokens, k + 1) ? k + 1 : nextOnLine(this.tokens, k + 1)
    return m > 0 && !!this.tables.measures.match(this.tokens, m)
  }

  /** A word about weight (grammar `weightContext.words`) within eight words before `from` or four after `to`, in its sentence. */
  private aboutWeight(from: number, to: number): boolean {
    const words = this.tables.weightWords
    const look = (k: number, step: number, limit: number): boolean => {
      for (let seen = 0; k >= 0 && k < this.tokens.length && seen < limit; k += step) {
        const t = this.tokens[k]!
        if (t.newline || (t.type === 'sym' && SENTENCE_ENDS.has(t.text))) return false
        if (t.type !== 'word') continue
        if (words.has(t.low)) return true
        seen++
      }
      return false
    }
    return look(from - 1, -1, 8) || look(to, 1, 4)
  }

  /** zh `3万多`, `二十多万`, `5公里左右`: an approximation word after the number, and a scale after that. */
  private approxAfterNumber(q: Quantity): void {
    const c = this.tables
    const n = nextOnLine(this.tokens, q.end)
    const aa = n > 0 ? c.approxAfter.match(this.tokens, n) : null
    if (!aa) return
    q.approxAfter = true
    q.end = aa.end
    const m = nextOnLine(this.tokens, aa.end)
    const sc = m > 0 && !q.unit && !q.currency && !q.percent ? c.scales.match(this.tokens, m) : null
    if (sc && sc.phrase.value > q.scale) {
      q.value *= sc.phrase.value
      q.scale = sc.phrase.value
      q.end = sc.end
    }
  }

  /** fr "deux heures et demie", "trois kilomètres et demi": a half after the unit adds to the number. */
  private halfAfterUnit(q: Quantity): void {
    const n = nextOnLine(this.tokens, q.end)
    const h = n > 0 ? this.tables.andAHalf.match(this.tokens, n) : null
    if (!h || h.phrase.parts.length < 2 || !Number.isInteger(q.value)) return
    q.value += 0.5
    q.end = h.end
  }

  /** After a scale word, a linker before a currency or measure (2 millions d'euros): the index after it, else n. */
  private skipScaleLinker(q: Quantity, n: number): number {
    const c = this.tables
    if (!c.scaleLinkers || q.scale <= 0) return n
    const lk = c.scaleLinkers.match(this.tokens, n)
    if (!lk) return n
    const m = nextOnLine(this.tokens, lk.end)
    if (m < 0) return n
    return this.tables.currencies.match(this.tokens, m) || this.tables.measures.match(this.tokens, m) ? m : n
  }

  /** `M`, `T` (id) and `m` (en) scale an amount only when money is around it. */
  private moneyScale(i: number) {
    const c = this.tables
    const ms = c.moneyScales.match(this.tokens, i)
    if (!ms) return null
    // Money before the number (Rp 10 M) or right after the scale (10 M rupiah).
    const n = nextOnLine(this.tokens, ms.end)
    const after = n > 0 && !!c.currencies.match(this.tokens, n)
    return this.currencyBefore || after ? ms : null
  }

  /** A measure that starts with a scale word and is longer is the unit: zh `3千米` is 3 km, `5千克` 5 kg. */
  private longerMeasure(n: number, scaleEnd: number): boolean {
    const me = this.tables.measures.match(this.tokens, n)
    return !!me && me.end > scaleEnd
  }

  /** The number itself: digits (with ordinal, decade and scale suffixes), words, fractions, ordinals. */
  private core(i: number): NumberCore | null {
    const c = this.tables
    const tok = this.tokens[i]
    if (!tok) return null
    if (tok.type === 'num') return this.digits(i)
    if (tok.type !== 'word') {
      // Vulgar fractions: ½ ¼ ¾.
      const fr = c.fractions.match(this.tokens, i)
      if (fr) return makeCore(fr.end, fr.phrase.value, 'words', 0, undefined, FRACTION)
      return null
    }
    const dp = this.ordinals.decadeAfterPrefix(i) ?? this.ordinals.roman(i)
    if (dp) return dp
    const dw = c.decadeWords?.match(this.tokens, i)
    if (dw) return makeCore(dw.end, dw.phrase.value, 'words', 0, undefined, DECADE)
    // Ordinal digits after a prefix word: ke-14, ke 14, ke -14.
    const op = c.ordinalDigitPrefixes.match(this.tokens, i)
    if (op) {
      let n = nextOnLine(this.tokens, op.end)
      if (n > 0 && DASHES.has(this.tokens[n]!.text)) n = n + 1
      const d = n > 0 ? this.tokens[n] : undefined
      if (d && d.type === 'num' && (n === op.end || gluedToPrevious(this.tokens, n) || this.tokens[n - 1]!.type === 'space' || DASHES.has(this.tokens[n - 1]!.text))) {
        const rd = readDigits(d.text, c.grammar.decimal)
        // After a bare space, digits in thousands groups are a count the prefix word leads to, not a
        // rank: "ke 1.500 pasar" is "to 1,500 markets" (ke-1.500 with a dash stays an ordinal).
        const spaced = n !== op.end && !gluedToPrevious(this.tokens, n) && !DASHES.has(this.tokens[n - 1]!.text)
        const grouped = d.text.includes(c.grammar.decimal === ',' ? '.' : ',')
        // Nor before a unit: `naik ke 5 persen` is "rose to 5 percent".
        const unit = spaced && this.notNumbers.unitAfter(n + 1)
        if (rd && !rd.frac && !(spaced && grouped) && !unit) return makeCore(n + 1, Number(rd.int), 'digits', 0, undefined, ORDINAL)
      }
      // zh `第十四`, `第一`: the prefix written straight before number words (an article-like `一` included);
      // ms `Ke-Sepuluh` with a hyphen.
      const hyphened = n === op.end + 1 && DASHES.has(this.tokens[op.end]!.text) && gluedToPrevious(this.tokens, op.end)
      if (d && d.type === 'word' && (n === op.end || hyphened) && gluedToPrevious(this.tokens, n)) {
        const w = this.words.read(n)
        if (w) return makeCore(w.end, w.value, 'words', 0, undefined, ORDINAL)
        const wv = c.words.get(d.low)
        if (wv?.type === 'unit') return makeCore(n + 1, wv.value, 'words', 0, undefined, ORDINAL)
      }
      // id `di posisi ke empat, ke lima, dan ke enam`: written apart and ending a clause or a list item, the
      // prefix makes an ordinal (`ke empat kota`, "to four cities", keeps its noun and stays a count).
      if (d && d.type === 'word' && n !== op.end && !gluedToPrevious(this.tokens, n)) {
        const w = this.words.read(n)
        const after = w ? nextOnLine(this.tokens, w.end) : -1
        const t = after > 0 ? this.tokens[after]! : undefined
        // So it does after a period or round it counts (`minggu ke dua September`, the second week of September).
        const p = previousOnLine(this.tokens, i)
        const counted = p >= 0 && c.rankNouns.has(this.tokens[p]!.low)
        if (w && (counted || !t || (t.type === 'sym' && LIST_ENDS.has(t.text)) || (t.type === 'word' && !!c.coordinators?.match(this.tokens, after)))) {
          return makeCore(w.end, w.value, 'words', 0, undefined, ORDINAL)
        }
      }
    }
    const mw = c.multiplierWords.match(this.tokens, i)
    if (mw) return makeCore(mw.end, mw.phrase.value, 'words', 0, undefined, MULTIPLIER)
    const bw = c.bothWords.match(this.tokens, i)
    // A coordinating one (`both … and`) was skipped before: see NotNumbers.endAt().
    if (bw) return makeCore(bw.end, bw.phrase.value, 'words', 0)
    const fr = this.words.fraction(i)
    if (fr) return fr
    const ord = this.ordinals.word(i)
    if (ord) return ord
    const w = this.words.read(i)
    if (w && w.end === i + 1 && this.notNumbers.nameInList(i)) return null
    if (w?.ordinal || (w && this.ordinals.wordsAfterLabel(i))) return makeCore(w.end, w.value, 'words', 0, undefined, ORDINAL)
    if (w) {
      const half = nextOnLine(this.tokens, w.end)
      // A grammar with ordinal compounds reads "vingt et unième" through them, and "vingt premiers" stays twenty.
      if (half > 0 && !c.ordinalCompounds) {
        const ordn = this.ordinals.afterWords(w, half)
        if (ordn) return ordn
      }
      return makeCore(w.end, w.value, 'words', w.scale)
    }
    return null
  }

  /** Digits with their glued or following scale, ordinal suffix, decade suffix. */
  private digits(i: number): NumberCore | null {
    const c = this.tables
    const tok = this.tokens[i]!
    const rd = readDigits(tok.text, c.grammar.decimal)
    if (!rd) return null
    const clockShape = c.grammar.decimal === ',' && /^\d{1,2}\.\d{2}$/.test(tok.text) && Number(rd.int) <= 24 && Number(rd.frac) <= 59
    let value = Number(rd.frac ? `${rd.int}.${rd.frac}` : rd.int)
    let e = i + 1
    const nx = this.tokens[i + 1]
    // Glued letters: 14th, 5k, 3x, 1990s, 1990an, 5km; anything else makes it a code.
    if (nx && gluedToPrevious(this.tokens, i + 1)) {
      if (nx.type === 'word') {
        if (c.ordinalDigitSuffixes.has(nx.low) && !rd.frac) return makeCore(i + 2, value, 'digits', 0, tok.text, this.ordinals.dayOfMonth(i, i + 2) ? 0 : ORDINAL)
        const dv = c.decadeSuffixes.has(nx.low) ? decadeValue(tok.text, c.grammar) : null
        if (dv !== null) return makeCore(i + 2, dv, 'digits', 0, tok.text, DECADE)
        // Suffixes of several tokens, in scripts without spaces: zh `20世纪` (20th century), `90年代` (the 1990s).
        const os = c.ordinalSuffixPhrases?.match(this.tokens, i + 1)
        if (os && os.end > i + 2 && !rd.frac) return makeCore(os.end, value, 'digits', 0, tok.text, ORDINAL)
        const ds = c.decadeSuffixPhrases?.match(this.tokens, i + 1)
        const dv2 = ds && ds.end > i + 2 ? decadeValue(tok.text, c.grammar) : null
        if (dv2 !== null) return makeCore(ds!.end, dv2, 'digits', 0, tok.text, DECADE)
        const sc = c.scales.match(this.tokens, i + 1) ?? this.moneyScale(i + 1)
        if (sc && !this.longerMeasure(i + 1, sc.end)) return makeCore(sc.end, scaleDigits(rd.int, rd.frac, sc.phrase.value), 'digits', sc.phrase.value, tok.text)
        if (c.multiplierAfter.match(this.tokens, i + 1) || c.measures.match(this.tokens, i + 1) || c.percent.match(this.tokens, i + 1) || c.currencies.match(this.tokens, i + 1) || c.timeAfter.match(this.tokens, i + 1)) {
          return makeCore(e, value, 'digits', 0, tok.text, clockShape ? CLOCK_SHAPE : 0)
        }
        if (!ideographic(nx)) return null
      }
      // 1990-an, 1990's
      if ((DASHES.has(nx.text) || nx.text === "'" || nx.text === '’') && this.tokens[i + 2]?.type === 'word' && gluedToPrevious(this.tokens, i + 2)) {
        const dv = c.decadeSuffixes.has(this.tokens[i + 2]!.low) ? decadeValue(tok.text, c.grammar) : null
        if (dv !== null) {
          return makeCore(i + 3, dv, 'digits', 0, tok.text, DECADE)
        }
      }
      // de `der 3. Platz` (ordinal), `am 14. März` (a day, cardinal): digits and a dot, read by numbers/digit-forms.ts.
      if (nx.text === '.' && !rd.frac && !rd.grouped) {
        const dot = readDotOrdinalAt(this.tokens, i, c.grammar)
        if (dot) return makeCore(i + 2, value, 'digits', 0, tok.text, dot === 'ordinal' ? ORDINAL : 0)
      }
    }
    // 2½, 1¾: a fraction sign glued to whole digits adds to them.
    if (nx && nx.type === 'sym' && gluedToPrevious(this.tokens, i + 1) && !rd.frac) {
      const f = c.fractions.match(this.tokens, i + 1)
      if (f && f.end === i + 2 && f.phrase.value < 1) {
        value += f.phrase.value
        e = i + 2
      }
    }
    // A spaced scale word: 105 miliar, 1,5 juta, 2.3 bn; "and a half" first (2 and a half million).
    let n = nextOnLine(this.tokens, e)
    // id/ms `tahun 1980 an`: a decade suffix written apart.
    if (n > e && e === i + 1 && this.tokens[n]!.type === 'word' && c.spacedDecadeSuffixes.has(this.tokens[n]!.low)) {
      const dv = decadeValue(tok.text, c.grammar)
      if (dv !== null && tok.text.length === 4) return makeCore(n + 1, dv, 'digits', 0, tok.text, DECADE)
    }
    if (n > e && ideographic(this.tokens[n])) {
      // zh `20 世纪`, `70 年代` with a space: suffixes of several characters, as when glued.
      const os = c.ordinalSuffixPhrases?.match(this.tokens, n)
      if (os && os.end > n + 1 && !rd.frac) return makeCore(os.end, value, 'digits', 0, tok.text, ORDINAL)
      const ds = c.decadeSuffixPhrases?.match(this.tokens, n)
      const dv = ds && ds.end > n + 1 ? decadeValue(tok.text, c.grammar) : null
      if (dv !== null) return makeCore(ds!.end, dv, 'digits', 0, tok.text, DECADE)
    }
    if (n > 0) {
      const h = c.andAHalf.match(this.tokens, n)
      if (h && !rd.frac) {
        const n2 = nextOnLine(this.tokens, h.end)
        value += 0.5
        e = h.end
        n = n2
        const sc2 = n2 > 0 ? c.scales.match(this.tokens, n2) : null
        if (sc2) return makeCore(sc2.end, value * sc2.phrase.value, 'digits', sc2.phrase.value, tok.text)
        return makeCore(e, value, 'digits', 0, tok.text)
      }
      const sc = c.scales.match(this.tokens, n) ?? this.moneyScale(n)
      if (sc && !this.longerMeasure(n, sc.end)) return makeCore(sc.end, scaleDigits(rd.int, rd.frac, sc.phrase.value), 'digits', sc.phrase.value, tok.text)
    }
    return makeCore(e, value, 'digits', 0, tok.text, clockShape ? CLOCK_SHAPE : 0)
  }
}

/**
 * Symbols and codes (Rp, US$, RMB, Frs) stand before amounts; names (yuan, won, `ringgit Malaysia`,
 * `dolar AS`: a lowercase word of three letters or more) only after them.
 */
function standsBefore(source: string): boolean {
  return !/\p{Ll}{3}/u.test(source) && (/\p{Lu}/u.test(source) || !/^[\p{L}\s.-]+$/u.test(source))
}
