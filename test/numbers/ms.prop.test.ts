// Property tests for Malay: numbers rendered to Malay words by n2words (an independent implementation, ms-MY) read back
// exactly, and the Malay, Indonesian and English renderings of one quantity get equal keys.
import fc from 'fast-check'
import { toCardinal as enCardinal } from 'n2words/en-US'
import { toCardinal as idCardinal } from 'n2words/id-ID'
import { toCardinal as msCardinal, toCurrency as msCurrency, toOrdinal as msOrdinal } from 'n2words/ms-MY'
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../src/index.js'
import { ms } from '../../src/langs/ms/index.js'

const SEED = 20261123
// n2words ms-MY names scales up to trilion (10^12), so its words stop below 10^15.
const big = fc.bigInt({ min: 0n, max: 10n ** 15n - 1n })
// Small numbers and round numbers are where grammars break; weight them in.
const interesting = fc.oneof(
  big,
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.tuple(fc.bigInt({ min: 1n, max: 999n }), fc.constantFrom(1n, 1000n, 10n ** 6n, 10n ** 9n, 10n ** 12n)).map(([a, b]) => a * b),
)

function only(text: string) {
  const found = extractNumbers(text, ms)
  expect(found, text).toHaveLength(1)
  return found[0]!
}

describe('Malay number words from n2words read back exactly', () => {
  it('cardinals, 0 … 10^15 − 1', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = msCardinal(n)
        const m = only(`Jumlahnya ${words} orang.`)
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('ordinals, 1 … 10^6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const words = msOrdinal(n)
        const m = only(`Ini ialah sambutan yang ${words}.`)
        expect([m.kind, m.value, m.text], words).toEqual(['ordinal', n, words])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('one decimal digit after perpuluhan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), (int, d) => {
        const words = msCardinal(`${int}.${d}`)
        const m = only(`Kadarnya ${words} peratus.`)
        expect([m.kind, m.value], words).toEqual(['percent', int + d / 10])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('whole ringgit amounts in words are MYR', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const words = msCurrency(n)
        const m = only(`Dendanya ${words}.`)
        expect([m.kind, m.value, m.unit], words).toEqual(['currency', n, 'MYR'])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})

describe('one quantity, equal keys in Malay, Indonesian and English', () => {
  it('number words with a unit', () => {
    fc.assert(
      fc.property(interesting, fc.constantFrom('', 'percent', 'yuan', 'ringgit'), (n, unit) => {
        const msUnit = { '': '', percent: ' peratus', yuan: ' yuan', ringgit: ' ringgit' }[unit]
        const idUnit = { '': '', percent: ' persen', yuan: ' yuan', ringgit: ' ringgit' }[unit]
        const enUnit = { '': '', percent: ' percent', yuan: ' yuan', ringgit: ' ringgit' }[unit]
        const a = extractNumbers(`Angkanya ${msCardinal(n)}${msUnit}.`, ms).map((m) => m.key)
        const b = extractNumbers(`Angkanya ${idCardinal(n)}${idUnit}.`, 'id').map((m) => m.key)
        const c = extractNumbers(`The figure is ${enCardinal(n)}${enUnit}.`, 'en').map((m) => m.key)
        expect(a).toHaveLength(1)
        expect(a).toEqual(b)
        expect(a).toEqual(c)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('digits in each convention: ms 1,234.56 = id 1.234,56 = en 1,234.56', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('bilion', 'juta', ''), (int, frac, scale) => {
        const f = String(frac).padStart(2, '0')
        const msText = `RM${int.toLocaleString('en-US')}.${f}${scale ? ` ${scale}` : ''}`
        const idText = `RM${int.toLocaleString('id-ID')},${f}${scale ? ` ${{ bilion: 'miliar', juta: 'juta' }[scale]}` : ''}`
        const enText = `RM${int.toLocaleString('en-US')}.${f}${scale ? ` ${{ bilion: 'billion', juta: 'million' }[scale]}` : ''}`
        const a = extractNumbers(`Nilainya ${msText}.`, ms).map((m) => m.key)
        expect(a, msText).toHaveLength(1)
        expect(a, `${msText} / ${idText}`).toEqual(extractNumbers(`Nilainya ${idText}.`, 'id').map((m) => m.key))
        expect(a, `${msText} / ${enText}`).toEqual(extractNumbers(`It is ${enText}.`, 'en').map((m) => m.key))
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})
