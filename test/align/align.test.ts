import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignSentences, createLexicon, PadananError, prepare, type Bead, type Lexicon } from '../../src/index.js'
import { projectPair } from '../../src/align/index.js'
import { de } from '../../src/langs/de/index.js'
import { fr } from '../../src/langs/fr/index.js'
import { en } from '../../src/langs/en/index.js'

const dir = new URL('../../fixtures/npc/', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8'))
const text = (id: string) => readFileSync(new URL(`${id}.txt`, dir), 'utf8')

/** Beads cover 0…n-1 and 0…m-1 exactly once, in order. */
function expectCover(beads: readonly Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b.a)).toEqual([...Array(n).keys()])
  expect(beads.flatMap((b) => b.b)).toEqual([...Array(m).keys()])
  for (const b of beads) {
    expect(b.a.length + b.b.length).toBeGreaterThan(0)
    expect(b.score).toBeGreaterThanOrEqual(0)
    expect(b.score).toBeLessThanOrEqual(1)
  }
}

describe('alignSentences', () => {
  it('finds the ten 1-1 beads of the seed pair (001 ↔ 002)', () => {
    const r = alignSentences(text(gold.ladder.a), text(gold.ladder.b), { langA: 'id', langB: 'en' })
    expect(r.beads.map((b) => ({ a: b.a, b: b.b }))).toEqual(gold.ladder.beads)
    for (const b of r.beads) expect(b.score).toBeGreaterThan(0.3)
  })

  it('merges and drops: a 2-1 bead and a 0-1 bead on real sentences', () => {
    const a = [
      'Xiaomi berencana berinvestasi hingga 105 miliar yuan dalam penelitian dan pengembangan teknologi dari tahun 2021 hingga 2025.',
      'Anggaran R&D pada tahun 2025 akan mencapai 30 miliar yuan.',
      'Seperempat di antaranya akan digunakan dalam kecerdasan buatan.',
      'Langkah ini mencerminkan keyakinan kuat Xiaomi dalam teknologi.',
    ]
    const b = [
      'Xiaomi plans to invest up to 105 billion yuan in technology research and development from 2021 to 2025.',
      'The R&D budget in 2025 will reach 30 billion yuan, and one-quarter of it will be used in artificial intelligence.',
      'Shares of the company rose on Tuesday.',
      'This move reflects Xiaomi’s firm belief in technology.',
    ]
    const r = alignSentences(a, b, { langA: 'id', langB: 'en' })
    expect(r.beads.map((x) => [x.a, x.b])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], [3]],
    ])
  })

  it('gives a sensible result for empty sides, one sentence and a 1:100 size gap', () => {
    expect(alignSentences([], [], { langA: 'id', langB: 'en' }).beads).toEqual([])
    expectCover(alignSentences([], ['One sentence.'], { langA: 'id', langB: 'en' }).beads, 0, 1)
    expectCover(alignSentences('', 'Dua. Tiga.', { langA: 'en', langB: 'id' }).beads, 0, 2)
    const one = alignSentences(['Harga naik 5 persen.'], ['Prices rose 5 percent.'], { langA: 'id', langB: 'en' })
    expect(one.beads).toEqual([{ a: [0], b: [0], score: expect.any(Number) }])
    // One Indonesian sentence against every English sentence of the seed corpus (about 100).
    const english = ['000_bc3c1629cbba4fa2', '002_8b5633673b5c9d83', '003_ba081595d71d77b8', '004_69d407a3e9f2f8ef'].map(text).join('\n')
    const target = 'When talking about R&D investment, Lei Jun revealed'
    const idSentence = text(gold.ladder.a).split('\n').filter(Boolean)[2]!.split('. ')[0]! + '.'
    const gap = alignSentences(idSentence, english, { langA: 'id', langB: 'en' })
    expect(gap.sentencesB.length).toBeGreaterThan(90)
    expectCover(gap.beads, 1, gap.sentencesB.length)
    const bead = gap.beads.find((x) => x.a.length)!
    expect(bead.b.map((j) => gap.sentencesB[j]).join(' ')).toContain(target)
  })

  it('covers both sides in order for arbitrary inputs (property)', () => {
    const sentence = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Harga naik 5 persen.', 'Prices rose 5 percent.', '', '12', 'Xiaomi'))
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 25 }), fc.array(sentence, { maxLength: 25 }), (a, b) => {
        expectCover(alignSentences(a, b, { langA: 'id', langB: 'en' }).beads, a.length, b.length)
      }),
      { seed: 3, numRuns: 300 },
    )
  })

  it('uses the banded search on long inputs and still covers both sides', () => {
    const a = Array.from({ length: 700 }, (_, i) => `Pada tahun ${1300 + i} harga naik ${i} persen menjadi ${i * 7} rupiah.`)
    const b = Array.from({ length: 700 }, (_, i) => `In ${1300 + i} prices rose ${i} percent to ${i * 7} rupiah.`)
    const r = alignSentences(a, b, { langA: 'id', langB: 'en' })
    expect(r.method).toBe('banded')
    expectCover(r.beads, 700, 700)
    expect(r.beads.filter((x) => x.a.length === 1 && x.a[0] === x.b[0]).length).toBeGreaterThan(690)
  })

  it('is deterministic', () => {
    const a = text(gold.ladder.a)
    const b = text(gold.ladder.b)
    expect(JSON.stringify(alignSentences(a, b))).toBe(JSON.stringify(alignSentences(a, b)))
  })

  it('rejects bad input with a typed error', () => {
    expect(() => alignSentences(42 as never, [])).toThrow(PadananError)
    expect(() => alignSentences([1] as never, [])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => alignSentences([], [], { band: 0 })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
  })
})

describe('languages without English', () => {
  const deSents = ['Der Hund schläft im Garten.', 'Die Katze trinkt warme Milch.']
  const frSents = ['Le chien dort dans le jardin.', 'Le chat boit du lait chaud.']
  const concepts = (lexicon?: Lexicon | null) => {
    const A = prepare(deSents.join('\n'), { lang: de, presegmented: true }).sentences
    const B = prepare(frSents.join('\n'), { lang: fr, presegmented: true }).sentences
    const { A: ca, B: cb, space } = projectPair(A, de, B, fr, lexicon)
    return { ca, cb, names: (s: { concepts: Int32Array }) => [...s.concepts].map((c) => space.name(c)) }
  }
  const shared = (x: { concepts: Int32Array }, y: { concepts: Int32Array }) => [...x.concepts].filter((c) => y.concepts.includes(c)).length

  it('reaches English from both sides through their packs (de→en, fr→en): dog = chien', () => {
    const { ca, cb } = concepts()
    expect(shared(ca[0]!, cb[0]!)).toBeGreaterThanOrEqual(2) // dog, sleep, garden
    expect(shared(ca[0]!, cb[0]!)).toBeGreaterThan(shared(ca[0]!, cb[1]!))
  })

  it('uses a given de→en lexicon for the German side only: the French side keeps its pack\'s', () => {
    const deEn = createLexicon([['Hund', 'dog']], { from: 'de', to: 'en', source: 'test', stemFrom: de.stem, stemTo: en.stem })
    const { ca, cb, names } = concepts(deEn)
    expect(names(ca[0]!)).toContain('dog')
    expect(names(ca[0]!)).not.toContain('garden') // the German pack's lexicon is replaced
    expect(names(cb[0]!)).toEqual(expect.arrayContaining(['dog', 'garden'])) // fr→en still used
  })

  it('uses a direct de→fr lexicon when given one: the French stems become the concepts', () => {
    const direct = createLexicon(
      [
        ['Hund', 'chien'],
        ['schlafen', 'dormir'],
        ['Katze', 'chat'],
      ],
      { from: 'de', to: 'fr', source: 'test', stemFrom: de.stem, stemTo: fr.stem },
    )
    const { ca, cb, names } = concepts(direct)
    expect(names(ca[0]!)).toContain(fr.stem('chien'))
    expect(names(cb[0]!)).toContain(fr.stem('chien'))
    expect(shared(ca[1]!, cb[1]!)).toBeGreaterThanOrEqual(1) // Katze = chat
    expect(shared(ca[0]!, cb[1]!)).toBe(0)
    // A French inflection reaches the French stem only when French stems are the concepts
    // (French stemmer: mangeaient → mang; read as English it would stay whole).
    const eat = createLexicon([['aßen', 'mangeaient']], { from: 'de', to: 'fr', source: 'test', stemFrom: de.stem, stemTo: fr.stem })
    const A = prepare('Die Kinder aßen.', { lang: de, presegmented: true }).sentences
    const B = prepare('Les enfants mangeaient.', { lang: fr, presegmented: true }).sentences
    const p = projectPair(A, de, B, fr, eat)
    expect(shared(p.A[0]!, p.B[0]!)).toBeGreaterThanOrEqual(1)
    // The same lexicon given the other way round (B→A) is used for B.
    const { A: ra, B: rb } = (() => {
      const A = prepare(frSents.join('\n'), { lang: fr, presegmented: true }).sentences
      const B = prepare(deSents.join('\n'), { lang: de, presegmented: true }).sentences
      return projectPair(A, fr, B, de, direct)
    })()
    expect(shared(ra[0]!, rb[0]!)).toBeGreaterThanOrEqual(1)
  })
})
