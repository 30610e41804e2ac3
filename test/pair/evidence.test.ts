import { describe, expect, it } from 'vitest'
import { prepare, translationScore } from '../../src/index.js'

describe('pair evidence: numbers', () => {
  it('pairs each mention of a with the first mention of b of its key not yet taken, in the order of a', () => {
    const a = prepare('Penjualan naik 5 persen pada 2024, lalu 5 persen lagi pada 2025. Harga tetap 12.500 rupiah.', { lang: 'id' })
    const b = prepare('Sales rose 5 percent in 2025 after rising 5 percent in 2024. The price stayed at 12,500 rupiah, and 5 percent more is expected.', { lang: 'en' })
    expect(translationScore(a, b).evidence.numbers).toEqual([
      { key: 'percent:5:percent', a: '5 persen', b: '5 percent' },
      { key: 'year:2024', a: '2024', b: '2024' },
      { key: 'percent:5:percent', a: '5 persen', b: '5 percent' },
      { key: 'year:2025', a: '2025', b: '2025' },
      { key: 'currency:12500:IDR', a: '12.500 rupiah', b: '12,500 rupiah' },
    ])
  })

  it('lists every shared mention of a long row of figures', () => {
    const row = Array.from({ length: 300 }, (_, k) => String(1000 + k * 7)).join(' ')
    const { numbers } = translationScore(prepare(row, { lang: 'id' }), prepare(row, { lang: 'en' })).evidence
    expect(numbers).toHaveLength(300)
    expect(numbers[299]).toEqual({ key: 'cardinal:3093', a: '3093', b: '3093' })
  })
})
