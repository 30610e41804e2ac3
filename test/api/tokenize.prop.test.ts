/**
 * prepare()'s tokenizer is a hand-written scanner; it must find exactly the tokens of the regular
 * expression it replaced (words with inner joiners, numbers with inner separators); a token holding Han
 * or kana is cut where the script changes, and those runs into Intl.Segmenter's words.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { elisionsOf, tokenize } from '../../src/core/tokenize.js'
import { fr } from '../../src/langs/fr/index.js'
import { anyText } from '../texts.js'

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’&-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu

const IDEO = /([\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uf900-\ufaff\u3005\u3007]+)/u
const words = new Intl.Segmenter('zh', { granularity: 'word' })

function byRegex(text: string, offset: number): { text: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => {
    const at = offset + m.index
    if (!/^\p{L}/u.test(m[0]) || !IDEO.test(m[0])) return [{ text: m[0], start: at, end: at + m[0].length }]
    let pos = 0
    return m[0].split(IDEO).flatMap((run, k) => {
      const from = pos
      pos += run.length
      if (!run) return []
      if (k % 2 === 0) return [{ text: run, start: at + from, end: at + pos }]
      return [...words.segment(run)].filter((s) => s.isWordLike).map((s) => ({ text: s.segment, start: at + from + s.index, end: at + from + s.index + s.segment.length }))
    })
  })
}

describe('tokenize', () => {
  it('finds the tokens of the regular expression, on real-looking text', () => {
    for (const text of [
      "Xiaomi's R&D: 105 miliar yuan (US$14,6 miliar), anti-involution, 1.250.000,50 — ke-14.",
      'naïve café e\u0301te İstanbul ½ 3² Ⅻ ١٢٣ 中文 𝐀𝐁𝟙 😀 a-\ud800b \udc00 x&-y',
      "rock'n'roll O’Brien -x x- 'a 1.2.3. ,4 5,",
      '小米集团计划在2021年至2025年间投资1050亿元用于研发，AI芯片和R&D是重点。Xiaomi14',
    ]) expect(tokenize(text, 7)).toEqual(byRegex(text, 7))
  })

  it('finds the tokens of the regular expression, on any string', () => {
    const pieces = ['a', 'Z', 'é', 'e\u0301', '\u0301', 'İ', 'ß', '1', '٣', '½', '²', 'Ⅻ', '.', ',', "'", '’', '&', '-', ' ', '\n', '😀', '𝐀', '𝟙', '\ud800', '\udc00', '中', '文', '〇', 'か', '_']
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

  it('keeps the apostrophe of an elided word written apart, as tokenized corpora write it', () => {
    // Bleualign's Text+Berg French is tokenized this way: `d' où`, `l' arrière`, `qu’ il`.
    const toks = tokenize("De là , le regard plonge sur la gorge du Limmerenbach , d' où surgissent l' arrière qu’ il", 0, elisionsOf(fr))
    expect(toks.map((t) => t.text)).toEqual(['De', 'là', 'le', 'regard', 'plonge', 'sur', 'la', 'gorge', 'du', 'Limmerenbach', "d'", 'où', 'surgissent', "l'", 'arrière', 'qu’', 'il'])
    expect(toks[10]).toMatchObject({ start: 56, end: 58 })
    // Not an elision: the apostrophe stays out (aujourd' is no elided word), and without elisions nothing changes.
    expect(tokenize("aujourd' hui", 0, elisionsOf(fr)).map((t) => t.text)).toEqual(['aujourd', 'hui'])
    expect(tokenize("d' où", 0).map((t) => t.text)).toEqual(['d', 'où'])
  })
})
