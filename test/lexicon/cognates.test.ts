// Dice (string-similarity, wrapped in src/similarity/dice.ts, and the packed fast path) and the cognate index.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { PadananError } from '../../src/errors.js'
import { en } from '../../src/langs/en/index.js'
import { id } from '../../src/langs/id/index.js'
import { CognateIndex, createCognateIndex, DEFAULT_MIN_DICE, RESPELL, respellEnglish, type CognateMatch } from '../../src/lexicon/cognates.js'
import { bigrams, dice, diceOfBigrams } from '../../src/similarity/dice.js'
import { anyText } from '../texts.js'

const SEED = 20261123
const same = (w: string): string => w
const plain = { stemFrom: same, stemTo: same, respellTo: same }

describe('dice', () => {
  it('is string-similarity, case-insensitive', () => {
    expect(dice('Xiaomi', 'xiaomi')).toBe(1)
    expect(dice('teknologi', 'technology')).toBeCloseTo(10 / 17, 12)
    expect(dice('a', 'a')).toBe(1)
    expect(dice('a', 'b')).toBe(0)
    expect(dice('', '')).toBe(1)
  })

  it('counts repeated bigrams as a multiset', () => {
    // "nana" has na twice; "na" once: overlap 1 of 3 + 1 bigrams.
    expect(dice('nana', 'na')).toBe(0.5)
    expect(diceOfBigrams(bigrams('nana'), bigrams('na'))).toBe(0.5)
    expect(diceOfBigrams(bigrams('nana'), bigrams('nanana'))).toBe((2 * 3) / (3 + 5))
  })

  it('diceOfBigrams(bigrams(a), bigrams(b)) equals dice(a, b) exactly for lowercase words', () => {
    const word = fc.stringMatching(/^[a-z]{0,12}$/)
    const narrow = fc.stringMatching(/^[abn]{0,10}$/) // few letters: many repeated bigrams
    fc.assert(
      fc.property(fc.oneof(fc.tuple(word, word), fc.tuple(narrow, narrow)), ([a, b]) => {
        expect(diceOfBigrams(bigrams(a), bigrams(b))).toBe(dice(a, b))
      }),
      { seed: SEED, numRuns: 5000 },
    )
  })

  it('… and for any string: case, whitespace, non-ASCII and astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), (a, b) => {
        expect(diceOfBigrams(bigrams(a), bigrams(b))).toBe(dice(a, b))
        expect(diceOfBigrams(bigrams(a), bigrams(a + b))).toBe(dice(a, a + b))
      }),
      { seed: SEED, numRuns: 3000 },
    )
    for (const [a, b] of [['Investasi', 'INVESTMENT'], ['r & d', 'R&D'], ['İstanbul', 'istanbul'], ['𝒳iaomi', '𝒳iaomi group']]) {
      expect(diceOfBigrams(bigrams(a!), bigrams(b!)), `${a} ${b}`).toBe(dice(a!, b!))
    }
  })
})

describe('respellEnglish', () => {
  it('writes English the way Indonesian spells loanwords', () => {
    const cases = {
      technology: 'teknologi',
      ecosystem: 'ekosistem',
      modernization: 'modernisasi',
      innovation: 'inovasi',
      national: 'nasional',
      session: 'sesi',
      direction: 'direksi',
      congress: 'kongres',
      philosophy: 'filosofi',
      quality: 'kualiti',
      taxi: 'taksi',
      yoga: 'yoga',
    }
    for (const [w, r] of Object.entries(cases)) expect(respellEnglish(w), w).toBe(r)
  })

  it('gives what every rule in turn gives, also for the words it lets skip them', () => {
    const byRules = (w: string): string => RESPELL.reduce((s, [re, to]) => s.replace(re, to), w)
    const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'h', 'c', 'q', 'x', 'z', 's', 't', 'p', 'n', 'tion', 'sion', 'sions', 'ss', 'll', 'b', 'r', '𝐀', 'é', '1', '11']
    fc.assert(
      fc.property(anyText(pieces, 12), (w) => {
        expect(respellEnglish(w)).toBe(byRules(w))
      }),
      { seed: SEED, numRuns: 3000 },
    )
  })
})

describe('CognateIndex', () => {
  const pairs = [
    ['investasi', 'investment'],
    ['ekosistem', 'ecosystem'],
    ['teknologi', 'technology'],
    ['modernisasi', 'modernization'],
    ['manufaktur', 'manufacturing'],
    ['strategis', 'strategic'],
    ['inovasi', 'innovation'],
    ['global', 'global'],
    ['industri', 'industry'],
  ] as const
  // The English side of the seed pair plus the unrelated words, so each cognate competes with a real vocabulary.
  const seedId = readFileSync(new URL('../../fixtures/npc/001_08d4fc09aac09c03.txt', import.meta.url), 'utf8')
  const seedEn = readFileSync(new URL('../../fixtures/npc/002_8b5633673b5c9d83.txt', import.meta.url), 'utf8')
  const vocabulary = [...new Set(seedEn.toLowerCase().match(/\p{L}[\p{L}&'-]*/gu)!), 'house', 'government']

  it('finds the cognates of the seed pair at the default threshold, best first', () => {
    const ix = new CognateIndex(vocabulary)
    expect(ix.minDice).toBe(DEFAULT_MIN_DICE)
    for (const [idw, enw] of pairs) {
      const found = ix.match(idw)
      const top = found.filter((m) => m.score === found[0]!.score).map((m) => m.word)
      expect(top, idw).toContain(enw)
      expect(found[0]!.score, idw).toBeGreaterThanOrEqual(DEFAULT_MIN_DICE)
    }
    // investasi ~ investment goes through the stem: invest.
    expect(ix.match('investasi')).toEqual([
      { word: 'invest', score: 10 / 13 },
      { word: 'investment', score: 10 / 13 },
    ])
    expect(ix.match('teknologi')[0]).toEqual({ word: 'technology', score: 1 })
  })

  it('matches inflected Indonesian words through their stem', () => {
    const ix = new CognateIndex(vocabulary)
    expect(ix.match('investasinya').map((m) => m.word)).toContain('investment')
    expect(ix.match('globalnya')[0]).toEqual({ word: 'global', score: 1 })
  })

  it('does not match unrelated translations', () => {
    const ix = new CognateIndex(['house', 'government', 'home', 'governance'])
    expect(ix.match('rumah')).toEqual([])
    expect(ix.match('pemerintah')).toEqual([])
    expect(dice('rumah', 'house')).toBeLessThan(0.3)
    expect(dice('pemerintah', 'government')).toBeLessThan(0.4)
  })

  it('identical tokens (names, acronyms) score 1, however short', () => {
    const ix = new CognateIndex(['xiaomi', 'lei', 'jun', 'r&d', 'x', 'group'])
    for (const w of ['Xiaomi', 'Lei', 'jun', 'R&D', 'x']) {
      expect(ix.match(w)[0], w).toEqual({ word: w.toLowerCase(), score: 1 })
      expect(ix.has(w), w).toBe(true)
    }
    expect(ix.has('grup')).toBe(false)
    expect(ix.match('grup')).toEqual([]) // gr, up shared: 4/7, under the default
    expect(ix.match('grup', 0.55)).toEqual([{ word: 'group', score: 4 / 7 }])
  })

  it('returns exactly what a scan of the whole vocabulary returns (prefix filtering loses nothing)', () => {
    const word = fc.stringMatching(/^[a-e]{1,8}$/) // a small alphabet: many shared and repeated bigrams
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.constantFrom(0.3, 0.5, 0.6, 0.7, 0.8, 0.95, 1), (vocab, q, t) => {
        const ix = new CognateIndex(vocab, { ...plain, minDice: t })
        const brute = [...new Set(vocab)]
          .map((w) => ({ word: w, score: dice(q, w) }))
          .filter((m) => m.score >= t)
          .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
        expect(ix.match(q)).toEqual(brute)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('searches at another threshold than its own exactly too (below and above it)', () => {
    const word = fc.stringMatching(/^[a-e]{1,8}$/)
    const t = fc.constantFrom(0.3, 0.5, 0.6, 0.7, 0.8, 0.95, 1)
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { minLength: 1, maxLength: 5 }), t, t, (vocab, qs, own, asked) => {
        const ix = new CognateIndex(vocab, { ...plain, minDice: own })
        for (const q of qs) {
          const brute = [...new Set(vocab)]
            .map((w) => ({ word: w, score: dice(q, w) }))
            .filter((m) => m.score >= asked)
            .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
          expect(ix.match(q, asked)).toEqual(brute)
        }
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('with stems and respelling, returns the best score over every form pair', () => {
    const ix = new CognateIndex(vocabulary, { minDice: 0.5 })
    const idWords = [...new Set(seedId.toLowerCase().match(/\p{L}[\p{L}&'-]*/gu)!)]
    for (const q of idWords) {
      const qf = [q, id.stem!(q)]
      const brute = vocabulary
        .map((w) => {
          const wf = [respellEnglish(w), respellEnglish(en.stem!(w))]
          const score = q === w ? 1 : Math.max(...qf.flatMap((a) => wf.map((b) => dice(a, b))))
          return { word: w, score }
        })
        .filter((m) => m.score >= 0.5)
        .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
      expect(ix.match(q), q).toEqual(brute)
    }
  })

  it('is deterministic: vocabulary order and repeated queries do not change results', () => {
    const a = new CognateIndex(vocabulary, { minDice: 0.5 })
    const b = createCognateIndex([...vocabulary].reverse(), { minDice: 0.5 })
    for (const q of ['teknologi', 'industri', 'nasional', 'produk', 'investasi', 'strategis']) {
      const first = a.match(q)
      expect(b.match(q), q).toEqual(first)
      expect(a.match(q), q).toEqual(first)
    }
  })

  it('the default threshold keeps precision ≥ 0.9 and recall ≥ 0.85 on the seed pair', () => {
    // 52 true cognate links between the content words of 001 (id) and 002 (en), judged by hand.
    const gold: Record<string, string[]> = {
      sesi: ['session'], kongres: ['congress'], nasional: ['national'], lei: ['lei'], jun: ['jun'], ceo: ['ceo'],
      xiaomi: ['xiaomi'], group: ['group'], media: ['media'], global: ['global'], globalnya: ['global'],
      china: ['china', 'chinese', 'chinese-style'], cina: ['china', 'chinese', 'chinese-style'], posisi: ['positioning'],
      strategis: ['strategic'], inovasi: ['innovation'], teknologi: ['technology', 'technologies', 'technological'],
      industri: ['industry'], manufaktur: ['manufacturing'], ambisi: ['ambition'], fondasi: ['foundation'],
      berkomitmen: ['committed'], mempromosikan: ['promoting'], investasinya: ['investment', 'invest'],
      investasi: ['investment', 'invest'], berinvestasi: ['investment', 'invest'], produk: ['products', 'product'],
      terminal: ['terminal'], konsumen: ['consumers'], berkontribusi: ['contribute'], proses: ['process'],
      modernisasi: ['modernization'], 'r&d': ['r&d'], yuan: ['yuan'], bisnis: ['business'], tren: ['trends'],
      berfokus: ['focused'], mengintegrasikan: ['integrating'], ekosistem: ['ecosystem'], domestik: ['domestic'],
      aktif: ['actively'], internasional: ['international'],
    }
    const links = new Set(Object.entries(gold).flatMap(([a, bs]) => bs.map((b) => `${a}|${b}`)))
    expect(links.size).toBe(52)
    const content = (file: string, lang: 'id' | 'en'): string[] => {
      const doc = prepare(readFileSync(new URL(`../../fixtures/npc/${file}`, import.meta.url), 'utf8'), lang)
      return [...new Set(doc.sentences.flatMap((s) => s.tokens.filter((t) => !t.isStopword && !t.isNumber).map((t) => t.norm)))]
    }
    const idWords = content('001_08d4fc09aac09c03.txt', 'id')
    const ix = new CognateIndex(content('002_8b5633673b5c9d83.txt', 'en'))
    const found = idWords.flatMap((w) => ix.match(w).map((m: CognateMatch) => `${w}|${m.word}`))
    const tp = found.filter((l) => links.has(l)).length
    const precision = tp / found.length
    const recall = tp / links.size
    console.log(`cognates on the seed pair at ${DEFAULT_MIN_DICE}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp}/${found.length} found, ${links.size} true)`)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.85)
  })

  it('checks its options and inputs', () => {
    for (const minDice of [0, -1, 1.5, Number.NaN, '0.7']) {
      const e = (() => {
        try {
          new CognateIndex(['a'], { minDice: minDice as number })
        } catch (err) {
          return err as PadananError
        }
      })()
      expect(e?.code, String(minDice)).toBe('BAD_OPTIONS')
    }
    expect(() => new CognateIndex(['a'], { stemTo: 'porter' as never })).toThrow(PadananError)
    expect(() => new CognateIndex([1 as unknown as string])).toThrow(/must hold strings/)
    expect(() => new CognateIndex(['a']).match('a', 2)).toThrow(PadananError)
    expect(new CognateIndex(['Technology', 'technology', ' ']).size).toBe(1)
  })

  it('indexes 20,000 words and answers 20,000 queries in a few seconds', () => {
    // Pseudo-words from a letter chain trained on the seed pair (a fixed LCG): bigrams as common as in the news.
    let seed = 12345
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), (seed >>> 8) % n)
    const next = new Map<string, string[]>()
    for (const w of `${seedId} ${seedEn}`.toLowerCase().match(/[a-z]+/g)!) {
      const x = `^${w}$`
      for (let i = 0; i < x.length - 1; i++) next.set(x[i]!, [...(next.get(x[i]!) ?? []), x[i + 1]!])
    }
    const word = (): string => {
      let w = ''
      for (let c = '^'; ; ) {
        const options = next.get(c)!
        c = options[rnd(options.length)]!
        if (c === '$') {
          if (w.length >= 4) return w
          ;[w, c] = ['', '^']
        } else if ((w += c).length >= 14) return w
      }
    }
    const vocab = Array.from({ length: 20_000 }, word)
    const queries = Array.from({ length: 20_000 }, word)
    const t0 = performance.now()
    const ix = new CognateIndex(vocab)
    const t1 = performance.now()
    let hits = 0
    for (const q of queries) hits += ix.match(q).length
    const t2 = performance.now()
    console.log(`cognate index: ${ix.size} words built in ${(t1 - t0).toFixed(0)} ms; 20,000 queries in ${(t2 - t1).toFixed(0)} ms (${hits} matches)`)
    expect(hits).toBeGreaterThan(0)
    expect(t2 - t0).toBeLessThan(20_000)
  })
})

describe('cognatesAmong', () => {
  it('keeps every best-scoring word when the query is itself in the vocabulary (teknologi and technology both score 1)', async () => {
    const { cognatesAmong } = await import('../../src/pivot/index.js')
    const doc = prepare('The teknologi unit of the technology firm grew, and so did its ecosystem.', 'en')
    const look = cognatesAmong(doc.sentences, en, 'id')
    expect([...look('teknologi')].sort()).toEqual([en.stem!('teknologi'), en.stem!('technology')].sort())
    // No exact hit: the ordinary search, best score only.
    expect(look('ekosistem')).toEqual([en.stem!('ecosystem')])
  })
})

describe('CognateIndex.best', () => {
  it('is the top-tied part of match(), whether or not the word itself is in the vocabulary', () => {
    const words = prepare(readFileSync(new URL('../../fixtures/npc/002_8b5633673b5c9d83.txt', import.meta.url), 'utf8'), 'en').sentences.flatMap((s) => s.tokens.map((t) => t.norm))
    const ix = new CognateIndex([...words, 'teknologi'])
    const queries = ['teknologi', 'investasi', 'ekosistem', 'xiaomi', 'nasional', 'pemerintah', 'lei', 'inovasi']
    let exact = 0
    for (const q of queries) {
      const all = ix.match(q)
      const top = all[0]?.score ?? 0
      expect(ix.best(q)).toEqual(all.filter((m) => m.score === top))
      if (ix.has(q)) exact++
    }
    expect(exact).toBeGreaterThanOrEqual(2) // both paths are exercised
  })

  it('is the top-tied part of match() on any vocabulary, with two forms a query (its second searched at the best score so far)', () => {
    const word = fc.stringMatching(/^[a-e]{2,9}$/)
    // A stemmer that drops the last letter: every query has a word form and a stem form.
    const chop = (w: string) => (w.length > 3 ? w.slice(0, -1) : w)
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom(0.5, 0.7), (vocab, qs, t) => {
        const ix = new CognateIndex(vocab, { ...plain, minDice: t, stemFrom: chop, stemTo: chop })
        for (const q of qs) {
          const all = ix.match(q)
          const top = all[0]?.score ?? 0
          expect(ix.best(q)).toEqual(all.filter((m) => m.score === top))
        }
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})
