/**
 * prepare() reads a presegmented paragraph's numbers line by line (a long paragraph would otherwise
 * lex into one huge array at once). Mentions never cross a line, so that must give exactly what
 * reading the whole paragraph gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { extractWithGrammar } from '../../src/numbers/reader.js'
import { en } from '../../src/langs/en/index.js'
import { id } from '../../src/langs/id/index.js'
import { seeds } from '../seeds.js'

describe('numbers of a presegmented paragraph', () => {
  it('are those of the whole paragraph read at once, on the seed sentences', () => {
    for (const [k, pack] of [[1, id], [0, en], [2, en], [3, en], [4, en]] as const) {
      const lines = prepare(seeds[k]!.text, pack).sentences.map((s) => s.text)
      const text = lines.join('\n')
      const whole = extractWithGrammar(text, pack.numbers)
      expect(whole.length).toBeGreaterThan(5)
      expect(prepare(text, { lang: pack, presegmented: true }).numbers).toEqual(whole)
    }
  })

  it('are those of the whole paragraph read at once, on lines of number words, digits and symbols', () => {
    const piece = fc.constantFrom('1', '2.5', '1.250.000,50', '14', 'ke-', '-', '–', ',', '.', '%', 'persen', 'percent', 'juta', 'million', 'miliar', 'billion', 'seperempat', 'a quarter', 'dua', 'two', 'first', 'pertama', 'Rp', 'US$', 'yuan', 'tahun', 'year', '2025', 'II', 'to', 'hingga', 'and', 'dan', '(', ')', '½')
    const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(' '))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom(id, en), (lines, pack) => {
        const text = lines.join('\n')
        expect(prepare(text, { lang: pack, presegmented: true }).numbers).toEqual(extractWithGrammar(text, pack.numbers))
      }),
      { seed: 13, numRuns: 400 },
    )
  })
})
