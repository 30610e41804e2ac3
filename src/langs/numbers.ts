import type { LanguagePack } from '../types.js'
import { numbers as enNumbers } from './en/numbers.js'
import { markers as enMarkers } from './en/words.js'
import { numbers as idNumbers } from './id/numbers.js'
import { markers as idMarkers } from './id/words.js'
import { registerGiven, resolveIn, withRegistered, type LanguageInput } from './registry.js'

/** What reading numbers needs of a language: its number grammar, and its markers for detection. */
export type NumberLanguage = Pick<LanguagePack, 'code' | 'numbers' | 'detect'>

/**
 * The core's languages (those of `builtins`, in its order) as number reading sees them: their number
 * grammars and detection markers, without the packs. extractNumbers resolves through these, so a
 * bundle that only reads numbers leaves out the stemmers and lexicons the packs point at.
 * test/langs/registry.test.ts checks that they match `builtins`.
 */
export const coreNumberLanguages: readonly NumberLanguage[] = [
  { code: 'id', numbers: idNumbers, detect: { markers: idMarkers } },
  { code: 'en', numbers: enNumbers, detect: { markers: enMarkers } },
]

/**
 * The language of a code or pack given to the number reader: the same answer as resolveLanguage (a
 * core code, then a registered pack), and the same `UNKNOWN_LANGUAGE` error. A pack given as an object
 * is registered, as every function that is given one does (resolveAndRegister).
 *
 * @example
 * numberLanguage('id-ID').numbers.decimal //=> ','
 */
export function numberLanguage(lang: LanguageInput): NumberLanguage {
  registerGiven(lang)
  return resolveIn(lang, coreNumberLanguages)
}

/**
 * The languages detection chooses among when numbers are read without a language: the core's, then
 * every registered pack (the order of knownLanguages()).
 *
 * @example
 * numberLanguages().map((p) => p.code) //=> ['id', 'en'] (then 'de' once a de pack was registered)
 */
export function numberLanguages(): readonly NumberLanguage[] {
  return withRegistered(coreNumberLanguages)
}
