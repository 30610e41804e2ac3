import type { Lexicon } from '../../lexicon/lexicon.js'
import { packLexicon } from '../../lexicon/pack.js'
import { packLexiconOptions } from '../../lexicon/pack-options.js'
// The stemmer directly, not the pack: the ms pack points at this module (no import cycle).
import { stemIndonesian } from '../../stem/stemmers.js'
import { lexiconEnStemmed as indonesianTable } from '../id/lexicon-en.stemmed.js'
import { lexiconEnStemmedPatch } from './lexicon-en.stemmed.js'

/** How ./lexicon-en.ts is read into a lexicon, and what the lexicon says it is (`Lexicon.source`). */
export const MS_EN_LEXICON_OPTIONS = /* @__PURE__ */ packLexiconOptions(
  'ms',
  stemIndonesian,
  'padanan ms→en lexicon: written for padanan by hand (Malay entries, plus the shared vocabulary of the padanan id→en lexicon reviewed for Malay); MIT',
)

/**
 * The Malay → English lexicon that ships with padanan, keyed by Malay stems (the ms pack's stemmer), giving
 * English Porter stems. The stem table is read on the first call only and the result is cached, so importing
 * this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'ms'`, `to: 'en'`)
 *
 * @example
 * const lex = msEnLexicon()
 * lex.concepts(ms.stem('pelaburan'))  //=> ['investor', 'invest'] (pelabur and pelaburan share a stem)
 * lex.concepts(ms.stem('kereta'))     //=> ['car']
 * lex.concepts('bola sepak')          //=> ['footbal'] (bola sepak: stems joined by a space)
 */
export const msEnLexicon: () => Lexicon = /* @__PURE__ */ packLexicon({ base: indonesianTable, patch: lexiconEnStemmedPatch }, MS_EN_LEXICON_OPTIONS)

/** The stem table of the Indonesian lexicon is the base of the Malay one (./lexicon-en.stemmed.ts holds the difference). */
export const MS_EN_LEXICON_BASE = 'id'
