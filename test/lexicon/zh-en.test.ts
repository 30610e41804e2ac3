// The shipped Chinese → English lexicon (CC-CEDICT, CC BY-SA 4.0): its table, its licence, and coverage on real text.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { en } from '../../src/langs/en/index.js'
import { zh, zhEnLexicon } from '../../src/langs/zh/index.js'

const table = readFileSync(new URL('../../src/langs/zh/lexicon-en.stemmed.ts', import.meta.url), 'utf8')
const entries = table
  .slice(table.indexOf('`') + 1, table.lastIndexOf('`'))
  .replace(/\n$/, '')
  .split('\n')
  .map((l) => l.split('\t'))

describe('zhEnLexicon()', () => {
  it('is the zh pack\'s lexicon, built once, with its source and licence', () => {
    const lex = zhEnLexicon()
    expect(zh.lexicon).toBe(zhEnLexicon)
    expect(zhEnLexicon()).toBe(lex)
    expect(lex.from).toBe('zh')
    expect(lex.to).toBe('en')
    expect(lex.source).toMatch(/CC-CEDICT/)
    expect(lex.source).toMatch(/CC BY-SA 4\.0/)
    // The licence travels with the data into the built package (a comment esbuild keeps).
    expect(table).toMatch(/\/\*![^]*CC-CEDICT[^]*@license CC-BY-SA-4\.0 \*\//)
  })

  it('holds 18,000 simplified words of one to four Han characters, each with one to three English stems', () => {
    expect(entries.length).toBe(18_000)
    for (const [word, ...stems] of entries) {
      expect(word, word).toMatch(/^\p{Script=Han}{1,4}$/u)
      expect(stems.length, word).toBeGreaterThanOrEqual(1)
      expect(stems.length, word).toBeLessThanOrEqual(3)
      for (const s of stems) expect(s, word).toMatch(/^[a-z]+$/)
    }
    expect(new Set(entries.map(([w]) => w)).size).toBe(entries.length)
  })

  it('glosses news words as English stems', () => {
    const lex = zhEnLexicon()
    const has = (word: string, english: string) => lex.concepts(word).includes(en.stem!(english))
    const pairs: [string, string][] = [
      ['投资', 'investment'],
      ['政府', 'government'],
      ['经济', 'economy'],
      ['冰川', 'glacier'],
      ['银行', 'bank'],
      ['总统', 'president'],
      ['选举', 'election'],
      ['医院', 'hospital'],
      ['医生', 'doctor'],
      ['手机', 'phone'],
    ]
    const missing = pairs.filter(([w, e]) => !has(w, e))
    expect(missing).toEqual([])
  })

  it('knows most content words of a real Chinese news text (FLORES-200, CC BY-SA 4.0)', () => {
    const text = readFileSync(new URL('../../fixtures/flores/zh/devtest-344.txt', import.meta.url), 'utf8')
    const doc = prepare(text, { lang: zh })
    const content = doc.sentences.flatMap((s) => s.tokens).filter((t) => !t.isStopword && !t.isNumber && /\p{Script=Han}/u.test(t.norm))
    const known = content.filter((t) => zhEnLexicon().concepts(t.stem).length > 0)
    expect(content.length).toBeGreaterThan(30)
    expect(known.length / content.length).toBeGreaterThan(0.8)
  })
})
