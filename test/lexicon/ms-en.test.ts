// The shipped Malay → English lexicon: size, format, lazy parsing, Malay senses, and coverage on a Malay news sample.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { prepare } from '../../src/core/prepare.js'
import { en } from '../../src/langs/en/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { lexiconEnTsv } from '../../src/langs/ms/lexicon-en.js'

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
// Malay news paragraphs written for this test (not taken from any corpus).
const sample = readFileSync(fileURLToPath(new URL('./fixtures/ms-sample.txt', import.meta.url)), 'utf8')

describe('ms→en lexicon text', () => {
  it('has at least 8,000 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(8_000)
  })

  it('has only well-formed lines: exactly one tab, both sides non-empty and trimmed', () => {
    const bad = lines.filter((l) => {
      const parts = l.split('\t')
      return parts.length !== 2 || parts.some((p) => p.length === 0 || p !== p.trim())
    })
    expect(bad).toEqual([])
  })

  it('is sorted by the Malay side and has no duplicate lines', () => {
    const heads = lines.map((l) => l.split('\t')[0]!)
    const unsorted = heads.filter((h, i) => i > 0 && heads[i - 1]! > h)
    expect(unsorted).toEqual([])
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('leaves out Indonesian-only words and gives false friends their Malay sense', () => {
    const heads = new Set(lines.map((l) => l.split('\t')[0]!))
    for (const w of ['uang', 'kantor', 'karena', 'yaitu', 'persen', 'miliar', 'mobil', 'bandara', 'pemilu']) expect(heads.has(w), w).toBe(false)
    const gloss = (w: string) => lines.filter((l) => l.startsWith(`${w}\t`)).map((l) => l.split('\t')[1])
    expect(gloss('kerajaan')[0]).toBe('government')
    expect(gloss('kereta')).toEqual(['car'])
    expect(gloss('pejabat')).toEqual(['office'])
    expect(gloss('budak')).toEqual(['child', 'kid'])
    expect(gloss('pekan')).toEqual(['town'])
    expect(gloss('kakitangan')[0]).toBe('staff')
  })
})

describe('msEnLexicon()', () => {
  it('does not parse on import, parses once on the first call, then reuses the result', async () => {
    const before = spy.calls
    const mod = await import('../../src/langs/ms/lexicon.js')
    expect(typeof mod.msEnLexicon).toBe('function')
    expect(spy.calls).toBe(before)
    const lex = mod.msEnLexicon()
    expect(spy.calls).toBe(before + 1)
    expect(mod.msEnLexicon()).toBe(lex)
    expect(spy.calls).toBe(before + 1)
    expect([lex.from, lex.to]).toEqual(['ms', 'en'])
    expect(lex.source).toMatch(/written for padanan/)
    expect(lex.source).toMatch(/MIT/)
    expect(ms.lexicon).toBe(mod.msEnLexicon)
  })

  it('keys entries by ms.stem and gives en.stem concepts', async () => {
    const { msEnLexicon } = await import('../../src/langs/ms/lexicon.js')
    const lex = msEnLexicon()
    const has = (msWord: string, enWord: string): boolean => lex.concepts(ms.stem(msWord)).includes(en.stem(enWord.toLowerCase()))
    const pairs: [string, string][] = [
      ['kerajaan', 'government'], ['kereta', 'car'], ['wang', 'money'], ['kerana', 'because'], ['syarikat', 'company'],
      ['bilion', 'billion'], ['peratus', 'percent'], ['jabatan', 'department'], ['kakitangan', 'staff'], ['pejabat', 'office'],
      ['berkata', 'say'], ['semasa', 'during'], ['sahaja', 'only'], ['boleh', 'can'], ['daripada', 'from'], ['baharu', 'new'],
      ['teksi', 'taxi'], ['polis', 'police'], ['bas', 'bus'], ['hospital', 'hospital'], ['pelaburan', 'investment'],
      ['kualiti', 'quality'], ['eksport', 'export'], ['jepun', 'Japan'], ['ogos', 'August'], ['khamis', 'Thursday'],
      ['pembangunan', 'development'], ['teknologi', 'technology'], ['ekonomi', 'economy'],
    ]
    expect(pairs.filter(([m, e]) => !has(m, e))).toEqual([])
    const key = 'bola sepak'.split(' ').map(ms.stem).join(' ')
    expect(lex.concepts(key)).toContain(en.stem('football'))
    expect(lex.concepts('no-such-stem')).toEqual([])
  })

  it('gives ≥ 90% of the content tokens of a Malay news sample a concept', async () => {
    const { msEnLexicon } = await import('../../src/langs/ms/lexicon.js')
    const lex = msEnLexicon()
    const doc = prepare(sample, ms)
    // Content tokens: not stopwords, not numbers, not capitalized mid-sentence (names are matched as names, not by the lexicon).
    const content = doc.sentences.flatMap((s) => s.tokens.filter((t, i) => !t.isStopword && !t.isNumber && /\p{L}/u.test(t.norm) && (i === 0 || !t.isCapitalized)))
    const missed = content.filter((t) => !lex.has(t.stem)).map((t) => t.norm)
    expect(content.length).toBeGreaterThan(200)
    expect(1 - missed.length / content.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(0.9)
  })
})
