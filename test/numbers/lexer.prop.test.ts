/**
 * The number engine's lexer is a hand-written scanner; it must split every text exactly as the
 * regular expression it replaced: digits with inner separators (full-width ones read as ASCII), one
 * character of a script without spaces (Han, kana, 〇), runs of other letters and marks, runs of
 * whitespace, else one code point.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lex, type Lex } from '../../src/numbers/lexer.js'
import { anyText } from '../texts.js'

const IDEO = '\\u4e00-\\u9fff\\u3400-\\u4dbf\\u3040-\\u30ff\\uf900-\\ufaff\\u3005\\u3007'
const LEX = new RegExp(`([\\d０-９]+(?:[.,．][\\d０-９]+)*)|([${IDEO}]|(?:(?![${IDEO}])[\\p{L}\\p{M}])+)|(\\s+)|([\\s\\S])`, 'gu')
const fold = (t: string) => t.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))

function byRegex(text: string): Lex[] {
  const out: Lex[] = []
  LEX.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = LEX.exec(text)) !== null) {
    const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'space' : 'sym'
    const t = type === 'num' ? fold(m[0]) : m[0]
    out.push({ type, text: t, low: type === 'word' ? t.toLowerCase() : t, start: m.index, end: m.index + m[0].length, newline: type === 'space' && /[\n\r\u2028\u2029]/.test(t) })
  }
  return out
}

describe('lex', () => {
  it('splits as the regular expression does, on real-looking text', () => {
    for (const text of [
      'Rp 1.250.000,50 juta; 105 miliar yuan (US$14,6 miliar) pada 2025.',
      'Xiaomi’s R&D: 1. 2., 3.4.5 ,6 and 7,',
      'ke-14\tpertama\r\nseperempat\u00a0½ 3²  İstanbul café naïve e\u0301 \u2028x\u3000y\ufeff',
      'COVID-19 𝐀𝐁 😀 𝟙𝟚 \ud800 lone \udc00 surrogates',
      '小米投资1050亿元，增长２５．５％，二〇二一年々AI芯片Xiaomi 14ひらがなカタカナ',
    ]) expect(lex(text)).toEqual(byRegex(text))
  })

  it('splits as the regular expression does, on any string', () => {
    const pieces = ['1', '23', '.', ',', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', 'Z', 'é', 'e\u0301', 'ß', 'İ', '½', '²', '-', '’', '😀', '𝐀', '\ud800', '\udc00', 'ن', '中', '元', '〇', 'か', '１', '．', '\u0085', '\u200b']
    fc.assert(
      fc.property(anyText(pieces), (text) => {
        expect(lex(text)).toEqual(byRegex(text))
      }),
      { seed: 11, numRuns: 3000 },
    )
  })
})
