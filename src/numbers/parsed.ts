/**
 * A number as the reader holds it before it becomes a mention: its core (digits or words, with a
 * scale or an ordinal mark), then the quantity around it (sign, currency, unit). Token indices are
 * half-open: [start, end).
 */

/** The number itself before its suffixes (read by the digit, word, ordinal and fraction readers). */
export interface NumberCore {
  end: number
  value: number
  form: 'digits' | 'words'
  /** Digits exactly as written, for the year test; undefined for number words. */
  raw: string | undefined
  /** The scale word applied (1e6 for juta), or 0. */
  scale: number
  ordinal: boolean
  fraction: boolean
  multiplier: boolean
  decade: boolean
  /** id-style HH.MM shape (dot and two digits where the decimal mark is a comma). */
  clockShape: boolean
}

/** A parsed number before its kind is settled. */
export interface Quantity {
  start: number
  end: number
  value: number
  form: 'digits' | 'words'
  /** Digits exactly as written, for the year test; undefined for number words. */
  raw: string | undefined
  /** The scale word applied (1e6 for juta), or 0. */
  scale: number
  negative: boolean
  currency: string | null
  percent: boolean
  unit: string | null
  duration: boolean
  ordinal: boolean
  fraction: boolean
  multiplier: boolean
  decade: boolean
  /** id-style HH.MM shape (dot and two digits where the decimal mark is a comma). */
  clockShape: boolean
  /** The unit (currency, percent, measure) was written after the number. */
  unitAfter: boolean
  /** An approximation word stands after the number (zh `3万多`). */
  approxAfter: boolean
}

/** Flags of {@link makeCore}. */
export const ORDINAL = 1
export const FRACTION = 2
export const MULTIPLIER = 4
export const DECADE = 8
export const CLOCK_SHAPE = 16

/**
 * A {@link NumberCore}, its booleans given as flags. One object shape for every core: spreading a
 * shared base and overriding its keys made V8 build slow dictionary objects, a third of the time of
 * reading a number.
 *
 * @example
 * makeCore(3, 14, 'digits', 0, '14', ORDINAL).ordinal //=> true
 */
export function makeCore(end: number, value: number, form: 'digits' | 'words', scale: number, raw?: string, flags = 0): NumberCore {
  return {
    end,
    value,
    form,
    raw,
    scale,
    ordinal: (flags & ORDINAL) !== 0,
    fraction: (flags & FRACTION) !== 0,
    multiplier: (flags & MULTIPLIER) !== 0,
    decade: (flags & DECADE) !== 0,
    clockShape: (flags & CLOCK_SHAPE) !== 0,
  }
}
