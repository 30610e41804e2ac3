import { describe, expect, it } from 'vitest'
import { findDuplicates, type DedupResult } from '../../src/dedup/index.js'
import { resolveLanguage } from '../../src/langs/index.js'
import { idEnLexicon } from '../../src/langs/id/lexicon.js'
import { gold, seeds } from '../seeds.js'
import { mulberry32 } from '../random.js'

// Translations are found through the id → en lexicon: the pack's own once it has one, else the shipped one.
const lexicon = resolveLanguage('id').lexicon?.() ?? idEnLexicon()

const text = (prefix: string) => seeds.find((s) => s.id.startsWith(prefix))!.text

/** Edit `rate` of the words in spans of 1–3 (replace with another word of the text, delete, insert), lines kept. */
function edit(src: string, rate: number, seed: number): string {
  const r = mulberry32(seed)
  const lines = src.split('\n').map((l) => l.split(' '))
  const vocab = src.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w))
  const total = lines.reduce((n, l) => n + l.length, 0)
  let budget = Math.round(total * rate)
  while (budget > 0) {
    const line = lines[Math.floor(r() * lines.length)]!
    if (line.length < 6) continue
    const span = Math.min(budget, 1 + Math.floor(r() * 3))
    const at = Math.floor(r() * (line.length - span))
    const op = r()
    const word = () => vocab[Math.floor(r() * vocab.length)]!
    if (op < 0.6) for (let k = 0; k < span; k++) line[at + k] = word()
    else if (op < 0.8) line.splice(at, span)
    else line.splice(at, 0, ...Array.from({ length: span }, word))
    budget -= span
  }
  return lines.map((l) => l.join(' ')).join('\n')
}

function everyIdOnce(r: DedupResult, ids: string[]) {
  const out = [...r.clusters.flatMap((c) => c.members), ...r.unique]
  expect(out.sort()).toEqual([...ids].sort())
}

describe('findDuplicates on the seed corpus (fixtures/npc)', () => {
  const r = findDuplicates(seeds, { lexicon })

  it('reports 001 (id) and 002 (en) as one translation cluster and clusters nothing else', () => {
    expect(r.clusters.map((c) => ({ members: c.members, kind: c.kind }))).toEqual(
      gold.pairs.map((p: { a: string; b: string }) => ({ members: [p.a, p.b].sort(), kind: 'translation' })),
    )
    expect(r.clusters[0]!.links).toEqual([{ a: gold.pairs[0].a, b: gold.pairs[0].b, kind: 'translation', similarity: expect.any(Number) }])
    // 000, 003 and 004 are other articles about the same person: hard negatives.
    expect(r.unique).toEqual(gold.unpaired)
    everyIdOnce(r, seeds.map((s) => s.id))
  })

  it('finds the paragraph 000 repeats (the first copy ends with " (WeChat)")', () => {
    const [want] = gold.repeatedParagraphs['000_bc3c1629cbba4fa2']
    expect(r.repeats).toHaveLength(1)
    const rep = r.repeats[0]!
    expect(rep.doc).toBe('000_bc3c1629cbba4fa2')
    expect(rep.paragraphs).toEqual([11, 12])
    expect(rep.text).toBe(want[0].text)
  })

  it('finds every boilerplate line of the gold and no content line', () => {
    const reported = new Set(r.boilerplate.map((b) => b.text))
    const want = Object.values(gold.boilerplate as Record<string, { text: string }[]>).flat().map((b) => b.text.trim())
    expect(want.filter((t) => !reported.has(t))).toEqual([])
    expect([...reported].filter((t) => !want.includes(t))).toEqual([])
    expect(r.boilerplate.find((b) => b.text === 'Get Apps')).toEqual({ text: 'Get Apps', docs: 1 })
  })
})

describe('findDuplicates on edited, truncated and normalized copies', () => {
  it('finds copies with 5–20% of the words edited in spans of 1–3 words as near duplicates', () => {
    for (const [rate, seed] of [[0.05, 1], [0.1, 2], [0.15, 3], [0.2, 4]] as const) {
      const docs = [
        { id: 'orig', text: text('003') },
        { id: 'copy', text: edit(text('003'), rate, seed) },
        { id: 'other', text: text('004') },
      ]
      const r = findDuplicates(docs)
      expect(r.clusters, `edit rate ${rate}`).toHaveLength(1)
      expect(r.clusters[0]).toMatchObject({ members: ['copy', 'orig'], kind: 'near' })
      expect(r.clusters[0]!.links[0]!.similarity).toBeGreaterThanOrEqual(0.5)
      expect(r.unique).toEqual(['other'])
    }
  })

  it('reports a truncated copy as contained in its source', () => {
    const words = text('003').split(' ')
    const trunc = words.slice(0, Math.round(words.length * 0.4)).join(' ')
    const r = findDuplicates([
      { id: 'source', text: text('003') },
      { id: 'trunc', text: trunc },
      { id: 'other', text: text('000') },
    ])
    expect(r.clusters).toHaveLength(1)
    const [link] = r.clusters[0]!.links
    expect(link).toMatchObject({ a: 'trunc', b: 'source', kind: 'contained' })
    expect(link!.similarity).toBeGreaterThanOrEqual(0.8)
    expect(r.clusters[0]!.kind).toBe('contained')
  })

  it('treats case, spacing, punctuation and the decimal mark as the same text (exact)', () => {
    const a = 'Pemerintah menyiapkan dana 1,5 juta rupiah untuk setiap desa.\nProgram ini dimulai tahun depan, kata menteri.'
    const b = 'PEMERINTAH  menyiapkan dana 1.5 juta rupiah untuk setiap desa!\nProgram ini dimulai tahun depan -- kata Menteri'
    const r = findDuplicates([
      { id: 'a', text: a, lang: 'id' },
      { id: 'b', text: b, lang: 'id' },
      { id: 'c', text: a.replace('1,5', '2,5'), lang: 'id' },
    ])
    expect(r.clusters.map((c) => [c.members, c.kind])).toContainEqual([['a', 'b'], 'exact'])
    expect(r.clusters.find((c) => c.kind === 'exact')!.links).toEqual([{ a: 'a', b: 'b', kind: 'exact', similarity: 1 }])
  })

  it('leaves boilerplate shared by many documents out of similarity', () => {
    // Eight different short articles of one site with a long shared header and footer.
    const header = ['Kabar Nusantara', 'Beranda', 'Nasional', 'Ekonomi', 'Get Apps'].join('\n')
    const footer = ['Baca juga:', 'Ikuti kami di', 'Facebook', 'Twitter', 'Instagram', 'Copyright © 2025 Kabar Nusantara. All rights reserved.'].join('\n')
    const bodies = text('001').split(/(?<=\.) /).slice(0, 8)
    const docs = bodies.map((b, i) => ({ id: `d${i}`, text: `${header}\n${b}\n${footer}`, lang: 'id' }))
    const r = findDuplicates(docs)
    expect(r.clusters).toEqual([])
    expect(r.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['Baca juga:', 'Get Apps', 'Copyright © 2025 Kabar Nusantara. All rights reserved.']))
    expect(r.boilerplate.find((b) => b.text === 'Baca juga:')!.docs).toBe(docs.length)
    expect(docs.length).toBeGreaterThanOrEqual(5)
  })
})

describe('findDuplicates contracts', () => {
  const corpus = [
    ...seeds,
    { id: 'copy-003', text: edit(text('003'), 0.1, 7) },
    { id: 'trunc-002', text: text('002').slice(0, 900) },
    { id: 'exact-004', text: text('004').toUpperCase() },
  ]

  it('gives byte-identical JSON across runs and whatever the input order', () => {
    const a = JSON.stringify(findDuplicates(corpus, { lexicon }))
    expect(JSON.stringify(findDuplicates(corpus, { lexicon }))).toBe(a)
    expect(JSON.stringify(findDuplicates([...corpus].reverse(), { lexicon }))).toBe(a)
    const shuffled = [...corpus]
    const r = mulberry32(5)
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1))
      ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
    }
    expect(JSON.stringify(findDuplicates(shuffled, { lexicon }))).toBe(a)
    const res = JSON.parse(a) as DedupResult
    // 001 ↔ 002 translation, with the truncation of 002 contained in it: one cluster of the loosest kind.
    expect(res.clusters.map((c) => [c.kind, c.members.length]).sort()).toEqual([['exact', 2], ['near', 2], ['translation', 3]])
    expect(res.clusters.flatMap((c) => c.links.map((l) => l.kind)).sort()).toEqual(['contained', 'exact', 'near', 'translation'])
  })

  it('searches translations once per set of near copies, from its fullest copy, and still clusters every copy', () => {
    const en = seeds.find((s) => s.id.startsWith('002'))!
    const id = seeds.find((s) => s.id.startsWith('001'))!
    const docs = [id, en, { id: 'copy-002', text: edit(en.text, 0.05, 3) }, { id: 'copy2-002', text: edit(en.text, 0.05, 9).slice(0, -200) }]
    let cands: readonly { a: string; b: string }[] = []
    const r = findDuplicates(docs, { lexicon, onTranslationCandidates: (c) => (cands = c) })
    expect(r.clusters).toHaveLength(1)
    expect([...r.clusters[0]!.members].sort()).toEqual(docs.map((d) => d.id).sort())
    expect(r.clusters[0]!.links.filter((l) => l.kind === 'translation')).toHaveLength(1)
    // One English candidate for the Indonesian text, not one per copy.
    expect(cands).toHaveLength(1)
    expect([cands[0]!.a, cands[0]!.b]).toContain(id.id)
  })

  it('rejects repeated ids and malformed documents with typed errors', () => {
    expect(() => findDuplicates([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT', field: 'docs[1].id' }))
    expect(() => findDuplicates([{ id: '', text: 'a' }])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => findDuplicates([{ id: 'x', text: 5 } as never])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => findDuplicates('nope' as never)).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => findDuplicates([], { threshold: 1.5 })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS', field: 'threshold' }))
    expect(() => findDuplicates([], { params: { bands: 100, rows: 5 } })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS', field: 'params' }))
    expect(() => findDuplicates([{ id: 'x', text: 'a', lang: 'xx' }])).toThrowError(expect.objectContaining({ code: 'UNKNOWN_LANGUAGE' }))
  })

  it('accepts prepared Docs and explicit LSH params', () => {
    const r = findDuplicates([...corpus.slice(0, 5), { id: 'copy-003', text: corpus[5]!.text }], { params: { bands: 16, rows: 8 } })
    expect(r.clusters.map((c) => c.members)).toContainEqual(['003_ba081595d71d77b8', 'copy-003'])
  })
})
