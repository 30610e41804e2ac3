import { PadananError } from '../errors.js'
import type { LanguagePack } from '../types.js'
import { en } from './en/index.js'
import { id } from './id/index.js'

/** The built-in packs. A new built-in language adds one line here. */
export const builtins: readonly LanguagePack[] = [id, en]

/** A language given by code or as a pack. */
export type LanguageInput = string | LanguagePack

/**
 * Resolve a language code or pack. Unknown codes are a `PadananError('UNKNOWN_LANGUAGE')`,
 * never a silent fallback.
 *
 * @example
 * resolveLanguage('id').name //=> 'Indonesian'
 */
export function resolveLanguage(lang: LanguageInput, extra: readonly LanguagePack[] = []): LanguagePack {
  if (typeof lang === 'object' && lang !== null && typeof lang.code === 'string' && lang.numbers) return lang
  if (typeof lang !== 'string') {
    throw new PadananError('UNKNOWN_LANGUAGE', `language must be a code such as "id" or a LanguagePack, got ${typeof lang}`, { field: 'lang' })
  }
  const code = lang.trim().toLowerCase().split(/[-_]/)[0]!
  const hit = [...extra, ...builtins].find((p) => p.code === code)
  if (!hit) {
    const known = [...extra, ...builtins].map((p) => p.code).join(', ')
    throw new PadananError('UNKNOWN_LANGUAGE', `unknown language "${lang}" (known: ${known})`, { field: 'lang' })
  }
  return hit
}
