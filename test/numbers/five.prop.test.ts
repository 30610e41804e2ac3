// One quantity, five languages: the renderings of a random quantity in Indonesian, Malay, English,
// German and French get equal canonical keys. Each language writes digits, decimals, scales,
// percent, money and ordinals its own way (1.234,5 / 1,234.5 / 1 234,5; juta / Millionen /
// millions; ke-14 / 14th / 14. / 14e); the key must not care.
import fc from 'fast-check'
import { toCardinal as deCardinal } from 'n2words/de-DE'
import { toCardinal as enCardinal } from 'n2words/en-US'
import { toCardinal as frCardinal } from 'n2words/fr-FR'
import { toCardinal as idCardinal } from 'n2words/id-ID'
import { toCardinal as msCardinal } from 'n2words/ms-MY'
import { describe, expect, it } from 'vitest'
import { extractNumbers, type LanguagePack } from '../../src/index.js'
import { languages } from '../../src/langs/all.js'

const SEED = 20261123
const CODES = ['id', 'ms', 'en', 'de', 'fr'] as const
type Code = (typeof CODES)[number]
const pack = (c: Code): LanguagePack => {
  const p = languages.find((l) => l.code === c)
  if (!p) throw new Error(`no built-in pack ${c}`)
  return p
}

/** Digits grouped by thousands and a decimal part, as each language writes them. */
function digits(c: Code, int: number, dec: string): string {
  const s = String(int)
  const groups: string[] = []
  for (let e = s.length; e > 0; e -= 3) groups.unshift(s.slice(Math.max(0, e - 3), e))
  const [group, mark] = c === 'en' || c === 'ms' ? [',', '.'] : c === 'fr' ? ['\u202f', ','] : ['.', ',']
  return groups.join(group) + (dec ? mark + dec : '')
}

const SCALES: Record<string, Record<Code, string>> = {
  1e3: { id: 'ribu', ms: 'ribu', en: 'thousand', de: 'Tausend', fr: 'mille' },
  1e6: { id: 'juta', ms: 'juta', en: 'million', de: 'Millionen', fr: 'millions' },
  1e9: { id: 'miliar', ms: 'bilion', en: 'billion', de: 'Milliarden', fr: 'milliards' },
}
const PERCENT: Record<Code, (x: string) => string> = {
  id: (x) => `${x} persen`,
  ms: (x) => `${x} peratus`,
  en: (x) => `${x} percent`,
  de: (x) => `${x} Prozent`,
  fr: (x) => `${x} pour cent`,
}
const YUAN: Record<Code, string> = { id: 'yuan', ms: 'yuan', en: 'yuan', de: 'Yuan', fr: 'yuans' }
const ORDINAL: Record<Code, (n: number) => string> = {
  id: (n) => `Kongres ke-${n} itu`,
  ms: (n) => `Kongres ke-${n} itu`,
  en: (n) => `the ${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')} congress`,
  de: (n) => `der ${n}. Kongress`,
  fr: (n) => `le ${n}${n === 1 ? 'er' : 'e'} congrès`,
}
const WORDS: Record<Code, (n: number) => string> = {
  id: (n) => idCardinal(n),
  ms: (n) => msCardinal(n),
  en: (n) => enCardinal(n),
  de: (n) => deCardinal(n),
  fr: (n) => frCardinal(n),
}

function keysIn(c: Code, text: string): string[] {
  return extractNumbers(text, pack(c)).map((m) => m.key).sort()
}

/** The five renderings of one quantity: their keys, all equal to the first language's. */
function expectSameKeys(render: (c: Code) => string) {
  const keys = CODES.map((c) => [c, render(c), keysIn(c, render(c))] as const)
  const want = keys[0]![2]
  expect(want.length, `${keys[0]![1]} gives a key`).toBeGreaterThan(0)
  for (const [c, text, k] of keys) expect(k, `${c}: "${text}" vs id: "${keys[0]![1]}"`).toEqual(want)
}

describe('one quantity, five languages, one key', () => {
  it('has all five packs', () => {
    for (const c of CODES) expect(pack(c).code).toBe(c)
  })

  it('grouped digits with a decimal part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom('', '5', '25', '75'), (n, dec) => {
        expectSameKeys((c) => digits(c, n, dec))
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('amounts with a scale word, plain and in yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.constantFrom('', '5', '25'), fc.constantFrom('1000', '1000000', '1000000000'), fc.boolean(), (n, dec, scale, money) => {
        expectSameKeys((c) => `${digits(c, n, dec)} ${SCALES[scale]![c]}${money ? ` ${YUAN[c]}` : ''}`)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom('', '5', '25'), (n, dec) => {
        expectSameKeys((c) => PERCENT[c](digits(c, n, dec)))
      }),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('ordinals written with digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (n) => {
        expectSameKeys((c) => ORDINAL[c](n))
      }),
      { seed: SEED, numRuns: 150 },
    )
  })

  it('cardinals in words (n2words renders every language)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 1000, max: 10_000_000 })), (n) => {
        expectSameKeys((c) => WORDS[c](n))
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
