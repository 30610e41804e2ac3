import type { Lexicon } from '../../lexicon/lexicon.js'
import { packLexicon } from '../../lexicon/pack.js'
import { packLexiconOptions } from '../../lexicon/pack-options.js'
// The stemmer directly, not the pack: the fr pack points at this module (no import cycle).
import { stemFrench } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** How ./lexicon-en.ts is read into a lexicon, and what the lexicon says it is (`Lexicon.source`). */
export const FR_EN_LEXICON_OPTIONS = /* @__PURE__ */ packLexiconOptions(
  'fr',
  stemFrench,
  'padanan fr→en lexicon: written for padanan by hand, words chosen by frequency and domain (news, Alpine prose); MIT',
)

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
export const frEnLexicon: () => Lexicon = /* @__PURE__ */ packLexicon(lexiconEnStemmed, FR_EN_LEXICON_OPTIONS)
