// renderReport as a string: every text escaped, one bead row per bead, every number mention marked
// with what the check made of it, problems flagged, the corpus view capped whatever its size.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { checkTranslation, findDuplicates, isPadananError, pairDocuments, prepare, renderReport, translationScore, type Doc, type PairResult, type ReportInput } from '../../src/index.js'
import { contentSecurityPolicy, CSS, SCRIPT } from '../../src/report/assets.js'
import { esc, snippet } from '../../src/report/html.js'
import { sha256Base64 } from '../../src/report/sha256.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const npc = (name: string) => readFileSync(`${root}fixtures/npc/${name}.txt`, 'utf8')
const SEED_A = '001_08d4fc09aac09c03'
const SEED_B = '002_8b5633673b5c9d83'
const HOSTILE = '<script>document.documentElement.dataset.pwned = "1"</script> "quoted" & \'single\' </script><img src=x onerror=alert(1)>'

function pairInput(a: string, b: string, ids: [string, string] = ['a', 'b']): ReportInput & { kind: 'pair' } {
  const docA = prepare(a, { lang: 'id', id: ids[0] })
  const docB = prepare(b, { lang: 'en', id: ids[1] })
  const check = checkTranslation(docA, docB)
  const { score, evidence } = translationScore(docA, docB)
  return { kind: 'pair', alignment: check, check, docA, docB, evidence, score }
}

/** The seed pair with one scale changed (105 miliar yuan → 105 juta yuan) and a hostile sentence added to A. */
const planted = () => pairInput(npc(SEED_A).replace('105 miliar yuan', '105 juta yuan') + `\nIni kalimat ${HOSTILE} akhir.`, npc(SEED_B), [`${SEED_A} ${HOSTILE}`, SEED_B])

const occurrences = (s: string, sub: string) => s.split(sub).length - 1
const marks = (html: string) => [...html.matchAll(/<mark class="n (\w+)"(?: data-p="([^"]+)")? title="([^"]*)">([^<]*)<\/mark>/g)].map((m) => ({ cls: m[1]!, p: m[2], title: m[3]!, text: m[4]! }))
const beadRows = (html: string) => [...html.matchAll(/<div class="bd( f)?" id="([^"]+)"/g)].map((m) => ({ flagged: m[1] !== undefined, id: m[2]! }))

function thrown(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (isPadananError(e)) return e.code
    throw e
  }
  return 'none'
}

describe('escaping', () => {
  it('esc escapes the five characters that matter in text and in quoted attributes', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
    expect(esc('</script>')).toBe('&lt;/script&gt;')
  })

  it('a document holding <script> and </script>, in its text and in its id, renders them as text', () => {
    const html = renderReport(planted(), { title: `title ${HOSTILE}` })
    // The page's own script is the only one: no tag of the input survives.
    expect(occurrences(html, '<script')).toBe(1)
    expect(occurrences(html, '</script>')).toBe(1)
    expect(html).not.toContain('<img')
    expect(html).not.toMatch(/<[^>]*\sonerror=/i)
    expect(html).toContain('&lt;script&gt;document.documentElement.dataset.pwned = &quot;1&quot;&lt;/script&gt;')
    expect(html).toContain(`<title>title ${esc(HOSTILE)}</title>`)
    // In attributes too: a language code or an id cannot close its quote.
    const docA = prepare('Satu dua.', { lang: 'id', id: 'x" onmouseover="alert(1)' })
    const docB = prepare('One two.', { lang: 'en', id: 'y' })
    const evil = { ...docA, lang: 'id" onmouseover="alert(1)' } as Doc
    const a = renderReport({ kind: 'pair', alignment: checkTranslation(docA, docB), docA: evil, docB })
    expect(a).not.toMatch(/" onmouseover="/)
    expect(a).toContain('lang="id&quot; onmouseover=&quot;alert(1)"')
  })

  it('the Content-Security-Policy applies the page style and runs the page script by their hashes, and nothing is loaded from anywhere', () => {
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`
    const CSP = contentSecurityPolicy()
    expect(CSP).toContain(`style-src ${sha(CSS)};`)
    expect(CSP).toContain(`script-src ${sha(SCRIPT)};`)
    const html = renderReport(planted())
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)
    expect(html).toContain(`<script>${SCRIPT}</script>`)
    expect(html).toContain(`<style>${CSS}</style>`)
    expect(CSP).toMatch(/default-src 'none'/)
    expect(CSP).not.toMatch(/unsafe-inline/)
    // Without inline styles allowed, no element may carry one.
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle=/)
    // No URL to fetch: no src, no stylesheet link, no @import or url() in the style.
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc=|<link\s|@import|url\(/i)
  })

  it('sha256Base64 is SHA-256 of the UTF-8 bytes, at every length around a block boundary', () => {
    for (const text of ['', 'abc', 'é東京🙂', ...Array.from({ length: 140 }, (_, n) => 'x'.repeat(n)), SCRIPT, CSS]) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'))
    }
  })

  it('snippets never cut a surrogate pair', () => {
    expect(snippet('😀😀😀', 2)).toBe('😀😀…')
    expect(snippet('  a\n\n b  ', 10)).toBe('a b')
  })
})

describe('the pair view', () => {
  const input = planted()
  const html = renderReport(input)
  const docs = [input.docA, input.docB]

  it('has one row per bead of the alignment, ids by bead index', () => {
    const rows = beadRows(html)
    expect(rows).toHaveLength(input.alignment.beads.length)
    expect(rows.map((r) => r.id)).toEqual(input.alignment.beads.map((_, i) => `bead-${i}`))
  })

  it('marks every number mention of both documents, with its own text', () => {
    const ms = marks(html)
    const all = docs.flatMap((d) => d.sentences.flatMap((s) => s.numbers))
    expect(all.length).toBeGreaterThan(10)
    expect(ms).toHaveLength(all.length)
    expect(ms.map((m) => m.text).sort()).toEqual(all.map((m) => esc(m.text)).sort())
  })

  it('links each matched or changed mention to its counterpart: every data-p twice, once per side', () => {
    const ms = marks(html).filter((m) => m.p !== undefined)
    const byP = new Map<string, number>()
    for (const m of ms) byP.set(m.p!, (byP.get(m.p!) ?? 0) + 1)
    expect([...byP.values()].every((n) => n === 2)).toBe(true)
    expect(ms.filter((m) => m.cls === 'ok').length).toBe(input.check!.beads.reduce((n, b) => n + b.numbers.matched.length, 0) * 2)
  })

  it('flags the planted mismatch with its reason, in its bead and in the list at the top', () => {
    const bad = marks(html).filter((m) => m.cls === 'bad')
    expect(bad.map((m) => m.text).sort()).toEqual(['105 billion yuan', '105 juta yuan'])
    expect(bad[0]!.title).toMatch(/^scale changed: 105 juta yuan → 105 billion yuan/)
    const i = input.check!.beads.findIndex((b) => b.numbers.changed.length > 0)
    expect(beadRows(html)[i]!.flagged).toBe(true)
    expect(html).toMatch(new RegExp(`<li><a href="#bead-${i}">#${i}</a> [^<]*scale changed: 105 juta yuan → 105 billion yuan`))
    expect(html).toContain('<ul class="pr"><li>scale changed: 105 juta yuan → 105 billion yuan</li>')
  })

  it('flags 1-0 and 0-1 beads and beads below the threshold; the others are not flagged', () => {
    const rows = beadRows(html)
    input.check!.beads.forEach((b, i) => {
      const expected = b.a.length === 0 || b.b.length === 0 || b.score < 0.3 || !b.numbers.ok
      expect(rows[i]!.flagged, `bead ${i}`).toBe(expected)
    })
    const strict = beadRows(renderReport(input, { lowScore: 0.99 }))
    input.check!.beads.forEach((b, i) => expect(strict[i]!.flagged).toBe(b.score < 0.99 || b.a.length === 0 || b.b.length === 0 || !b.numbers.ok))
  })

  it('shows sentence numbers as the JSON indices, and each sentence with dir="auto" in a cell with its language', () => {
    for (const [i, s] of input.docB.sentences.entries()) expect(html).toContain(` dir="auto" data-n="${i}">${esc(s.text.slice(0, 20))}`)
    expect(occurrences(html, ' dir="auto" data-n=')).toBe(input.docA.sentences.length + input.docB.sentences.length)
    // A lone sentence is its cell, with the language of its side.
    expect(html).toContain('<p class="sa" lang="id" dir="auto" data-n="0">')
    expect(html).toContain('<p class="sb" lang="en" dir="auto" data-n="0">')
  })

  it('right-to-left and CJK text keep dir="auto" per sentence; the style isolates each sentence', () => {
    const a = prepare('مرحبا بالعالم 5 كتب. 東京都は3つの区を持つ。', { lang: 'id' })
    const b = prepare('Hello world 5 books. Tokyo has 3 wards.', { lang: 'en' })
    const r = renderReport({ kind: 'pair', alignment: checkTranslation(a, b), docA: a, docB: b })
    expect(r).toContain('مرحبا')
    expect(r).toContain('東京都')
    expect(r).toMatch(/\.sa p,\.sb p,p\.sa,p\.sb\{[^}]*unicode-bidi:plaintext/)
  })

  it('without a check, compares each bead\'s numbers itself: the same marks', () => {
    const { check: _, ...bare } = input
    expect(marks(renderReport(bare))).toEqual(marks(html))
  })

  it('shows the pairing evidence in the header', () => {
    expect(html).toContain('<b>pair score</b>')
    expect(html).toMatch(/shared numbers \(\d+\)/)
    expect(html).toContain('<span class="chip" dir="auto">Lei Jun</span>')
  })

  it('gives the same page for the same input', () => {
    expect(renderReport(planted())).toBe(html)
  })

  it('refuses malformed input and options with typed errors', () => {
    expect(thrown(() => renderReport(null as unknown as ReportInput))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport({ kind: 'table' } as unknown as ReportInput))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport({ ...input, alignment: { beads: [{ a: [99], b: [0], score: 1 }] } }))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport({ ...input, check: { beads: input.check!.beads.slice(1) } }))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport({ ...input, docA: {} as Doc }))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport(input, { lowScore: 2 }))).toBe('BAD_OPTIONS')
    expect(thrown(() => renderReport(input, { maxRows: 1.5 }))).toBe('BAD_OPTIONS')
    expect(thrown(() => renderReport(input, { title: 7 as unknown as string }))).toBe('BAD_OPTIONS')
  })
})

describe('the corpus view', () => {
  const names = ['000_bc3c1629cbba4fa2', SEED_A, SEED_B, '003_ba081595d71d77b8', '004_69d407a3e9f2f8ef']
  const docs = names.map((id) => ({ id, text: npc(id) }))
  const pairing = pairDocuments(docs)
  const dedup = findDuplicates(docs)
  const section = (() => {
    const p = pairing.pairs[0]!
    const docA = prepare(npc(p.a), { lang: p.languages[0], id: p.a })
    const docB = prepare(npc(p.b), { lang: p.languages[1], id: p.b })
    const check = checkTranslation(docA, docB)
    return { kind: 'pair' as const, alignment: check, check, docA, docB, evidence: p.evidence, score: p.score }
  })()

  it('lists the pairs, the unpaired documents, the clusters with their kinds, the boilerplate; links each pair to its section', () => {
    const html = renderReport({ kind: 'corpus', pairing, dedup, docs, sections: [section] })
    expect(html).toContain(`<tr class="prow" id="row-0"><td>0</td><td class="t">${SEED_A}</td><td class="t">${SEED_B}</td><td>id–en</td>`)
    expect(html).toContain('<a href="#pair-0">side by side</a>')
    expect(html).toContain('<section class="ps" id="pair-0">')
    for (const id of pairing.unpaired) expect(html).toContain(`<td class="t">${id}</td>`)
    expect(html).toContain('<span class="kind k-translation">translation</span>')
    for (const b of dedup.boilerplate.slice(0, 5)) expect(html).toContain(esc(b.text))
    // The section's ids are its own: two sections never share a bead id.
    expect(beadRows(html).map((r) => r.id)).toEqual(section.alignment.beads.map((_, i) => `s0-bead-${i}`))
  })

  it('links pairs to their own pages when given, with the counts of their beads', () => {
    const html = renderReport({ kind: 'corpus', pairing, dedup, docs, pairPages: [{ href: 'pairs/pair-0.html?x="1"', beads: 10, flagged: 2 }] })
    expect(html).toContain('<a href="pairs/pair-0.html?x=&quot;1&quot;">page</a>')
    expect(html).toContain('<tr class="prow f" id="row-0">')
    expect(html).toContain('<td>2 of 10</td>')
  })

  it('10,000 documents: lists capped at maxRows, each document shown by its first words only, sections capped', () => {
    const long = (i: number) => `Dokumen ${i} dimulai di sini. ${'Kalimat pengisi yang panjang sekali. '.repeat(120)}PENANDA-AKHIR-${i}`
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `doc-${String(i).padStart(5, '0')}`, text: long(i), lang: 'id' }))
    const all: PairResult = { pairs: [], groups: [], unpaired: many.map((d) => d.id) }
    const html = renderReport({ kind: 'corpus', pairing: all, docs: many, sections: Array.from({ length: 80 }, () => section) }, { maxRows: 500, maxSections: 3 })
    const full = many.reduce((n, d) => n + d.text.length, 0)
    expect(full).toBeGreaterThan(40_000_000)
    expect(html.length).toBeLessThan(400_000)
    expect(html).not.toContain('PENANDA-AKHIR')
    expect(occurrences(html, '<td class="t">doc-')).toBe(500)
    expect(html).toContain('… and 9,500 documents more, not shown')
    expect(occurrences(html, '<section class="ps"')).toBe(3)
    expect(html).toContain('Dokumen 0 dimulai di sini.')
  })

  it('past maxRows, shows the best pairs and the weakest, the others counted between them', () => {
    const p0 = pairing.pairs[0]!
    const pairs = Array.from({ length: 30 }, (_, i) => ({ ...p0, a: `a${i}`, b: `b${i}`, score: 1 - i / 30 }))
    const html = renderReport({ kind: 'corpus', pairing: { pairs, groups: [], unpaired: [] }, docs: [] }, { maxRows: 10 })
    expect([...html.matchAll(/<tr class="prow" id="row-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4, 25, 26, 27, 28, 29])
    expect(html).toContain('… 20 pairs between #4 and #25, not shown')
  })

  it('refuses a malformed corpus with BAD_INPUT', () => {
    expect(thrown(() => renderReport({ kind: 'corpus', pairing: {} as PairResult, docs }))).toBe('BAD_INPUT')
    expect(thrown(() => renderReport({ kind: 'corpus', pairing, docs: [{ id: 1 }] as unknown as typeof docs }))).toBe('BAD_INPUT')
  })
})

describe('in the browser-safe core', () => {
  it('bundles for the browser with no Node built-in', async () => {
    const r = await build({
      stdin: { contents: "import { renderReport } from './src/report/index.ts'\nglobalThis.f = renderReport", resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    expect(Object.keys(r.metafile.inputs).filter((f) => f.startsWith('node:'))).toEqual([])
    expect(r.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/)
  })
})
