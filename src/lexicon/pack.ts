/**
 * The lexicons into English that ship inside language packs, one loader for all: a pack's
 * `src/langs/<code>/lexicon.ts` names its language, stemmer and source and hands over its stem table.
 */
import { stemEnglish } from '../stem/stemmers.js'
import type { CreateLexiconOptions, Lexicon } from './lexicon.js'
import { lexiconFromStemmed, patchStemmedTable, type StemmedLexiconOptions } from './stemmed.js'

/**
 * How a pack's word list (`lexicon-en.ts`) is read into a lexicon: source words stemmed with the pack's
 * stemmer, English words with Porter's. The pack's stem table (`lexicon-en.stemmed.ts`) is exactly this
 * applied to the word list (scripts/lexicon-stems.mjs writes it; a test fails when the two differ).
 *
 * @param from - the pack's code
 * @param stem - the pack's stemmer (imported directly, not through the pack, which points at its lexicon)
 * @param source - provenance and licence, shown to users as `Lexicon.source`
 *
 * @example
 * packLexiconOptions('de', stemGerman, 'padanan de→en lexicon: …; MIT')
 * //=> { from: 'de', to: 'en', source: 'padanan de→en lexicon: …; MIT', stemFrom: stemGerman, stemTo: stemEnglish }
 */
export function packLexiconOptions(from: string, stem: (w: string) => string, source: string): CreateLexiconOptions {
  return { from, to: 'en', source, stemFrom: stem, stemTo: stemEnglish }
}

/** A pack's stem table: its own text, or its difference from another pack's (see stemmedTablePatch). */
export type PackLexiconTable = string | { readonly base: string; readonly patch: string }

/**
 * A pack's `lexicon` function: it reads the stem table on its first call, stemming nothing, and returns
 * the same lexicon on every later call, so importing the pack costs nothing. A table given as a patch is
 * applied to its base on that first call.
 *
 * @example
 * const deEnLexicon = packLexicon(lexiconEnStemmed, DE_EN_LEXICON_OPTIONS)
 * const msEnLexicon = packLexicon({ base: indonesianTable, patch: lexiconEnStemmedPatch }, MS_EN_LEXICON_OPTIONS)
 * deEnLexicon().concepts('gletsch') //=> ['glacier']
 */
export function packLexicon(table: PackLexiconTable, options: StemmedLexiconOptions): () => Lexicon {
  return lexiconFromStemmed(typeof table === 'string' ? table : () => patchStemmedTable(table.base, table.patch), options)
}
