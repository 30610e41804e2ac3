// Seeded fuzzing of every public entry point: arbitrary strings (lone surrogates, NUL, RTL marks,
// CJK, emoji, numbers, boilerplate-like lines), arbitrary collections and arbitrary option values.
// What must hold: nothing but a PadananError is ever thrown; every input id comes back exactly once;
// beads cover both sides in order; spans slice the input; the same input gives the same JSON, also
// in another input order where order should not matter.
//
// `npm test` runs a short pass (PADANAN_FUZZ_RUNS, default 120 per entry point); `npm run fuzz`
// runs 10,000 per entry point (with another seed when PADANAN_FUZZ_SEED is set).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  alignSentences,
  checkTranslation,
  compareNumbers,
  createDedupIndex,
  defineLanguagePack,
  detectLanguage,
  extractNumbers,
  findDuplicates,
  isPadananError,
  loadDedupIndex,
  pairDocuments,
  parseLexicon,
  prepare,
  renderReport,
  translationScore,
} from '../../src/index.js'
import { seeds } from '../seeds.js'

const RUNS = Number(process.env.PADANAN_FUZZ_RUNS ?? 120)
const SEED = Number(process.env.PADANAN_FUZZ_SEED ?? 20261123)
const opts = { seed: SEED, numRuns: RUNS }
const TIMEOUT = Math.max(60_000, RUNS * 60)

const seedLines = seeds.flatMap((s) => s.text.split('\n').filter((l) => l.trim())).slice(0, 200)
const piece = fc.constantFrom(
  ...seedLines.slice(0, 60),
  'Baca juga:', 'Get Apps', '1,5 juta', '1.5 million', ' persen', '%', 'ke-14', '14th', 'Rp 2,3 triliun', 'seperempat', 'COVID-19',
  '\u0000', '\ud800', '\udfff', '\u202e', '\u200f', 'مرحبا', '東京都', '🙂👍🏽', 'é', 'e\u0301', '٣', '\r', '\r\n', '\n\n', '\t', '\u2028', ' ',
)
/** Text that reaches the interesting paths: real lines, chrome, numbers and hostile code points. */
const text = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 24 }).map((a) => a.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
)
const lang = fc.constantFrom(undefined, 'id', 'en', 'en-US', 'xx', '', 7 as unknown as string)
const id = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('a', 'b', 'é', '\ud800', ' '))
const docs = fc.uniqueArray(fc.record({ id, text, lang }), { selector: (d) => d.id, maxLength: 8 }).map((ds) => ds.map((d) => (d.lang === undefined ? { id: d.id, text: d.text } : d)))

/** Run fn; a PadananError is an allowed answer (returned), anything else thrown fails the test. */
function guarded<T>(fn: () => T): T | { error: string } {
  try {
    return fn()
  } catch (e) {
    if (isPadananError(e)) {
      expect(typeof e.code).toBe('string')
      return { error: e.code }
    }
    throw e
  }
}
const ok = <T>(r: T | { error: string }): r is T => !(typeof r === 'object' && r !== null && 'error' in r && typeof (r as { error: unknown }).error === 'string' && Object.keys(r as object).length === 1)

function reversed<T>(a: readonly T[]): T[] {
  return [...a].reverse()
}

describe(`fuzz: ${RUNS} inputs per entry point (seed ${SEED})`, () => {
  it('extractNumbers: spans slice the input, in order', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const r = guarded(() => extractNumbers(s, l))
        if (!ok(r)) return
        let last = 0
        for (const m of r) {
          expect(s.slice(m.start, m.end)).toBe(m.text)
          expect(m.start).toBeGreaterThanOrEqual(last)
          last = m.end
        }
      }),
      opts,
    )
  }, TIMEOUT)

  it('prepare and detectLanguage: sentences and tokens slice the text', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const d = guarded(() => prepare(s, l === undefined ? {} : { lang: l }))
        if (ok(d)) {
          for (const sent of d.sentences) {
            expect(s.slice(sent.start, sent.end)).toBe(sent.text)
            for (const t of sent.tokens) expect(s.slice(t.start, t.end)).toBe(t.text)
          }
          expect(JSON.stringify(prepare(s, { lang: d.lang }))).toBe(JSON.stringify(prepare(s, { lang: d.lang })))
        }
        const det = guarded(() => detectLanguage(s))
        if (ok(det)) expect(det.confidence).toBeGreaterThanOrEqual(0)
      }),
      opts,
    )
  }, TIMEOUT)

  it('alignSentences: beads cover both sides, in order, every index once', () => {
    const side = fc.oneof(fc.array(text, { maxLength: 12 }), text)
    fc.assert(
      fc.property(side, side, fc.constantFrom(undefined, true, false), (a, b, pre) => {
        const r = guarded(() => alignSentences(a, b, { langA: 'id', langB: 'en', ...(pre === undefined ? {} : { presegmented: pre }) }))
        if (!ok(r)) return
        const as = r.beads.flatMap((x) => x.a)
        const bs = r.beads.flatMap((x) => x.b)
        expect(as).toEqual(as.map((_, i) => i))
        expect(bs).toEqual(bs.map((_, i) => i))
        if (Array.isArray(a)) expect(as.length).toBe(a.length)
        if (Array.isArray(b)) expect(bs.length).toBe(b.length)
        for (const x of r.beads) expect(Number.isFinite(x.score)).toBe(true)
      }),
      opts,
    )
  }, TIMEOUT)

  it('compareNumbers and checkTranslation: every mention of either side in exactly one list', () => {
    const tolerance = fc.constantFrom(undefined, 0, 0.01, 0.5, -1, 2, Number.NaN)
    fc.assert(
      fc.property(text, text, lang, lang, tolerance, fc.boolean(), (a, b, la, lb, tol, strict) => {
        const options = { ...(la === undefined ? {} : { langA: la }), ...(lb === undefined ? {} : { langB: lb }), ...(tol === undefined ? {} : { tolerance: tol }), strictOne: strict }
        const r = guarded(() => compareNumbers(a, b, options))
        if (!ok(r)) return
        const side = (x: string, ms: { start: number; end: number; text: string }[]) => {
          for (const m of ms) expect(x.slice(m.start, m.end)).toBe(m.text)
          return ms.length
        }
        const ea = guarded(() => compareNumbers(a, a, { ...options, langB: options.langA }))
        if (ok(ea)) expect(ea.ok).toBe(true)
        const nA = side(a, [...r.matched.map((m) => m.a), ...r.missing, ...r.changed.map((c) => c.a)])
        const nB = side(b, [...r.matched.map((m) => m.b), ...r.extra, ...r.changed.map((c) => c.b)])
        expect(r.ok).toBe(r.missing.length + r.extra.length + r.changed.length === 0)
        // With nothing left uncertain (a one in words, a year said "this year" on the other side), every
        // mention is counted: the same mentions as r's lists and its uncertain ones together.
        const all = compareNumbers(a, b, { ...options, strictOne: true, relativeYears: false })
        expect(all.uncertain).toHaveLength(0)
        expect(nA + nB + r.uncertain.length).toBe(all.matched.length * 2 + all.missing.length + all.extra.length + all.changed.length * 2)
        const c = guarded(() => checkTranslation(a, b, options))
        if (ok(c)) {
          expect(c.beads.flatMap((x) => x.a)).toEqual(c.docA.sentences.map((_, i) => i))
          expect(c.ok).toBe(c.problems.length === 0)
        }
      }),
      opts,
    )
  }, TIMEOUT)

  it('renderReport: nothing of the input is markup; one row per bead, every number mention marked', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(undefined, 0, 0.3, 1), (a, b, low) => {
        const c = guarded(() => checkTranslation(a, b, { langA: 'id', langB: 'en' }))
        if (!ok(c)) return
        const html = renderReport({ kind: 'pair', alignment: c, check: c, docA: c.docA, docB: c.docB }, low === undefined ? {} : { lowScore: low })
        expect(html.split('<script').length - 1).toBe(1)
        expect(html.split('</script>').length - 1).toBe(1)
        expect((html.match(/<div class="bd(?: f)?" id="bead-/g) ?? []).length).toBe(c.beads.length)
        const mentions = [c.docA, c.docB].reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.numbers.length, 0), 0)
        expect((html.slice(html.indexOf('<main>')).match(/<mark class="n /g) ?? []).length).toBe(mentions)
      }),
      opts,
    )
  }, TIMEOUT)

  it('pairDocuments and translationScore: every id once, order-free', () => {
    fc.assert(
      fc.property(docs, (ds) => {
        const r = guarded(() => pairDocuments(ds))
        if (!ok(r)) return
        const out = [...r.pairs.flatMap((p) => [p.a, p.b]), ...r.unpaired].sort()
        expect(out).toEqual(ds.map((d) => d.id).sort())
        expect(JSON.stringify(pairDocuments(reversed(ds)))).toBe(JSON.stringify(r))
        if (ds.length >= 2) {
          const a = guarded(() => prepare(ds[0]!.text, { lang: 'id' }))
          const b = guarded(() => prepare(ds[1]!.text, { lang: 'en' }))
          if (ok(a) && ok(b)) {
            const t = translationScore(a, b)
            expect(t.score).toBeGreaterThanOrEqual(0)
            expect(t.score).toBeLessThanOrEqual(1)
          }
        }
      }),
      opts,
    )
  }, TIMEOUT)

  it('findDuplicates: every id exactly once, order-free, byte-identical reruns', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(undefined, 0.3, 0.5, 0.9), (ds, threshold) => {
        // Copies so that clusters happen: each document again, upper-cased.
        const all = [...ds, ...ds.slice(0, 3).map((d) => ({ ...d, id: `${d.id}\u0001copy`, text: d.text.toUpperCase() }))]
        const o = threshold === undefined ? {} : { threshold }
        const r = guarded(() => findDuplicates(all, o))
        if (!ok(r)) return
        const out = [...r.clusters.flatMap((c) => c.members), ...r.unique].sort()
        expect(out).toEqual(all.map((d) => d.id).sort())
        const json = JSON.stringify(r)
        expect(JSON.stringify(findDuplicates(all, o))).toBe(json)
        expect(JSON.stringify(findDuplicates(reversed(all), o))).toBe(json)
      }),
      opts,
    )
  }, TIMEOUT)

  it('createDedupIndex: add/query never lose a document; a saved index loads to the same answers', () => {
    fc.assert(
      fc.property(docs, text, (ds, q) => {
        const index = createDedupIndex()
        let added = 0
        for (const d of ds) {
          const r = guarded(() => index.add(d))
          if (ok(r)) {
            added++
            expect(r.id).toBe(d.id)
            for (const m of r.matches) expect(index.has(m.id)).toBe(true)
          }
        }
        expect(index.size).toBe(added)
        const a = guarded(() => index.query({ id: 'q', text: q }))
        const b = guarded(() => loadDedupIndex(index.toBuffer()).query({ id: 'q', text: q }))
        expect(b).toEqual(a)
      }),
      opts,
    )
  }, TIMEOUT)

  it('loadDedupIndex, parseLexicon, defineLanguagePack: arbitrary bytes, text and objects give typed errors', () => {
    const good = createDedupIndex()
    good.add(seeds[0]!)
    const bytes = Buffer.from(good.toBuffer())
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), fc.integer({ min: 0, max: 255 }), text, fc.constantFrom('tsv', 'muse', 'hunalign', 'nope'), fc.anything(), (junk, at, v, t, format, obj) => {
        guarded(() => loadDedupIndex(junk))
        const flipped = Buffer.from(bytes)
        flipped[at % flipped.length] = v
        const r = guarded(() => loadDedupIndex(flipped))
        if (ok(r)) expect(r.size).toBe(1)
        guarded(() => parseLexicon(t, { format: format as 'tsv', from: 'id', to: 'en' }))
        guarded(() => defineLanguagePack(obj as never))
      }),
      opts,
    )
  }, TIMEOUT)

  it('options of every entry point: arbitrary values are accepted or BAD_OPTIONS', () => {
    fc.assert(
      fc.property(fc.anything(), (o) => {
        const calls: (() => unknown)[] = [
          () => findDuplicates(seeds.slice(0, 2), o as never),
          () => createDedupIndex(o as never),
          () => pairDocuments(seeds.slice(0, 2), o as never),
          () => alignSentences(['Satu.'], ['One.'], o as never),
          () => prepare('Satu dua.', o as never),
        ]
        for (const call of calls) {
          const r = guarded(call)
          if (!ok(r)) expect(['BAD_OPTIONS', 'BAD_INPUT', 'UNKNOWN_LANGUAGE']).toContain((r as { error: string }).error)
        }
      }),
      { ...opts, numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    )
  }, TIMEOUT)
})

describe('no quadratic blow-up on a 1 MB single line', () => {
  // Generous bounds: these guard against quadratic behaviour (minutes), not speed (see the bench).
  const line = `${seedLines[5]} ${seedLines[6]} `.repeat(Math.ceil(1_000_000 / (seedLines[5]!.length + seedLines[6]!.length + 2))).slice(0, 1_000_000)
  it('prepare, findDuplicates, the index and alignSentences', () => {
    const t0 = performance.now()
    const d = prepare(line, { lang: 'en' })
    expect(d.sentences.length).toBeGreaterThan(100)
    const r = findDuplicates([{ id: 'big', text: line, lang: 'en' }, { id: 'copy', text: line.toUpperCase(), lang: 'en' }, ...seeds])
    expect(r.clusters.map((c) => c.members)).toContainEqual(['big', 'copy'])
    createDedupIndex().add({ id: 'big', text: line, lang: 'en' })
    const al = alignSentences([line.slice(0, 200_000)], ['Satu.', 'Dua.'], { langA: 'en', langB: 'id' })
    expect(al.beads.flatMap((b) => b.a)).toEqual([0])
    expect(performance.now() - t0).toBeLessThan(120_000)
  }, 180_000)
})
