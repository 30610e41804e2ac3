import { PadananError } from '../errors.js'
import type { LanguagePack } from '../types.js'
import type { NumberGrammar } from '../numbers/types.js'

function fail(field: string, why: string): never {
  throw new PadananError('BAD_LANGUAGE_PACK', `language pack field "${field}" ${why}`, { field })
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function strings(v: unknown, field: string, { nonEmpty = false } = {}): void {
  if (!Array.isArray(v)) fail(field, 'must be an array of strings')
  if (nonEmpty && v.length === 0) fail(field, 'must not be empty')
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') fail(`${field}[${i}]`, 'must be a non-empty string')
  })
}

function numberRecord(v: unknown, field: string, { nonEmpty = false } = {}): void {
  if (!isRecord(v)) fail(field, 'must be an object of word → number')
  if (nonEmpty && Object.keys(v).length === 0) fail(field, 'must not be empty')
  for (const [k, n] of Object.entries(v)) {
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(`${field}.${k}`, 'must be a finite number')
  }
}

function stringRecord(v: unknown, field: string, check?: (s: string) => boolean, what = 'a string'): void {
  if (!isRecord(v)) fail(field, 'must be an object of word → string')
  for (const [k, s] of Object.entries(v)) {
    if (typeof s !== 'string' || (check && !check(s))) fail(`${field}.${k}`, `must be ${what}`)
  }
}

function validateGrammar(g: unknown): asserts g is NumberGrammar {
  if (!isRecord(g)) fail('numbers', 'must be a NumberGrammar object')
  if (g.decimal !== '.' && g.decimal !== ',') fail('numbers.decimal', "must be '.' or ','")
  numberRecord(g.units, 'numbers.units', { nonEmpty: true })
  numberRecord(g.multipliers, 'numbers.multipliers', { nonEmpty: true })
  if (!isRecord(g.ordinals)) fail('numbers.ordinals', 'must be an object')
  numberRecord(g.ordinals.words, 'numbers.ordinals.words')
  numberRecord(g.fractions, 'numbers.fractions')
  for (const f of [
    'percent', 'durations', 'approx', 'rangeJoiners', 'multiplierAfter', 'decadeSuffixes', 'notNumbers', 'timeBefore',
    'timeAfter', 'versionBefore', 'dateWords',
  ] as const) strings(g[f], `numbers.${f}`)
  strings(g.percent, 'numbers.percent', { nonEmpty: true })
  stringRecord(g.currencies, 'numbers.currencies', (s) => /^[A-Z]{3}$/.test(s), 'an ISO 4217 code such as "IDR"')
  stringRecord(g.measures, 'numbers.measures', (s) => s.length > 0, 'a non-empty unit symbol')
  for (const f of ['scaleAbbreviations', 'moneyScales', 'multiplierWords'] as const) if (g[f] !== undefined) numberRecord(g[f], `numbers.${f}`)
  for (const f of ['teenWords', 'joiners', 'articles', 'decimalWords', 'negative', 'andAHalf', 'rangeOpeners', 'articleFractionFollowers', 'untilWords'] as const) {
    if (g[f] !== undefined) strings(g[f], `numbers.${f}`)
  }
  if (g.rangePairs !== undefined) stringRecord(g.rangePairs, 'numbers.rangePairs')
  if (g.onePrefix !== undefined && (typeof g.onePrefix !== 'string' || g.onePrefix === '')) fail('numbers.onePrefix', 'must be a non-empty string')
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

/**
 * Check and freeze a language pack. Throws a `PadananError` with code `BAD_LANGUAGE_PACK`
 * naming the first malformed field.
 *
 * @example
 * export const ms = defineLanguagePack({ code: 'ms', name: 'Malay', segmentation, stopwords, numbers, stem })
 */
export function defineLanguagePack<const P extends LanguagePack>(pack: P): P {
  const p: unknown = pack
  if (!isRecord(p)) fail('(pack)', 'must be an object')
  if (typeof p.code !== 'string' || !/^[a-z]{2,3}$/.test(p.code)) fail('code', 'must be a BCP 47 primary subtag such as "id"')
  if (typeof p.name !== 'string' || p.name.trim() === '') fail('name', 'must be a non-empty string')
  if (!isRecord(p.segmentation)) fail('segmentation', 'must be an object')
  if (typeof p.segmentation.locale !== 'string' || p.segmentation.locale === '') fail('segmentation.locale', 'must be a locale string')
  try {
    new Intl.Segmenter(p.segmentation.locale, { granularity: 'sentence' })
  } catch {
    fail('segmentation.locale', `is not a locale Intl.Segmenter accepts: ${String(p.segmentation.locale)}`)
  }
  strings(p.segmentation.abbreviations, 'segmentation.abbreviations')
  if (p.segmentation.sentenceEnds !== undefined) strings(p.segmentation.sentenceEnds, 'segmentation.sentenceEnds')
  strings(p.stopwords, 'stopwords')
  if (p.elisions !== undefined) strings(p.elisions, 'elisions')
  validateGrammar(p.numbers)
  if (p.compounds !== undefined) {
    const c = p.compounds as unknown
    if (!isRecord(c)) fail('compounds', 'must be { linking: string[], minPart: number }')
    strings(c.linking, 'compounds.linking')
    if (!Number.isInteger(c.minPart) || (c.minPart as number) < 2) fail('compounds.minPart', 'must be an integer ≥ 2')
  }
  if (p.lemmas !== undefined) stringRecord(p.lemmas, 'lemmas', (s) => s.trim() !== '', 'a non-empty string')
  if (p.stem !== undefined && typeof p.stem !== 'function') fail('stem', 'must be a function (lowercased token) => stem')
  if (p.lexicon !== undefined && typeof p.lexicon !== 'function') fail('lexicon', 'must be a function () => Lexicon (built lazily)')
  if (p.charsPerEnglishChar !== undefined && !(typeof p.charsPerEnglishChar === 'number' && p.charsPerEnglishChar > 0 && Number.isFinite(p.charsPerEnglishChar))) {
    fail('charsPerEnglishChar', 'must be a positive number')
  }
  if (p.detect !== undefined) {
    if (!isRecord(p.detect)) fail('detect', 'must be an object')
    strings(p.detect.markers, 'detect.markers', { nonEmpty: true })
    if (p.detect.script !== undefined) {
      try {
        new RegExp(`\\p{Script=${String(p.detect.script)}}`, 'u')
      } catch {
        fail('detect.script', `is not a Unicode script name: ${String(p.detect.script)}`)
      }
    }
  }
  return deepFreeze(pack)
}
