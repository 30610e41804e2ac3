// Property tests: numbers rendered to words by n2words (an independent implementation) read back exactly,
// and the Indonesian and English renderings of one quantity get equal keys.
import fc from 'fast-check'
import { toCardinal as enCardinal, toOrdinal as enOrdinal } from 'n2words/en-US'
import { toCardinal as idCardinal, toOrdinal as idOrdinal } from 'n2words/id-ID'
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../src/index.js'

const SEED = 20261123
const big = fc.bigInt({ min: 0n, max: 10n ** 15n })
// Small numbers and round numbers are where grammars break; weight them in.
const interesting = fc.oneof(
  big,
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.tuple(fc.bigInt({ min: 1n, max: 999n }), fc.constantFrom(1n, 1000n, 10n ** 6n, 10n ** 9n, 10n ** 12n)).map(([a, b]) => a * b),
)

function only(text: string, lang: 'id' | 'en') {
  const ms = extractNumbers(text, lang)
  expect(ms, `${lang}: ${text}`).toHaveLength(1)
  return ms[0]!
}

describe('number words from n2words read back exactly', () => {
  it('Indonesian cardinals, 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = idCardinal(n)
        const m = only(`Nilainya ${words} orang.`, 'id')
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('English cardinals, 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = enCardinal(n)
        const m = only(`The total was ${words} people.`, 'en')
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('ordinals in both languages, 1 … 10^6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const idm = only(`Ini adalah peringatan yang ${idOrdinal(n)}.`, 'id')
        const enm = only(`This is the ${enOrdinal(n)} anniversary.`, 'en')
        expect([idm.kind, idm.value], idOrdinal(n)).toEqual(['ordinal', n])
        expect([enm.kind, enm.value], enOrdinal(n)).toEqual(['ordinal', n])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('Indonesian and English renderings of one quantity get equal keys', () => {
    fc.assert(
      fc.property(interesting, fc.constantFrom('', ' persen', ' rupiah', ' yuan'), (n, unit) => {
        const enUnit = { '': '', ' persen': ' percent', ' rupiah': ' rupiah', ' yuan': ' yuan' }[unit]
        const a = extractNumbers(`Angkanya ${idCardinal(n)}${unit}.`, 'id').map((m) => m.key)
        const b = extractNumbers(`The figure is ${enCardinal(n)}${enUnit}.`, 'en').map((m) => m.key)
        expect(a).toEqual(b)
        expect(a).toHaveLength(1)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('digits in each convention agree across languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (int, frac) => {
        const idText = `${int.toLocaleString('id-ID')},${String(frac).padStart(2, '0')} persen`
        const enText = `${int.toLocaleString('en-US')}.${String(frac).padStart(2, '0')} percent`
        const a = extractNumbers(`Naik ${idText}.`, 'id')
        const b = extractNumbers(`Up ${enText}.`, 'en')
        expect(a.map((m) => m.key), idText).toEqual(b.map((m) => m.key))
        expect(a[0]!.value).toBeCloseTo(int + frac / 100, 6)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })
})
