import type { CreateLexiconOptions, Lexicon } from '../../lexicon/lexicon.js'
import { lexiconFromStemmed } from '../../lexicon/stemmed.js'
// Stemmers directly, not the packs: the fr pack may point at this module (no import cycle).
import { stemEnglish, stemFrench } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** Provenance and licence of the shipped lexicon, shown to users as `Lexicon.source`. */
export const FR_EN_LEXICON_SOURCE = 'padanan fr→en lexicon: written for padanan by hand, words chosen by frequency and domain (news, Alpine prose); MIT'

/**
 * How ./lexicon-en.ts is read into a lexicon: ./lexicon-en.stemmed.ts is exactly this applied to it
 * (scripts/lexicon-stems.mjs writes it; a test fails when the two differ).
 */
export const FR_EN_LEXICON_OPTIONS: CreateLexiconOptions = {
  from: 'fr',
  to: 'en',
  source: FR_EN_LEXICON_SOURCE,
  stemFrom: stemFrench,
  stemTo: stemEnglish,
}

/**
 * The French → English lexicon that ships with padanan (about 12,500 lines, written by hand, keyed by French
 * Snowball stems, giving English Porter stems). The stem table is read on the first call only and the
 * result is cached, so importing this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'fr'`, `to: 'en'`)
 *
 * @example
 * const lex = frEnLexicon()
 * lex.concepts(fr.stem('sommets'))  //=> ['summit', 'top', 'peak']
 * lex.concepts(fr.stem('cervin'))   //=> ['matterhorn']
 * lex.concepts(fr.stem('fut'))      //=> ['be', 'is', 'ar', 'wa', 'were'] (irregular forms have their own lines)
 * lex.concepts('chemin de fer')     //=> ['railwai', 'railroad'] (fixed expressions: stems joined by a space)
 */
export const frEnLexicon: () => Lexicon = /* @__PURE__ */ lexiconFromStemmed(lexiconEnStemmed, FR_EN_LEXICON_OPTIONS)
