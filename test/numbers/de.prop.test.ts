// Property tests for German: number words rendered by n2words (an independent implementation) read back
// exactly, including one-word compounds (`zweihundertfünfundvierzig`), and agree with English on the key.
import fc from 'fast-check'
import { toCardinal as deCardinal, toOrdinal as deOrdinal } from 'n2words/de-DE'
import { toCardinal as enCardinal } from 'n2words/en-US'
import { describe, expect, it } from 'vitest'
import { en, extractNumbers } from '../../src/index.js'
import { de } from '../../src/langs/de/index.js'

const SEED = 20261123
const big = fc.bigInt({ min: 0n, max: 10n ** 15n })
// Small and round numbers are where compound splitting breaks; weight them in.
const interesting = fc.oneof(
  big,
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.bigInt({ min: 10_000n, max: 1_000_000n }),
  fc.tuple(fc.bigInt({ min: 1n, max: 999n }), fc.constantFrom(1n, 100n, 1000n, 10n ** 6n, 10n ** 9n, 10n ** 12n)).map(([a, b]) => a * b),
)

function only(text: string) {
  const ms = extractNumbers(text, de)
  expect(ms, text).toHaveLength(1)
  return ms[0]!
}

describe('German number words from n2words read back exactly', () => {
  it('cardinals, 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = deCardinal(n)
        const m = only(`Die Zahl lautet ${words} Personen.`)
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 3000 },
    )
  })

  it('ordinals, 1 … 999 999 (einundzwanzigste, einhunderterste, zweitausendste)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 999_999 })), (n) => {
        const words = deOrdinal(n)
        const m = only(`Das ist die ${words} Ausgabe.`)
        expect([m.kind, m.value, m.text], words).toEqual(['ordinal', n, words])
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('German and English renderings of one quantity get equal keys', () => {
    fc.assert(
      fc.property(interesting, fc.constantFrom('', ' Prozent', ' Euro', ' Yuan'), (n, unit) => {
        const enUnit = { '': '', ' Prozent': ' percent', ' Euro': ' euros', ' Yuan': ' yuan' }[unit]
        const a = extractNumbers(`Der Wert beträgt ${deCardinal(n)}${unit}.`, de).map((m) => m.key)
        const b = extractNumbers(`The figure is ${enCardinal(n)}${enUnit}.`, en).map((m) => m.key)
        expect(a).toEqual(b)
        expect(a).toHaveLength(1)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('German digits (1.234.567,89) and Swiss digits (1’234’567.89) read the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.integer({ min: 10, max: 99 }), (int, frac) => {
        const german = `${int.toLocaleString('de-DE')},${frac}`
        const swiss = `${int.toLocaleString('de-CH')}.${frac}`
        const a = extractNumbers(`Der Betrag: ${german} Franken.`, de)
        const b = extractNumbers(`Der Betrag: ${swiss} Franken.`, de)
        expect(a.map((m) => m.key), `${german} / ${swiss}`).toEqual(b.map((m) => m.key))
        expect(a).toHaveLength(1)
        expect(a[0]!.value).toBeCloseTo(int + frac / 100, 6)
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})
