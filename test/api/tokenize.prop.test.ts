/**
 * prepare()'s tokenizer is a hand-written scanner; it must find exactly the tokens of the regular
 * expression it replaced (words with inner joiners, numbers with inner separators).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { elisionsOf, tokenize } from '../../src/core/tokenize.js'
import { fr } from '../../src/langs/fr/index.js'
import { anyText } from '../texts.js'

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’&-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu

function byRegex(text: string, offset: number): { text: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }))
}

describe('tokenize', () => {
  it('finds the tokens of the regular expression, on real-looking text', () => {
    for (const text of [
      "Xiaomi's R&D: 105 miliar yuan (US$14,6 miliar), anti-involution, 1.250.000,50 — ke-14.",
      'naïve café e\u0301te İstanbul ½ 3² Ⅻ ١٢٣ 中文 𝐀𝐁𝟙 😀 a-\ud800b \udc00 x&-y',
      "rock'n'roll O’Brien -x x- 'a 1.2.3. ,4 5,",
    ]) expect(tokenize(text, 7)).toEqual(byRegex(text, 7))
  })

  it('finds the tokens of the regular expression, on any string', () => {
    const pieces = ['a', 'Z', 'é', 'e\u0301', '\u0301', 'İ', 'ß', '1', '٣', '½', '²', 'Ⅻ', '.', ',', "'", '’', '&', '-', ' ', '\n', '😀', '𝐀', '𝟙', '\ud800', '\udc00', '中', '_']
    fc.assert(
      fc.property(anyText(pieces), fc.nat(100), (text, offset) => {
        expect(tokenize(text, offset)).toEqual(byRegex(text, offset))
      }),
      { seed: 12, numRuns: 3000 },
    )
  })

  it('splits elided words off as before', () => {
    expect(tokenize("l'économie jusqu'à aujourd'hui", 0, elisionsOf(fr)).map((t) => t.text)).toEqual(["l'", 'économie', "jusqu'", 'à', "aujourd'hui"])
  })
})
