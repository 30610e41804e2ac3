import { PadananError } from '../errors.js'
import type { LanguageCode, LanguagePack } from '../types.js'

/** A language given by code or as a pack. */
export type LanguageInput = LanguageCode | LanguagePack

// Packs passed in as objects, by code: a Doc only carries its language code, so a later step
// (alignment, pairing, dedup) finds the pack the Doc was read with. Filled at call time, never at
// import. Shared by resolveLanguage and the number reader, which resolves codes without the packs.
const passedIn = new Map<string, LanguagePack>()
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
 * Note a pack passed in as an object, so that its code works from now on.
 *
 * @example
 * remember(de)
 * passedInPack('de') === de //=> true
 */
export function remember(pack: LanguagePack): void {
  if (passedIn.get(pack.code) !== pack) {
    passedIn.set(pack.code, pack)
    version++
  }
}

/**
 * The pack last passed in with this code, if any.
 *
 * @example
 * passedInPack('de') //=> undefined until a de pack was passed somewhere
 */
export function passedInPack(code: string): LanguagePack | undefined {
  return passedIn.get(code)
}

const grown = new WeakMap<readonly object[], { at: number; list: readonly object[] }>()

/**
 * `base`, then the packs passed in so far whose code is not in it, in code order. The same array is
 * returned until a new pack is passed in (detection asks once per document).
 *
 * @example
 * withPassedIn(builtins).map((p) => p.code) //=> ['id', 'en', 'de'] once a de pack was passed
 */
export function withPassedIn<T extends { readonly code: string }>(base: readonly T[]): readonly (T | LanguagePack)[] {
  const hit = grown.get(base)
  if (hit && hit.at === version) return hit.list as readonly (T | LanguagePack)[]
  const codes = new Set(base.map((p) => p.code))
  const extra = [...passedIn.values()].filter((p) => !codes.has(p.code)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const list = extra.length === 0 ? base : [...base, ...extra]
  grown.set(base, { at: version, list })
  return list
}

/**
 * A language code or pack resolved against `base`, then against the packs passed in before; a pack
 * passed as an object is remembered and returned.
 * Unknown codes are `UNKNOWN_LANGUAGE`, naming the codes that are known.
 *
 * @example
 * resolveIn('id-ID', builtins).code //=> 'id'
 */
export function resolveIn<T extends { readonly code: string }>(lang: LanguageInput, base: readonly T[]): T | LanguagePack {
  if (isPack(lang)) {
    remember(lang)
    return lang
  }
  const code = languageCode(lang)
  const hit = base.find((p) => p.code === code) ?? passedInPack(code)
  if (!hit) throw unknownLanguage(lang, withPassedIn(base).map((p) => p.code))
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
