import { PadananError } from '../errors.js'
import type { LanguagePack } from '../types.js'
import { LANGUAGE_PACK_FIELDS, type Field, type FieldTable } from './fields.js'

function fail(field: string, why: string): never {
  throw new PadananError('BAD_LANGUAGE_PACK', `language pack field "${field}" ${why}`, { field })
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function strings(v: unknown, field: string, { nonEmpty = false, whitespace = false } = {}): void {
  if (!Array.isArray(v)) fail(field, 'must be an array of strings')
  if (nonEmpty && v.length === 0) fail(field, 'must not be empty')
  v.forEach((s, i) => {
    if (typeof s !== 'string' || (whitespace ? s === '' : s.trim() === '')) fail(`${field}[${i}]`, 'must be a non-empty string')
  })
}

function numberRecord(v: unknown, field: string, { nonEmpty = false } = {}): void {
  if (!isRecord(v)) fail(field, 'must be an object of word → number')
  if (nonEmpty && Object.keys(v).length === 0) fail(field, 'must not be empty')
  for (const [k, n] of Object.entries(v)) {
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(`${field}.${k}`, 'must be a finite number')
  }
}

function stringRecord(v: unknown, field: string, pattern?: RegExp, what = 'a string'): void {
  if (!isRecord(v)) fail(field, 'must be an object of word → string')
  for (const [k, s] of Object.entries(v)) {
    if (typeof s !== 'string' || (pattern && !pattern.test(s))) fail(`${field}.${k}`, `must be ${what}`)
  }
}

function checkLocale(v: unknown, field: string): void {
  if (typeof v !== 'string' || v === '') fail(field, 'must be a locale string')
  // A well-formed language tag is what Intl.Segmenter accepts (it falls back for a tag it has no data
  // for); checking the tag loads no break rules, which a segmenter would (a few ms per pack at import).
  try {
    Intl.getCanonicalLocales(v)
  } catch {
    fail(field, `is not a locale Intl.Segmenter accepts: ${String(v)}`)
  }
}

function checkScript(v: unknown, field: string): void {
  try {
    new RegExp(`\\p{Script=${String(v)}}`, 'u')
  } catch {
    fail(field, `is not a Unicode script name: ${String(v)}`)
  }
}

/** One field's value, as its line of the table describes it. */
function checkField(v: unknown, field: string, f: Field): void {
  switch (f.kind) {
    case 'text':
      if (typeof v !== 'string' || !(f.pattern ? f.pattern.test(v) : v !== '')) fail(field, `must be ${f.what ?? 'a non-empty string'}`)
      return
    case 'choice':
      if (!f.choices.includes(v as string)) fail(field, `must be ${f.choices.map((c) => `'${c}'`).join(' or ')}`)
      return
    case 'locale':
      return checkLocale(v, field)
    case 'script':
      return checkScript(v, field)
    case 'strings':
      return strings(v, field, f)
    case 'numberMap':
      return numberRecord(v, field, f)
    case 'stringMap':
      return stringRecord(v, field, f.pattern, f.what)
    case 'positive':
      if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) fail(field, 'must be a positive number')
      return
    case 'integer':
      if (!Number.isInteger(v) || (v as number) < f.min) fail(field, `must be an integer ≥ ${f.min}`)
      return
    case 'boolean':
      if (typeof v !== 'boolean') fail(field, 'must be true or false')
      return
    case 'function':
      if (typeof v !== 'function') fail(field, `must be ${f.what}`)
      return
    case 'object':
      if (!isRecord(v)) fail(field, `must be ${f.what ?? 'an object'}`)
      return checkFields(v, f.fields, `${field}.`)
  }
}

/** Every field of a table in `o`, in the table's order: a required one must be there, any other may be left out. */
function checkFields(o: Record<string, unknown>, table: FieldTable, prefix: string): void {
  for (const [name, f] of Object.entries(table)) {
    const v = o[name]
    if (v !== undefined || f.presence === 'required') checkField(v, prefix + name, f)
  }
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

/**
 * Check and freeze a language pack: every field and number grammar key, as src/langs/fields.ts
 * describes them. Throws a `PadananError` with code `BAD_LANGUAGE_PACK` naming the first malformed
 * field.
 *
 * @example
 * export const ms = defineLanguagePack({ code: 'ms', name: 'Malay', segmentation, stopwords, numbers, stem })
 */
export function defineLanguagePack<const P extends LanguagePack>(pack: P): P {
  const p: unknown = pack
  if (!isRecord(p)) fail('(pack)', 'must be an object')
  checkFields(p, LANGUAGE_PACK_FIELDS, '')
  return deepFreeze(pack)
}
