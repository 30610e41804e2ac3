// Property tests for Chinese: numerals rendered by n2words (an independent implementation, zh-Hans-CN and
// zh-Hant-TW, common not financial digits) read back exactly, myriad scales and 零 included, and agree with
// English on the key; digits with a myriad scale (1050亿, 1.05万亿) agree with English scale words.
import fc from 'fast-check'
import { toCardinal as enCardinal } from 'n2words/en-US'
import { toCardinal as hansCardinal, toOrdinal as hansOrdinal } from 'n2words/zh-Hans-CN'
import { toCardinal as hantCardinal } from 'n2words/zh-Hant-TW'
import { describe, expect, it } from 'vitest'
import { en, extractNumbers } from '../../src/index.js'
import { zh } from '../../src/langs/zh/index.js'

const SEED = 20261123
const common = { formal: false }
// 一 alone is the article "a" in Chinese news and is not read: from 2 up.
const interesting = fc.oneof(
  fc.bigInt({ min: 2n, max: 10n ** 15n }),
  fc.bigInt({ min: 2n, max: 10_000n }),
  fc.bigInt({ min: 10_000n, max: 100_000_000n }),
  fc.tuple(fc.bigInt({ min: 1n, max: 9999n }), fc.constantFrom(10n, 1000n, 10n ** 4n, 10n ** 8n, 10n ** 12n)).map(([a, b]) => a * b),
)

function only(text: string) {
  const ms = extractNumbers(text, zh)
  expect(ms, text).toHaveLength(1)
  return ms[0]!
}

describe('Chinese numerals from n2words read back exactly', () => {
  it('cardinals, simplified, 2 … 10^15 (一百零五, 一亿两千万, 一千万亿零一)', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = hansCardinal(n, common)
        const m = only(`总数为${words}人。`)
        expect([m.value, m.text], words).toEqual([Number(n), words])
      }),
      { seed: SEED, numRuns: 3000 },
    )
  })

  it('cardinals, traditional (萬, 億)', () => {
    fc.assert(
      fc.property(interesting, (n) => {
        const words = hantCardinal(n, common)
        expect(only(`總數為${words}人。`).value, words).toBe(Number(n))
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('ordinals with 第, 1 … 10^6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const words = hansOrdinal(n, common)
        const m = only(`这是${words}届。`)
        expect([m.kind, m.value, m.text], words).toEqual(['ordinal', n, words])
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('Chinese and English renderings of one quantity get equal keys', () => {
    fc.assert(
      fc.property(interesting, fc.constantFrom('', '%', '元', '美元'), (n, unit) => {
        const enUnit = { '': '', '%': ' percent', 元: ' yuan', 美元: ' US dollars' }[unit]
        const a = extractNumbers(`数值为${hansCardinal(n, common)}${unit}。`, zh).map((m) => m.key)
        const b = extractNumbers(`The figure is ${enCardinal(n)}${enUnit}.`, en).map((m) => m.key)
        expect(a).toEqual(b)
        expect(a).toHaveLength(1)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('digits with a myriad scale agree with English scale words (1050亿元 = 105 billion yuan)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(['万', 1e4], ['亿', 1e8], ['万亿', 1e12]), (int, frac, [scale, v]) => {
        const digits = frac ? `${int}.${String(frac).padStart(2, '0')}` : String(int)
        const a = extractNumbers(`投资${digits}${scale}元。`, zh)
        expect(a, digits + scale).toHaveLength(1)
        // Exact in BigInt: the product can pass 2^53, where a float would round it.
        const total = (BigInt(int * 100 + frac) * BigInt(v as number)) / 100n
        const b = extractNumbers(`an investment of ${total.toLocaleString('en-US')} yuan.`, en)
        expect(a[0]!.key, `${digits}${scale}`).toBe(b[0]!.key)
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})
