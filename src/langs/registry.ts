import { PadananError } from '../errors.js'
import type { LanguageCode, LanguagePack } from '../types.js'

/** A language given by code or as a pack. */
export type LanguageInput = LanguageCode | LanguagePack

// Packs registered by code beyond the built-ins: a Doc only carries its language code, so a later step
// (alignment, pairing, dedup) finds the pack the Doc was read with. Filled by registerLanguage at call
// time, never at import. Read by resolveLanguage and by the number reader, which resolves codes without
// the packs.
const registered = new Map<string, LanguagePack>()
let version = 0

/**
 * Whether a language argument is a pack (an object with a code and a number grammar).
 *
 * @example
 * isPack(id) //=> true
 * isPack('id') //=> false
 */
export function isPack(lang: unknown): lang is LanguagePack {
  const p = lang as LanguagePack | null
  return typeof p === 'object' && p !== null && typeof p.code === 'string' && !!p.numbers
}

/**
 * Register a language pack, so that its code works wherever a language is asked for (`prepare(text,
 * 'gsw')`, a Doc of that language in `alignSentences`) and detection chooses among it. Functions given
 * a pack as an object where a language is asked for register it themselves; `resolveLanguage` never
 * does. A code of the core (id, en) keeps meaning the core's pack; registering another pack with a
 * code replaces the one registered before.
 *
 * @returns the pack
 * @throws PadananError `BAD_LANGUAGE_PACK` for anything but a pack
 *
 * @example
 * const gsw = registerLanguage(defineLanguagePack({ ...de, code: 'gsw', name: 'Swiss German' }))
 * resolveLanguage('gsw') === gsw //=> true
 */
export function registerLanguage<const P extends LanguagePack>(pack: P): P {
  if (!isPack(pack)) throw new PadananError('BAD_LANGUAGE_PACK', 'registerLanguage takes a LanguagePack (an object with a code and a number grammar)', { field: '(pack)' })
  if (registered.get(pack.code) !== pack) {
    registered.set(pack.code, pack)
    version++
  }
  return pack
}

/**
 * A language a caller gave where a language is asked for: a pack given as an object is registered
 * (a Doc read with it carries only its code), a code is left as it is.
 *
 * @example
 * registerGiven(de) // resolveLanguage('de') === de from now on
 * registerGiven('de') // nothing
 */
export function registerGiven(lang: unknown): void {
  if (isPack(lang)) registerLanguage(lang)
}

/**
 * The pack registered with this code, if any.
 *
 * @example
 * registeredPack('de') //=> undefined until a de pack was registered
 */
export function registeredPack(code: string): LanguagePack | undefined {
  return registered.get(code)
}

const grown = new WeakMap<readonly object[], { at: number; list: readonly object[] }>()

/**
 * `base`, then the registered packs whose code is not in it, in code order. The same array is
 * returned until another pack is registered (detection asks once per document).
 *
 * @example
 * withRegistered(builtins).map((p) => p.code) //=> ['id', 'en', 'de'] once a de pack was registered
 */
export function withRegistered<T extends { readonly code: string }>(base: readonly T[]): readonly (T | LanguagePack)[] {
  const hit = grown.get(base)
  if (hit && hit.at === version) return hit.list as readonly (T | LanguagePack)[]
  const codes = new Set(base.map((p) => p.code))
  const extra = [...registered.values()].filter((p) => !codes.has(p.code)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const list = extra.length === 0 ? base : [...base, ...extra]
  grown.set(base, { at: version, list })
  return list
}

/**
 * A language code or pack looked up in `base`, then among the registered packs; a pack is returned
 * as it is, and nothing is registered. Unknown codes are `UNKNOWN_LANGUAGE`, naming the codes that
 * are known.
 *
 * @example
 * resolveIn('id-ID', builtins).code //=> 'id'
 */
export function resolveIn<T extends { readonly code: string }>(lang: LanguageInput, base: readonly T[]): T | LanguagePack {
  if (isPack(lang)) return lang
  const code = languageCode(lang)
  const hit = base.find((p) => p.code === code) ?? registeredPack(code)
  if (!hit) throw unknownLanguage(lang, withRegistered(base).map((p) => p.code))
  return hit
}

/**
 * The primary subtag of a language code (`'id-ID'` → `'id'`); anything but a string is `UNKNOWN_LANGUAGE`.
 *
 * @example
 * languageCode(' ID_id ') //=> 'id'
 */
export function languageCode(lang: unknown): string {
  if (typeof lang !== 'string') {
    throw new PadananError('UNKNOWN_LANGUAGE', `language must be a code such as "id" or a LanguagePack, got ${typeof lang}`, { field: 'lang' })
  }
  return lang.trim().toLowerCase().split(/[-_]/)[0]!
}

/**
 * The error for a code no pack has, naming the codes that are known.
 *
 * @example
 * unknownLanguage('xx', ['id', 'en']).message //=> 'unknown language "xx" (known: id, en; other packs are …)'
 */
export function unknownLanguage(lang: string, known: readonly string[]): PadananError {
  return new PadananError('UNKNOWN_LANGUAGE', `unknown language "${lang}" (known: ${[...new Set(known)].join(', ')}; other packs are imported from padanan/langs/<code> and passed as a pack)`, { field: 'lang' })
}
