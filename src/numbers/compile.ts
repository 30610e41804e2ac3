/**
 * A pack's {@link NumberGrammar} compiled into the tables the reader matches tokens against: word maps,
 * phrase tables and sets, grouped by the part of the reader that asks them. Compiled once per grammar.
 */
import { PhraseTable } from './lexer.js'
import { compoundReader, FallbackMap, FallbackSet } from './compound.js'
import type { NumberGrammar } from './types.js'

/**
 * What a number word stands for: a unit (`tiga`, `seventy`), a teen marker (id `belas`), or a
 * multiplier (`ratus`, `million`); `onePrefixed` for a multiplier with the grammar's one-prefix (`seratus`).
 */
export type NumberWord =
  | { readonly type: 'unit'; readonly value: number }
  | { readonly type: 'teen' }
  | { readonly type: 'mult'; readonly value: number; readonly onePrefixed: boolean }

/** A grammar's tables. Phrase tables typed `| null` are absent when the grammar leaves their key out. */
export interface CompiledGrammar {
  readonly grammar: NumberGrammar
  /** Every word that can start a mention or a non-number (lowercased): other words are skipped at once. */
  readonly triggers: ReadonlySet<string>
  /** Marks between digit groups written apart ("2 500 000", "1'000"): such groups are joined into one token. */
  readonly groupSeparators: ReadonlySet<string>

  // Number words: spelled-out numerals, scales, fractions.
  readonly words: Map<string, NumberWord>
  readonly compounds: PhraseTable<number> | null
  readonly bareMultipliers: ReadonlySet<string>
  readonly joinerWords: ReadonlySet<string>
  readonly articles: ReadonlySet<string>
  readonly andAHalf: PhraseTable<true>
  readonly decimalWords: PhraseTable<true>
  readonly scales: PhraseTable<number>
  readonly fractions: PhraseTable<number>
  readonly fractionFollowers: ReadonlySet<string>
  readonly fractionPeriodAfter: ReadonlySet<string>
  readonly relativeYears: PhraseTable<true> | null
  readonly coordinators: PhraseTable<true> | null

  // Quantities and units after or before the number.
  readonly percent: PhraseTable<true>
  readonly percentBefore: PhraseTable<true>
  readonly percentScales: PhraseTable<number>
  readonly currencies: PhraseTable<string>
  readonly moneyScales: PhraseTable<number>
  readonly measures: PhraseTable<string>
  readonly measuresAfterDigits: ReadonlySet<string>
  readonly durations: PhraseTable<true>
  readonly multiplierAfter: PhraseTable<true>
  readonly multiplierWords: PhraseTable<number>
  readonly scaleLinkers: PhraseTable<true> | null
  readonly rateWords: PhraseTable<true> | null
  readonly approxAfter: PhraseTable<true>

  // Ordinals, decades and centuries.
  readonly ordinalWords: Map<string, number>
  readonly ordinalCompounds: PhraseTable<number> | null
  readonly ordinalDigitPrefixes: PhraseTable<true>
  readonly ordinalDigitSuffixes: ReadonlySet<string>
  /** Ordinal and decade suffixes after digits, as phrases (zh `世纪`, `年代`: several tokens each). */
  readonly ordinalSuffixPhrases: PhraseTable<true> | null
  readonly decadeSuffixes: ReadonlySet<string>
  readonly spacedDecadeSuffixes: ReadonlySet<string>
  readonly decadeSuffixPhrases: PhraseTable<true> | null
  readonly decadePrefixes: PhraseTable<true> | null
  readonly centuryWords: PhraseTable<true> | null
  /** Capital I/V/X then one of the grammar's Roman ordinal suffixes. */
  readonly romanOrdinal: RegExp | null
  readonly romanAfter: ReadonlySet<string>
  /** Words after which a number in words is an ordinal (id `kelas satu`). */
  readonly wordsAfter: ReadonlySet<string>
  /** Months before ordinal digits (en `January 1st`), as words; after them (fr `1er janvier`), as phrases. */
  readonly dayMonths: ReadonlySet<string>
  readonly dayMonthPhrases: PhraseTable<true> | null
  readonly collectiveAfter: ReadonlySet<string>
  readonly collectivePrefixes: readonly string[]
  readonly timeUnitOrdinals: ReadonlySet<string>
  readonly timeUnitAfter: ReadonlySet<string>
  readonly collectiveNouns: ReadonlySet<string>
  readonly rankNouns: ReadonlySet<string>

  // What holds digits or number words but is no number.
  readonly notNumbers: PhraseTable<true>
  readonly onlyBesideNumbers: ReadonlySet<string>
  readonly timeBefore: PhraseTable<true>
  readonly timeAfter: PhraseTable<true>
  readonly versionBefore: PhraseTable<true>
  readonly clockHours: PhraseTable<true> | null
  readonly clockHourWords: PhraseTable<true> | null
  readonly decadeWords: PhraseTable<number> | null
  readonly weightWords: ReadonlySet<string>
  readonly weightUnits: PhraseTable<string> | null
  readonly clockLeads: ReadonlySet<string>
  readonly dateWords: ReadonlySet<string>
  readonly bothWords: PhraseTable<number>
  readonly bothNotWith: ReadonlySet<string>

  // Mentions: approximation, ranges, sign, years.
  readonly approx: PhraseTable<true>
  readonly until: ReadonlySet<string>
  readonly joiners: PhraseTable<true>
  readonly openers: PhraseTable<string | null>
  readonly negative: PhraseTable<true>
  readonly yearMarks: PhraseTable<true> | null
}

const cache = new WeakMap<NumberGrammar, CompiledGrammar>()

function flagged<V>(list: readonly string[] | undefined, v: V): [string, V][] {
  return (list ?? []).map((s) => [s, v])
}
const lowercaseSet = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((s) => s.toLowerCase()))
/** A phrase table of an optional grammar key: null when the key lists nothing. */
const optionalTable = <V>(entries: [string, V][]): PhraseTable<V> | null => (entries.length ? new PhraseTable(entries) : null)

/**
 * Compile a grammar once (cached per grammar object).
 *
 * @example
 * compileGrammar(id.numbers).words.get('juta') //=> { type: 'mult', value: 1000000, onePrefixed: false }
 */
export function compileGrammar(g: NumberGrammar): CompiledGrammar {
  const hit = cache.get(g)
  if (hit) return hit
  // Number words written as one word (de `dreiundzwanzig`, `hundertste`) are read on demand: numbers/compound.ts.
  const cw = compoundReader(g)
  const words: Map<string, NumberWord> = cw
    ? new FallbackMap<NumberWord>([], (w) => {
        const value = cw.cardinal(w)
        return value === null ? undefined : { type: 'unit', value }
      })
    : new Map()
  for (const [w, value] of Object.entries(g.units)) words.set(w.toLowerCase(), { type: 'unit', value })
  for (const w of g.teenWords ?? []) words.set(w.toLowerCase(), { type: 'teen' })
  for (const [w, value] of Object.entries(g.multipliers)) words.set(w.toLowerCase(), { type: 'mult', value, onePrefixed: false })
  if (g.onePrefix) {
    const p = g.onePrefix.toLowerCase()
    // se + puluh/ratus/ribu/juta… = one times the multiplier; se + belas = eleven.
    for (const [w, value] of Object.entries(g.multipliers)) if (!words.has(p + w)) words.set(p + w.toLowerCase(), { type: 'mult', value, onePrefixed: true })
    for (const w of g.teenWords ?? []) if (!words.has(p + w)) words.set(p + w.toLowerCase(), { type: 'unit', value: 11 })
  }
  const ordEntries = Object.entries(g.ordinals.words).map(([w, v]) => [w.toLowerCase(), v] as const)
  const ordinalWords: Map<string, number> = cw ? new FallbackMap(ordEntries, (w) => cw.ordinal(w) ?? undefined) : new Map(ordEntries)
  const openerEntries: [string, string | null][] = [
    ...flagged(g.rangeOpeners, null),
    ...Object.entries(g.rangePairs ?? {}).map(([o, j]) => [o, j] as [string, string]),
  ]
  const romanSuffixes = [...(g.ordinals.romanSuffixes ?? [])].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const c: CompiledGrammar = {
    grammar: g,
    triggers: cw ? new FallbackSet([], (w) => words.has(w) || ordinalWords.has(w)) : new Set(),
    groupSeparators: new Set(g.groupSeparators ?? []),

    words,
    compounds: optionalTable(Object.entries(g.compounds ?? {})),
    bareMultipliers: lowercaseSet(g.bareMultipliers),
    joinerWords: lowercaseSet(g.joiners),
    articles: lowercaseSet(g.articles),
    andAHalf: new PhraseTable(flagged(g.andAHalf, true as const)),
    decimalWords: new PhraseTable(flagged(g.decimalWords, true as const)),
    scales: new PhraseTable([
      ...Object.entries(g.scaleAbbreviations ?? {}),
      ...Object.entries(g.multipliers).filter(([, v]) => v >= 1000),
    ]),
    fractions: new PhraseTable(Object.entries(g.fractions)),
    fractionFollowers: lowercaseSet(g.articleFractionFollowers),
    fractionPeriodAfter: lowercaseSet(g.fractionPeriodAfter),
    relativeYears: optionalTable(flagged(g.relativeYears, true as const)),
    coordinators: optionalTable(flagged(g.coordinators, true as const)),

    percent: new PhraseTable(flagged(g.percent, true as const)),
    percentBefore: new PhraseTable(flagged(g.percentBefore, true as const)),
    percentScales: new PhraseTable(Object.entries(g.percentScales ?? {})),
    currencies: new PhraseTable(Object.entries(g.currencies)),
    moneyScales: new PhraseTable(Object.entries(g.moneyScales ?? {})),
    measures: new PhraseTable(Object.entries(g.measures)),
    measuresAfterDigits: lowercaseSet(g.measuresAfterDigits),
    durations: new PhraseTable(flagged(g.durations, true as const)),
    multiplierAfter: new PhraseTable(flagged(g.multiplierAfter, true as const)),
    multiplierWords: new PhraseTable(Object.entries(g.multiplierWords ?? {})),
    scaleLinkers: optionalTable(flagged(g.scaleLinkers, true as const)),
    rateWords: optionalTable(flagged(g.ratesBefore?.words, true as const)),
    approxAfter: new PhraseTable(flagged(g.approxAfter, true as const)),

    ordinalWords,
    ordinalCompounds: optionalTable(Object.entries(g.ordinals.compounds ?? {})),
    ordinalDigitPrefixes: new PhraseTable(flagged(g.ordinals.digitPrefixes, true as const)),
    ordinalDigitSuffixes: lowercaseSet(g.ordinals.digitSuffixes),
    ordinalSuffixPhrases: optionalTable(flagged(g.ordinals.digitSuffixes, true as const)),
    decadeSuffixes: lowercaseSet(g.decadeSuffixes),
    spacedDecadeSuffixes: lowercaseSet(g.spacedDecadeSuffixes),
    decadeSuffixPhrases: optionalTable(flagged(g.decadeSuffixes, true as const)),
    decadePrefixes: optionalTable(flagged(g.decadePrefixes, true as const)),
    centuryWords: optionalTable(flagged(g.ordinals.centuryWords, true as const)),
    romanOrdinal: romanSuffixes.length ? new RegExp(`^([IVX]+)(?:${romanSuffixes.join('|')})$`, 'u') : null,
    romanAfter: lowercaseSet(g.ordinals.romanAfter),
    wordsAfter: lowercaseSet(g.ordinals.wordsAfter),
    dayMonths: lowercaseSet(g.ordinals.dayMonths),
    dayMonthPhrases: optionalTable(flagged(g.ordinals.dayMonths, true as const)),
    collectiveAfter: lowercaseSet(g.ordinals.collectiveAfter),
    collectivePrefixes: (g.ordinals.collectiveAfterPrefixes ?? []).map((s) => s.toLowerCase()),
    timeUnitOrdinals: lowercaseSet(g.ordinals.timeUnitWords),
    timeUnitAfter: lowercaseSet(g.ordinals.timeUnitAfter),
    collectiveNouns: lowercaseSet(g.ordinals.collectiveNouns),
    rankNouns: lowercaseSet(g.ordinals.rankNouns),

    notNumbers: new PhraseTable(flagged(g.notNumbers, true as const)),
    onlyBesideNumbers: lowercaseSet(g.onlyBesideNumbers),
    timeBefore: new PhraseTable(flagged(g.timeBefore, true as const)),
    timeAfter: new PhraseTable(flagged(g.timeAfter, true as const)),
    versionBefore: new PhraseTable(flagged(g.versionBefore, true as const)),
    clockHours: optionalTable(flagged(g.clockHours, true as const)),
    clockHourWords: optionalTable(flagged(g.clockHourWords, true as const)),
    decadeWords: optionalTable(Object.entries(g.decadeWords ?? {})),
    weightWords: lowercaseSet(g.weightContext?.words),
    weightUnits: optionalTable(Object.entries(g.weightContext?.units ?? {})),
    clockLeads: lowercaseSet(g.clockLeads),
    dateWords: lowercaseSet(g.dateWords),
    bothWords: new PhraseTable(Object.entries(g.bothWords ?? {})),
    bothNotWith: lowercaseSet(g.bothNotWith),

    approx: new PhraseTable(flagged(g.approx, true as const)),
    until: lowercaseSet(g.untilWords),
    joiners: new PhraseTable(flagged([...g.rangeJoiners, '-', '–', '—'], true as const)),
    openers: new PhraseTable(openerEntries),
    negative: new PhraseTable(flagged(g.negative, true as const)),
    yearMarks: optionalTable(flagged(g.yearMarks, true as const)),
  }
  const triggers = c.triggers as Set<string>
  const addFirstParts = (table: PhraseTable<unknown> | null): void => {
    if (table) for (const f of table.firstParts()) triggers.add(f.toLowerCase())
  }
  for (const table of [c.fractions, c.percent, c.currencies, c.approx, c.openers, c.multiplierWords, c.bothWords, c.negative, c.notNumbers, c.timeBefore, c.timeAfter, c.versionBefore, c.ordinalDigitPrefixes, c.percentBefore]) {
    addFirstParts(table as PhraseTable<unknown>)
  }
  for (const w of words.keys()) triggers.add(w)
  for (const w of ordinalWords.keys()) triggers.add(w)
  for (const w of c.articles) triggers.add(w)
  // The optional phrases start mentions too.
  for (const table of [c.compounds, c.ordinalCompounds, c.decadePrefixes, c.decadeWords, c.rateWords]) addFirstParts(table as PhraseTable<unknown> | null)
  cache.set(g, c)
  return c
}

/**
 * Is a lowercased word an ordinal made with the grammar's ordinal prefix and a number word (id `ketiga`)?
 *
 * @example
 * isPrefixedOrdinal(compileGrammar(id.numbers), 'ketiga') //=> true
 */
export function isPrefixedOrdinal(c: CompiledGrammar, low: string): boolean {
  const pre = c.grammar.ordinals.wordPrefix
  if (!pre || !low.startsWith(pre)) return false
  const rest = low.slice(pre.length)
  return c.words.has(rest) || suffixedUnit(c, rest) !== undefined
}

/**
 * The value of a unit word followed by one of the grammar's ordinal `wordSuffixes` (id `duanya`, the
 * rest of `keduanya` once the prefix is cut), or undefined.
 *
 * @example
 * suffixedUnit(compileGrammar(id.numbers), 'duanya') //=> 2
 */
export function suffixedUnit(c: CompiledGrammar, rest: string): number | undefined {
  for (const suf of c.grammar.ordinals.wordSuffixes ?? []) {
    if (rest.length <= suf.length || !rest.endsWith(suf)) continue
    const wv = c.words.get(rest.slice(0, -suf.length))
    if (wv?.type === 'unit') return wv.value
  }
  return undefined
}
