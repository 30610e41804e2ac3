// clusters(): a function of the set of documents in an index, whatever the order of adding, the
// split into shards, or the merge; and merging refuses indexes built under other options.
import { describe, expect, it } from 'vitest'
import { createDedupIndex, loadDedupIndex, mergeDedupIndexes, openDedupIndex, type DedupIndex } from '../../src/dedup/index.js'
import { shuffled, testCorpus } from './corpus.js'

const docs = testCorpus(400).map((d) => ({ ...d, lang: 'en' }))
const strip = ({ id, text, lang }: { id: string; text: string; lang: string }) => ({ id, text, lang })

function build(list: readonly { id: string; text: string; lang: string }[], options = {}): DedupIndex {
  const index = createDedupIndex(options)
  for (const d of list) index.add(strip(d))
  return index
}

describe('index clusters', () => {
  const reference = build(docs).clusters()

  it('finds the planted copies: each copy is clustered with its story, every id once', () => {
    const clusterOf = new Map<string, number>()
    reference.clusters.forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)))
    const copies = docs.filter((d) => d.source)
    const found = copies.filter((d) => clusterOf.has(d.id) && clusterOf.get(d.id) === clusterOf.get(d.source!))
    expect(found.length / copies.length).toBeGreaterThan(0.85)
    for (const kind of ['exact', 'near', 'contained'] as const) expect(reference.clusters.some((c) => c.kind === kind), kind).toBe(true)
    const all = [...reference.clusters.flatMap((c) => c.members), ...reference.unique].sort()
    expect(all).toEqual(docs.map((d) => d.id).sort())
    // Exact copies are always found (equal content keys).
    for (const d of docs.filter((x) => x.kind === 'exact')) expect(clusterOf.get(d.id), d.id).toBe(clusterOf.get(d.source!))
  })

  it('does not depend on the order of adding, though add() answers do', () => {
    const orders = [shuffled(docs, 1), shuffled(docs, 2), [...docs].reverse()]
    for (const order of orders) {
      const index = build(order)
      expect(index.clusters()).toEqual(reference)
    }
    // add() answers depend on the order: in reverse, a story is added after its copies and names them.
    const fwd = createDedupIndex()
    const forward = new Map(docs.map((d) => [d.id, fwd.add(strip(d)).matches.length]))
    const rev = createDedupIndex()
    const backward = new Map([...docs].reverse().map((d) => [d.id, rev.add(strip(d)).matches.length]))
    const story = docs.find((d) => d.kind === 'story' && docs.some((c) => c.source === d.id))!
    expect(forward.get(story.id)).toBe(0)
    expect(backward.get(story.id)).toBeGreaterThan(0)
  })

  it('merged shards give the clusters of one index over all documents', () => {
    const mixed = shuffled(docs, 3)
    const parts = [mixed.slice(0, 130), mixed.slice(130, 250), mixed.slice(250)]
    const merged = mergeDedupIndexes(parts.map((p) => build(p)))
    expect(merged.size).toBe(docs.length)
    expect(merged.clusters()).toEqual(reference)
    // Through files too, and the merged index goes on like any other.
    const reloaded = mergeDedupIndexes(parts.map((p) => loadDedupIndex(build(p).toBuffer())))
    expect(reloaded.clusters()).toEqual(reference)
    expect(reloaded.query(strip(docs[0]!)).matches).toEqual(build(docs).query(strip(docs[0]!)).matches)
  })

  it('the async memory index gives the same clusters and the same matches as the sync one', async () => {
    const index = await openDedupIndex()
    const batched = [...(await index.addMany(docs.slice(0, 150).map(strip))), ...(await index.addMany(docs.slice(150).map(strip)))]
    const sync = createDedupIndex()
    expect(batched).toEqual(docs.map((d) => sync.add(strip(d))))
    expect(await index.clusters()).toEqual(reference)
    await expect(index.addMany([strip(docs[0]!)])).rejects.toMatchObject({ code: 'BAD_INPUT' })
    // A repeated id within one batch: nothing of the batch is added.
    await expect(index.addMany([{ id: 'x', text: 'satu dua tiga empat' }, { id: 'x', text: 'lima enam tujuh' }])).rejects.toMatchObject({ code: 'BAD_INPUT' })
    expect(await index.size()).toBe(docs.length)
    await index.close()
  })

  it('an empty or all-unique index: no clusters, every id unique', () => {
    expect(createDedupIndex().clusters()).toEqual({ clusters: [], unique: [] })
    const index = createDedupIndex()
    index.add({ id: 'b', text: '' })
    index.add({ id: 'a', text: docs[0]!.text, lang: 'en' })
    expect(index.clusters()).toEqual({ clusters: [], unique: ['a', 'b'] })
  })
})

describe('mergeDedupIndexes', () => {
  it('refuses indexes built with other options or seeds (BAD_OPTIONS), and ids in two shards (BAD_INPUT)', () => {
    const a = build(docs.slice(0, 20))
    expect(() => mergeDedupIndexes([a, build(docs.slice(20, 40), { seed: 2 })])).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS', message: expect.stringMatching(/seed 1 vs 2/) }))
    expect(() => mergeDedupIndexes([a, build(docs.slice(20, 40), { threshold: 0.6 })])).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
    expect(() => mergeDedupIndexes([a, build(docs.slice(10, 40))])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringContaining(docs[10]!.id) }))
    expect(() => mergeDedupIndexes([])).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
    expect(() => mergeDedupIndexes([a, {} as DedupIndex])).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
  })

  it('rejects an unknown storage backend for the async index', async () => {
    await expect(openDedupIndex({ storage: { backend: 'cassandra' } as never })).rejects.toMatchObject({ code: 'BAD_OPTIONS', field: 'storage.backend' })
    await expect(openDedupIndex({ storage: { backend: 'redis', url: 'http://x' } })).rejects.toMatchObject({ code: 'BAD_OPTIONS', field: 'storage.url' })
    await expect(openDedupIndex({ threshold: 7 })).rejects.toMatchObject({ code: 'BAD_OPTIONS' })
  })
})
