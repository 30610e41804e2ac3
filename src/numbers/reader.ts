/**
 * The language-free number reader. It interprets a {@link NumberGrammar}: every word, symbol and
 * convention comes from the grammar; the modules beside this one hold only the shapes numbers take in text.
 *
 * It reads left to right over lexical tokens. At each token it first looks for things that hold
 * digits but are not numbers (numbers/not-numbers.ts: codes, dates, clock times, phone numbers,
 * versions, model names), then for a mention: [approx] [range opener] quantity [range joiner quantity],
 * the quantity being [currency] core [scale] [suffix] (numbers/quantities.ts, with number words and
 * ordinals in numbers/number-words.ts and numbers/ordinals.ts). The grammar's tables are compiled once
 * (numbers/compile.ts).
 */
import { mentionKey } from './canonical.js'
import { compileGrammar, isPrefixedOrdinal, type CompiledGrammar } from './compile.js'
import { DASHES, nextOnLine, previousOnLine } from './cursor.js'
import { periodEnd } from './digit-forms.js'
import { joinDigitGroups, lex, PhraseTable, type Lex } from './lexer.js'
import { NotNumbers } from './not-numbers.js'
import { NumberWords } from './number-words.js'
import { Ordinals } from './ordinals.js'
import type { Quantity } from './parsed.js'
import { Quantities } from './quantities.js'
import type { NumberGrammar, NumberKind, NumberMention } from './types.js'

/**
 * Find every number mention in `text` with the given grammar.
 *
 * @example
 * extractWithGrammar('sekitar 105 miliar yuan', idGrammar)
 * //=> [{ text: '105 miliar yuan', kind: 'currency', value: 105e9, unit: 'CNY', approx: true, … }]
 */
export function extractWithGrammar(text: string, grammar: NumberGrammar): NumberMention[] {
  const tables = compileGrammar(grammar)
  const tokens = joinDigitGroups(lex(text), tables.groupSeparators, grammar.decimal)
  return new Reader(tables, tokens, text).run()
}

/** Drives the parts over one text's tokens: skips what is no number, reads mentions, settles their kind. */
class Reader {
  private readonly out: NumberMention[] = []
  private readonly notNumbers: NotNumbers
  private readonly ordinals: Ordinals
  private readonly quantities: Quantities

  constructor(
    private readonly tables: CompiledGrammar,
    private readonly tokens: readonly Lex[],
    private readonly text: string,
  ) {
    this.notNumbers = new NotNumbers(tables, tokens)
    const words = new NumberWords(tables, tokens, this.notNumbers)
    this.ordinals = new Ordinals(tables, tokens, words, this.notNumbers)
    this.quantities = new Quantities(tables, tokens, words, this.ordinals, this.notNumbers)
  }

  /** Every mention in the tokens, in order. */
  run(): NumberMention[] {
    let i = 0
    while (i < this.tokens.length) {
      const tok = this.tokens[i]!
      if (tok.type === 'space') {
        i++
        continue
      }
      // Most words start nothing: skip them unless digits are glued to them (codes such as COVID-19).
      if (tok.type === 'word' && !this.tables.triggers.has(tok.low) && !isPrefixedOrdinal(this.tables, tok.low) && !this.ordinals.romanValue(tok.text) && !this.ordinals.romanAfterWord(i)) {
        const nx = this.tokens[i + 1]
        if (!nx || nx.type === 'space' || nx.type === 'word' || (nx.type === 'sym' && !DASHES.has(nx.text))) {
          i++
          continue
        }
      }
      const skip = this.notNumbers.endAt(i)
      if (skip > i) {
        i = skip
        continue
      }
      const next = this.mention(i)
      if (next > i) {
        i = next
        continue
      }
      i++
    }
    return this.out
  }

  /** Try a mention at token i; push it and return the index after it, or i. */
  private mention(i: number): number {
    const c = this.tables
    let j = i
    let approx = false
    let until = false
    const ap = c.approx.match(this.tokens, j)
    if (ap) {
      const n = nextOnLine(this.tokens, ap.end)
      if (n > 0) {
        approx = true
        j = n
        // "hingga"/"up to" right after a number is the end of a failed range, not "up to".
        if (c.until.has(ap.phrase.source.toLowerCase())) {
          until = true
          const p = previousOnLine(this.tokens, i)
          if (p >= 0 && this.tokens[p]!.type === 'num') approx = false
        }
      }
    }
    let pairJoiner: string | null = null
    const op = c.openers.match(this.tokens, j)
    if (op) {
      const n = nextOnLine(this.tokens, op.end)
      // The opener never reads past what is no number ("le score de 3-1", "de 14 h à 16 h").
      if (n > 0 && this.quantities.starts(n) && this.notNumbers.endAt(n) === n) {
        pairJoiner = op.phrase.value
        j = n
      }
    }
    // "unter 0800 …", approximation words and openers before digits that are no number (a phone number, a code).
    if (j > i && this.tokens[j]!.type === 'num' && this.notNumbers.endAt(j) > j) return i
    const q1 = this.quantities.read(j)
    if (!q1) return i
    // A range: q1 joiner q2.
    const jn = nextOnLine(this.tokens, q1.end)
    if (jn > 0 && !q1.ordinal && !q1.fraction && !q1.multiplier && !q1.decade) {
      let je = -1
      const jm = c.joiners.match(this.tokens, jn)
      if (jm) je = jm.end
      else if (pairJoiner) {
        const pj = new PhraseTable([[pairJoiner, true]]).match(this.tokens, jn)
        if (pj) je = pj.end
      }
      if (je > 0) {
        const n2 = nextOnLine(this.tokens, je)
        const q2 = n2 > 0 ? this.quantities.read(n2) : null
        if (q2 && !q2.ordinal && !q2.fraction && !q2.multiplier && !q2.decade) {
          const r = this.range(q1, q2)
          if (r) {
            this.push(q1.start, q2.end, 'range', r.value, r.unit, approx || q1.approxAfter || q2.approxAfter)
            return q2.end
          }
        }
      }
    }
    const cd = this.centuryDecade(q1, approx)
    if (cd > 0) return cd
    if (this.notNumbers.isModelName(q1)) return q1.end
    if (q1.clockShape && !q1.currency && !q1.percent && !q1.unit && !q1.scale) return q1.end
    this.shareCoordinated(q1)
    this.emit(q1, approx || q1.approxAfter, until)
    return q1.end
  }

  /**
   * `200 und 400 Meter`, `5 and 10 percent`, `Rp 504 dan Rp 259 triliun`: a bare number before a
   * coordinator takes the unit (percent, currency, measure) and scale of the number after it, as the
   * low end of a range does, along a chain (`5 and 7 or 9 percent`); a comma joins nothing (`5, 7 or 9
   * percent` leaves 5 bare).
   */
  private shareCoordinated(q: Quantity, depth = 0): void {
    const c = this.tables
    if (!c.coordinators || depth > 3 || q.ordinal || q.fraction || q.multiplier || q.decade || q.percent || q.unit || (q.currency && q.scale)) return
    const k = nextOnLine(this.tokens, q.end)
    const co = k > 0 ? c.coordinators.match(this.tokens, k) : null
    const n = co ? nextOnLine(this.tokens, co.end) : -1
    if (n < 0 || this.notNumbers.endAt(n) > n) return
    const r = this.quantities.read(n)
    if (!r || r.form !== q.form || r.ordinal || r.fraction || r.multiplier || r.decade || r.negative !== q.negative) return
    this.shareCoordinated(r, depth + 1)
    // `in 2005 and 12 percent more`: a year shares nothing with what follows it.
    if (yearLike(q) && !yearLike(r)) return
    if (q.currency && r.currency !== q.currency) return
    if (!q.currency) {
      q.currency = r.currency
      q.percent = r.percent
      q.unit = r.unit
    }
    if (!q.scale && r.scale && Math.abs(q.value) < r.scale) {
      q.value *= r.scale
      q.scale = r.scale
    }
  }

  /** The bounds and unit of the range q1 to q2, or null when the two make no range. */
  private range(q1: Quantity, q2: Quantity): { value: [number, number]; unit: string | null } | null {
    const u1 = q1.currency ?? (q1.percent ? 'percent' : q1.unit)
    const u2 = q2.currency ?? (q2.percent ? 'percent' : q2.unit)
    if (u1 && u2 && u1 !== u2) return null
    // "rose 1.2 percent to 7,250": a unit written after the low end must be repeated on the high end.
    if (u1 && !u2 && q1.unitAfter) return null
    // The sign is applied at emit time, so a range reads it here ("de -0,5 % à 1,2 %").
    let lo = q1.negative ? -q1.value : q1.value
    let hi = q2.negative ? -q2.value : q2.value
    // `1995-96`, `2021-25`: a year and the last two digits of a later one.
    const period = !u1 && !u2 && q1.form === 'digits' && q2.form === 'digits' ? periodEnd(q1.raw ?? '', q2.raw ?? '') : null
    if (period !== null) hi = period
    // "10-20 juta", "between 2 and 3 billion": the scale of the high end applies to a bare low end.
    if (!q1.scale && q2.scale && Math.abs(lo) < q2.scale) lo = lo * q2.scale
    if (!(lo < hi)) return null
    return { value: [lo, hi], unit: u1 ?? u2 }
  }

  /** Settle the kind of a quantity (currency, percent, ordinal, year, cardinal …) and record it. */
  private emit(q: Quantity, approx: boolean, until = false): void {
    let kind: NumberKind
    let unit: string | null = null
    let value = q.value
    if (q.currency) {
      kind = 'currency'
      unit = q.currency
    } else if (q.percent) {
      kind = 'percent'
      unit = 'percent'
    } else if (q.ordinal) kind = 'ordinal'
    else if (q.multiplier) kind = 'multiplier'
    else if (q.decade) kind = 'decade'
    else if (q.fraction && !q.scale) kind = 'fraction'
    else if (
      yearLike(q) &&
      // zh `1000余人`: a number with an approximation after it is a count, never a year.
      !q.approxAfter &&
      !q.unit &&
      !q.duration &&
      !q.negative &&
      this.yearMarked(q.end)
    )
      kind = 'year'
    else {
      kind = Number.isInteger(value) ? 'cardinal' : 'decimal'
      unit = q.unit
    }
    if (q.negative && value > 0) value = -value
    // "berlaku hingga 2030": before a year, an "up to" word means "until".
    this.push(q.start, q.end, kind, value, unit, approx && !(until && kind === 'year'))
  }

  /** Where the grammar marks years (zh `2005年`), is the mark after the number? */
  private yearMarked(e: number): boolean {
    const marks = this.tables.yearMarks
    if (!marks) return true
    const n = nextOnLine(this.tokens, e)
    return n > 0 && marks.match(this.tokens, n) !== null
  }

  /**
   * zh `20世纪70年代`: an ordinal that ends with a century word, then a decade, is that decade (the 1970s).
   * Returns the decade's end, or -1.
   */
  private centuryDecade(q: Quantity, approx: boolean): number {
    const words = this.tables.centuryWords
    if (!words || !q.ordinal || q.negative || !Number.isInteger(q.value) || q.value < 1) return -1
    let ends = false
    for (let k = q.start; k < q.end && !ends; k++) ends = words.match(this.tokens, k)?.end === q.end
    const n = ends ? nextOnLine(this.tokens, q.end) : -1
    const d = n > 0 ? this.quantities.read(n) : null
    if (!d || !d.decade) return -1
    this.push(q.start, d.end, 'decade', (q.value - 1) * 100 + (d.value % 100), null, approx || d.approxAfter)
    return d.end
  }

  /** Record the mention of tokens [first, end). */
  private push(first: number, end: number, kind: NumberKind, value: number | [number, number], unit: string | null, approx: boolean): void {
    const start = this.tokens[first]!.start
    const stop = this.tokens[end - 1]!.end
    const m: NumberMention = {
      text: this.text.slice(start, stop),
      start,
      end: stop,
      kind,
      value,
      unit,
      ...(approx ? { approx: true as const } : {}),
      key: mentionKey(kind, value, unit),
    }
    this.out.push(m)
  }
}

/** Four digits from 1000 to 2199 with no scale: what may be a year (emit() adds the context). */
function yearLike(q: Quantity): boolean {
  return q.form === 'digits' && q.raw !== undefined && /^\d{4}$/.test(q.raw) && !q.scale && q.value >= 1000 && q.value <= 2199
}
