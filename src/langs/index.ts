import type { LanguagePack } from '../types.js'
import { en } from './en/index.js'
import { id } from './id/index.js'
import { registerGiven, resolveIn, withRegistered, type LanguageInput } from './registry.js'

export type { LanguageInput }
export { registerLanguage } from './registry.js'

/**
 * The packs the core always knows: Indonesian and English. Other languages (ms, de, fr, …) live in
 * their own entry points (`padanan/langs/de`) so that importing the core never pulls their data; the
 * list of every built-in pack is `languages` in `padanan/langs`.
 */
export const builtins: readonly LanguagePack[] = [id, en]

/**
 * The packs known so far: the core's (id, en), then every registered pack, by code (registered with
 * `registerLanguage`, or given as an object where a language is asked for). Language detection chooses
 * among these. A code of the core (id, en) always means the core's pack.
 *
 * @example
 * import { de } from 'padanan/langs/de'
 * prepare('Der Umsatz stieg um 5 Prozent.', de)
 * knownLanguages().map((p) => p.code) //=> ['id', 'en', 'de']
 */
export function knownLanguages(): readonly LanguagePack[] {
  return withRegistered(builtins)
}

/**
 * Resolve a language code or pack: a code of the core's packs, then of a registered pack; a pack is
 * returned as it is. A lookup only: it registers nothing (`registerLanguage` does). Unknown codes are
 * a `PadananError('UNKNOWN_LANGUAGE')`, never a silent fallback.
 *
 * @example
 * resolveLanguage('id').name //=> 'Indonesian'
 */
export function resolveLanguage(lang: LanguageInput, extra: readonly LanguagePack[] = []): LanguagePack {
  return resolveIn(lang, extra.length ? [...extra, ...builtins] : builtins)
}

/**
 * The pack of a language a caller gave where a language is asked for (`prepare`, `findDuplicates`,
 * `pairDocuments`): a pack given as an object is registered, so that the Docs read with it, which
 * carry only its code, find it in later steps; then it is resolved as by {@link resolveLanguage}.
 *
 * @example
 * resolveAndRegister(de) === de //=> true, and resolveLanguage('de') === de from now on
 */
export function resolveAndRegister(lang: LanguageInput): LanguagePack {
  registerGiven(lang)
  return resolveLanguage(lang)
}
