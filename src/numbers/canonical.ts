import type { NumberKind } from './types.js'

/**
 * Plain decimal notation, never an exponent: integers exactly, other numbers rounded to
 * 12 significant digits so that 0.1 + 0.2 and 0.3 share a key.
 *
 * @example
 * formatNumber(105e9) //=> '105000000000'
 * formatNumber(1 / 3) //=> '0.333333333333'
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v)
  // String() writes plain digits below 1e21 and, for other numbers, plain decimals from 1e-7 up.
  if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v) : v.toLocaleString('en-US', { useGrouping: false })
  const r = Number(v.toPrecision(12))
  if (Math.abs(r) >= 1e-6 && Math.abs(r) < 1e21) return String(r)
  return r.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

/**
 * The canonical key of a quantity: equal for the same quantity in any language.
 *
 * @example
 * mentionKey('currency', 105e9, 'CNY') //=> 'currency:105000000000:CNY'
 * mentionKey('range', [2021, 2025], null) //=> 'range:2021..2025'
 */
export function mentionKey(kind: NumberKind, value: number | readonly [number, number], unit: string | null): string {
  const v = typeof value === 'number' ? formatNumber(value) : `${formatNumber(value[0])}..${formatNumber(value[1])}`
  return unit ? `${kind}:${v}:${unit}` : `${kind}:${v}`
}
