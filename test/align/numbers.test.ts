/**
 * Shared numbers count however many a span holds: a table row or a list of figures can mention
 * dozens, and every one the other side states too is evidence.
 */
import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/index.js'
import { DEFAULT_WEIGHTS, Scorer } from '../../src/align/score.js'
import type { SentenceConcepts } from '../../src/pivot/index.js'

/** A sentence of number keys only (no words). */
const numbersOnly = (numbers: readonly string[]): SentenceConcepts => ({ tokens: [], concepts: new Int32Array(0), numbers, chars: numbers.length * 4 })
const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `cardinal:${from + k}`)

describe('shared numbers', () => {
  it('counts the ones past the 31st mention of a span', () => {
    const forty = keys(1, 40)
    const s = new Scorer([numbersOnly(forty)], [numbersOnly(forty)], DEFAULT_WEIGHTS)
    expect(s.sim(0, 1, 0, 1)).toBe(1)
    // The B side in reverse: its first 31 mentions are 40 … 10, so 1 … 9 come after them.
    const r = new Scorer([numbersOnly(forty)], [numbersOnly([...forty].reverse())], DEFAULT_WEIGHTS)
    expect(r.sim(0, 1, 0, 1)).toBe(1)
  })

  it('counts only numbers the other side states, however far down the span they are', () => {
    // 35 numbers each; the last four of B are not in A: 31 of 35 shared on each side.
    const s = new Scorer([numbersOnly(keys(1, 35))], [numbersOnly([...keys(1, 31), ...keys(101, 104)])], DEFAULT_WEIGHTS)
    expect(s.sim(0, 1, 0, 1)).toBeCloseTo(31 / 35, 12)
    // The same, with the shared ones at the end of B: the count does not depend on where they are.
    const t = new Scorer([numbersOnly(keys(1, 35))], [numbersOnly([...keys(101, 104), ...keys(1, 31)])], DEFAULT_WEIGHTS)
    expect(t.sim(0, 1, 0, 1)).toBeCloseTo(31 / 35, 12)
  })

  it('matches repeated keys as a multiset over spans of several sentences', () => {
    // A: "1" 35 times then 5 times; B: "1" 38 times. 38 of A's 40 mentions find a partner.
    const A = [numbersOnly(Array(35).fill('cardinal:1')), numbersOnly(Array(5).fill('cardinal:1'))]
    const B = [numbersOnly(Array(38).fill('cardinal:1'))]
    const s = new Scorer(A, B, DEFAULT_WEIGHTS)
    expect(s.sim(0, 2, 0, 1)).toBeCloseTo((2 * 38) / (40 + 38), 12)
    expect(s.sim(0, 1, 0, 1)).toBeCloseTo((2 * 35) / (35 + 38), 12)
  })

  it('gives a row of 40 figures stated on both sides a bead score of 1', () => {
    const row = Array.from({ length: 40 }, (_, k) => String(1000 + k * 7)).join(' ')
    const { beads } = alignSentences([row], [row], { langA: 'id', langB: 'en' })
    expect(beads).toEqual([{ a: [0], b: [0], score: 1 }])
  })
})
