/**
 * Anchors vote for B sentences through rare concepts and number keys; a single key shared by many
 * sentences is handled without voting for each of them. The anchors must be those of plain voting.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findAnchors, longestIncreasing } from '../../src/align/dp.js'
import { DEFAULT_WEIGHTS, Scorer } from '../../src/align/score.js'
import type { SentenceConcepts } from '../../src/pivot/index.js'

/** Anchors as the rule reads: every sentence voted for, the top three by votes (ties: earlier), mutual best ≥ 0.5. */
function plainAnchors(A: SentenceConcepts[], B: SentenceConcepts[], scorer: Scorer): [number, number][] {
  const df = new Map<number, number>()
  for (const s of B) for (const c of s.concepts) df.set(c, (df.get(c) ?? 0) + 1)
  const bestOfA = A.map((s, i) => {
    const votes = B.map((t) => {
      let v = 0
      for (const c of new Set(s.concepts)) if ((df.get(c) ?? 0) <= 3 && t.concepts.includes(c)) v++
      for (const k of new Set(s.numbers)) if (t.numbers.includes(k)) v += 2
      return v
    })
    const top = votes
      .map((v, j) => ({ v, j }))
      .filter((x) => x.v >= 2)
      .sort((x, y) => y.v - x.v || x.j - y.j)
      .slice(0, 3)
    let bj = -1
    let bs = 0
    for (const { j } of top) {
      const sim = scorer.sim(i, i + 1, j, j + 1)
      if (sim > bs) [bs, bj] = [sim, j]
    }
    return bj >= 0 && bs >= 0.5 ? { j: bj, s: bs } : null
  })
  const bestOfB = new Map<number, { i: number; s: number }>()
  bestOfA.forEach((x, i) => {
    if (x && (!bestOfB.has(x.j) || x.s > bestOfB.get(x.j)!.s)) bestOfB.set(x.j, { i, s: x.s })
  })
  const cands: [number, number][] = []
  bestOfA.forEach((x, i) => {
    if (x && bestOfB.get(x.j)!.i === i) cands.push([i, x.j])
  })
  return longestIncreasing(cands)
}

// Sentences over a small concept space and few number keys, so that one key is shared by many.
const sentence = fc
  .record({
    tokens: fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 2 }), { maxLength: 6 }),
    numbers: fc.array(fc.constantFrom('n:1', 'n:2', 'n:2025', 'p:50', 'n:7'), { maxLength: 2 }),
    chars: fc.integer({ min: 1, max: 200 }),
  })
  .map(({ tokens, numbers, chars }): SentenceConcepts => {
    const ts = tokens.map((t) => Int32Array.from(new Set(t)))
    return { tokens: ts, concepts: Int32Array.from(new Set(ts.flatMap((t) => [...t]))), numbers, chars }
  })

describe('findAnchors', () => {
  it('gives the anchors of plain voting', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.array(sentence, { minLength: 1, maxLength: 30 }), (A, B) => {
        const scorer = new Scorer(A, B, DEFAULT_WEIGHTS)
        expect(findAnchors(A, B, scorer)).toEqual(plainAnchors(A, B, scorer))
      }),
      { seed: 14, numRuns: 500 },
    )
  })
})
