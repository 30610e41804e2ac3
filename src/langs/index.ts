import type { LanguagePack } from '../types.js'
import { en } from './en/index.js'
import { id } from './id/index.js'
import { resolveIn, withPassedIn, type LanguageInput } from './registry.js'

export type { LanguageInput }

/**
 * The packs the core always knows: Indonesian and English. Other languages (ms, de, fr, …) live in
 * their own entry points (`padanan/langs/de`) so that importing the core never pulls their data; the
 * list of every built-in pack is `languages` in `padanan/langs`.
 */
export const builtins: readonly LanguagePack[] = [id, en]

/**
 * The packs known so far: the core's (id, en), then every pack passed in as an object, by code.
 * Language detection chooses among these. A code of the core (id, en) always means the core's pack;
 * a custom pack is used where it is passed.
 *
 * @example
 * import { de } from 'padanan/langs/de'
 * prepare('Der Umsatz stieg um 5 Prozent.', de)
 * knownLanguages().map((p) => p.code) //=> ['id', 'en', 'de']
 */
export function knownLanguages(): readonly LanguagePack[] {
  return withPassedIn(builtins)
}

/**
 * Resolve a language code or pack. Unknown codes are a `PadananError('UNKNOWN_LANGUAGE')`,
 * never a silent fallback.
 *
 * @example
 * resolveLanguage('id').name //=> 'Indonesian'
 */
export function resolveLanguage(lang: LanguageInput, extra: readonly LanguagePack[] = []): LanguagePack {
  return resolveIn(lang, extra.length ? [...extra, ...builtins] : builtins)
}
