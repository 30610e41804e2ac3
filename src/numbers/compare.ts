/**
 * Does a translation keep its numbers? The mentions of two texts in any two languages are matched
 * by canonical key (`105 miliar yuan` = `105 billion yuan`); what is left over is explained where
 * it can be: a mention whose counterpart has another value (`105` → `150`), another scale
 * (`105 billion` → `105 juta`), another unit (`$5` → `€5`) or another kind (`3rd` → `3`), and
 * otherwise reported as missing (in A only) or extra (in B only).
 */
import { checkText } from '../core/limits.js'
import { PadananError } from '../errors.js'
import type { LanguageInput } from '../langs/index.js'
import type { Doc } from '../types.js'
import { extractNumbers, relativeYearCount } from './index.js'
import type { NumberKind, NumberMention } from './types.js'

/** Why two mentions that stand for each other differ. */
export type NumberChange = 'value' | 'scale' | 'unit' | 'kind'

/** The numbers of two texts, matched. */
export interface NumberComparison {
  /** No mention missing, extra or changed. */
  readonly ok: boolean
  /** Mentions with equal keys (or values within `tolerance`), in A's order. */
  readonly matched: readonly { readonly key: string; readonly a: NumberMention; readonly b: NumberMention }[]
  /** In A, with no counterpart in B. */
  readonly missing: readonly NumberMention[]
  /** In B, with no counterpart in A. */
  readonly extra: readonly NumberMention[]
  /** A mention of A and its likely counterpart in B, which differs: see {@link NumberChange}. */
  readonly changed: readonly { readonly a: NumberMention; readonly b: NumberMention; readonly why: NumberChange }[]
  /**
   * The number one said in words (`one`, `satu`, `first`, `pertama`, `eins` …, also with a currency or
   * unit: `one British pound`) with no counterpart on the other side. Where one language says "one"
   * another says an article or a pronoun that is no number (`one of them` / `l'un d'eux`, `one man` /
   * `ein Mann`), so these are listed but do not make `ok` false, unless `strictOne` is set (then they
   * are in `missing` or `extra`). Also a year with no counterpart where the other text names a year by
   * its distance from the text's date (`tahun 2007` / `this year`), as many as it names so, unless
   * `relativeYears` is false.
   */
  readonly uncertain: readonly NumberMention[]
}

export interface CompareNumbersOptions {
  /** Language of A when it is a string (detected when absent). */
  readonly langA?: LanguageInput
  /** Language of B when it is a string (detected when absent). */
  readonly langB?: LanguageInput
  /** Kinds left out on both sides, e.g. `['year']` when dates may be dropped. Default none. */
  readonly ignore?: readonly NumberKind[]
  /**
   * Relative difference under which two values of the same kind and unit still match: `0.01`
   * accepts `1.49 million` for `1,5 juta` (rounding). Default 0: exact keys only.
   */
  readonly tolerance?: number
  /** Count an unmatched "one" in words as missing or extra (see {@link NumberComparison.uncertain}). Default false. */
  readonly strictOne?: boolean
  /**
   * A year with no counterpart is uncertain, not missing or extra, when the other text names a year by
   * its distance from the text's date (`this year`, `tahun lalu`, `l'an dernier`; the packs' `relativeYears`).
   * Default true; false counts it.
   */
  readonly relativeYears?: boolean
}

/** How many years each side names relative to its date (asked only when a year has no counterpart). */
export interface RelativeYears {
  readonly a: () => number
  readonly b: () => number
}

/**
 * Match the numbers of two texts (or prepared documents) in any two languages and say what a
 * translation changed: values, scales, units, kinds, numbers dropped or added. Every mention of
 * either side is in exactly one of `matched`, `missing`, `extra`, `changed`, with its span.
 *
 * @throws PadananError `BAD_INPUT`, `BAD_OPTIONS`, `UNKNOWN_LANGUAGE`
 * @example
 * compareNumbers('Xiaomi will invest 105 billion yuan by 2025.', 'Xiaomi akan berinvestasi 105 juta yuan hingga 2025.', { langA: 'en', langB: 'id' })
 * //=> { ok: false, matched: [{ key: 'year:2025', … }], missing: [], extra: [],
 * //     changed: [{ a: { text: '105 billion yuan', … }, b: { text: '105 juta yuan', … }, why: 'scale' }] }
 */
export function compareNumbers(a: string | Doc, b: string | Doc, options: CompareNumbersOptions = {}): NumberComparison {
  const { tolerance, ignore, strictOne, relativeYears } = settings(options)
  const relative = relativeYears ? { a: () => relativeYearsOf(a, options.langA), b: () => relativeYearsOf(b, options.langB) } : undefined
  return compareMentions(mentionsOf(a, options.langA, 'a'), mentionsOf(b, options.langB, 'b'), tolerance, ignore, strictOne, relative)
}

/** The options checked once: what compareMentions needs. */
export function settings(options: CompareNumbersOptions): { tolerance: number; ignore: ReadonlySet<string>; strictOne: boolean; relativeYears: boolean } {
  const tolerance = options.tolerance ?? 0
  if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) throw new PadananError('BAD_OPTIONS', 'tolerance must be a number from 0 to below 1', { field: 'tolerance' })
  if (options.ignore !== undefined && !Array.isArray(options.ignore)) throw new PadananError('BAD_OPTIONS', 'ignore must be an array of number kinds', { field: 'ignore' })
  return { tolerance, ignore: new Set<string>(options.ignore ?? []), strictOne: options.strictOne === true, relativeYears: options.relativeYears !== false }
}

/** Two lists of mentions (each in text order) matched: see {@link compareNumbers}. */
export function compareMentions(
  allA: readonly NumberMention[],
  allB: readonly NumberMention[],
  tolerance: number,
  ignore: ReadonlySet<string>,
  strictOne = false,
  relative?: RelativeYears,
): NumberComparison {
  const ma = allA.filter((m) => !ignore.has(m.kind))
  const mb = allB.filter((m) => !ignore.has(m.kind))

  // 1. Equal keys, first come first served (a multiset: two `5`s match two `5`s).
  const byKey = new Map<string, { js: number[]; next: number }>()
  mb.forEach((m, j) => {
    const q = byKey.get(m.key)
    if (q) q.js.push(j)
    else byKey.set(m.key, { js: [j], next: 0 })
  })
  const takenB = new Uint8Array(mb.length)
  const pairOfA = new Int32Array(ma.length).fill(-1)
  ma.forEach((m, i) => {
    const q = byKey.get(m.key)
    if (q && q.next < q.js.length) {
      const j = q.js[q.next++]!
      pairOfA[i] = j
      takenB[j] = 1
    }
  })
  // 2. The rest: within tolerance, then a change, strongest relation first, nearest position first.
  const restA = ma.map((_, i) => i).filter((i) => pairOfA[i] === -1)
  const restB = mb.map((_, j) => j).filter((j) => !takenB[j])
  const lenA = Math.max(1, ma.length ? ma[ma.length - 1]!.end : 1)
  const lenB = Math.max(1, mb.length ? mb[mb.length - 1]!.end : 1)
  const links: { i: number; j: number; why: NumberChange | 'same'; rank: number }[] = []
  restA.forEach((i, x) => {
    // Counterparts are looked for among B's leftovers around the same place in the order, so a pair
    // of long number tables that disagree costs their length, not its square.
    const mid = Math.round((x * restB.length) / Math.max(1, restA.length))
    for (let y = Math.max(0, mid - WINDOW), e = Math.min(restB.length, mid + WINDOW + 1); y < e; y++) {
      const j = restB[y]!
      const why = relation(ma[i]!, mb[j]!, tolerance)
      if (why === null) continue
      // Where each stands in its text (0..1): a translation keeps the order of most numbers.
      const dist = Math.abs(ma[i]!.start / lenA - mb[j]!.start / lenB)
      links.push({ i, j, why, rank: STRENGTH[why] - dist })
    }
  })
  links.sort((p, q) => q.rank - p.rank || p.i - q.i || p.j - q.j)
  const changeOfA = new Map<number, { j: number; why: NumberChange }>()
  for (const { i, j, why } of links) {
    if (pairOfA[i] !== -1 || changeOfA.has(i) || takenB[j]) continue
    takenB[j] = 1
    if (why === 'same') pairOfA[i] = j
    else changeOfA.set(i, { j, why })
  }

  const matched: { key: string; a: NumberMention; b: NumberMention }[] = []
  const changed: { a: NumberMention; b: NumberMention; why: NumberChange }[] = []
  let missing: NumberMention[] = []
  ma.forEach((m, i) => {
    const c = changeOfA.get(i)
    if (pairOfA[i] !== -1) matched.push({ key: m.key, a: m, b: mb[pairOfA[i]!]! })
    else if (c) changed.push({ a: m, b: mb[c.j]!, why: c.why })
    else missing.push(m)
  })
  let extra = mb.filter((_, j) => !takenB[j])
  const uncertain: NumberMention[] = []
  if (!strictOne) {
    const keep = (m: NumberMention) => {
      if (!isWordOne(m)) return true
      uncertain.push(m)
      return false
    }
    missing = missing.filter(keep)
    extra = extra.filter(keep)
  }
  if (relative) {
    // `tahun 2007` for `this year`: as many of one side's leftover years as the other side names relatively.
    const excuse = (list: NumberMention[], count: () => number): NumberMention[] => {
      if (!list.some((m) => m.kind === 'year')) return list
      let k = count()
      return list.filter((m) => {
        if (m.kind !== 'year' || k === 0) return true
        k--
        uncertain.push(m)
        return false
      })
    }
    missing = excuse(missing, relative.b)
    extra = excuse(extra, relative.a)
  }
  return { ok: missing.length === 0 && extra.length === 0 && changed.length === 0, matched, missing, extra, changed, uncertain }
}

/** How far, in leftover mentions, a counterpart is looked for on either side of the same place. */
const WINDOW = 32

/** A tolerance match outranks every change; a unit or scale change is surer than a bare value change. */
const STRENGTH: Record<NumberChange | 'same', number> = { same: 5, unit: 4, scale: 4, kind: 3, value: 2 }

/** How many years a text or Doc names relative to its date (see {@link relativeYearCount}). */
function relativeYearsOf(x: string | Doc, lang: LanguageInput | undefined): number {
  return typeof x === 'string' ? relativeYearCount(x, lang) : relativeYearCount((x as Doc).text, (x as Doc).lang)
}

function mentionsOf(x: string | Doc, lang: LanguageInput | undefined, side: 'a' | 'b'): readonly NumberMention[] {
  if (typeof x === 'string') return extractNumbers(x, lang)
  if (x !== null && typeof x === 'object' && Array.isArray((x as Doc).numbers)) return (x as Doc).numbers
  checkText(x, side)
  return []
}

/** How mention y of B relates to mention x of A, or null when they need not stand for each other. */
function relation(x: NumberMention, y: NumberMention, tolerance: number): NumberChange | 'same' | null {
  const [xl, xh] = bounds(x.value)
  const [yl, yh] = bounds(y.value)
  const sameValue = xl === yl && xh === yh
  if (x.kind !== y.kind) {
    // `3rd` for `3`, `25%` for `a quarter`: the same number said as another kind.
    return sameValue || equalAs(x, y) ? 'kind' : null
  }
  if (x.unit !== y.unit) return sameValue ? 'unit' : null
  if (sameValue) return null // equal keys were matched already; what differs here is not the number
  if (tolerance > 0 && near(xl, yl, tolerance) && near(xh, yh, tolerance)) return 'same'
  if (powerOfTen(xl, yl) && powerOfTen(xh, yh)) return 'scale'
  return 'value'
}

/** The number one in words, alone or with its currency or unit (`one`, `first`, `one British pound` / `une livre sterling`). */
function isWordOne(m: NumberMention): boolean {
  return m.value === 1 && (m.kind === 'cardinal' || m.kind === 'ordinal' || m.kind === 'currency') && !/\d/.test(m.text)
}

function bounds(v: number | readonly [number, number]): [number, number] {
  return typeof v === 'number' ? [v, v] : [v[0], v[1]]
}

function near(p: number, q: number, tolerance: number): boolean {
  return p === q || Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q))
}

/** q = p × 10^k for some k ≠ 0 (`105 billion` and `105 million`, `1.5` and `1,500`). */
function powerOfTen(p: number, q: number): boolean {
  if (p === q || p === 0 || q === 0 || Math.sign(p) !== Math.sign(q)) return false
  const k = Math.log10(q / p)
  return Math.abs(k - Math.round(k)) < 1e-9
}

/** A fraction and a percent of the same quantity (`a quarter` and `25%`). */
function equalAs(x: NumberMention, y: NumberMention): boolean {
  const pct = (m: NumberMention) => (m.kind === 'percent' && typeof m.value === 'number' ? m.value / 100 : m.kind === 'fraction' && typeof m.value === 'number' ? m.value : null)
  const px = pct(x)
  const py = pct(y)
  return px !== null && py !== null && Math.abs(px - py) < 1e-9
}
