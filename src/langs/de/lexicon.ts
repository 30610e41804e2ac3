import type { Lexicon } from '../../lexicon/lexicon.js'
import { packLexicon } from '../../lexicon/pack.js'
import { packLexiconOptions } from '../../lexicon/pack-options.js'
// The stemmer directly, not the pack: the de pack points at this module (no import cycle).
import { stemGerman } from '../../stem/stemmers.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** How ./lexicon-en.ts is read into a lexicon, and what the lexicon says it is (`Lexicon.source`). */
export const DE_EN_LEXICON_OPTIONS = /* @__PURE__ */ packLexiconOptions(
  'de',
  stemGerman,
  'padanan de→en lexicon: written for padanan by hand, words chosen by frequency and domain (news, Alpine prose); MIT',
)

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
export const deEnLexicon: () => Lexicon = /* @__PURE__ */ packLexicon(lexiconEnStemmed, DE_EN_LEXICON_OPTIONS)
