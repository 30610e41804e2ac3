import type { Lexicon } from '../../lexicon/lexicon.js'
import { packLexicon } from '../../lexicon/pack.js'
import { packLexiconOptions } from '../../lexicon/pack-options.js'
// The stemmer directly, not the pack: the id pack points at this module (no import cycle).
import { stemIndonesian } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** How ./lexicon-en.ts is read into a lexicon, and what the lexicon says it is (`Lexicon.source`). */
export const ID_EN_LEXICON_OPTIONS = /* @__PURE__ */ packLexiconOptions(
  'id',
  stemIndonesian,
  'padanan id→en lexicon: written for padanan by hand, words chosen by corpus frequency; MIT',
)

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
export const idEnLexicon: () => Lexicon = /* @__PURE__ */ packLexicon(lexiconEnStemmed, ID_EN_LEXICON_OPTIONS)
