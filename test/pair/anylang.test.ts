// Pairing, groups and cross-lingual duplicates between any two packs, on eight FLORES-200 articles in
// five languages (fixtures/flores: the same file name in two folders is the same article).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defineLanguagePack, findDuplicates, pairDocuments } from '../../src/index.js'
import { de } from '../../src/langs/de/index.js'
import { fr } from '../../src/langs/fr/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { zh } from '../../src/langs/zh/index.js'
import type { LanguagePack } from '../../src/index.js'
import { sharedConcepts, type Item } from '../../src/pair/project.js'

const root = new URL('../../fixtures/flores/', import.meta.url)
const PACKS: Record<string, string | LanguagePack> = { en: 'en', id: 'id', ms, de, fr, zh }

/** The articles of one language as `{ id: 'de/devtest-281', text, lang }`. */
function articles(lang: string, pack: string | LanguagePack = PACKS[lang]!) {
  const dir = new URL(`${lang}/`, root)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `${lang}/${f.slice(0, -4)}`, text: readFileSync(new URL(f, dir), 'utf8'), lang: pack }))
}
const article = (id: string) => id.slice(id.indexOf('/') + 1)
const pairsOf = (r: ReturnType<typeof pairDocuments>) => r.pairs.map((p) => [p.a, p.b].sort().join(' ')).sort()
const truePairs = (x: string, y: string) => articles(x).map((d) => [d.id, `${y}/${article(d.id)}`].sort().join(' ')).sort()

describe('pairing between any two languages', () => {
  it('pairs German with French, and Indonesian with Malay, without English', () => {
    for (const [x, y] of [['de', 'fr'], ['id', 'ms']] as const) {
      const r = pairDocuments([...articles(x), ...articles(y)])
      expect(pairsOf(r), `${x}-${y}`).toEqual(truePairs(x, y))
      expect(r.unpaired).toEqual([])
      for (const p of r.pairs) expect([...p.languages].sort()).toEqual([x, y].sort())
    }
  })

  it('pairs Chinese with English and with Indonesian: no spaces, no shared script, glossed by CC-CEDICT, lengths in English characters', () => {
    for (const y of ['en', 'id'] as const) {
      const r = pairDocuments([...articles('zh'), ...articles(y)])
      expect(pairsOf(r), `zh-${y}`).toEqual(truePairs('zh', y))
      expect(r.unpaired).toEqual([])
    }
    // Without the length scale a Chinese document looks a third as long as its English version.
    const plain = defineLanguagePack({ ...zh, code: 'cmn', charsPerEnglishChar: undefined })
    const r = pairDocuments([...articles('zh', plain), ...articles('en')])
    expect(r.pairs.length).toBeLessThan(8)
  })

  it('pairs Indonesian with Malay when the language is detected', () => {
    const docs = [...articles('id'), ...articles('ms')].map(({ id, text }) => ({ id, text }))
    const r = pairDocuments(docs, { languages: ['id', 'en', ms] })
    expect(pairsOf(r)).toEqual(truePairs('id', 'ms'))
  })

  it('makes one group of the five versions of each article, whatever the input order', () => {
    const docs = ['en', 'id', 'ms', 'de', 'fr'].flatMap((l) => articles(l))
    const r = pairDocuments(docs)
    const groups = r.groups.map((g) => [...g.members].sort())
    expect(groups.length).toBe(8)
    for (const g of groups) {
      expect(g.length).toBe(5)
      expect(new Set(g.map(article)).size).toBe(1)
    }
    expect(r.unpaired).toEqual([])
    // Every id exactly once across groups and unpaired; every within-group pair listed.
    expect([...r.groups.flatMap((g) => g.members), ...r.unpaired].sort()).toEqual(docs.map((d) => d.id).sort())
    expect(r.pairs.length).toBe(8 * 10)
    const shuffled = [...docs].reverse().sort((a, b) => (a.id.slice(3) < b.id.slice(3) ? -1 : 1))
    expect(pairDocuments(shuffled)).toEqual(r)
  })

  it('never pairs two documents of one language', () => {
    const r = pairDocuments([...articles('de'), ...articles('fr').slice(0, 3)])
    for (const p of r.pairs) expect(p.languages[0]).not.toBe(p.languages[1])
    expect(r.unpaired.filter((id) => id.startsWith('fr/'))).toEqual([])
    expect(r.unpaired.length).toBe(5)
    expect(pairDocuments(articles('de')).pairs).toEqual([])
  })

  it('pairs a pack defined by the user (Swiss German) with French', () => {
    const gsw = defineLanguagePack({ ...de, code: 'gsw', name: 'Swiss German', numbers: { ...de.numbers, currencies: { ...de.numbers.currencies, Stutz: 'CHF' } } })
    const r = pairDocuments([...articles('de', gsw), ...articles('fr')])
    expect(pairsOf(r)).toEqual(truePairs('de', 'fr'))
    expect(r.pairs[0]!.languages).toContain('gsw')
  })
})

describe('concepts shared between languages', () => {
  const item = (lang: string, concepts: number[]) => ({ lang, tf: new Map(concepts.map((c) => [c, 1])) }) as unknown as Item

  it('counts a document open between two languages as one of the corpus\'s languages', () => {
    const items = [item('id', [1, 2]), item('ms', [1, 3]), item('de', [3, 4]), item('fr', [4])]
    expect([...sharedConcepts(items)].sort()).toEqual([1, 3, 4])
    // Read as Indonesian but maybe Malay, with no text surely Indonesian: a Malay text, whose words
    // the other Malay text's do not make shared; Malay and German, German and French stay apart.
    expect([...sharedConcepts(items, [['id', 'ms'], ['ms'], ['de'], ['fr']])].sort()).toEqual([3, 4])
    // Indonesian is one of the languages when enough texts are surely Indonesian: the open one is read as it.
    const withId = [...items, item('id', [5])]
    expect([...sharedConcepts(withId, [['id', 'ms'], ['ms'], ['de'], ['fr'], ['id']])].sort()).toEqual([1, 3, 4])
    // One Malay text misread as surely Indonesian among many Malay ones does not make it one.
    const many = [...items, item('id', [6]), ...Array.from({ length: 30 }, () => item('ms', [7]))]
    const manySlots = [['id', 'ms'], ['ms'], ['de'], ['fr'], ['id'], ...Array.from({ length: 30 }, () => ['ms'])]
    expect([...sharedConcepts(many, manySlots)].sort()).toEqual([3, 4])
  })
})

describe('findDuplicates across languages', () => {
  it('clusters the five versions of each article and links nothing else', () => {
    const docs = ['en', 'id', 'ms', 'de', 'fr'].flatMap((l) => articles(l))
    const r = findDuplicates(docs)
    const clusters = r.clusters.map((c) => [...c.members].sort())
    expect(clusters.length).toBe(8)
    for (const c of clusters) expect(c.map(article)).toEqual(Array(5).fill(article(c[0]!)))
    for (const c of r.clusters) for (const l of c.links) expect(l.kind).toBe('translation')
    expect(r.unique).toEqual([])
  })

  it('finds German–French translations with no English present', () => {
    const r = findDuplicates([...articles('de'), ...articles('fr')])
    expect(r.clusters.map((c) => c.members.join(' ')).sort()).toEqual(truePairs('de', 'fr'))
  })
})
