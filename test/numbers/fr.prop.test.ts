// Property tests for French: numbers rendered by n2words (an independent implementation: fr-FR, and
// fr-BE for septante/nonante) read back exactly, in the traditional and the 1990 hyphenated spelling,
// and French and English renderings of one quantity get equal keys.
import fc from 'fast-check'
import { toCardinal as enCardinal } from 'n2words/en-US'
import { toCardinal as beCardinal } from 'n2words/fr-BE'
import { toCardinal as frCardinal, toOrdinal as frOrdinal } from 'n2words/fr-FR'
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../src/index.js'
import { en } from '../../src/langs/en/index.js'
import { fr } from '../../src/langs/fr/index.js'

const SEED = 20261123
// 1 alone is left out: a bare "un"/"une" is the article, not a number (see src/langs/fr/README.md).
const notOne = (n: bigint) => n !== 1n
const big = fc.bigInt({ min: 0n, max: 10n ** 15n })
// Small numbers and round numbers are where grammars break (soixante-dix, quatre-vingts, cents, mille); weight them in.
const interesting = fc
  .oneof(
    big,
    fc.bigInt({ min: 0n, max: 10_000n }),
    fc.tuple(fc.bigInt({ min: 1n, max: 999n }), fc.constantFrom(1n, 1000n, 10n ** 6n, 10n ** 9n, 10n ** 12n)).map(([a, b]) => a * b),
  )
  .filter(notOne)

function only(text: string) {
  const ms = extractNumbers(text, fr)
  expect(ms, text).toHaveLength(1)
  return ms[0]!
}

/** The 1990 spelling: every numeral joined by hyphens, the nouns million, milliard … kept apart by spaces. */
function reformed(words: string): string {
  return words
    .split(' ')
    .reduce<string[]>((out, w) => {
      const noun = /^(?:million|milliard|billion|billiard)s?$/.test(w)
      const prev = out[out.length - 1]
      if (prev !== undefined && !noun && !/(?:^| )(?:million|milliard|billion|billiard)s?$/.test(prev)) out[out.length - 1] = `${prev}-${w}`
      else if (prev !== undefined && noun) out[out.length - 1] = `${prev} ${w}`
      else out.push(w)
      return out
    }, [])
    .join(' ')
}

describe('French number words from n2words read back exactly', () => {
  it('cardinals (fr-FR), 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = frCardinal(n)
        const m = only(`Le total atteint ${words} personnes.`)
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('Belgian cardinals (fr-BE: septante, nonante), 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = beCardinal(n)
        const m = only(`Le total atteint ${words} personnes.`)
        expect(m.value, words).toBe(Number(n))
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('the 1990 hyphenated spelling (trois-cent-vingt-et-un), 0 … 10^15', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = reformed(frCardinal(n))
        const m = only(`Le total atteint ${words} personnes.`)
        expect(m.value, words).toBe(Number(n))
        expect(m.text).toBe(words)
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('ordinals, 1 … 10^6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const words = frOrdinal(n)
        const m = only(`C'est la ${words} édition du festival.`)
        expect([m.kind, m.value], words).toEqual(['ordinal', n])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('French and English renderings of one quantity get equal keys', () => {
    fc.assert(
      fc.property(interesting, fc.constantFrom('', ' pour cent', ' yuans', ' euros'), (n, unit) => {
        const enUnit = { '': '', ' pour cent': ' percent', ' yuans': ' yuan', ' euros': ' euros' }[unit]
        // A scale noun takes "de" before what it counts: deux millions d'euros.
        const linker = unit === ' yuans' || unit === ' euros' ? (/(?:lion|liard)s?$/.test(frCardinal(n)) ? (unit === ' euros' ? " d'" : ' de ') : ' ') : ''
        const frText = `${frCardinal(n)}${linker ? `${linker}${unit.trim()}` : unit}`
        const a = extractNumbers(`Le chiffre est de ${frText}.`, fr).map((m) => m.key)
        const b = extractNumbers(`The figure is ${enCardinal(n)}${enUnit}.`, en).map((m) => m.key)
        expect(a, frText).toEqual(b)
        expect(a).toHaveLength(1)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('digits grouped by a space, a no-break space, a narrow no-break space or an apostrophe, with a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(' ', '\u00a0', '\u202f', "'"), (int, frac, sep) => {
        const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
        const text = `${grouped},${String(frac).padStart(2, '0')} %`
        const ms = extractNumbers(`Le taux atteint ${text} cette année.`, fr)
        expect(ms.map((m) => m.text), text).toEqual([text])
        expect(ms[0]!.value).toBeCloseTo(int + frac / 100, 6)
        expect(ms[0]!.key).toBe(extractNumbers(`The rate is ${int.toLocaleString('en-US')}.${String(frac).padStart(2, '0')}%.`, en)[0]!.key)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })
})
