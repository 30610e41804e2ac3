/**
 * The language-free number reader. It interprets a {@link NumberGrammar}: every word, symbol and
 * convention comes from the grammar; this file holds only the shapes numbers take in text.
 *
 * It reads left to right over lexical tokens. At each token it first looks for things that hold
 * digits but are not numbers (codes, dates, clock times, phone numbers, versions, model names),
 * then for a mention: [approx] [range opener] [currency] core [scale] [suffix] [range joiner …].
 */
import { ideographic, lex, PhraseTable, type Lex } from './lexer.js'
import { mentionKey } from './canonical.js'
import { compoundReader, FallbackMap, FallbackSet } from './compound.js'
import { decadeValue, readDotOrdinalAt } from './digit-forms.js'
import { readDigits, scaleDigits } from './digits.js'
import type { NumberGrammar, NumberKind, NumberMention } from './types.js'

type WordVal = { readonly type: 'unit'; readonly v: number } | { readonly type: 'teen' } | { readonly type: 'mult'; readonly v: number; readonly one: boolean }

interface Compiled {
  readonly g: NumberGrammar
  readonly words: Map<string, WordVal>
  readonly ordWords: Map<string, number>
  readonly fractions: PhraseTable<number>
  readonly percent: PhraseTable<true>
  readonly currencies: PhraseTable<string>
  readonly measures: PhraseTable<string>
  readonly durations: PhraseTable<true>
  readonly approx: PhraseTable<true>
  readonly joiners: PhraseTable<true>
  readonly openers: PhraseTable<string | null>
  readonly multAfter: PhraseTable<true>
  readonly multWords: PhraseTable<number>
  readonly bothWords: PhraseTable<number>
  readonly bothNotWith: ReadonlySet<string>
  readonly scales: PhraseTable<number>
  readonly moneyScales: PhraseTable<number>
  readonly negative: PhraseTable<true>
  readonly notNumbers: PhraseTable<true>
  readonly timeBefore: PhraseTable<true>
  readonly timeAfter: PhraseTable<true>
  readonly versionBefore: PhraseTable<true>
  readonly andAHalf: PhraseTable<true>
  readonly decimalWords: PhraseTable<true>
  readonly ordDigitPrefixes: PhraseTable<true>
  readonly joinerWords: ReadonlySet<string>
  readonly articles: ReadonlySet<string>
  readonly ordDigitSuffixes: ReadonlySet<string>
  readonly decadeSuffixes: ReadonlySet<string>
  readonly dateWords: ReadonlySet<string>
  readonly collectiveAfter: ReadonlySet<string>
  readonly collectivePrefixes: readonly string[]
  readonly timeUnitOrdinals: ReadonlySet<string>
  readonly timeUnitAfter: ReadonlySet<string>
  readonly fractionFollowers: ReadonlySet<string>
  readonly until: ReadonlySet<string>
  readonly approxAfter: PhraseTable<true>
  readonly percentBefore: PhraseTable<true>
  readonly percentScales: PhraseTable<number>
  /** Every word that can start a mention or a non-number (lowercased): other words are skipped at once. */
  readonly triggers: ReadonlySet<string>
  /** The optional keys added for French-style grammars (groups, compounds, linkers …). */
  readonly x: Extras
}

const cache = new WeakMap<NumberGrammar, Compiled>()

function set<V>(list: readonly string[] | undefined, v: V): [string, V][] {
  return (list ?? []).map((s) => [s, v])
}
const lowSet = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((s) => s.toLowerCase()))

/** Compile a grammar once (cached per grammar object). */
export function compileGrammar(g: NumberGrammar): Compiled {
  const hit = cache.get(g)
  if (hit) return hit
  // Number words written as one word (de `dreiundzwanzig`, `hundertste`) are read on demand: numbers/compound.ts.
  const cw = compoundReader(g)
  const words: Map<string, WordVal> = cw
    ? new FallbackMap<WordVal>([], (w) => {
        const v = cw.cardinal(w)
        return v === null ? undefined : { type: 'unit', v }
      })
    : new Map()
  for (const [w, v] of Object.entries(g.units)) words.set(w.toLowerCase(), { type: 'unit', v })
  for (const w of g.teenWords ?? []) words.set(w.toLowerCase(), { type: 'teen' })
  for (const [w, v] of Object.entries(g.multipliers)) words.set(w.toLowerCase(), { type: 'mult', v, one: false })
  if (g.onePrefix) {
    const p = g.onePrefix.toLowerCase()
    // se + puluh/ratus/ribu/juta… = one times the multiplier; se + belas = eleven.
    for (const [w, v] of Object.entries(g.multipliers)) if (!words.has(p + w)) words.set(p + w.toLowerCase(), { type: 'mult', v, one: true })
    for (const w of g.teenWords ?? []) if (!words.has(p + w)) words.set(p + w.toLowerCase(), { type: 'unit', v: 11 })
  }
  const ordEntries = Object.entries(g.ordinals.words).map(([w, v]) => [w.toLowerCase(), v] as const)
  const ordWords: Map<string, number> = cw ? new FallbackMap(ordEntries, (w) => cw.ordinal(w) ?? undefined) : new Map(ordEntries)
  const openerEntries: [string, string | null][] = [
    ...set(g.rangeOpeners, null),
    ...Object.entries(g.rangePairs ?? {}).map(([o, j]) => [o, j] as [string, string]),
  ]
  const c: Compiled = {
    g,
    words,
    ordWords,
    fractions: new PhraseTable(Object.entries(g.fractions)),
    percent: new PhraseTable(set(g.percent, true as const)),
    currencies: new PhraseTable(Object.entries(g.currencies)),
    measures: new PhraseTable(Object.entries(g.measures)),
    durations: new PhraseTable(set(g.durations, true as const)),
    approx: new PhraseTable(set(g.approx, true as const)),
    joiners: new PhraseTable(set([...g.rangeJoiners, '-', '–', '—'], true as const)),
    openers: new PhraseTable(openerEntries),
    multAfter: new PhraseTable(set(g.multiplierAfter, true as const)),
    multWords: new PhraseTable(Object.entries(g.multiplierWords ?? {})),
    bothWords: new PhraseTable(Object.entries(g.bothWords ?? {})),
    bothNotWith: lowSet(g.bothNotWith),
    scales: new PhraseTable([
      ...Object.entries(g.scaleAbbreviations ?? {}),
      ...Object.entries(g.multipliers).filter(([, v]) => v >= 1000),
    ]),
    moneyScales: new PhraseTable(Object.entries(g.moneyScales ?? {})),
    negative: new PhraseTable(set(g.negative, true as const)),
    notNumbers: new PhraseTable(set(g.notNumbers, true as const)),
    timeBefore: new PhraseTable(set(g.timeBefore, true as const)),
    timeAfter: new PhraseTable(set(g.timeAfter, true as const)),
    versionBefore: new PhraseTable(set(g.versionBefore, true as const)),
    andAHalf: new PhraseTable(set(g.andAHalf, true as const)),
    decimalWords: new PhraseTable(set(g.decimalWords, true as const)),
    ordDigitPrefixes: new PhraseTable(set(g.ordinals.digitPrefixes, true as const)),
    joinerWords: lowSet(g.joiners),
    articles: lowSet(g.articles),
    ordDigitSuffixes: lowSet(g.ordinals.digitSuffixes),
    decadeSuffixes: lowSet(g.decadeSuffixes),
    dateWords: lowSet(g.dateWords),
    collectiveAfter: lowSet(g.ordinals.collectiveAfter),
    collectivePrefixes: (g.ordinals.collectiveAfterPrefixes ?? []).map((s) => s.toLowerCase()),
    timeUnitOrdinals: lowSet(g.ordinals.timeUnitWords),
    timeUnitAfter: lowSet(g.ordinals.timeUnitAfter),
    fractionFollowers: lowSet(g.articleFractionFollowers),
    until: lowSet(g.untilWords),
    approxAfter: new PhraseTable(set(g.approxAfter, true as const)),
    percentBefore: new PhraseTable(set(g.percentBefore, true as const)),
    percentScales: new PhraseTable(Object.entries(g.percentScales ?? {})),
    triggers: cw ? new FallbackSet([], (w) => words.has(w) || ordWords.has(w)) : new Set(),
    x: compileExtras(g),
  }
  const triggers = c.triggers as Set<string>
  for (const table of [c.fractions, c.percent, c.currencies, c.approx, c.openers, c.multWords, c.bothWords, c.negative, c.notNumbers, c.timeBefore, c.versionBefore, c.ordDigitPrefixes, c.percentBefore]) {
    for (const f of (table as PhraseTable<unknown>).firstParts()) triggers.add(f.toLowerCase())
  }
  for (const w of words.keys()) triggers.add(w)
  for (const w of ordWords.keys()) triggers.add(w)
  for (const w of c.articles) triggers.add(w)
  for (const w of extraTriggers(c.x)) triggers.add(w)
  cache.set(g, c)
  return c
}

/** A parsed number before its kind is settled. Token indices are half-open [s, e). */
interface Quantity {
  s: number
  e: number
  value: number
  form: 'digits' | 'words'
  /** Digits exactly as written, for the year test; undefined for number words. */
  raw: string | undefined
  /** The scale word applied (1e6 for juta), or 0. */
  scale: number
  negative: boolean
  currency: string | null
  percent: boolean
  unit: string | null
  duration: boolean
  ordinal: boolean
  fraction: boolean
  multiplier: boolean
  decade: boolean
  /** id-style HH.MM shape (dot and two digits where the decimal mark is a comma). */
  clockShape: boolean
  /** The unit (currency, percent, measure) was written after the number. */
  unitAfter: boolean
  /** An approximation word stands after the number (zh `3万多`). */
  approxAfter: boolean
}

/** The number itself before its suffixes (core(), digits(), the word readers). */
interface Core {
  e: number
  value: number
  form: 'digits' | 'words'
  raw: string | undefined
  scale: number
  ordinal: boolean
  fraction: boolean
  multiplier: boolean
  decade: boolean
  clockShape: boolean
}

// Punctuation that ends a clause (for `both … and`; a comma may stand inside: `both for A, and for B`).
const CLAUSE_ENDS = new Set([';', '.', ':', '!', '?'])
const ORDINAL = 1
const FRACTION = 2
const MULTIPLIER = 4
const DECADE = 8
const CLOCK_SHAPE = 16

/** One object shape for every Core: spreading a shared base and overriding its keys made V8 build
 * slow dictionary objects, a third of the time of reading a number. */
function mkCore(e: number, value: number, form: 'digits' | 'words', scale: number, raw?: string, flags = 0): Core {
  return {
    e,
    value,
    form,
    raw,
    scale,
    ordinal: (flags & ORDINAL) !== 0,
    fraction: (flags & FRACTION) !== 0,
    multiplier: (flags & MULTIPLIER) !== 0,
    decade: (flags & DECADE) !== 0,
    clockShape: (flags & CLOCK_SHAPE) !== 0,
  }
}

const DASHES = new Set(['-', '–', '—', '‑', '−'])
const SENTENCE_PUNCT = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '(', '[', '|', '►', '•', '·', '*', '>'])

/**
 * Find every number mention in `text` with the given grammar.
 *
 * @example
 * extractWithGrammar('sekitar 105 miliar yuan', idGrammar)
 * //=> [{ text: '105 miliar yuan', kind: 'currency', value: 105e9, unit: 'CNY', approx: true, … }]
 */
export function extractWithGrammar(text: string, grammar: NumberGrammar): NumberMention[] {
  const c = compileGrammar(grammar)
  const toks = mergeGroups(lex(text), c.x.groupSeparators, grammar.decimal)
  const r = new Reader(c, toks, text)
  return r.run()
}

class Reader {
  private readonly out: NumberMention[] = []
  /** Set while parsing the core of an amount that has a currency before it (Rp 10 M, $5m). */
  private currencyBefore = false

  constructor(
    private readonly c: Compiled,
    private readonly t: readonly Lex[],
    private readonly text: string,
  ) {}

  run(): NumberMention[] {
    let i = 0
    while (i < this.t.length) {
      const tok = this.t[i]!
      if (tok.type === 'space') {
        i++
        continue
      }
      // Most words start nothing: skip them unless digits are glued to them (codes such as COVID-19).
      if (tok.type === 'word' && !this.c.triggers.has(tok.low) && !this.prefixedOrdinal(tok.low) && !this.romanValue(tok.text) && !this.romanAfterWord(i)) {
        const nx = this.t[i + 1]
        if (!nx || nx.type === 'space' || nx.type === 'word' || (nx.type === 'sym' && !DASHES.has(nx.text))) {
          i++
          continue
        }
      }
      const skip = this.blocked(i)
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

  // ── token helpers ────────────────────────────────────────────────────────────

  private prefixedOrdinal(low: string): boolean {
    const pre = this.c.g.ordinals.wordPrefix
    return !!pre && low.startsWith(pre) && this.c.words.has(low.slice(pre.length))
  }

  /** Next non-space token index on the same line, or -1. */
  private ns(i: number): number {
    let j = i
    while (j < this.t.length && this.t[j]!.type === 'space') {
      if (this.t[j]!.newline) return -1
      j++
    }
    return j < this.t.length ? j : -1
  }

  /** Previous non-space token index on the same line, or -1. */
  private ps(i: number): number {
    let j = i - 1
    while (j >= 0 && this.t[j]!.type === 'space') {
      if (this.t[j]!.newline) return -1
      j--
    }
    return j
  }

  private glued(i: number): boolean {
    const a = this.t[i - 1]
    const b = this.t[i]
    return !!a && !!b && a.end === b.start && a.type !== 'space' && b.type !== 'space'
  }

  private isSym(i: number, set: ReadonlySet<string>): boolean {
    const t = this.t[i]
    return !!t && t.type === 'sym' && set.has(t.text)
  }

  /** The end of a glued run of letters, digits and -./:+ from i. */
  private clusterEnd(i: number): number {
    let j = i + 1
    while (j < this.t.length && this.glued(j)) {
      const t = this.t[j]!
      if ((t.type === 'sym' && !'-./:：+_@#&‑'.includes(t.text)) || ideographic(t)) break
      if (t.type === 'sym' && (j + 1 >= this.t.length || !this.glued(j + 1) || this.t[j + 1]!.type === 'sym')) break
      j++
    }
    return j
  }

  private sentenceInitial(i: number): boolean {
    const p = this.ps(i)
    if (p < 0) return true
    const t = this.t[p]!
    return t.type === 'sym' && SENTENCE_PUNCT.has(t.text)
  }

  // ── not numbers ─────────────────────────────────────────────────────────────

  /** If token i starts something that holds digits or number words but is no number, its end. */
  private blocked(i: number): number {
    const c = this.c
    const tok = this.t[i]!
    const nn = c.notNumbers.match(this.t, i)
    // A longer fraction wins: zh `十分` (very) is no number, `十分之一` (a tenth) is.
    if (nn && !((c.fractions.match(this.t, i)?.end ?? 0) > nn.end)) return nn.end
    const bw = c.bothWords.match(this.t, i)
    if (bw && this.coordinated(i, bw.end)) return bw.end
    if (tok.type === 'word') {
      // Codes glued to letters: COVID-19, G20, MH370, F-16, H5N1, v2.3.1 (not a currency: Rp5, US$5).
      const nxt = this.t[i + 1]
      const gluedDigits = nxt && this.glued(i + 1) && (nxt.type === 'num' || (DASHES.has(nxt.text) && this.t[i + 2]?.type === 'num' && this.glued(i + 2)))
      // Scripts without spaces glue every number to a word (zh 投资1050亿元): those are no codes, unless a
      // hyphen links them (zh 伊尔-76, 歼-20: names of aircraft, as Il-76 and J-20 are).
      if (gluedDigits && (!ideographic(tok) || DASHES.has(nxt.text)) && !c.currencies.match(this.t, i) && !c.ordDigitPrefixes.match(this.t, i) && !this.gluedWordBefore(i)) {
        return this.clusterEnd(i)
      }
      const tb = c.timeBefore.match(this.t, i) ?? c.versionBefore.match(this.t, i)
      if (tb) {
        const n = this.ns(tb.end)
        if (n > 0 && this.t[n]!.type === 'num') {
          // zh `上午 8 点 46 分`: a clock time with its hour mark and minutes.
          const ce = this.clockEnd(n)
          return this.afterTime(ce > n ? ce : this.clusterEnd(n))
        }
      }
      return i
    }
    // A fraction sign glued to a letter is no fraction: mis-decoded UTF-8 (`MÃ¼slÃ¼m` for `Müslüm`).
    if (tok.type === 'sym' && this.glued(i) && this.t[i - 1]!.type === 'word' && !ideographic(this.t[i - 1]) && c.fractions.match(this.t, i)?.end === i + 1) return i + 1
    if (tok.type === 'sym' && tok.text === '+' && this.t[i + 1]?.type === 'num' && this.glued(i + 1) && this.ps(i) !== i - 1) {
      return this.phoneEnd(i + 1)
    }
    if (tok.type !== 'num') return i
    // Letters glued before digits were handled at the word; here the digits come first.
    if (this.glued(i) && this.t[i - 1]!.type === 'word' && !ideographic(this.t[i - 1])) return this.clusterEnd(i)
    const clock = this.clockEnd(i)
    if (clock > i) return clock
    const raw = tok.text
    // Leading zero: phone numbers, area codes, codes ("0812", "021", "007"); "0,5" is a number.
    if (/^0\d/.test(raw)) return this.phoneEnd(i)
    const n1 = this.t[i + 1]
    const n2 = this.t[i + 2]
    if (n1 && n2 && this.glued(i + 1) && this.glued(i + 2) && n2.type === 'num') {
      // Clock times 17:13, dates 5/3/2025 and 2025-03-05, scores 2-1.
      if (n1.text === ':' || n1.text === '：' || n1.text === '/') return this.afterTime(this.clusterEnd(i))
      if (DASHES.has(n1.text)) {
        const n3 = this.t[i + 3]
        const n4 = this.t[i + 4]
        if (n3 && n4 && this.glued(i + 3) && this.glued(i + 4) && DASHES.has(n3.text) && n4.type === 'num') return this.clusterEnd(i)
        const a = readDigits(raw, c.g.decimal)
        const b = readDigits(n2.text, c.g.decimal)
        if (a && b && !a.frac && !b.frac && Number(a.int) >= Number(b.int) && n2.text.length <= 3 && !this.unitAfter(i + 3)) return i + 3
      }
    }
    if (!readDigits(raw, c.g.decimal)) return this.clusterEnd(i)
    // Followed by a time word: 5 p.m., 10.00 WIB.
    const after = this.ns(i + 1)
    const gluedAfter = n1 && this.glued(i + 1) && n1.type === 'word' ? i + 1 : -1
    const ta = gluedAfter > 0 ? c.timeAfter.match(this.t, gluedAfter) : after > 0 ? c.timeAfter.match(this.t, after) : null
    if (ta) return ta.end
    return i
  }

  /** Is there a currency or measure right after token j (so digits-dash-digits is a range, not a score)? */
  private unitAfter(j: number): boolean {
    const n = this.ns(j)
    if (n < 0) return false
    const c = this.c
    return !!(c.percent.match(this.t, n) || c.currencies.match(this.t, n) || c.measures.match(this.t, n) || c.scales.match(this.t, n))
  }

  /** A word glued to the word before it through an apostrophe or similar (rare); keeps codes simple. */
  private gluedWordBefore(i: number): boolean {
    return i > 0 && this.glued(i) && this.t[i - 1]!.type === 'word' && !ideographic(this.t[i - 1])
  }

  private afterTime(j: number): number {
    const n = this.ns(j)
    if (n > 0) {
      const ta = this.c.timeAfter.match(this.t, n)
      if (ta) return ta.end
    }
    return j
  }

  private phoneEnd(i: number): number {
    let j = this.clusterEnd(i)
    // French and Swiss numbers go by pairs after a 0-led or international lead: "01 23 45 67 89", "+41 21 345 67 89".
    const pairs = /^0\d{1,2}$/.test(this.t[i]!.text) || (this.t[i - 1]?.text === '+' && this.glued(i))
    // "(021) 5551234", "+62 812 3456 7890": further digit groups of 3+ digits on the same line.
    for (;;) {
      let k = j
      if (this.t[k]?.text === ')') k++
      const n = this.ns(k)
      if (n < 0 || this.t[n]!.type !== 'num' || !(/^\d{3,}$/.test(this.t[n]!.text) || (pairs && /^\d{2}$/.test(this.t[n]!.text)))) break
      j = this.clusterEnd(n)
    }
    return j
  }

  // ── mentions ────────────────────────────────────────────────────────────────

  /** Try a mention at token i; push it and return the index after it, or i. */
  private mention(i: number): number {
    const c = this.c
    let j = i
    let approx = false
    let until = false
    const ap = c.approx.match(this.t, j)
    if (ap) {
      const n = this.ns(ap.end)
      if (n > 0) {
        approx = true
        j = n
        // "hingga"/"up to" right after a number is the end of a failed range, not "up to".
        if (c.until.has(ap.phrase.source.toLowerCase())) {
          until = true
          const p = this.ps(i)
          if (p >= 0 && this.t[p]!.type === 'num') approx = false
        }
      }
    }
    let pairJoiner: string | null = null
    const op = c.openers.match(this.t, j)
    if (op) {
      const n = this.ns(op.end)
      // The opener never reads past what is no number ("le score de 3-1", "de 14 h à 16 h").
      if (n > 0 && this.startsQuantity(n) && this.blocked(n) === n) {
        pairJoiner = op.phrase.value
        j = n
      }
    }
    // "unter 0800 …", approximation words and openers before digits that are no number (a phone number, a code).
    if (j > i && this.t[j]!.type === 'num' && this.blocked(j) > j) return i
    const q1 = this.quantity(j)
    if (!q1) return i
    // A range: q1 joiner q2.
    const jn = this.ns(q1.e)
    if (jn > 0 && !q1.ordinal && !q1.fraction && !q1.multiplier && !q1.decade) {
      let je = -1
      const jm = c.joiners.match(this.t, jn)
      if (jm) je = jm.end
      else if (pairJoiner) {
        const pj = new PhraseTable([[pairJoiner, true]]).match(this.t, jn)
        if (pj) je = pj.end
      }
      if (je > 0) {
        const n2 = this.ns(je)
        const q2 = n2 > 0 ? this.quantity(n2) : null
        if (q2 && !q2.ordinal && !q2.fraction && !q2.multiplier && !q2.decade) {
          const r = this.range(q1, q2)
          if (r) {
            this.push(q1.s, q2.e, 'range', r.value, r.unit, approx || q1.approxAfter || q2.approxAfter)
            return q2.e
          }
        }
      }
    }
    const cd = this.centuryDecade(q1, approx)
    if (cd > 0) return cd
    if (this.isModelName(q1)) return q1.e
    if (q1.clockShape && !q1.currency && !q1.percent && !q1.unit && !q1.scale) return q1.e
    this.emit(q1, approx || q1.approxAfter, until)
    return q1.e
  }

  private startsQuantity(i: number): boolean {
    const t = this.t[i]
    if (!t) return false
    if (t.type === 'num') return true
    if (this.c.currencies.match(this.t, i)) return true
    if (t.type === 'word' && (this.c.words.has(t.low) || this.c.articles.has(t.low))) return true
    return DASHES.has(t.text) && this.t[i + 1]?.type === 'num'
  }

  private range(q1: Quantity, q2: Quantity): { value: [number, number]; unit: string | null } | null {
    const u1 = q1.currency ?? (q1.percent ? 'percent' : q1.unit)
    const u2 = q2.currency ?? (q2.percent ? 'percent' : q2.unit)
    if (u1 && u2 && u1 !== u2) return null
    // "rose 1.2 percent to 7,250": a unit written after the low end must be repeated on the high end.
    if (u1 && !u2 && q1.unitAfter) return null
    // The sign is applied at emit time, so a range reads it here ("de -0,5 % à 1,2 %").
    let lo = q1.negative ? -q1.value : q1.value
    const hi = q2.negative ? -q2.value : q2.value
    // "10-20 juta", "between 2 and 3 billion": the scale of the high end applies to a bare low end.
    if (!q1.scale && q2.scale && Math.abs(lo) < q2.scale) lo = lo * q2.scale
    if (!(lo < hi)) return null
    return { value: [lo, hi], unit: u1 ?? u2 }
  }

  /** "Mi 10", "iPhone 16", "Windows 11": a short plain number right after a capitalized word. */
  private isModelName(q: Quantity): boolean {
    if (q.form !== 'digits' || q.currency || q.percent || q.unit || q.scale || q.ordinal || q.duration || q.multiplier || q.decade || q.fraction) return false
    if (q.negative || !q.raw || q.raw.replace(/[.,]/g, '').length > 3) return false
    const p = this.t[q.s - 1]
    if (!p || p.type !== 'space' || p.newline || p.text.length > 1) return false
    const w = this.t[q.s - 2]
    if (!w || w.type !== 'word' || !/\p{Lu}/u.test(w.text)) return false
    if (this.c.dateWords.has(w.low)) return false
    return !this.sentenceInitial(q.s - 2)
  }

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
      q.form === 'digits' &&
      q.raw !== undefined &&
      // zh `1000余人`: a number with an approximation after it is a count, never a year.
      !q.approxAfter &&
      /^\d{4}$/.test(q.raw) &&
      !q.scale &&
      !q.unit &&
      !q.duration &&
      !q.negative &&
      value >= 1000 &&
      value <= 2199 &&
      this.yearMarked(q.e)
    )
      kind = 'year'
    else {
      kind = Number.isInteger(value) ? 'cardinal' : 'decimal'
      unit = q.unit
    }
    if (q.negative && value > 0) value = -value
    // "berlaku hingga 2030": before a year, an "up to" word means "until".
    this.push(q.s, q.e, kind, value, unit, approx && !(until && kind === 'year'))
  }

  /** Where the grammar marks years (zh `2005年`), is the mark after the number? */
  private yearMarked(e: number): boolean {
    const marks = this.c.x.yearMarks
    if (!marks) return true
    const n = this.ns(e)
    return n > 0 && marks.match(this.t, n) !== null
  }

  /**
   * zh `20世纪70年代`: an ordinal that ends with a century word, then a decade, is that decade (the 1970s).
   * Returns the decade's end, or -1.
   */
  private centuryDecade(q: Quantity, approx: boolean): number {
    const words = this.c.x.centuryWords
    if (!words || !q.ordinal || q.negative || !Number.isInteger(q.value) || q.value < 1) return -1
    let ends = false
    for (let k = q.s; k < q.e && !ends; k++) ends = words.match(this.t, k)?.end === q.e
    const n = ends ? this.ns(q.e) : -1
    const d = n > 0 ? this.quantity(n) : null
    if (!d || !d.decade) return -1
    this.push(q.s, d.e, 'decade', (q.value - 1) * 100 + (d.value % 100), null, approx || d.approxAfter)
    return d.e
  }

  private push(s: number, e: number, kind: NumberKind, value: number | [number, number], unit: string | null, approx: boolean): void {
    const start = this.t[s]!.start
    const end = this.t[e - 1]!.end
    const m: NumberMention = {
      text: this.text.slice(start, end),
      start,
      end,
      kind,
      value,
      unit,
      ...(approx ? { approx: true as const } : {}),
      key: mentionKey(kind, value, unit),
    }
    this.out.push(m)
  }

  // ── quantities ──────────────────────────────────────────────────────────────

  /** Parse [currency] core [scale] [suffixes] at token i. */
  private quantity(i: number): Quantity | null {
    const c = this.c
    let j = i
    let currency: string | null = null
    let negative = false
    const neg = c.negative.match(this.t, j)
    if (neg) {
      const n = this.ns(neg.end)
      if (n > 0 && this.t[n]!.type !== 'word') {
        negative = true
        j = n
      }
    }
    const cur = c.currencies.match(this.t, j)
    // Symbols and codes (Rp, US$, RMB) stand before amounts; lowercase words (yuan, won) only after.
    if (cur && (/\p{Lu}/u.test(cur.phrase.source) || !/^[\p{L}\s.-]+$/u.test(cur.phrase.source))) {
      const n = this.ns(cur.end)
      const nt = n > 0 ? this.t[n]! : null
      if (nt && (nt.type === 'num' || (nt.type === 'word' && c.words.has(nt.low)) || (DASHES.has(nt.text) && this.t[n + 1]?.type === 'num'))) {
        currency = cur.phrase.value
        j = n
      }
    }
    if (this.t[j] && DASHES.has(this.t[j]!.text) && this.t[j + 1]?.type === 'num' && this.glued(j + 1)) {
      const p = this.t[j - 1]
      if (!p || p.type === 'space' || currency || (p.type === 'sym' && p.text === '(')) {
        negative = true
        j = j + 1
      }
    }
    // zh `每小时105英里`, `时速300公里`: a rate word before the number, kept if a measure of the rate follows.
    const rw = c.x.rateWords?.match(this.t, j)
    const rwn = rw ? this.ns(rw.end) : -1
    if (rwn > 0 && this.startsQuantity(rwn)) j = rwn
    // zh `百分之二十五`: the percent word before the number.
    const pb = c.percentBefore.match(this.t, j)
    const pbn = pb ? this.ns(pb.end) : -1
    if (pbn > 0 && this.startsQuantity(pbn)) j = pbn
    this.currencyBefore = currency !== null
    let core = this.core(j)
    this.currencyBefore = false
    // `百分之一`: after a percent word an article-like one (zh `一`) is the number one.
    if (!core && j === pbn) {
      const wv = this.t[j]!.type === 'word' ? c.words.get(this.t[j]!.low) : undefined
      if (wv?.type === 'unit') core = mkCore(j + 1, wv.v, 'words', 0)
    }
    if (!core) return null
    const q: Quantity = {
      s: i,
      e: core.e,
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
      const rate = q.unit !== null ? c.g.ratesBefore?.units[q.unit] : undefined
      if (rate) q.unit = rate
      else q.s = rwn
    }
    return q
  }

  /** Percent, currency, measure, duration and multiplier words after the core. */
  private suffixes(q: Quantity): void {
    const c = this.c
    let n = this.ns(q.e)
    if (n < 0) return
    // "15-year", "3-fold": a glued hyphen before the suffix word.
    let hyph = false
    if (this.glued(n) && DASHES.has(this.t[n]!.text) && this.t[n + 1]?.type === 'word' && this.glued(n + 1)) {
      hyph = true
      n = n + 1
    }
    if (!hyph) n = this.linked(q, n)
    if (!hyph) {
      const pc = c.percent.match(this.t, n)
      if (pc && !q.fraction) {
        q.percent = true
        q.unitAfter = true
        q.e = pc.end
        return
      }
      const ps = c.percentScales.match(this.t, n)
      if (ps && !q.fraction && !q.currency) {
        q.percent = true
        q.value *= ps.phrase.value
        q.unitAfter = true
        q.e = ps.end
        return
      }
      if (!q.currency && !q.fraction) {
        const cu = c.currencies.match(this.t, n)
        if (cu) {
          q.currency = cu.phrase.value
          q.unitAfter = true
          q.e = cu.end
          return
        }
      }
    }
    if (q.fraction) return
    const me = c.measures.match(this.t, n)
    if (me && !q.currency) {
      q.unit = me.phrase.value
      q.unitAfter = true
      q.e = me.end
      this.halfAfterUnit(q)
      return
    }
    const du = c.durations.match(this.t, n)
    const afterDu = du ? this.ns(du.end) : -1
    // "Nomor 11 Tahun 2020": a capitalized duration word before a year labels the year, it is no
    // duration of the number before it ("8 tahun 6 bulan" stays two durations).
    const label = du && afterDu > 0 && /^\p{Lu}/u.test(this.t[n]!.text) && /^\d{4}$/.test(this.t[afterDu]!.text)
    if (du && !q.currency && !label) {
      q.duration = true
      q.e = du.end
      this.halfAfterUnit(q)
      return
    }
    const mu = c.multAfter.match(this.t, n)
    if (mu && !q.currency) {
      q.multiplier = true
      q.e = mu.end
    }
  }

  /** zh `3万多`, `二十多万`, `5公里左右`: an approximation word after the number, and a scale after that. */
  private approxAfterNumber(q: Quantity): void {
    const c = this.c
    const n = this.ns(q.e)
    const aa = n > 0 ? c.approxAfter.match(this.t, n) : null
    if (!aa) return
    q.approxAfter = true
    q.e = aa.end
    const m = this.ns(aa.end)
    const sc = m > 0 && !q.unit && !q.currency && !q.percent ? c.scales.match(this.t, m) : null
    if (sc && sc.phrase.value > q.scale) {
      q.value *= sc.phrase.value
      q.scale = sc.phrase.value
      q.e = sc.end
    }
  }

  /** The number itself: digits (with ordinal, decade and scale suffixes), words, fractions, ordinals. */
  private core(
    i: number,
  ): Core | null {
    const c = this.c
    const tok = this.t[i]
    if (!tok) return null
    if (tok.type === 'num') return this.digits(i)
    if (tok.type !== 'word') {
      // Vulgar fractions: ½ ¼ ¾.
      const fr = c.fractions.match(this.t, i)
      if (fr) return mkCore(fr.end, fr.phrase.value, 'words', 0, undefined, FRACTION)
      return null
    }
    const dp = this.decadeAfterPrefix(i) ?? this.romanOrdinal(i)
    if (dp) return dp
    // Ordinal digits after a prefix word: ke-14, ke 14, ke -14.
    const op = c.ordDigitPrefixes.match(this.t, i)
    if (op) {
      let n = this.ns(op.end)
      if (n > 0 && DASHES.has(this.t[n]!.text)) n = n + 1
      const d = n > 0 ? this.t[n] : undefined
      if (d && d.type === 'num' && (n === op.end || this.glued(n) || this.t[n - 1]!.type === 'space' || DASHES.has(this.t[n - 1]!.text))) {
        const rd = readDigits(d.text, c.g.decimal)
        // After a bare space, digits in thousands groups are a count the prefix word leads to, not a
        // rank: "ke 1.500 pasar" is "to 1,500 markets" (ke-1.500 with a dash stays an ordinal).
        const spaced = n !== op.end && !this.glued(n) && !DASHES.has(this.t[n - 1]!.text)
        const grouped = d.text.includes(c.g.decimal === ',' ? '.' : ',')
        if (rd && !rd.frac && !(spaced && grouped)) return mkCore(n + 1, Number(rd.int), 'digits', 0, undefined, ORDINAL)
      }
      // zh `第十四`, `第一`: the prefix written straight before number words (an article-like `一` included).
      if (d && d.type === 'word' && n === op.end && this.glued(n)) {
        const w = this.words(n)
        if (w) return mkCore(w.e, w.value, 'words', 0, undefined, ORDINAL)
        const wv = c.words.get(d.low)
        if (wv?.type === 'unit') return mkCore(n + 1, wv.v, 'words', 0, undefined, ORDINAL)
      }
    }
    const mw = c.multWords.match(this.t, i)
    if (mw) return mkCore(mw.end, mw.phrase.value, 'words', 0, undefined, MULTIPLIER)
    const bw = c.bothWords.match(this.t, i)
    // A coordinating one (`both … and`) was blocked before: see blocked().
    if (bw) return mkCore(bw.end, bw.phrase.value, 'words', 0)
    const fr = this.fraction(i)
    if (fr) return fr
    const ord = this.ordinalWord(i)
    if (ord) return ord
    const w = this.words(i)
    if (w && w.e === i + 1 && /^\p{Lu}/u.test(tok.text) && !this.sentenceInitial(i)) {
      const n = this.ns(i + 1)
      const n2 = n > 0 && this.t[n]!.text === ',' ? this.ns(n + 1) : -1
      if (n2 > 0 && this.t[n2]!.type === 'word' && /^\p{Lu}/u.test(this.t[n2]!.text)) return null
    }
    if (w?.ordinal) return mkCore(w.e, w.value, 'words', 0, undefined, ORDINAL)
    if (w) {
      const half = this.ns(w.e)
      // A grammar with ordinal compounds reads "vingt et unième" through them, and "vingt premiers" stays twenty.
      if (half > 0 && !c.x.ordCompounds) {
        const ordn = this.ordinalAfterWords(w, half)
        if (ordn) return ordn
      }
      return mkCore(w.e, w.value, 'words', w.scale)
    }
    return null
  }

  private fraction(i: number) {
    const c = this.c
    const fr = c.fractions.match(this.t, i)
    if (!fr) return null
    // "the first half", "paruh pertama" aside: a fraction word right after an ordinal is a period.
    if (c.g.fractionPeriodGuard) {
      const p = this.ps(i)
      if (p >= 0 && this.t[p]!.type === 'word' && c.ordWords.has(this.t[p]!.low)) return null
    }
    if (c.g.fractionPeriodBeforeOrdinal && this.ordinalFollows(fr.end)) return null
    const multiword = fr.phrase.parts.length > 1
    // "half a million", "setengah juta": a fraction of a scale is a cardinal.
    let n = this.ns(fr.end)
    if (n > 0 && c.articles.has(this.t[n]!.low)) n = this.ns(n + 1)
    if (n > 0) {
      const sc = this.t[n]!.type === 'word' ? c.words.get(this.t[n]!.low) : undefined
      if (sc && sc.type === 'mult' && !sc.one && sc.v >= 100) {
        return mkCore(n + 1, fr.phrase.value * sc.v, 'words', sc.v, undefined, FRACTION)
      }
    }
    const lastWord = fr.phrase.parts[fr.phrase.parts.length - 1]!
    if (multiword && c.fractionFollowers.size > 0 && c.g.fractions[lastWord] === undefined) {
      // "a third of", "three quarters of": a spaced article/count phrase needs "of" or punctuation after
      // it, else it is an ordinal or a period ("a third term", "the past three quarters").
      const hyphenated = this.t.slice(i, fr.end).some((t) => t.type === 'sym')
      if (!hyphenated) {
        const nx = this.ns(fr.end)
        const nt = nx > 0 ? this.t[nx] : undefined
        if (nt && nt.type === 'word' && !c.fractionFollowers.has(nt.low)) return null
      }
    }
    return mkCore(fr.end, fr.phrase.value, 'words', 0, undefined, FRACTION)
  }

  /** Is the next word an ordinal word (`pertama`, `kedua`)? Then a fraction word before it names a period (ms `suku pertama`). */
  private ordinalFollows(e: number): boolean {
    const n = this.ns(e)
    const t = n > 0 ? this.t[n] : undefined
    return !!t && t.type === 'word' && (this.c.ordWords.has(t.low) || this.prefixedOrdinal(t.low))
  }

  private ordinalWord(i: number) {
    const c = this.c
    const tok = this.t[i]!
    const ov = c.ordWords.get(tok.low)
    if (ov !== undefined) {
      if (c.timeUnitOrdinals.has(tok.low) && this.timeUnitContext(i)) return null
      return mkCore(i + 1, ov, 'words', 0, undefined, ORDINAL)
    }
    const pre = c.g.ordinals.wordPrefix?.toLowerCase()
    if (pre && tok.low.startsWith(pre) && tok.low.length > pre.length) {
      const rest = tok.low.slice(pre.length)
      const wv = c.words.get(rest)
      if (!wv || wv.type === 'teen' || (wv.type === 'mult' && !wv.one)) return null
      const w = this.words(i + 1, wv.type === 'unit' ? { cur: wv.v, tail: wv.v, last: 'unit' } : { cur: wv.v, tail: 0, last: 'mult' })
      const e = w ? w.e : i + 1
      const value = w ? w.value : wv.v
      // `kedua negara` (both countries) is the quantity two, as `the two countries` and `beide Länder` are.
      if (this.collective(i, e)) return mkCore(e, value, 'words', 0)
      return mkCore(e, value, 'words', 0, undefined, ORDINAL)
    }
    return null
  }

  /** en `second` as a time unit: "per second", "30 second", "a second." */
  private timeUnitContext(i: number): boolean {
    const p = this.ps(i)
    if (p < 0) return false
    const pt = this.t[p]!
    if (pt.type === 'num' || (pt.type === 'word' && this.c.words.has(pt.low))) return true
    if (pt.type === 'word' && this.c.timeUnitAfter.has(pt.low)) return true
    if (pt.type === 'word' && this.c.articles.has(pt.low)) {
      const n = this.ns(i + 1)
      return n < 0 || this.t[n]!.type !== 'word'
    }
    return false
  }

  /**
   * en `both … and`, `X and Y both …`: one of the grammar's `bothNotWith` words within six words
   * after or before the "both" word at [i, e), in its clause.
   */
  private coordinated(i: number, e: number): boolean {
    const set = this.c.bothNotWith
    if (set.size === 0) return false
    for (let k = e, words = 0; k < this.t.length && words < 6; k++) {
      const t = this.t[k]!
      if (t.type === 'sym' && CLAUSE_ENDS.has(t.text)) break
      if (t.type !== 'word') continue
      if (set.has(t.low)) return true
      words++
    }
    for (let k = i - 1, words = 0; k >= 0 && words < 6; k--) {
      const t = this.t[k]!
      if (t.type === 'sym' && (CLAUSE_ENDS.has(t.text) || t.text === ',')) break
      if (t.type !== 'word') continue
      if (set.has(t.low)) return true
      words++
    }
    return false
  }

  /** id `kedua negara` (both countries): a prefixed ordinal word before a noun after a preposition or clause start. */
  private collective(i: number, e: number): boolean {
    const c = this.c
    if (c.collectiveAfter.size === 0 && c.collectivePrefixes.length === 0) return false
    const n = this.ns(e)
    const nt = n > 0 ? this.t[n] : undefined
    if (!nt || nt.type !== 'word' || /^\p{Lu}/u.test(nt.text) || c.words.has(nt.low)) return false
    // A function word or "kali" after it ("kedua kalinya" aside) means no noun follows.
    if (c.collectiveAfter.has(nt.low) || c.multAfter.match(this.t, n)) return false
    const p = this.ps(i)
    if (p < 0) return true
    const pt = this.t[p]!
    if (pt.type === 'sym') return pt.text !== ','
    if (pt.type !== 'word') return false
    if (c.collectiveAfter.has(pt.low)) return true
    return c.collectivePrefixes.some((pre) => pt.low.startsWith(pre) && pt.low.length > pre.length + 3)
  }

  /** en "twenty-first", "one hundredth", "six hundredth": cardinal words followed by an ordinal word. */
  private ordinalAfterWords(w: { e: number; total: number; cur: number; tail: number }, n: number) {
    const c = this.c
    let k = n
    if (DASHES.has(this.t[k]!.text) && this.glued(k) && this.glued(k + 1)) k++
    const t = this.t[k]
    if (!t || t.type !== 'word') return null
    const ov = c.ordWords.get(t.low)
    if (ov === undefined) return null
    const { total, cur, tail } = w
    let value: number
    // The ordinal word plays the part its cardinal would: it multiplies the last group or ends the number.
    if (ov >= 1000) value = total + (cur || 1) * ov
    else if (ov >= 100) value = total + (cur - tail) + (tail || 1) * ov
    else if (ov < 10 && ((tail >= 20 && tail < 100 && tail % 10 === 0) || (tail === 0 && cur + total > 0))) value = total + cur + ov
    else if (ov >= 10 && tail === 0 && cur + total > 0) value = total + cur + ov
    else return null
    return mkCore(k + 1, value, 'words', 0, undefined, ORDINAL)
  }

  /**
   * Number words: "dua puluh tiga", "seratus lima puluh", "a hundred and fifty", "one and a half million",
   * "tiga koma lima". Returns the value and the last scale word (≥ 1000) applied.
   */
  private words(
    i: number,
    seed?: { cur: number; tail: number; last: 'unit' | 'mult' },
  ): { e: number; value: number; scale: number; total: number; cur: number; tail: number; ordinal?: true } | null {
    const c = this.c
    let ordinal = false
    let total = 0
    let cur = seed?.cur ?? 0
    let tail = seed?.tail ?? 0
    let last: 'unit' | 'teen' | 'mult' | 'half' | null = seed?.last ?? null
    let any = !!seed
    let article = false
    let scale = 0
    // The groups closed so far, as (scale, amount) pairs: what a larger scale word multiplies.
    let groups: number[] = []
    let end = seed ? i : -1
    let j = seed ? this.ns(i) : i
    if (seed && j < 0) return null
    while (j >= 0 && j < this.t.length) {
      const t = this.t[j]!
      if (t.type !== 'word') {
        // "twenty-three": a hyphen between a tens word and a unit word.
        if (any && this.numberHyphen(j)) {
          j = j + 1
          continue
        }
        if (any && DASHES.has(t.text) && this.glued(j) && this.glued(j + 1) && last === 'unit' && tail % 10 === 0 && tail >= 20) {
          const nx = this.t[j + 1]
          const nv = nx && nx.type === 'word' ? c.words.get(nx.low) : undefined
          if (nv && nv.type === 'unit' && nv.v < 10) {
            j = j + 1
            continue
          }
        }
        break
      }
      if (any && (last === 'unit' || last === 'teen' || last === 'mult')) {
        const h = c.andAHalf.match(this.t, j)
        if (h) {
          // "un million et demi", "a million and a half": half of the scale just closed.
          if (last === 'mult' && cur === 0 && scale > 0) total += scale / 2
          else cur += 0.5
          tail = 0
          last = 'half'
          end = h.end
          j = this.ns(h.end)
          continue
        }
        const dw = c.decimalWords.match(this.t, j)
        if (dw) {
          // "tiga koma lima", "three point two five": digit words after the decimal word.
          let k = this.ns(dw.end)
          let digits = ''
          let kEnd = -1
          while (k >= 0) {
            const dv = this.t[k]?.type === 'word' ? c.words.get(this.t[k]!.low) : undefined
            if (!dv || dv.type !== 'unit' || dv.v > 9) break
            digits += String(dv.v)
            kEnd = k + 1
            k = this.ns(k + 1)
          }
          if (digits) {
            cur += Number(`0.${digits}`)
            tail = 0
            last = 'half'
            end = kEnd
            j = k
            continue
          }
        }
      }
      // de "zwei Billionen eine Milliarde": mid-number, an article stands for one before a smaller scale.
      if (any && last === 'mult' && cur === 0 && scale > 0 && c.articles.has(t.low)) {
        const n = this.ns(j + 1)
        const nv = n > 0 && this.t[n]!.type === 'word' ? c.words.get(this.t[n]!.low) : undefined
        if (nv && nv.type === 'mult' && !nv.one && nv.v >= 1000 && nv.v < scale) {
          cur = 1
          j = n
          continue
        }
      }
      if (!any && c.articles.has(t.low)) {
        const n = this.ns(j + 1)
        const nv = n > 0 && this.t[n]!.type === 'word' ? c.words.get(this.t[n]!.low) : undefined
        if (nv && nv.type === 'mult' && !nv.one && nv.v >= 10 && !article) {
          article = true
          j = n
          continue
        }
        // de `ein bis zwei Tage`, zh `一到三只`: before a range joiner word and a number, the article is one.
        const jn = n > 0 && !article && this.t[n]!.type === 'word' ? c.joiners.match(this.t, n) : null
        const m = jn ? this.ns(jn.end) : -1
        if (m > 0 && this.t[m]!.type !== 'space' && (this.t[m]!.type === 'num' || c.words.has(this.t[m]!.low))) {
          cur = 1
          tail = 1
          last = 'unit'
          any = true
          end = j + 1
        }
        break
      }
      if (any && c.joinerWords.has(t.low)) {
        // "a hundred and fifty": only after a multiplier and before a smaller number word.
        const n = this.ns(j + 1)
        const nv = n > 0 && this.t[n]!.type === 'word' ? c.words.get(this.t[n]!.low) : undefined
        if (last === 'mult' && nv && nv.type === 'unit') {
          j = n
          continue
        }
        break
      }
      const wa = this.wordAt(j)
      if (!wa) break
      const wv = wa.wv
      // Bare multipliers (cent, mille) and their ordinals (centième, millième) stand for one of them.
      const bare = c.x.bare.has(t.low) || (wa.ordinal && wv.type === 'mult')
      if (wv.type === 'unit') {
        if (any && (last === 'unit' || last === 'teen' || last === 'half')) {
          // Only "twenty three" (a tens word then a unit) continues.
          if (!(last === 'unit' && tail % 10 === 0 && tail >= 20 && tail < 100 && wv.v < 10)) break
        }
        if (any && last === 'mult' && cur % 1000 !== 0 && wv.v >= 100) break
        cur += wv.v
        tail += wv.v
        last = 'unit'
      } else if (wv.type === 'teen') {
        if (last !== 'unit' || tail < 1 || tail > 9) break
        cur += 10
        tail = 0
        last = 'teen'
      } else {
        if (wv.one) {
          if (any && (last === 'unit' || last === 'teen' || last === 'half')) break
          if (wv.v >= 1000) {
            // "seribu", "sejuta": one of the scale, closing a group; "dua seribu" is not a number.
            if (cur !== 0 || (scale && wv.v >= scale)) break
            total += wv.v
            groups.push(wv.v, wv.v)
            scale = wv.v
          } else {
            cur += wv.v
          }
          tail = 0
        } else if (wv.v < 1000) {
          if (wv.v === 12 && !article && !any) break
          if (last === 'half') cur = cur * wv.v
          else if (tail > 0) cur = cur - tail + tail * wv.v
          // A bare multiplier starts a number or a new group: "cent", "cinq mille cent".
          else if ((article && !any) || (bare && cur === 0)) cur = wv.v
          else break
          tail = 0
        } else {
          let base = cur
          if (base === 0) {
            if ((article && !any) || (bare && cur === 0 && (!scale || wv.v < scale))) base = 1
            // "mille milliards", "a thousand billion": a larger scale right after a smaller one multiplies the total.
            else if (last === 'mult' && scale && wv.v > scale && total > 0) {
              const keep = above(groups, wv.v)
              total = keep + (total - keep) * wv.v
              groups = [wv.v, total - keep, ...groupsAbove(groups, wv.v)]
              scale = wv.v
              last = 'mult'
              any = true
              end = wa.end
              j = this.ns(wa.end)
              continue
            } else break
          }
          if (scale && wv.v >= scale) {
            // "seratus ribu juta" and the like: a larger scale after a smaller one multiplies what stands
            // since the last scale larger than it (zh 一亿两千万: 万 multiplies 两千, not 一亿).
            const keep = above(groups, wv.v)
            total = keep + (total - keep + base) * wv.v
            groups = [wv.v, total - keep, ...groupsAbove(groups, wv.v)]
          } else {
            total += base * wv.v
            groups.push(wv.v, base * wv.v)
          }
          cur = 0
          tail = 0
          scale = wv.v
        }
        last = 'mult'
      }
      any = true
      if (wa.ordinal) ordinal = true
      end = wa.end
      // An ordinal word ends the number (deux cent vingt-deuxième).
      if (ordinal) break
      j = this.ns(wa.end)
    }
    if (!any || end < 0) return null
    return { e: end, value: total + cur, scale, total, cur, tail, ...(ordinal ? { ordinal: true as const } : {}) }
  }

  /** Digits with their glued or following scale, ordinal suffix, decade suffix. */
  private digits(i: number) {
    const c = this.c
    const tok = this.t[i]!
    const rd = readDigits(tok.text, c.g.decimal)
    if (!rd) return null
    const clockShape = c.g.decimal === ',' && /^\d{1,2}\.\d{2}$/.test(tok.text) && Number(rd.int) <= 24 && Number(rd.frac) <= 59
    let value = Number(rd.frac ? `${rd.int}.${rd.frac}` : rd.int)
    let e = i + 1
    const nx = this.t[i + 1]
    // Glued letters: 14th, 5k, 3x, 1990s, 1990an, 5km; anything else makes it a code.
    if (nx && this.glued(i + 1)) {
      if (nx.type === 'word') {
        if (c.ordDigitSuffixes.has(nx.low) && !rd.frac) return mkCore(i + 2, value, 'digits', 0, tok.text, this.dayOfMonth(i, i + 2) ? 0 : ORDINAL)
        const dv = c.decadeSuffixes.has(nx.low) ? decadeValue(tok.text, c.g) : null
        if (dv !== null) return mkCore(i + 2, dv, 'digits', 0, tok.text, DECADE)
        // Suffixes of several tokens, in scripts without spaces: zh `20世纪` (20th century), `90年代` (the 1990s).
        const os = c.x.ordSuffixes?.match(this.t, i + 1)
        if (os && os.end > i + 2 && !rd.frac) return mkCore(os.end, value, 'digits', 0, tok.text, ORDINAL)
        const ds = c.x.decadeSuffixes?.match(this.t, i + 1)
        const dv2 = ds && ds.end > i + 2 ? decadeValue(tok.text, c.g) : null
        if (dv2 !== null) return mkCore(ds!.end, dv2, 'digits', 0, tok.text, DECADE)
        const sc = c.scales.match(this.t, i + 1) ?? this.moneyScale(i + 1)
        if (sc && !this.longerMeasure(i + 1, sc.end)) return mkCore(sc.end, scaleDigits(rd.int, rd.frac, sc.phrase.value), 'digits', sc.phrase.value, tok.text)
        if (c.multAfter.match(this.t, i + 1) || c.measures.match(this.t, i + 1) || c.percent.match(this.t, i + 1) || c.currencies.match(this.t, i + 1) || c.timeAfter.match(this.t, i + 1)) {
          return mkCore(e, value, 'digits', 0, tok.text, clockShape ? CLOCK_SHAPE : 0)
        }
        if (!ideographic(nx)) return null
      }
      // 1990-an, 1990's
      if ((DASHES.has(nx.text) || nx.text === "'" || nx.text === '’') && this.t[i + 2]?.type === 'word' && this.glued(i + 2)) {
        const dv = c.decadeSuffixes.has(this.t[i + 2]!.low) ? decadeValue(tok.text, c.g) : null
        if (dv !== null) {
          return mkCore(i + 3, dv, 'digits', 0, tok.text, DECADE)
        }
      }
      // de `der 3. Platz` (ordinal), `am 14. März` (a day, cardinal): digits and a dot, read by numbers/digit-forms.ts.
      if (nx.text === '.' && !rd.frac && !rd.grouped) {
        const dot = readDotOrdinalAt(this.t, i, c.g)
        if (dot) return mkCore(i + 2, value, 'digits', 0, tok.text, dot === 'ordinal' ? ORDINAL : 0)
      }
    }
    // 2½, 1¾: a fraction sign glued to whole digits adds to them.
    if (nx && nx.type === 'sym' && this.glued(i + 1) && !rd.frac) {
      const f = c.fractions.match(this.t, i + 1)
      if (f && f.end === i + 2 && f.phrase.value < 1) {
        value += f.phrase.value
        e = i + 2
      }
    }
    // A spaced scale word: 105 miliar, 1,5 juta, 2.3 bn; "and a half" first (2 and a half million).
    let n = this.ns(e)
    if (n > e && ideographic(this.t[n])) {
      // zh `20 世纪`, `70 年代` with a space: suffixes of several characters, as when glued.
      const os = c.x.ordSuffixes?.match(this.t, n)
      if (os && os.end > n + 1 && !rd.frac) return mkCore(os.end, value, 'digits', 0, tok.text, ORDINAL)
      const ds = c.x.decadeSuffixes?.match(this.t, n)
      const dv = ds && ds.end > n + 1 ? decadeValue(tok.text, c.g) : null
      if (dv !== null) return mkCore(ds!.end, dv, 'digits', 0, tok.text, DECADE)
    }
    if (n > 0) {
      const h = c.andAHalf.match(this.t, n)
      if (h && !rd.frac) {
        const n2 = this.ns(h.end)
        value += 0.5
        e = h.end
        n = n2
        const sc2 = n2 > 0 ? c.scales.match(this.t, n2) : null
        if (sc2) return mkCore(sc2.end, value * sc2.phrase.value, 'digits', sc2.phrase.value, tok.text)
        return mkCore(e, value, 'digits', 0, tok.text)
      }
      const sc = c.scales.match(this.t, n) ?? this.moneyScale(n)
      if (sc && !this.longerMeasure(n, sc.end)) return mkCore(sc.end, scaleDigits(rd.int, rd.frac, sc.phrase.value), 'digits', sc.phrase.value, tok.text)
    }
    return mkCore(e, value, 'digits', 0, tok.text, clockShape ? CLOCK_SHAPE : 0)
  }

  /** en `January 1st`, `1st of May`, fr `1er janvier`: a month right before the ordinal digits, or one of `dayMonths` after them. */
  private dayOfMonth(s: number, e: number): boolean {
    const x = this.c.x
    if (!x.dayMonthsAfter) return false
    const p = this.ps(s)
    if (p >= 0 && x.dayMonths.has(this.t[p]!.low)) return true
    const n = this.ns(e)
    return n > 0 && x.dayMonthsAfter.match(this.t, n) !== null
  }

  /** A measure that starts with a scale word and is longer is the unit: zh `3千米` is 3 km, `5千克` 5 kg. */
  private longerMeasure(n: number, scaleEnd: number): boolean {
    const me = this.c.measures.match(this.t, n)
    return !!me && me.end > scaleEnd
  }

  // ── French-style grammar parts (optional keys; see types.ts) ─────────────────

  /** fr "deux heures et demie", "trois kilomètres et demi": a half after the unit adds to the number. */
  private halfAfterUnit(q: Quantity): void {
    const n = this.ns(q.e)
    const h = n > 0 ? this.c.andAHalf.match(this.t, n) : null
    if (!h || h.phrase.parts.length < 2 || !Number.isInteger(q.value)) return
    q.value += 0.5
    q.e = h.end
  }

  /** A glued hyphen between two number words, where the grammar joins number words by hyphens. */
  private numberHyphen(j: number): boolean {
    if (!this.c.g.hyphenJoins || !DASHES.has(this.t[j]!.text) || !this.glued(j) || !this.glued(j + 1)) return false
    const nx = this.t[j + 1]
    return !!nx && nx.type === 'word' && this.wordAt(j + 1) !== null
  }

  /**
   * The number word at j: an ordinal compound that ends the number (vingt et unième), a compound
   * (dix-sept, vingt et un) or a plain word. The longest match wins.
   */
  private wordAt(j: number): { wv: WordVal; end: number; ordinal: boolean } | null {
    const c = this.c
    const t = this.t[j]!
    const asWord = (v: number): WordVal => (v < 100 ? { type: 'unit', v } : { type: 'mult', v, one: false })
    let best: { wv: WordVal; end: number; ordinal: boolean } | null = null
    const oc = c.x.ordCompounds?.match(this.t, j)
    if (oc) best = { wv: asWord(oc.phrase.value), end: oc.end, ordinal: true }
    const cp = c.x.compounds?.match(this.t, j)
    if (cp && (!best || cp.end > best.end)) best = { wv: { type: 'unit', v: cp.phrase.value }, end: cp.end, ordinal: false }
    if (best) return best
    if (t.type !== 'word') return null
    const wv = c.words.get(t.low)
    return wv ? { wv, end: j + 1, ordinal: false } : null
  }

  /** After a scale word, a linker before a currency or measure (2 millions d'euros): the index after it, else n. */
  private linked(q: Quantity, n: number): number {
    const x = this.c.x
    if (!x.linkers || q.scale <= 0) return n
    const lk = x.linkers.match(this.t, n)
    if (!lk) return n
    const m = this.ns(lk.end)
    if (m < 0) return n
    return this.c.currencies.match(this.t, m) || this.c.measures.match(this.t, m) ? m : n
  }

  /** fr `les années 1990`, `les années 90`: a decade word before a year. */
  private decadeAfterPrefix(i: number) {
    const x = this.c.x
    const dp = x.decadePrefixes?.match(this.t, i)
    if (!dp) return null
    const n = this.ns(dp.end)
    const d = n > 0 ? this.t[n] : undefined
    if (!d || d.type !== 'num' || !/^(?:\d{2}|\d{4})$/.test(d.text) || Number(d.text) % 10 !== 0) return null
    // A glued suffix (90s, 1990-an) is the digits' own business.
    if (this.t[n + 1] && this.glued(n + 1) && this.t[n + 1]!.type !== 'sym') return null
    const value = d.text.length === 2 ? 1900 + Number(d.text) : Number(d.text)
    if (value < 1000 || value > 2199) return null
    return mkCore(n + 1, value, 'digits', 0, d.text, DECADE)
  }

  /** The value of a capital Roman numeral with an ordinal suffix (XXIe, Ier), or 0. */
  private romanValue(text: string): number {
    const re = this.c.x.roman
    const m = re ? re.exec(text) : null
    if (!m) return 0
    return romanToInt(m[1]!)
  }

  private romanOrdinal(i: number) {
    const t = this.t[i]!
    if (t.type !== 'word') return null
    const v = this.romanValue(t.text) || (this.romanAfterWord(i) ? romanToInt(t.text) : 0)
    if (!v) return null
    return mkCore(i + 1, v, 'words', 0, undefined, ORDINAL)
  }

  /** id `kuartal II`: a bare Roman numeral right after one of the grammar's `ordinals.romanAfter` words. */
  private romanAfterWord(i: number): boolean {
    const after = this.c.x.romanAfter
    if (after.size === 0 || !/^[IVX]+$/.test(this.t[i]!.text)) return false
    const p = this.ps(i)
    return p >= 0 && after.has(this.t[p]!.low)
  }

  /** fr `14 h`, `14 h 30`, `14h30`: digits of an hour (0–24) then an hour mark, and the minutes. Its end, or i. */
  private clockEnd(i: number): number {
    const x = this.c.x
    if (!x.clockHours) return i
    const tok = this.t[i]!
    if (!/^\d{1,2}$/.test(tok.text) || Number(tok.text) > 24) return i
    const n = this.glued(i + 1) ? i + 1 : this.ns(i + 1)
    if (n < 0 || this.t[n]?.type !== 'word') return i
    const h = x.clockHours.match(this.t, n)
    if (!h) return i
    let e = h.end
    const mTok = this.t[e]
    const m = mTok && this.glued(e) ? e : this.ns(e)
    if (m > 0 && this.t[m]!.type === 'num' && /^\d{2}$/.test(this.t[m]!.text) && Number(this.t[m]!.text) <= 59) e = m + 1
    return this.afterTime(e)
  }

  /** `M`, `T` (id) and `m` (en) scale an amount only when money is around it. */
  private moneyScale(i: number) {
    const c = this.c
    const ms = c.moneyScales.match(this.t, i)
    if (!ms) return null
    // Money before the number (Rp 10 M) or right after the scale (10 M rupiah).
    const n = this.ns(ms.end)
    const after = n > 0 && !!c.currencies.match(this.t, n)
    return this.currencyBefore || after ? ms : null
  }
}

// ── French-style grammar parts, compiled ──────────────────────────────────────

interface Extras {
  readonly groupSeparators: ReadonlySet<string>
  readonly compounds: PhraseTable<number> | null
  readonly ordCompounds: PhraseTable<number> | null
  readonly bare: ReadonlySet<string>
  readonly linkers: PhraseTable<true> | null
  readonly decadePrefixes: PhraseTable<true> | null
  readonly clockHours: PhraseTable<true> | null
  /** Capital I/V/X then one of the grammar's Roman ordinal suffixes. */
  readonly roman: RegExp | null
  /** Ordinal and decade suffixes after digits, as phrases (zh `世纪`, `年代`: several tokens each). */
  readonly ordSuffixes: PhraseTable<true> | null
  readonly decadeSuffixes: PhraseTable<true> | null
  readonly dayMonths: ReadonlySet<string>
  readonly romanAfter: ReadonlySet<string>
  readonly dayMonthsAfter: PhraseTable<true> | null
  readonly centuryWords: PhraseTable<true> | null
  readonly yearMarks: PhraseTable<true> | null
  readonly rateWords: PhraseTable<true> | null
}

function compileExtras(g: NumberGrammar): Extras {
  const table = <V>(entries: [string, V][]): PhraseTable<V> | null => (entries.length ? new PhraseTable(entries) : null)
  const suffixes = [...(g.ordinals.romanSuffixes ?? [])].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return {
    groupSeparators: new Set(g.groupSeparators ?? []),
    compounds: table(Object.entries(g.compounds ?? {})),
    ordCompounds: table(Object.entries(g.ordinals.compounds ?? {})),
    bare: lowSet(g.bareMultipliers),
    linkers: table(set(g.scaleLinkers, true as const)),
    decadePrefixes: table(set(g.decadePrefixes, true as const)),
    clockHours: table(set(g.clockHours, true as const)),
    roman: suffixes.length ? new RegExp(`^([IVX]+)(?:${suffixes.join('|')})$`, 'u') : null,
    ordSuffixes: table(set(g.ordinals.digitSuffixes, true as const)),
    decadeSuffixes: table(set(g.decadeSuffixes, true as const)),
    dayMonths: lowSet(g.ordinals.dayMonths),
    romanAfter: lowSet(g.ordinals.romanAfter),
    dayMonthsAfter: table(set(g.ordinals.dayMonths, true as const)),
    centuryWords: table(set(g.ordinals.centuryWords, true as const)),
    yearMarks: table(set(g.yearMarks, true as const)),
    rateWords: table(set(g.ratesBefore?.words, true as const)),
  }
}

/** Lowercased first words of the extra phrases, so that the reader does not skip them. */
function extraTriggers(x: Extras): string[] {
  const out: string[] = []
  for (const t of [x.compounds, x.ordCompounds, x.decadePrefixes, x.rateWords]) if (t) for (const f of (t as PhraseTable<unknown>).firstParts()) out.push(f.toLowerCase())
  return out
}

/** The sum of the groups closed by scales larger than `scale` (pairs of scale, amount). */
function above(groups: readonly number[], scale: number): number {
  let s = 0
  for (let k = 0; k < groups.length; k += 2) if (groups[k]! > scale) s += groups[k + 1]!
  return s
}

function groupsAbove(groups: readonly number[], scale: number): number[] {
  const out: number[] = []
  for (let k = 0; k < groups.length; k += 2) if (groups[k]! > scale) out.push(groups[k]!, groups[k + 1]!)
  return out
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 }

/** I, V, X numerals up to XXXIX in their canonical spelling (so `IIII` or `VX` are not numbers), else 0. */
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

/**
 * Join digit groups split by a grammar's group separators ("2 500 000", "1'000") into one number token,
 * rewritten in the language's own convention ("2.500.000" where the decimal mark is a comma) so the
 * digit reader judges its shape. Offsets still point at the input.
 */
function mergeGroups(toks: Lex[], seps: ReadonlySet<string>, decimal: '.' | ','): Lex[] {
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
