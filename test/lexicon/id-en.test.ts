// The shipped Indonesian → English lexicon: its keys and glosses, and coverage on the seed translation pair (format and lazy parsing: shipped.test.ts).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { en } from '../../src/langs/en/index.js'
import { id } from '../../src/langs/id/index.js'

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/npc/${name}`, import.meta.url)), 'utf8')

describe('idEnLexicon()', () => {
  it('keys entries by id.stem and gives en.stem concepts', async () => {
    const { idEnLexicon } = await import('../../src/langs/id/lexicon.js')
    const lex = idEnLexicon()
    const has = (idWord: string, enWord: string): boolean => lex.concepts(id.stem(idWord)).includes(en.stem(enWord.toLowerCase()))
    const pairs: [string, string][] = [
      ['pembangunan', 'development'],
      ['perusahaan', 'company'],
      ['pemerintah', 'government'],
      ['kecerdasan', 'intelligence'],
      ['teknologi', 'technology'],
      ['investasi', 'investment'],
      ['ekonomi', 'economy'],
      ['tiongkok', 'China'],
      ['jepang', 'Japan'],
      ['juta', 'million'],
      ['tetapi', 'but'],
      ['sebelum', 'before'],
      ['januari', 'January'],
      ['kamis', 'Thursday'],
    ]
    expect(pairs.filter(([i, e]) => !has(i, e))).toEqual([])
    const key = 'kecerdasan buatan'.split(' ').map(id.stem).join(' ')
    expect(lex.concepts(key)).toEqual(expect.arrayContaining([en.stem('artificial'), en.stem('intelligence')]))
    expect(lex.concepts(id.stem('amerika')).length).toBeGreaterThan(0)
    expect(lex.concepts('no-such-stem')).toEqual([])
  })

  it('gives ≥ 80% of the content tokens of the seed pair a concept found in its English translation', async () => {
    const { idEnLexicon } = await import('../../src/langs/id/lexicon.js')
    const lex = idEnLexicon()
    const idDoc = prepare(fixture('001_08d4fc09aac09c03.txt'), 'id')
    const enDoc = prepare(fixture('002_8b5633673b5c9d83.txt'), 'en')
    const enStems = new Set(enDoc.sentences.flatMap((s) => s.tokens.map((t) => t.stem)))
    const content = idDoc.sentences.flatMap((s) => s.tokens).filter((t) => !t.isStopword && !t.isNumber)
    const found = content.filter((t) => lex.concepts(t.stem).some((c) => enStems.has(c)))
    const missed = content.filter((t) => !found.includes(t)).map((t) => t.norm)
    expect(content.length).toBeGreaterThan(150)
    expect(found.length / content.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(0.8)
  })
})
