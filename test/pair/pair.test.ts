import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairDocuments, PadananError } from '../../src/index.js'
import { gold, seeds } from '../seeds.js'


function expectEveryIdOnce(r: ReturnType<typeof pairDocuments>, ids: string[]) {
  const out = [...r.pairs.flatMap((p) => [p.a, p.b]), ...r.unpaired]
  expect(out.sort()).toEqual([...ids].sort())
}

describe('pairDocuments', () => {
  it('pairs 001 with 002 and leaves the hard distractors unpaired, with evidence', () => {
    const r = pairDocuments(seeds)
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual(gold.pairs.map((p: { a: string; b: string }) => [p.a, p.b]))
    expect(r.unpaired).toEqual(gold.unpaired)
    const e = r.pairs[0]!.evidence
    expect(e.numbers.map((n) => [n.a, n.b])).toEqual(expect.arrayContaining([['105 miliar yuan', '105 billion yuan'], ['seperempat', 'one-quarter']]))
    expect(e.names).toEqual(expect.arrayContaining(['Lei Jun', 'Xiaomi']))
  })

  it('gives the same result whatever the input order', () => {
    const a = pairDocuments(seeds)
    const b = pairDocuments([...seeds].reverse())
    expect(b.pairs).toEqual(a.pairs)
    expect([...b.unpaired].sort()).toEqual([...a.unpaired].sort())
  })

  it('returns every input id exactly once (property)', () => {
    const doc = fc.record({
      text: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...seeds.map((s) => s.text))),
      lang: fc.constantFrom('id', 'en', undefined),
    })
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 12 }), (ds) => {
        const docs = ds.map((d, i) => ({ id: `d${i}`, text: d.text, ...(d.lang ? { lang: d.lang } : {}) }))
        expectEveryIdOnce(pairDocuments(docs), docs.map((d) => d.id))
      }),
      { seed: 11, numRuns: 60 },
    )
  })

  it('rejects repeated ids and malformed documents with typed errors', () => {
    expect(() => pairDocuments([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => pairDocuments([{ id: 'x' } as never])).toThrow(PadananError)
    expect(() => pairDocuments('nope' as never)).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => pairDocuments([], { minScore: Number.NaN })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
  })
})
