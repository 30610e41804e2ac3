// extractNumbers never throws on a string, and its spans always slice the input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../src/index.js'

const SEED = 7
// Pieces that steer random text into the engine's interesting paths.
const piece = fc.constantFrom(
  '1.250', '3,75', ' juta', ' miliar', ' billion', 'Rp', 'US$', '$', '%', ' persen', 'ke-', 'ke -', '14', 'th', '-', '–', ' hingga ',
  ' to ', 'antara ', ' dan ', 'between ', ' and ', 'sekitar ', 'about ', 'a ', 'half', 'seperempat', 'twenty', '-three', 'dua',
  ' puluh', ' belas', 'se', 'ratus', ' kali lipat', 'fold', '1990', '-an', 's', 'COVID-19', '5G', '17:13', '2025.03.05', '+62 ',
  '0812-3456', 'v2.3.1', 'Mi 10', '(', ')', '\n', ' ', '.', ',', 'minus ', '°C', ' km', 'M', 'T', 'k', '½', 'setengah', ' and a half',
  '\u0000', '\ud800', '\u202e', '東京', '🙂', 'é', '٣',
)
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join('')),
)

describe('extractNumbers on arbitrary strings', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: never throws, spans slice the input, mentions are ordered`, () => {
      fc.assert(
        fc.property(text, (s) => {
          const ms = extractNumbers(s, lang)
          let last = -1
          for (const m of ms) {
            expect(s.slice(m.start, m.end)).toBe(m.text)
            expect(m.start).toBeGreaterThanOrEqual(last)
            expect(m.end).toBeGreaterThan(m.start)
            last = m.end
            if (m.kind === 'range') expect((m.value as readonly number[])[0]).toBeLessThan((m.value as readonly number[])[1]!)
            else expect(Number.isFinite(m.value as number)).toBe(true)
          }
        }),
        { seed: SEED, numRuns: 3000 },
      )
    })
  }

  it('has no quadratic blow-up: a 1 MB single line', () => {
    const line = 'Xiaomi berinvestasi 105 miliar yuan (sekitar Rp 230 triliun) dari 2021 hingga 2025; '.repeat(12_000)
    const t = performance.now()
    const ms = extractNumbers(line, 'id')
    const dt = performance.now() - t
    expect(ms.length).toBe(36_000)
    // Generous bound: this guards against quadratic blow-up (minutes), not a speed figure (see the bench).
    expect(dt).toBeLessThan(15_000)
  })
})
