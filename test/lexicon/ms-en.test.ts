// The shipped Malay → English lexicon: Malay senses, and coverage on a Malay news sample (format and lazy parsing: shipped.test.ts).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { en } from '../../src/langs/en/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { lexiconEnTsv } from '../../src/langs/ms/lexicon-en.js'

const lines = lexiconEnTsv.replace(/\n$/, '').split('\n')
// Malay news paragraphs written for this test (not taken from any corpus).
const sample = readFileSync(fileURLToPath(new URL('./fixtures/ms-sample.txt', import.meta.url)), 'utf8')

describe('ms→en lexicon text', () => {
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

describe('the Malay lexicon as the Indonesian one plus a difference', () => {
  it('is ordered by the Malay side and holds each line once', () => {
    const heads = lines.map((l) => l.split('\t')[0]!)
    expect(heads.every((h, i) => i === 0 || heads[i - 1]! <= h)).toBe(true)
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('takes every Indonesian line it does not remove, and refuses to remove a line the base lacks', async () => {
    const { lexiconEnTsv: indonesian } = await import('../../src/langs/id/lexicon-en.js')
    const { notInMalay } = await import('../../src/langs/ms/lexicon-en.js')
    const mine = new Set(lines)
    const removed = new Set(notInMalay.split('\n'))
    for (const l of indonesian.split('\n')) if (l && !removed.has(l)) expect(mine.has(l), l).toBe(true)
    const { patchTsv } = await import('../../src/lexicon/tsv.js')
    expect(patchTsv('abang\tolder brother\nabu\tash\n', { remove: 'abu\tash\n', add: 'abah\tfather\nabang\tbrother\n' })).toBe('abah\tfather\nabang\tolder brother\nabang\tbrother\n')
    expect(() => patchTsv('abang\tolder brother\n', { remove: 'uang\tmoney\n', add: '' })).toThrow(/not in the base/)
  })
})

describe('msEnLexicon()', () => {
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
