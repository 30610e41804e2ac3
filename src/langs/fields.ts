/**
 * Every field of a LanguagePack and every key of its NumberGrammar, described once: what it holds and
 * whether a pack must give it. defineLanguagePack (./define.ts) checks packs against this table, in its
 * order; test/langs/parity.test.ts checks the built-in packs against it. A key added to the types
 * without a line here does not type-check.
 */
import type { NumberGrammar } from '../numbers/types.js'
import type { LanguagePack } from '../types.js'

/**
 * Whether a pack gives a field: `required` of every pack (defineLanguagePack rejects a pack without
 * it); `builtin` of every pack that ships with padanan (the parity test), while a pack of your own may
 * leave it out; `optional` of none.
 */
export type Presence = 'required' | 'builtin' | 'optional'

/** What a field holds; the error for a value of another kind says so in these words. */
export type FieldKind =
  /** A string that `pattern` matches (default: any but `''`); `what` names it in the error. */
  | { readonly kind: 'text'; readonly pattern?: RegExp; readonly what?: string }
  /** One of a few strings. */
  | { readonly kind: 'choice'; readonly choices: readonly string[] }
  /** A locale `Intl.Segmenter` accepts. */
  | { readonly kind: 'locale' }
  /** A Unicode script name, as `\p{Script=…}` takes it (`Han`). */
  | { readonly kind: 'script' }
  /** A list of strings, none blank (`whitespace`: none empty, as a list of space characters is). */
  | { readonly kind: 'strings'; readonly nonEmpty?: boolean; readonly whitespace?: boolean }
  /** Word → finite number. */
  | { readonly kind: 'numberMap'; readonly nonEmpty?: boolean }
  /** Word → string, each value matched by `pattern` when given; `what` names the value in the error. */
  | { readonly kind: 'stringMap'; readonly pattern?: RegExp; readonly what?: string }
  /** A finite number above 0. */
  | { readonly kind: 'positive' }
  /** An integer no smaller than `min`. */
  | { readonly kind: 'integer'; readonly min: number }
  | { readonly kind: 'boolean' }
  /** A function; `what` says which. */
  | { readonly kind: 'function'; readonly what: string }

/** A field as the validator and the parity test read it. */
export type Field = (FieldKind | { readonly kind: 'object'; readonly what?: string; readonly fields: FieldTable }) & { readonly presence: Presence }

/** Fields by name, in the order they are checked. */
export type FieldTable = Readonly<Record<string, Field>>

/** `required` for a key the type requires, else `builtin` or `optional`. */
type PresenceOf<T, K extends keyof T> = {} extends Pick<T, K> ? Exclude<Presence, 'required'> : 'required'

/** The line of a nested object (not a list, not a function), with a table of its own. */
type ObjectField<V> = V extends (...args: never[]) => unknown
  ? never
  : V extends readonly unknown[]
    ? never
    : V extends object
      ? { readonly kind: 'object'; readonly what?: string; readonly fields: FieldsOf<V> }
      : never

/** A table with one line for every key of `T`, each as present as the type says. */
type FieldsOf<T> = {
  readonly [K in keyof T]-?: (FieldKind | ObjectField<NonNullable<T[K]>>) & { readonly presence: PresenceOf<T, K> }
}

const words = { kind: 'strings', presence: 'optional' } as const
const wordsOfEveryBuiltin = { kind: 'strings', presence: 'builtin' } as const
const requiredWords = { kind: 'strings', presence: 'required' } as const
const numbersByWord = { kind: 'numberMap', presence: 'optional' } as const
const switchOn = { kind: 'boolean', presence: 'optional' } as const
/** Word → unit symbol (measures, rates). */
const unitSymbols = { kind: 'stringMap', pattern: /[\s\S]/, what: 'a non-empty unit symbol', presence: 'required' } as const

const ORDINAL_FIELDS: FieldsOf<NumberGrammar['ordinals']> = {
  words: { kind: 'numberMap', presence: 'required' },
  wordPrefix: { kind: 'text', presence: 'optional' },
  digitPrefixes: words,
  digitSuffixes: words,
  collectiveAfter: words,
  collectiveAfterPrefixes: words,
  collectiveNouns: words,
  rankNouns: words,
  wordSuffixes: words,
  timeUnitWords: words,
  timeUnitAfter: words,
  compounds: numbersByWord,
  romanSuffixes: words,
  romanAfter: words,
  wordsAfter: words,
  dotOrdinal: { kind: 'object', presence: 'optional', fields: { after: requiredWords, dates: requiredWords, nouns: words } },
  dayMonths: words,
  centuryWords: words,
}

const CLOSED_COMPOUND_FIELDS: FieldsOf<NonNullable<NumberGrammar['closedCompounds']>> = {
  parts: { kind: 'numberMap', presence: 'required' },
  joiners: words,
  ordinalSuffixes: words,
  adjectiveSuffixes: words,
  superlatives: { kind: 'object', presence: 'optional', fields: { prefixes: { kind: 'numberMap', presence: 'required' }, endings: requiredWords } },
}

/** Every key of a NumberGrammar (src/numbers/types.ts documents what each means). */
export const NUMBER_GRAMMAR_FIELDS: FieldsOf<NumberGrammar> = {
  decimal: { kind: 'choice', choices: ['.', ','], presence: 'required' },
  units: { kind: 'numberMap', nonEmpty: true, presence: 'required' },
  multipliers: { kind: 'numberMap', nonEmpty: true, presence: 'required' },
  ordinals: { kind: 'object', presence: 'required', fields: ORDINAL_FIELDS },
  fractions: { kind: 'numberMap', presence: 'required' },
  percent: { kind: 'strings', nonEmpty: true, presence: 'required' },
  durations: requiredWords,
  approx: requiredWords,
  rangeJoiners: requiredWords,
  multiplierAfter: requiredWords,
  decadeSuffixes: requiredWords,
  spacedDecadeSuffixes: words,
  notNumbers: requiredWords,
  timeBefore: requiredWords,
  timeAfter: requiredWords,
  versionBefore: requiredWords,
  dateWords: requiredWords,
  currencies: { kind: 'stringMap', pattern: /^[A-Z]{3}$/, what: 'an ISO 4217 code such as "IDR"', presence: 'required' },
  measures: unitSymbols,
  measuresAfterDigits: words,
  onlyBesideNumbers: words,
  scaleAbbreviations: { kind: 'numberMap', presence: 'builtin' },
  moneyScales: { kind: 'numberMap', presence: 'builtin' },
  multiplierWords: numbersByWord,
  teenWords: words,
  joiners: words,
  articles: words,
  decimalWords: wordsOfEveryBuiltin,
  negative: wordsOfEveryBuiltin,
  andAHalf: wordsOfEveryBuiltin,
  rangeOpeners: wordsOfEveryBuiltin,
  articleFractionFollowers: words,
  untilWords: wordsOfEveryBuiltin,
  rangePairs: { kind: 'stringMap', presence: 'optional' },
  onePrefix: { kind: 'text', presence: 'optional' },
  fractionPeriodGuard: { kind: 'boolean', presence: 'builtin' },
  fractionPeriodBeforeOrdinal: switchOn,
  fractionPeriodAfter: words,
  relativeYears: words,
  coordinators: words,
  bothWords: numbersByWord,
  bothNotWith: words,
  groupSeparators: { kind: 'strings', whitespace: true, presence: 'optional' },
  compounds: numbersByWord,
  hyphenJoins: switchOn,
  bareMultipliers: words,
  scaleLinkers: words,
  decadePrefixes: words,
  clockHours: words,
  clockHourWords: words,
  clockLeads: words,
  decadeWords: numbersByWord,
  weightContext: { kind: 'object', presence: 'optional', fields: { words: requiredWords, units: unitSymbols } },
  closedCompounds: { kind: 'object', presence: 'optional', fields: CLOSED_COMPOUND_FIELDS },
  shortDecadeCentury: { kind: 'integer', min: 0, presence: 'optional' },
  approxAfter: words,
  yearMarks: words,
  ratesBefore: { kind: 'object', presence: 'optional', fields: { words: requiredWords, units: unitSymbols } },
  percentBefore: words,
  percentScales: numbersByWord,
}

/** Every field of a LanguagePack (src/types.ts documents what each means), its number grammar included. */
export const LANGUAGE_PACK_FIELDS: FieldsOf<LanguagePack> = {
  code: { kind: 'text', pattern: /^[a-z]{2,3}$/, what: 'a BCP 47 primary subtag such as "id"', presence: 'required' },
  name: { kind: 'text', pattern: /\S/, presence: 'required' },
  segmentation: {
    kind: 'object',
    presence: 'required',
    fields: { locale: { kind: 'locale', presence: 'required' }, abbreviations: requiredWords, sentenceEnds: words },
  },
  stopwords: requiredWords,
  elisions: words,
  numbers: { kind: 'object', what: 'a NumberGrammar object', presence: 'required', fields: NUMBER_GRAMMAR_FIELDS },
  compounds: {
    kind: 'object',
    what: '{ linking: string[], minPart: number, minHead?: number }',
    presence: 'optional',
    fields: { linking: requiredWords, minPart: { kind: 'integer', min: 2, presence: 'required' }, minHead: { kind: 'integer', min: 2, presence: 'optional' } },
  },
  lemmas: { kind: 'stringMap', pattern: /\S/, what: 'a non-empty string', presence: 'optional' },
  stem: { kind: 'function', what: 'a function (lowercased token) => stem', presence: 'builtin' },
  lexicon: { kind: 'function', what: 'a function () => Lexicon (built lazily)', presence: 'optional' },
  charsPerEnglishChar: { kind: 'positive', presence: 'optional' },
  detect: {
    kind: 'object',
    presence: 'builtin',
    fields: { markers: { kind: 'strings', nonEmpty: true, presence: 'required' }, script: { kind: 'script', presence: 'optional' } },
  },
}
