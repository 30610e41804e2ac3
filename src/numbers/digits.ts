/**
 * Digit strings read by a language's decimal mark (`1.250.000,50` where it is a comma, `1,250,000.50`
 * where it is a dot). The number reader and the duplicate finder's token hashes both read digits here,
 * each by its own rule for which mark is the decimal one.
 */

/** A digit string split at its decimal mark. */
export interface DigitParts {
  /** The whole part's digits, group marks left out. */
  readonly int: string
  /** The digits after the decimal mark; '' for none. */
  readonly frac: string
  /** Group marks stood in the whole part. */
  readonly grouped: boolean
}

/**
 * Which mark of a digit string is the decimal one.
 * - `'last-mark'`: the shape decides. With both marks the last one is the decimal mark, whatever the
 *   language (`1,250.5` is 1250.5 in French too), and the groups before it must be of three digits;
 *   a lone group mark before three digits groups them unless a zero stands before it (`0.500` is a
 *   half where the decimal mark is a comma). How number mentions are read.
 * - `'language-mark'`: the language's own decimal mark alone is one. With both marks it must stand
 *   once, after every group mark (`1,250.5` is no number where the decimal mark is a comma), and the
 *   group marks are left out whatever their groups; a lone group mark before three digits always
 *   groups them (`0.500` is 500 there). How the duplicate finder hashes number tokens.
 */
export type DecimalMarkRule = 'last-mark' | 'language-mark'

/**
 * Read digits ("1.250.000,50") by the language's decimal mark and the shape. Null: not a number
 * (`2025.03.05`, `12,3456,7`). A lone mark before other than three digits is a decimal mark whichever
 * it is (`4.9 miliar` in Indonesian is 4,9 miliar).
 *
 * @param raw - digits and the marks `.` and `,`
 * @param decimal - the language's decimal mark
 * @param rule - which mark is the decimal one when the string does not settle it: see {@link DecimalMarkRule}
 * @example
 * readDigits('1.250.000,50', ',') //=> { int: '1250000', frac: '50', grouped: true }
 * readDigits('1,250.5', ',') //=> { int: '1250', frac: '5', grouped: true }
 * readDigits('1,250.5', ',', 'language-mark') //=> null
 */
export function readDigits(raw: string, decimal: '.' | ',', rule: DecimalMarkRule = 'last-mark'): DigitParts | null {
  const dots = raw.split('.').length - 1
  const commas = raw.split(',').length - 1
  if (dots === 0 && commas === 0) return { int: raw, frac: '', grouped: false }
  const group = decimal === '.' ? ',' : '.'
  const byShape = rule === 'last-mark'
  // The shape rule wants a first group of one to three digits; the language rule takes an empty one too.
  const validGroups = (s: string, sep: string): boolean => {
    const parts = s.split(sep)
    return parts[0]!.length >= (byShape ? 1 : 0) && parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3)
  }
  if (dots > 0 && commas > 0) {
    const dec = byShape ? (raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',') : decimal
    const grp = dec === '.' ? ',' : '.'
    const idx = raw.lastIndexOf(dec)
    const intPart = raw.slice(0, idx)
    if (intPart.includes(dec)) return null
    if (byShape ? !validGroups(intPart, grp) : raw.includes(grp, idx)) return null
    return { int: intPart.split(grp).join(''), frac: raw.slice(idx + 1), grouped: true }
  }
  const sep = dots > 0 ? '.' : ','
  const count = dots + commas
  if (count > 1) return validGroups(raw, sep) ? { int: raw.split(sep).join(''), frac: '', grouped: true } : null
  const [a, b] = raw.split(sep) as [string, string]
  if (sep === group) {
    // The language's group mark: a group when the shape allows it, else the shape wins (4.9 miliar).
    if (b.length === 3 && a.length <= 3 && (a !== '0' || !byShape)) return { int: a + b, frac: '', grouped: true }
    return { int: a, frac: b, grouped: false }
  }
  return { int: a, frac: b, grouped: false }
}

/**
 * The value of a digit token read by {@link readDigits} under the `'language-mark'` rule: null for a
 * token of anything but digits, `.` and `,`, and for one that is no number.
 *
 * @example
 * digitValueByLanguageMark('1.250.000,5', ',') //=> 1250000.5
 * digitValueByLanguageMark('1.5', ',') //=> 1.5
 * digitValueByLanguageMark('1,250.5', ',') //=> null
 */
export function digitValueByLanguageMark(raw: string, decimal: '.' | ','): number | null {
  if (!/^[0-9.,]+$/.test(raw)) return null
  const d = readDigits(raw, decimal, 'language-mark')
  if (!d) return null
  // A lone mark with no digit on either side (`.`) reads NaN here, so it is no number.
  const v = Number(`${d.int}.${d.frac}`)
  return Number.isFinite(v) ? v : null
}

/**
 * A decimal written as digits times a scale, exact when the scale is a power of ten (`1,5 juta` is 1500000, not 1499999.9999…).
 *
 * @example
 * scaleDigits('1', '5', 1e6) //=> 1500000
 */
export function scaleDigits(int: string, frac: string, scale: number): number {
  const p = Math.round(Math.log10(scale))
  if (scale > 0 && 10 ** p === scale && p >= frac.length) {
    const digits = (int + frac.padEnd(p, '0')).replace(/^0+(?=\d)/, '')
    return Number(digits)
  }
  return Number(`${int}.${frac || '0'}`) * scale
}
