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
 * The number grammar of one language, as data. The reader (`numbers/reader.ts`)
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
    /**
     * Prefix words before digits: id `ke` (ke-14, ke 14, ke -14). Written straight before number words with
     * nothing between (scripts without spaces: zh `第十四`, `第3`), they make those an ordinal too.
     */
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
    /**
     * Nouns that pairs and groups are made of (id `negara`, `pihak`, `tim`): a prefixed ordinal word right before one
     * is collective whatever stands before it (`hubungan bilateral kedua negara`, the relations of both countries),
     * where other nouns need a word from `collectiveAfter` before (`batalion teknik kedua militer` is the second).
     */
    readonly collectiveNouns?: readonly string[]
    /**
     * Periods and rounds an ordinal word counts: they keep a prefixed ordinal word an ordinal before a
     * `collectiveNouns` noun (id `hari kedua turnamen`), and make `ke` written apart an ordinal (`minggu ke dua`).
     */
    readonly rankNouns?: readonly string[]
    /**
     * Suffixes glued to a prefixed ordinal word (id, ms `nya`): after a noun the word is its ordinal
     * (`gol keduanya`, "his second goal"); elsewhere (`keduanya sepakat`, "both agreed"; `mereka keduanya`)
     * the quantity, as `kedua negara` is.
     */
    readonly wordSuffixes?: readonly string[]
    /** Ordinal words that are also time units: en `second` (`a second`, `30 second`). */
    readonly timeUnitWords?: readonly string[]
    /** Words after which such a word is the time unit: en `per`, `every`, `each`, `split`. */
    readonly timeUnitAfter?: readonly string[]
    /**
     * Ordinal words and phrases that may end a number in words, playing the part of their cardinal: fr
     * `unième`, `deuxième`, `centième`, `dix-septième`, `vingt et unième`, `quatre-vingt-dixième` (`deux cent
     * vingt et unième` 221, `deux millième` 2000). A space and a hyphen are interchangeable. Leave out words
     * that must not end a number (fr `premiers`: `les vingt premiers jours` are twenty).
     */
    readonly compounds?: Readonly<Record<string, number>>
    /**
     * Suffixes that make a capital Roman numeral an ordinal: fr `e`, `er`, `ème` (`XXIe siècle`, `Ier`,
     * `Ve République`). Only the letters I, V and X are read (up to XXXIX), so that words such as `Le`,
     * `De` or `Me` never read as numbers.
     */
    readonly romanSuffixes?: readonly string[]
    /**
     * Words after which a capital Roman numeral (I, V, X, up to XXXIX) is an ordinal: id `kuartal II`, `triwulan III`,
     * `abad XXI` (the second quarter, the third quarter, the 21st century).
     */
    readonly romanAfter?: readonly string[]
    /**
     * Words after which a number written in words is an ordinal, as its translations say it: id `kelas satu`,
     * `kelas tiga` (first class, third class). Digits after them stay cardinals (`kelas 3` is as often "grade 3").
     */
    readonly wordsAfter?: readonly string[]
    /**
     * Ordinals written as digits and a dot (de `der 3. Platz`, `am 14. März`). The dot also ends sentences, so
     * `N.` is an ordinal only when the next word starts in lower case, when one of `after` (articles,
     * prepositions: `am`, `im`, `der`, `zum`) stands before it, or when nothing does (`3. Liga`); before one of
     * `dates` (months) it is the day of a date, a cardinal like `March 14`. Before one of `nouns` (words counted
     * by ordinals: `Jahrhundert`, `Platz`) it is an ordinal whatever stands before it (`im späten 16. Jahrhundert`).
     * Otherwise the dot ends a sentence.
     */
    readonly dotOrdinal?: { readonly after: readonly string[]; readonly dates: readonly string[]; readonly nouns?: readonly string[] }
    /**
     * Month names: digits with an ordinal suffix right before or after one are the day of a date, a cardinal as
     * `January 1` is (en `January 1st`, fr `le 1er janvier`). Phrases of several words match after the digits
     * only (en `of May`: `the 1st of May`).
     */
    readonly dayMonths?: readonly string[]
    /**
     * Century words that end an ordinal: with a decade right after them the two are that decade (zh
     * `20世纪70年代` is the 1970s, `19世纪30年代` the 1830s), as en `the 1970s` is.
     */
    readonly centuryWords?: readonly string[]
  }
  /**
   * Fraction phrases and their value: id `setengah` 0.5, `tiga perempat` 0.75; en `a quarter`,
   * `two thirds`. Spaces in a phrase also match a hyphen (`one-quarter`).
   */
  readonly fractions: Readonly<Record<string, number>>
  /** Words after which a fraction word is a period, not a fraction (en `first` in `first half`). */
  readonly fractionPeriodGuard?: boolean
  /**
   * Phrases that name a year by its distance from the text's date (en `this year`, `last year`; id
   * `tahun ini`, `tahun lalu`): compareNumbers() lists a year of the other text that has no counterpart
   * as `uncertain`, not missing, when this text says one of these (a translator may write either).
   */
  readonly relativeYears?: readonly string[]
  /** Words after which a fraction phrase counts periods, not a share (en `the past three quarters`, `the previous two quarters`). */
  readonly fractionPeriodAfter?: readonly string[]
  /**
   * A fraction word right before an ordinal word is a period, not a fraction: ms `suku pertama` (the first quarter),
   * `separuh kedua` (the second half).
   */
  readonly fractionPeriodBeforeOrdinal?: boolean
  /**
   * Words that must follow a fraction phrase ending in an ordinal word (en `of`: `a third of voters`, but `a third
   * term`; fr `de`: `un cinquième de la population`, but `un cinquième homme`); punctuation or the end of the
   * text also do.
   */
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
  /**
   * Measure words that are everyday nouns too (ms `kaki`: foot and leg): a unit after digits only
   * (`100 kaki` is 100 ft), not after number words (`dua kaki` is two legs).
   */
  readonly measuresAfterDigits?: readonly string[]
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
  /** Decade suffixes that may also stand apart from the digits: id/ms `tahun 1980 an` (as `1980-an`). */
  readonly spacedDecadeSuffixes?: readonly string[]
  /**
   * Words that join two numbers as a list, not a range (en `and`, `or`): a bare number before one takes
   * the unit, percent, currency and scale of the number after it (`200 und 400 Meter` → 200 m and 400 m,
   * `5 and 10 percent`, `Rp 504 dan Rp 259 triliun` → both trillions).
   */
  readonly coordinators?: readonly string[]
  /** Phrases that are never numbers although they hold number words (`no one`, `satu-satunya`). */
  readonly notNumbers: readonly string[]
  /**
   * Number words that are numbers only beside another number (a digit run, a number word, a decimal
   * word): id `kosong` (empty) is 0 in `tiga kosong` (3–0) and `kosong koma lima` (0.5), no number
   * in `lahan kosong` (empty land).
   */
  readonly onlyBesideNumbers?: readonly string[]
  /**
   * Words for "both" / "all N of them", read as the cardinal N: the same quantity as `the two`,
   * id `kedua negara`, fr `les deux` (en `both`, de `beide`, ms `kedua-dua`). See docs/numbers.md.
   */
  readonly bothWords?: Readonly<Record<string, number>>
  /**
   * Conjunctions that make such a word a coordinator, not a quantity, when one stands within six
   * words after or before it in the same clause: en `both the US and China`, `Jakarta and
   * Surabaya have both raised` (translations say "and" or "alike", no number).
   */
  readonly bothNotWith?: readonly string[]
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
  /**
   * Characters other than `.` and `,` that group thousands between digits: fr `' '`, U+00A0, U+202F
   * (`1 000`, `2 500 000`), Swiss `'` and `’` (`1'000`). They group only a lead of one to three digits
   * followed by groups of exactly three (`en 2024 300 personnes` stays two numbers); never a line break.
   */
  readonly groupSeparators?: readonly string[]
  /**
   * Number words of several words or hyphenated parts, read as one unit word: fr `dix-sept` 17,
   * `vingt et un` 21, `soixante-dix` 70, `quatre-vingts` 80, `quatre-vingt-dix-neuf` 99. A space and a
   * hyphen are interchangeable (`vingt-et-un`).
   */
  readonly compounds?: Readonly<Record<string, number>>
  /** Number words may be joined by hyphens anywhere (fr 1990 spelling: `trois-cent-vingt`, `deux-mille-vingt-cinq`). */
  readonly hyphenJoins?: boolean
  /** Multipliers that stand alone for one of them: fr `cent` (100), `mille` (1000: `mille deux cents`). */
  readonly bareMultipliers?: readonly string[]
  /**
   * Words between a scale word and the currency or measure it counts, inside the span: fr `de`, `d'`
   * (`2 millions d'euros`, `105 milliards de yuans`, `3 millions de tonnes`).
   */
  readonly scaleLinkers?: readonly string[]
  /**
   * Words before a year that make it a decade, inside the span: fr `années` (`les années 1990`; two
   * digits read as 19NN: `les années 90`).
   */
  readonly decadePrefixes?: readonly string[]
  /**
   * Hour marks of clock times: fr `h` (`14 h`, `14 h 30`, `14h30`). After an hour from 0 to 24 they make a
   * clock time (no number), minutes included; after a larger number they are a duration when listed in
   * `durations` (`72 h`).
   */
  readonly clockHours?: readonly string[]
  /**
   * Words for "hour" that make a clock time after digits of an hour (0–24) led by one of `clockLeads`:
   * fr `heures` in `vers 10 heures`, `à 14 heures 30`. Not before a `scaleLinkers` word (`à 2 heures de
   * route` is a time away, a count), and not without a lead (`pendant 5 heures`, `5 heures de marche`).
   */
  readonly clockHourWords?: readonly string[]
  /** Decades in words, phrase → the decade's first year: de `die achtziger Jahre` → 1980 (as `the 1980s`). */
  readonly decadeWords?: Readonly<Record<string, number>>
  /**
   * Unit words that name a weight near a word about weight (`words`: en `weighs`, `kg`, `ounce`), in the same
   * sentence within a few words: en `weighs 200 pounds` is 200 lb, `200 pounds` elsewhere is £200; fr
   * `pèse 17 livres` is 17 lb (`deux livres` elsewhere are two books). `units`: word → unit symbol.
   */
  readonly weightContext?: { readonly words: readonly string[]; readonly units: Readonly<Record<string, string>> }
  /** Words before an hour that say "at" a time of day: fr `à`, `vers`, `dès` (see `clockHourWords`). */
  readonly clockLeads?: readonly string[]
  /**
   * Number words written as one word (de `dreiundzwanzig`, `zweihundertfünfzig`, `neunzehnhundertneunzig`):
   * the pieces they are cut into (de `ein` 1, `drei` 3, `zwanzig` 20, `hundert` 100, `tausend` 1000,
   * `einhalb` 0.5), the joiners that link a unit to a ten (de `und`), and the endings that turn such a word
   * into an ordinal (de `ste`, `sten`: `zwanzigste`, `hundertsten`). A piece of 100 or more also stands alone
   * (`hundert Menschen`). Read by `numbers/compound.ts`.
   */
  readonly closedCompounds?: {
    readonly parts: Readonly<Record<string, number>>
    readonly joiners?: readonly string[]
    readonly ordinalSuffixes?: readonly string[]
    /**
     * Ordinal stems written before a superlative in one word, making it that ordinal: de `zweit` 2 (`zweitgrößte`,
     * `drittlängsten`: the second largest, the third longest, as en `second largest` reads `second`). The
     * superlative has four letters or more after the stem and ends in one of `endings` (de `ste`, `ßten`).
     */
    readonly superlatives?: { readonly prefixes: Readonly<Record<string, number>>; readonly endings: readonly string[] }
    /**
     * Endings that make a number word an adjective of that many, written as one word, read as the
     * cardinal (as en `two-hour`, `eight-year` are): de `jährige`, `stündigen` (`zweistündigen` 2,
     * `Dreißigjährige` 30, `dreiundzwanzigjährige` 23). List every inflected form.
     */
    readonly adjectiveSuffixes?: readonly string[]
  }
  /** A two-digit decade (de `90er`, `in den 90er-Jahren`) counts from this year: 1900 → 1990. */
  readonly shortDecadeCentury?: number
  /**
   * Approximation words written after the number, inside the span, that set `approx`: zh `多`, `余`, `左右`
   * (`3万多`, `1000余人`, `5公里左右`). A scale word after one still applies (`二十多万` is 200 000 and more).
   */
  readonly approxAfter?: readonly string[]
  /**
   * Words one of which must follow a bare four-digit number for it to be a year (zh `年`: `2005年` is a year,
   * `1300节车厢` a count). Unset: a bare four-digit number from 1000 to 2199 is a year wherever it stands.
   */
  readonly yearMarks?: readonly string[]
  /**
   * Rate words written before the number that make the measure after it a speed: zh `每小时`, `时速`
   * (`每小时105英里` is 105 mph, `时速300公里` 300 km/h). `units` maps the measure read after the number to the
   * speed's unit (`mi` → `mph`); with another measure, or none, the rate word stays outside the mention.
   */
  readonly ratesBefore?: { readonly words: readonly string[]; readonly units: Readonly<Record<string, string>> }
  /** Percent words written before the number: zh `百分之` (`百分之二十五` is 25 %). */
  readonly percentBefore?: readonly string[]
  /**
   * Words after a number that make it a percent, with the percent one of them is: zh `成` 10 (`三成` is 30 %,
   * `两成` 20 %).
   */
  readonly percentScales?: Readonly<Record<string, number>>
}
