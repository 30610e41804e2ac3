import type { Lexicon } from './lexicon/lexicon.js'
import type { NumberGrammar, NumberMention } from './numbers/types.js'

export type { NumberGrammar, NumberKind, NumberMention } from './numbers/types.js'

/**
 * A language code: the built-in packs' codes are listed so that editors offer them, and any other
 * string still type-checks (the code of a pack of your own, or a tag such as `'id-ID'`).
 */
export type LanguageCode = 'id' | 'en' | 'ms' | 'de' | 'fr' | 'zh' | (string & {})

/**
 * Everything padanan needs to read one language: data, plus at most a few small functions.
 * Build one with {@link defineLanguagePack}, which validates it.
 */
export interface LanguagePack {
  /** BCP 47 primary subtag: `id`, `en`. */
  readonly code: string
  /** English name: `Indonesian`. */
  readonly name: string
  readonly segmentation: {
    /** Locale passed to `Intl.Segmenter`. */
    readonly locale: string
    /** Abbreviations (without the final dot, case-insensitive) after which a sentence split is undone. */
    readonly abbreviations: readonly string[]
    /**
     * Characters that also end a sentence where `Intl.Segmenter` does not split: zh `；`, `;` (`第一，…；第二，…`).
     * Closing quotes and brackets right after one stay with its sentence.
     */
    readonly sentenceEnds?: readonly string[]
  }
  readonly stopwords: readonly string[]
  readonly numbers: NumberGrammar
  /**
   * Elided words glued to the next word by an apostrophe, lowercased, with `'`: fr `l'`, `d'`, `qu'`.
   * The tokenizer splits them off (`l'économie` → `l'` + `économie`, also with `’`), so the word after
   * them is stemmed, matched and named on its own.
   */
  readonly elisions?: readonly string[]
  /**
   * Closed compounds (de `Gletscherspalte`, `Bergführerverband`): a word the lexicon does not know is
   * read as known parts, its head (the last part, which names what the word is) first. `linking` are the
   * joints allowed between parts (de `s`, `es`, `n`, `en`, `er`, `e`); `minPart` is the shortest part in
   * letters, `minHead` the shortest head (default `minPart`): short heads are more often an ending or the
   * tail of a name than a word (de `Hel·mut`, `Par·bat`, `Guin·ness`). Hyphenated words (`Baltoro-Gletscher`)
   * are split at their hyphens whatever this says.
   */
  readonly compounds?: { readonly linking: readonly string[]; readonly minPart: number; readonly minHead?: number }
  /**
   * Irregular inflections → the word lexicons gloss them with (`said` → `say`, `children` → `child`),
   * lowercased. Read by the pivot language only: a stemmer leaves such forms apart from their base,
   * while lexicons into the pivot give base forms.
   */
  readonly lemmas?: Readonly<Record<string, string>>
  /** Stem one lowercased token. Default: identity. */
  readonly stem?: (lowercased: string) => string
  /**
   * Frequent function words used to detect the language, and for a language with a script of its own the
   * Unicode script name (`Han`): every two characters of that script count as one marker.
   */
  readonly detect?: { readonly markers: readonly string[]; readonly script?: string }
  /** The lexicon from this language into the pivot language (English), built on first call. */
  readonly lexicon?: () => Lexicon
  /**
   * How many characters this language takes to say what English says in one, on average: pairing
   * compares documents' lengths in English characters. Default 1 (the Latin-script packs take 1.08–1.19,
   * close enough); Chinese 0.34.
   */
  readonly charsPerEnglishChar?: number
}

/** A token of a prepared document. Offsets are into the original text. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
  /** NFKC + lowercase. */
  readonly norm: string
  /** Stem of `norm` by the pack's stemmer. */
  readonly stem: string
  readonly isNumber: boolean
  readonly isStopword: boolean
  /** Starts with a capital letter (a name candidate when not sentence-initial). */
  readonly isCapitalized: boolean
}

/** A sentence of a prepared document. */
export interface Sentence {
  readonly index: number
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number
  readonly text: string
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
  readonly numbers: readonly NumberMention[]
}

/** A paragraph: a run of lines separated from the next by a line break. */
export interface Paragraph {
  readonly index: number
  readonly text: string
  readonly start: number
  readonly end: number
  /** Indices into `Doc.sentences`. */
  readonly sentences: readonly number[]
}

/** A document read through a language pack: what every later feature reads. */
export interface Doc {
  readonly id: string
  readonly lang: LanguageCode
  readonly text: string
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]
  readonly numbers: readonly NumberMention[]
  /** Capitalized, non-sentence-initial token sequences (`Lei Jun`, `Xiaomi Group`), in order of first use. */
  readonly names: readonly string[]
}
