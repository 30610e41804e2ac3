import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicates, optimalLshParams } from '../../src/dedup/index.js'
import { makeNumberReader, paragraphTokens, readFeatures, generalTokens, shingles, shingleSignature } from '../../src/dedup/features.js'
import { encodeLatin1, NFKC_CHANGES, Sink } from '../../src/dedup/scan.js'
import { collisionProbability } from '../../src/dedup/lsh.js'
import { estimateJaccard, signature } from '../../src/dedup/minhash.js'

const dir = new URL('../../fixtures/npc/', import.meta.url)
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
const lines = seeds.flatMap((t) => t.split('\n').filter((l) => l.trim()))

describe('findDuplicates properties', () => {
  it('puts every input id in exactly one cluster or in unique', () => {
    // Documents made of fixture lines (so duplicates, excerpts and boilerplate happen) or random strings.
    const doc = fc.oneof(
      fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n')),
      fc.constantFrom(...seeds),
      fc.string({ maxLength: 60 }),
    )
    fc.assert(
      fc.property(fc.array(fc.record({ text: doc, lang: fc.constantFrom('id', 'en', undefined) }), { maxLength: 14 }), (ds) => {
        const docs = ds.map((d, i) => ({ id: `d${i}`, text: d.text, ...(d.lang ? { lang: d.lang } : {}) }))
        const r = findDuplicates(docs)
        const out = [...r.clusters.flatMap((c) => c.members), ...r.unique]
        expect(out.sort()).toEqual(docs.map((d) => d.id).sort())
        for (const c of r.clusters) {
          expect(c.members.length).toBeGreaterThan(1)
          for (const l of c.links) expect(c.members).toEqual(expect.arrayContaining([l.a, l.b]))
        }
      }),
      { seed: 42, numRuns: 40 },
    )
  })
})

describe('MinHash', () => {
  it('estimates Jaccard within its theoretical error (5 standard errors + 1/k)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom<'oph' | 'kperm'>('oph', 'kperm'), (shared, onlyA, onlyB, salt, method) => {
        // Distinct 32-bit "shingles": shared ones in both sets, the rest in one.
        const h = (i: number) => (Math.imul(i + salt, 0x9e3779b1) ^ salt) >>> 0
        const A = Uint32Array.from({ length: shared + onlyA }, (_, i) => h(i))
        const B = Uint32Array.from({ length: shared + onlyB }, (_, i) => h(i < shared ? i : i + onlyA))
        const J = shared / (shared + onlyA + onlyB)
        const k = 128
        const est = estimateJaccard(signature(A, k, 7, method), signature(B, k, 7, method))
        expect(Math.abs(est - J)).toBeLessThanOrEqual(5 * Math.sqrt((J * (1 - J)) / k) + 1 / k)
      }),
      { seed: 3, numRuns: 150 },
    )
  })

  it('is deterministic and seeded', () => {
    const s = Uint32Array.from({ length: 50 }, (_, i) => i * 7919)
    expect(signature(s, 64, 1)).toEqual(signature(s, 64, 1))
    expect(signature(s, 64, 1)).not.toEqual(signature(s, 64, 2))
    expect(estimateJaccard(signature(s, 64, 1), signature(s, 64, 1))).toBe(1)
  })
})

describe('shingleSignature', () => {
  it('gives the distinct shingle count and the signature of the two-step path', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 200 }), fc.constantFrom(2, 3, 5), fc.constantFrom(64, 100, 128), fc.integer({ min: 0, max: 1000 }), (toks, k, K, seed) => {
        const tokens = Uint32Array.from(toks)
        const sig = new Uint32Array(K)
        const count = shingleSignature(tokens, k, seed, sig)
        const set = shingles(tokens, k, seed)
        expect(count).toBe(set.length)
        if (count) expect([...sig]).toEqual([...signature(set, K, seed)])
      }),
      { seed: 12, numRuns: 400 },
    )
  })
})

describe('LSH parameters', () => {
  it('derives (bands, rows) from the threshold like datasketch _optimal_param, within the signature', () => {
    for (const t of [0.3, 0.5, 0.7, 0.9]) {
      const p = optimalLshParams(t, 128)
      expect(p.bands * p.rows).toBeLessThanOrEqual(128)
      // The S-curve rises through the threshold: low well below it, high well above it.
      expect(collisionProbability(t - 0.2, p.bands, p.rows)).toBeLessThan(0.5)
      expect(collisionProbability(Math.min(0.99, t + 0.2), p.bands, p.rows)).toBeGreaterThan(0.5)
    }
    // A higher threshold needs longer bands.
    expect(optimalLshParams(0.8, 128).rows).toBeGreaterThan(optimalLshParams(0.3, 128).rows)
    // Weighting false negatives up lowers the rows (more candidates, fewer misses).
    expect(optimalLshParams(0.5, 128, { falsePositive: 0.1, falseNegative: 0.9 }).rows).toBeLessThan(optimalLshParams(0.5, 128, { falsePositive: 0.9, falseNegative: 0.1 }).rows)
    expect(() => optimalLshParams(1, 128)).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
  })
})

describe('tokenizer', () => {
  it('the byte scanner gives the tokens of the general path, on ASCII and Latin-1 text', () => {
    const reader = makeNumberReader(',', new Map([['juta', 1e6], ['miliar', 1e9], ['été', 1e3]]))
    const ascii = fc.stringMatching(/^[A-Za-z0-9 .,'&\-!?"():\n]{0,120}$/)
    // Latin-1 letters (both cases), separators (© « ° · no-break space, soft hyphen) and chars NFKC changes (² ª ¼ µ ´).
    const latin1 = fc.stringMatching(/^[A-Za-z0-9 .,'&\-éÉÀàßÿÞ×÷©«»°·\u00a0\u00ad²ª¼µ´\n]{0,120}$/)
    fc.assert(
      fc.property(fc.oneof(ascii, latin1, fc.constantFrom(...lines.filter((l) => !/[^\x00-\xff]/.test(l)))), (t) => {
        const a = new Sink()
        const b = new Sink()
        const c = new Sink()
        const wa = paragraphTokens(t, reader, a, 0, t.length, encodeLatin1(t, 0))
        const wb = generalTokens(t.normalize('NFKC'), reader, b)
        const wc = paragraphTokens(t, reader, c)
        expect(wa).toBe(wb)
        expect(wc).toBe(wb)
        expect([...a.buf.subarray(0, a.n)]).toEqual([...b.buf.subarray(0, b.n)])
        expect([...c.buf.subarray(0, c.n)]).toEqual([...b.buf.subarray(0, b.n)])
      }),
      { seed: 9, numRuns: 600 },
    )
  })

  it('the byte scanner reads grouped and decimal digits as readDigits does, for both decimal marks', () => {
    // Groups of 1–4 digits joined by . or , (1.250.000,5; 1,5; 2025.03.05; 12,3456), then a scale word or not.
    const group = fc.stringMatching(/^[0-9]{1,4}$/)
    const num = fc.array(fc.tuple(group, fc.constantFrom('.', ',')), { minLength: 1, maxLength: 5 }).map((gs) => gs.map(([g, s], k) => (k ? s : '') + g).join(''))
    const long = fc.stringMatching(/^[1-9][0-9]{13,18}([.,][0-9]{1,3})?$/)
    fc.assert(
      fc.property(fc.oneof(num, long), fc.constantFrom('.', ','), fc.constantFrom('', ' juta', ' naik'), (n, decimal, tail) => {
        const reader = makeNumberReader(decimal as '.' | ',', new Map([['juta', 1e6]]))
        const t = `harga ${n}${tail}`
        const a = new Sink()
        const b = new Sink()
        paragraphTokens(t, reader, a, 0, t.length, encodeLatin1(t, 0))
        generalTokens(t, reader, b)
        expect([...a.buf.subarray(0, a.n)]).toEqual([...b.buf.subarray(0, b.n)])
      }),
      { seed: 11, numRuns: 2000 },
    )
  })

  it('a whole document reads alike whether it is ASCII, Latin-1 or wider (a © footer, a CJK name)', () => {
    const body = 'Lei Jun, pendiri Xiaomi, hadir di Beijing.\nPendapatan naik 1,5 juta yuan.'
    const ref = (t: string) => {
      const s = new Sink()
      for (const line of t.split('\n')) generalTokens(line.normalize('NFKC'), makeNumberReader(',', new Map([['juta', 1e6]])), s)
      return [...s.buf.subarray(0, s.n)]
    }
    for (const text of [body, `${body}\n© 2025 Antara`, `${body}\nCafé Über ²`, `${body}\n小米 © 2025`]) {
      const f = readFeatures({ id: 'x', text, lang: 'id' }, 0)
      expect([...f.tokens]).toEqual(ref(text))
    }
  })

  it('NFKC_CHANGES lists exactly the Latin-1 non-letters that NFKC turns into letters, digits, marks or joiners', () => {
    const changes: number[] = []
    for (let c = 0x80; c < 0xc0; c++) if (/[\p{L}\p{M}\p{N}'’&-]/u.test(String.fromCharCode(c).normalize('NFKC'))) changes.push(c)
    expect([...NFKC_CHANGES]).toEqual(changes)
    // Above 0xbf every char but × and ÷ is a letter NFKC keeps as it is.
    for (let c = 0xc0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c)
      expect(ch.normalize('NFKC')).toBe(ch)
      expect(/\p{L}/u.test(ch)).toBe(c !== 0xd7 && c !== 0xf7)
    }
  })

  it('reads 1,5 juta, 1.5 juta and 1500000 as one value', () => {
    const reader = makeNumberReader(',', new Map([['juta', 1e6]]))
    const toks = (t: string) => {
      const s = new Sink()
      paragraphTokens(t, reader, s)
      return [...s.buf.subarray(0, s.n)]
    }
    expect(toks('naik 1,5 juta')).toEqual(toks('naik 1.5 juta'))
    expect(toks('naik 1,5 juta')).toEqual(toks('naik 1500000'))
    expect(toks('naik 1,5 juta')).not.toEqual(toks('naik 2,5 juta'))
  })
})
