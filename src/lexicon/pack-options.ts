/**
 * How a pack's word list is read into its lexicon's stem table: apart from ./pack.ts, the loader, since
 * it imports the stemmers, which a pack whose table is not made from a word list (zh) does without.
 */
import { stemEnglish } from '../stem/stemmers.js'
import type { CreateLexiconOptions } from './lexicon.js'

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
