/**
 * The lexicons into English that ship inside language packs, one loader for all: a pack's
 * `src/langs/<code>/lexicon.ts` hands over its stem table and what the lexicon is (./pack-options.ts
 * for the packs whose table is made from a word list). No stemmer is imported here, so that a pack
 * without one (zh) loads none.
 */
import type { Lexicon } from './lexicon.js'
import { lexiconFromStemmed, patchStemmedTable, type StemmedLexiconOptions } from './stemmed.js'

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
