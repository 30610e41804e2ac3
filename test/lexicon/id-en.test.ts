// The shipped Indonesian → English lexicon: size, format, lazy parsing, and coverage on the seed translation pair.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { prepare } from '../../src/core/prepare.js'
import { en } from '../../src/langs/en/index.js'
import { id } from '../../src/langs/id/index.js'
import { lexiconEnTsv } from '../../src/langs/id/lexicon-en.js'

// Wrap createLexicon in a counter so the test sees when (and how often) the TSV is turned into a lexicon.
const spy = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../../src/lexicon/lexicon.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/lexicon/lexicon.js')>()
  return {
    ...mod,
    createLexicon: (...args: Parameters<typeof mod.createLexicon>) => {
      spy.calls++
      return mod.createLexicon(...args)
    },
  }
})

const lines = lexiconEnTsv.replace(/\n$/, '').split('\n')
const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/npc/${name}`, import.meta.url)), 'utf8')

describe('id→en lexicon text', () => {
  it('has at least 10,000 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(10_000)
  })

  it('has only well-formed lines: exactly one tab, both sides non-empty and trimmed', () => {
    const bad = lines.filter((l) => {
      const parts = l.split('\t')
      return parts.length !== 2 || parts.some((p) => p.length === 0 || p !== p.trim())
    })
    expect(bad).toEqual([])
  })

  it('is sorted by the Indonesian side and has no duplicate lines', () => {
    const heads = lines.map((l) => l.split('\t')[0]!)
    const unsorted = heads.filter((h, i) => i > 0 && heads[i - 1]! > h)
    expect(unsorted).toEqual([])
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('idEnLexicon()', () => {
  it('does not parse on import, parses once on the first call, then reuses the result', async () => {
    const before = spy.calls
    const mod = await import('../../src/langs/id/lexicon.js')
    expect(typeof mod.idEnLexicon).toBe('function')
    expect(spy.calls).toBe(before)
    const lex = mod.idEnLexicon()
    expect(spy.calls).toBe(before + 1)
    expect(mod.idEnLexicon()).toBe(lex)
    expect(spy.calls).toBe(before + 1)
    expect(lex.from).toBe('id')
    expect(lex.to).toBe('en')
    expect(lex.source).toMatch(/written for padanan/)
    expect(lex.source).toMatch(/MIT/)
  })

  it('covers at least 6,000 distinct Indonesian stems (single words, fixed expressions not counted)', async () => {
    const { idEnLexicon } = await import('../../src/langs/id/lexicon.js')
    const lex = idEnLexicon()
    const single = [...lex.entries()].filter(([k]) => !k.includes(' '))
    expect(single.length).toBeGreaterThanOrEqual(6_000)
    expect(lex.size).toBeGreaterThanOrEqual(single.length)
  })

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
