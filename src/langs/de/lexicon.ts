import type { CreateLexiconOptions, Lexicon } from '../../lexicon/lexicon.js'
import { lexiconFromStemmed } from '../../lexicon/stemmed.js'
// Stemmers directly, not the packs: the de pack may point at this module (no import cycle).
import { stemEnglish, stemGerman } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** Provenance and licence of the shipped lexicon, shown to users as `Lexicon.source`. */
export const DE_EN_LEXICON_SOURCE =
  'padanan de→en lexicon: written for padanan by hand, words chosen by frequency and domain (news, Alpine prose); MIT'

/**
 * How ./lexicon-en.ts is read into a lexicon: ./lexicon-en.stemmed.ts is exactly this applied to it
 * (scripts/lexicon-stems.mjs writes it; a test fails when the two differ).
 */
export const DE_EN_LEXICON_OPTIONS: CreateLexiconOptions = {
  from: 'de',
  to: 'en',
  source: DE_EN_LEXICON_SOURCE,
  stemFrom: stemGerman,
  stemTo: stemEnglish,
}

/**
 * The German → English lexicon that ships with padanan (hand-written lines keyed by German Snowball stems, giving
 * English Porter stems; see ./LEXICON.md). The stem table is read on the first call only and the result is cached, so
 * importing this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'de'`, `to: 'en'`)
 *
 * @example
 * const lex = deEnLexicon()
 * lex.concepts(de.stem('gletscher'))  //=> ['glacier']
 * lex.concepts(de.stem('genf'))       //=> ['geneva']
 * lex.concepts(de.stem('gestiegen'))  //=> ['climb', 'rise'] (strong forms are entries of their own)
 * lex.concepts(de.stem('gipfelgrat')) //=> ['summit', 'ridg'] (compounds the stemmer keeps whole)
 */
export const deEnLexicon: () => Lexicon = /* @__PURE__ */ lexiconFromStemmed(lexiconEnStemmed, DE_EN_LEXICON_OPTIONS)
