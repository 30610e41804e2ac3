/** What a number mention is. See docs/numbers.md for the full contract. */
export type NumberKind =
  | 'cardinal'
  | 'decimal'
  | 'ordinal'
  | 'fraction'
  | 'percent'
  | 'currency'
  | 'year'
  | 'decade'
  | 'range'
  | 'multiplier'

/** One number found in a text. `text === input.slice(start, end)` always holds. */
export interface NumberMention {
  /** The span as it stands in the input. */
  readonly text: string
  /** UTF-16 offset of the first character. */
  readonly start: number
  /** UTF-16 offset just past the last character. */
  readonly end: number
  readonly kind: NumberKind
  /** Money in major units, percent as the number before `%`, `[lo, hi]` for ranges. */
  readonly value: number | readonly [number, number]
  /** ISO 4217 code, `percent`, a measure symbol (`km`, `ha`, …) or `null`. */
  readonly unit: string | null
  /** Present (true) when an approximation word such as `sekitar` or `about` precedes the span. */
  readonly approx?: true
  /** Canonical key: equal for the same quantity in any language (approx excluded). */
  readonly key: string
}

/**
 * The number grammar of one language, as data. The engine (`numbers/engine.ts`)
 * interprets it; no language fact lives in the engine.
 *
 * Word lists are matched case-insensitively, except entries of one or two letters
 * and entries of up to three characters holding a capital (`M`, `T`, `RM`, `S$`):
 * those match exactly, so `M` (miliar, with money) never reads `m` (metre).
 */
export interface NumberGrammar {
  /** The decimal mark of the language: id `,`, en `.`. The other of `.`/`,` groups thousands. */
  readonly decimal: '.' | ','
  /** Number words: digit values 0–9 and, for languages that have them, teens and tens. */
  readonly units: Readonly<Record<string, number>>
  /** Words that add 10 to the unit before them (id `belas`). */
  readonly teenWords?: readonly string[]
  /**
   * Multiplying words: id `puluh` 10, `ratus` 100, `ribu` 1e3, `juta` 1e6 …; en `hundred`,
   * `thousand`, `million`, `dozen` 12 … Values below 1000 multiply the last group, values from
   * 1000 close a group.
   */
  readonly multipliers: Readonly<Record<string, number>>
  /** A prefix meaning "one" glued to a multiplier or teen word: id `se` (seratus, sebelas). */
  readonly onePrefix?: string
  /** Words allowed between number words: en `and` (a hundred and fifty). */
  readonly joiners?: readonly string[]
  /** Articles that stand for "one" before a multiplier or fraction: en `a`, `an`. */
  readonly articles?: readonly string[]
  /** Words that start decimal digits in words: id `koma`, en `point`. */
  readonly decimalWords?: readonly string[]
  /** Abbreviated scales after digits: id `rb`, `jt`; en `k`, `mn`, `bn`. */
  readonly scaleAbbreviations?: Readonly<Record<string, number>>
  /** Scales that count only with money: id `M` (miliar), `T` (triliun); en `m`. */
  readonly moneyScales?: Readonly<Record<string, number>>
  /** Words that make the following number negative: `minus`. */
  readonly negative?: readonly string[]
  readonly ordinals: {
    /** Whole ordinal words: en `first` 1 … `hundredth` 100; id `pertama` 1. */
    readonly words: Readonly<Record<string, number>>
    /** Prefix glued to cardinal words: id `ke` (kedua, kesepuluh, kelima belas). */
    readonly wordPrefix?: string
    /** Prefix words before digits: id `ke` (ke-14, ke 14, ke -14). */
    readonly digitPrefixes?: readonly string[]
    /** Suffixes glued to digits: en `st`, `nd`, `rd`, `th`. */
    readonly digitSuffixes?: readonly string[]
    /**
     * Prefixed ordinal words read as "both / all N" when they stand before a noun after one of these
     * words or at the start of a clause (id `kedua negara`, `dalam kedua kasus`).
     */
    readonly collectiveAfter?: readonly string[]
    /** Prefixes of verbs after which a prefixed ordinal word is collective (id `me`, `di`). */
    readonly collectiveAfterPrefixes?: readonly string[]
    /** Ordinal words that are also time units: en `second` (`a second`, `30 second`). */
    readonly timeUnitWords?: readonly string[]
    /** Words after which such a word is the time unit: en `per`, `every`, `each`, `split`. */
    readonly timeUnitAfter?: readonly string[]
  }
  /**
   * Fraction phrases and their value: id `setengah` 0.5, `tiga perempat` 0.75; en `a quarter`,
   * `two thirds`. Spaces in a phrase also match a hyphen (`one-quarter`).
   */
  readonly fractions: Readonly<Record<string, number>>
  /** Words after which a fraction word is a period, not a fraction (en `first` in `first half`). */
  readonly fractionPeriodGuard?: boolean
  /** Words that must follow a fraction that starts with an article (en `of`: `a third of`). */
  readonly articleFractionFollowers?: readonly string[]
  /** Phrases that add one half: id `setengah` (dua setengah), en `and a half`. */
  readonly andAHalf?: readonly string[]
  /** Percent signs and words: `%`, `persen`, `percent`, `per cent`. */
  readonly percent: readonly string[]
  /**
   * Currency symbols, codes and words → ISO 4217 code. Entries holding a capital or a symbol (`Rp`, `US$`,
   * `RMB`) match before or after the amount; lowercase words (`yuan`, `won`) only after it.
   */
  readonly currencies: Readonly<Record<string, string>>
  /** Measure words and symbols → shared symbol (`kilometer` → `km`). */
  readonly measures: Readonly<Record<string, string>>
  /** Duration words: part of the span, unit stays null (`tahun`, `years`). */
  readonly durations: readonly string[]
  /** Approximation phrases before a number: outside the span, set `approx`. */
  readonly approx: readonly string[]
  /**
   * Approximation words that mean "up to / until" (`hingga`, `up to`): after a number they are a range
   * joiner, and before a year they mean "until", so neither sets `approx`.
   */
  readonly untilWords?: readonly string[]
  /** Words joining the two ends of a range: `hingga`, `sampai`, `to`. `-` and `–` are built in. */
  readonly rangeJoiners: readonly string[]
  /** Opener → joiner pairs that join only after the opener: `antara`/`dan`, `between`/`and`. */
  readonly rangePairs?: Readonly<Record<string, string>>
  /** Words that open a range and stay outside the span: `dari`, `from`. */
  readonly rangeOpeners?: readonly string[]
  /** Multiplier phrases after a number (`kali lipat`, `kali`, `times`, `fold`) and whole words (`twice` 2). */
  readonly multiplierAfter: readonly string[]
  readonly multiplierWords?: Readonly<Record<string, number>>
  /** Suffix marking a decade after a year: id `an` (1990-an, 1990an), en `s` (1990s). */
  readonly decadeSuffixes: readonly string[]
  /** Phrases that are never numbers although they hold number words (`no one`, `satu-satunya`). */
  readonly notNumbers: readonly string[]
  /** Words before a clock time (`pukul`), and after one (`WIB`, `GMT`, `a.m.`). */
  readonly timeBefore: readonly string[]
  readonly timeAfter: readonly string[]
  /** Words before a version string (`versi`, `version`). */
  readonly versionBefore: readonly string[]
  /**
   * Capitalized words that may stand right before a plain number without making it a model name:
   * months and weekdays (`Maret 5`, `March 5`). Other capitalized words before a short number
   * mark a product or model name (`Mi 10`, `Windows 11`).
   */
  readonly dateWords: readonly string[]
}
