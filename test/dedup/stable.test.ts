/**
 * Signatures and keys are stored in saved indexes and in Redis: the same text must give the same
 * values in every version with the same DEDUP_INDEX_VERSION. These figures were computed once; a
 * change to tokenizing, hashing or MinHash that moves them must bump DEDUP_INDEX_VERSION (old
 * indexes would otherwise match new documents silently wrong) and then update them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { signature } from '../../src/dedup/minhash.js'
import { DEDUP_INDEX_VERSION } from '../../src/dedup/index-file.js'
import { Recorder } from '../../src/dedup/record.js'
import { indexSettings } from '../../src/dedup/settings.js'

const sum = (s: Uint32Array) => s.reduce((x, v) => (Math.imul(x, 31) + v) >>> 0, 0)

describe('stored values stay put', () => {
  it('signatures of fixed shingles (power-of-two and other lengths)', () => {
    const toks = Uint32Array.from({ length: 300 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0)
    expect([...signature(toks, 128, 1).slice(0, 4)]).toEqual([14857580, 24160205, 33856458, 54334764])
    expect(sum(signature(toks, 128, 1))).toBe(327747983)
    expect(sum(signature(toks, 100, 7))).toBe(2547620939)
    expect(sum(signature(toks.subarray(0, 20), 64, 3))).toBe(3877482627)
  })

  it('the record of a seed document with a © footer, accents and grouped numbers', () => {
    expect(DEDUP_INDEX_VERSION).toBe(2)
    const text = readFileSync(new URL('../../fixtures/npc/001_08d4fc09aac09c03.txt', import.meta.url), 'utf8')
    const rec = new Recorder(indexSettings({ translation: false })).record({ id: 'x', text: `${text}\n© 2025 Antara — Café 1.250.000,5 dan 3,5 juta`, lang: 'id' }, 0)
    expect(rec.exact).toBe(2036936445032933)
    expect(rec.shingles).toBe(289)
    expect(sum(rec.sig)).toBe(2793687896)
  })
})
