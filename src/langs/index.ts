import { PadananError } from '../errors.js'
import type { LanguageCode, LanguagePack } from '../types.js'
import { en } from './en/index.js'
import { id } from './id/index.js'

/**
 * The packs the core always knows: Indonesian and English. Other languages (ms, de, fr, …) live in
 * their own entry points (`padanan/langs/de`) so that importing the core never pulls their data; the
 * list of every built-in pack is `languages` in `padanan/langs`.
 */
export const builtins: readonly LanguagePack[] = [id, en]

// Packs passed in as objects, by code: a Doc only carries its language code, so a later step
// (alignment, pairing, dedup) finds the pack the Doc was read with. Filled at call time, never at
// import. A code of the core (id, en) always means the core's pack; a custom pack is used where it is passed.
const passedIn = new Map<string, LanguagePack>()

/**
 * The packs known so far: the core's (id, en), then every pack passed in as an object, by code.
 * Language detection chooses among these.
 *
 * @example
 * import { de } from 'padanan/langs/de'
 * prepare('Der Umsatz stieg um 5 Prozent.', de)
 * knownLanguages().map((p) => p.code) //=> ['id', 'en', 'de']
 */
export function knownLanguages(): readonly LanguagePack[] {
  // Detection asks for this once per document: rebuilt only when a new pack was passed in.
  if (!known) {
    const core = new Set(builtins.map((p) => p.code))
    const extra = [...passedIn.values()].filter((p) => !core.has(p.code)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    known = extra.length === 0 ? builtins : [...builtins, ...extra]
  }
  return known
}
let known: readonly LanguagePack[] | null = null

/** A language given by code or as a pack. */
export type LanguageInput = LanguageCode | LanguagePack

/**
 * Resolve a language code or pack. Unknown codes are a `PadananError('UNKNOWN_LANGUAGE')`,
 * never a silent fallback.
 *
 * @example
 * resolveLanguage('id').name //=> 'Indonesian'
 */
export function resolveLanguage(lang: LanguageInput, extra: readonly LanguagePack[] = []): LanguagePack {
  if (typeof lang === 'object' && lang !== null && typeof lang.code === 'string' && lang.numbers) {
    if (passedIn.get(lang.code) !== lang) {
      passedIn.set(lang.code, lang)
      known = null
    }
    return lang
  }
  if (typeof lang !== 'string') {
    throw new PadananError('UNKNOWN_LANGUAGE', `language must be a code such as "id" or a LanguagePack, got ${typeof lang}`, { field: 'lang' })
  }
  const code = lang.trim().toLowerCase().split(/[-_]/)[0]!
  const hit = extra.find((p) => p.code === code) ?? builtins.find((p) => p.code === code) ?? passedIn.get(code)
  if (!hit) {
    const known = [...new Set([...extra, ...knownLanguages()].map((p) => p.code))].join(', ')
    throw new PadananError('UNKNOWN_LANGUAGE', `unknown language "${lang}" (known: ${known}; other packs are imported from padanan/langs/<code> and passed as a pack)`, { field: 'lang' })
  }
  return hit
}
