// Every lexicon that ships inside a language pack: the TSV text's format, lazy loading, and size. What
// is particular to one language (its glosses, its coverage on real text) is in <code>-en.test.ts.
import { describe, expect, it, vi } from 'vitest'

// Counters: when (and how often) a shipped stem table becomes a lexicon, and whether anything builds a
// lexicon from words (which stems them all: loading a shipped lexicon must not).
const spy = vi.hoisted(() => ({ calls: 0, stemmed: 0 }))
vi.mock('../../src/lexicon/stemmed.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/lexicon/stemmed.js')>()
  return {
    ...mod,
    lexiconFromStemmed: (...args: Parameters<typeof mod.lexiconFromStemmed>) => {
      const load = mod.lexiconFromStemmed(...args)
      let seen: unknown
      return () => {
        const lex = load()
        if (lex !== seen) spy.calls++
        seen = lex
        return lex
      }
    },
  }
})
vi.mock('../../src/lexicon/lexicon.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/lexicon/lexicon.js')>()
  return {
    ...mod,
    createLexicon: (...args: Parameters<typeof mod.createLexicon>) => {
      spy.stemmed++
      return mod.createLexicon(...args)
    },
  }
})

import { existsSync } from 'node:fs'
import { languages } from '../../src/langs/all.js'

// Importing every pack (done above) must not have parsed any lexicon.
const callsAtImport = spy.calls
// Floors for any shipped lexicon; each language's own test may ask for more.
const MIN_LINES = 8_000
const MIN_STEMS = 5_000

/** The built-in packs that ship a lexicon: the ones whose folder has lexicon-en.ts. */
const shipped = languages
  .filter((p) => existsSync(new URL(`../../src/langs/${p.code}/lexicon-en.ts`, import.meta.url)))
  .map((pack) => ({ code: pack.code, pack, tsv: async () => ((await import(`../../src/langs/${pack.code}/lexicon-en.ts`)) as { lexiconEnTsv: string }).lexiconEnTsv }))

it('importing the packs parses no lexicon, and every shipped lexicon is the pack\'s', () => {
  expect(callsAtImport).toBe(0)
  expect(shipped.length).toBeGreaterThanOrEqual(4)
  for (const s of shipped) expect(typeof s.pack.lexicon, s.code).toBe('function')
})

// Parsing order matters for the spy: one language at a time.
describe.sequential.each(shipped)('$code→en lexicon', ({ code, pack, tsv }) => {
  it(`has at least ${MIN_LINES.toLocaleString('en')} lines, each "word<TAB>gloss", both sides trimmed and non-empty`, async () => {
    const lines = (await tsv()).replace(/\n$/, '').split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(MIN_LINES)
    const bad = lines.filter((l) => {
      const parts = l.split('\t')
      return parts.length !== 2 || parts.some((p) => p.length === 0 || p !== p.trim())
    })
    expect(bad).toEqual([])
  })

  it('is sorted by the source side and has no duplicate lines', async () => {
    const lines = (await tsv()).replace(/\n$/, '').split('\n')
    const heads = lines.map((l) => l.split('\t')[0]!)
    expect(heads.filter((h, i) => i > 0 && heads[i - 1]! > h)).toEqual([])
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('reads its stem table once, on the first call, stemming nothing, then reuses the result', () => {
    const before = spy.calls
    const stemmed = spy.stemmed
    const lex = pack.lexicon!()
    expect(spy.calls).toBe(before + 1)
    expect(pack.lexicon!()).toBe(lex)
    expect(spy.calls).toBe(before + 1)
    expect(spy.stemmed).toBe(stemmed)
    expect([lex.from, lex.to]).toEqual([code, 'en'])
    expect(lex.source).toMatch(/written for padanan/)
    expect(lex.source).toMatch(/MIT/)
  })

  it(`covers at least ${MIN_STEMS.toLocaleString('en')} distinct single-word stems`, () => {
    const lex = pack.lexicon!()
    const single = [...lex.entries()].filter(([k]) => !k.includes(' '))
    expect(single.length).toBeGreaterThanOrEqual(MIN_STEMS)
    expect(lex.size).toBeGreaterThanOrEqual(single.length)
  })
})
