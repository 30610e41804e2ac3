import type { CreateLexiconOptions, Lexicon } from '../../lexicon/lexicon.js'
import { lexiconFromStemmed } from '../../lexicon/stemmed.js'
// Stemmers directly, not the packs: the id pack points at this module (no import cycle).
import { stemEnglish, stemIndonesian } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** Provenance and licence of the shipped lexicon, shown to users as `Lexicon.source`. */
export const ID_EN_LEXICON_SOURCE = 'padanan id→en lexicon: written for padanan by hand, words chosen by corpus frequency; MIT'

/**
 * How ./lexicon-en.ts is read into a lexicon: ./lexicon-en.stemmed.ts is exactly this applied to it
 * (scripts/lexicon-stems.mjs writes it; a test fails when the two differ).
 */
export const ID_EN_LEXICON_OPTIONS: CreateLexiconOptions = {
  from: 'id',
  to: 'en',
  source: ID_EN_LEXICON_SOURCE,
  stemFrom: stemIndonesian,
  stemTo: stemEnglish,
}

/**
 * The Indonesian → English lexicon that ships with padanan (about 14,000 hand-written lines, keyed by
 * Indonesian stems, giving English Porter stems). The stem table is read on the first call only and the
 * result is cached, so importing this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'id'`, `to: 'en'`)
 *
 * @example
 * const lex = idEnLexicon()
 * lex.concepts(id.stem('investasi'))   //=> ['invest']
 * lex.concepts(id.stem('tiongkok'))    //=> ['china']
 * lex.concepts(id.stem('pembangunan')) //=> ['build', 'wake', 'up', 'built', 'construct', 'develop']
 * lex.concepts('cerdas buat')          //=> ['artifici', 'intellig'] (kecerdasan buatan: stems joined by a space)
 */
export const idEnLexicon: () => Lexicon = /* @__PURE__ */ lexiconFromStemmed(lexiconEnStemmed, ID_EN_LEXICON_OPTIONS)
