// The two rules of readDigits side by side: the number reader's (the shape decides) and the duplicate
// finder's (the language's decimal mark alone), on the strings where they part.
import { describe, expect, it } from 'vitest'
import { digitValueByLanguageMark, readDigits } from '../../src/numbers/digits.js'

const shapeValue = (raw: string, decimal: '.' | ','): number | null => {
  const d = readDigits(raw, decimal)
  return d ? Number(d.frac ? `${d.int}.${d.frac}` : d.int) : null
}

describe('readDigits', () => {
  it('reads grouped and decimal digits alike under both rules', () => {
    for (const [raw, decimal, value] of [
      ['1.250.000,5', ',', 1250000.5],
      ['1,250,000.5', '.', 1250000.5],
      ['1.5', ',', 1.5],
      ['1.500', ',', 1500],
      ['1,500', ',', 1.5],
      ['1,250,000', ',', 1250000],
      ['105', '.', 105],
    ] as const) {
      expect(shapeValue(raw, decimal)).toBe(value)
      expect(digitValueByLanguageMark(raw, decimal)).toBe(value)
    }
  })

  it('both marks: the last one is the decimal mark by shape; only the language’s own by language mark', () => {
    expect(readDigits('1,250.5', ',')).toEqual({ int: '1250', frac: '5', grouped: true })
    expect(readDigits('1,250.5', ',', 'language-mark')).toBeNull()
    expect(digitValueByLanguageMark('1,250.5', ',')).toBeNull()
    // Groups of other than three digits before the decimal mark: no number by shape, grouping by language mark.
    expect(readDigits('12,34.5', '.')).toBeNull()
    expect(digitValueByLanguageMark('12,34.5', '.')).toBe(1234.5)
  })

  it('a zero before a lone group mark: a decimal by shape, a group by language mark', () => {
    expect(shapeValue('0.500', ',')).toBe(0.5)
    expect(digitValueByLanguageMark('0.500', ',')).toBe(500)
  })

  it('no number under either rule', () => {
    for (const raw of ['2025.03.05', '12,3456,7']) {
      expect(readDigits(raw, ',')).toBeNull()
      expect(digitValueByLanguageMark(raw, ',')).toBeNull()
    }
    expect(digitValueByLanguageMark('1e5', '.')).toBeNull()
    expect(digitValueByLanguageMark('.', '.')).toBeNull()
  })
})
