// The review page in a real browser: headless Chromium opens the report of the seed pair (with a
// planted scale change and a planted <script>), prints its DOM and takes a screenshot. The DOM must
// have one row per bead, every number mention marked, the mismatch flagged, no script of the input
// run, and the page's own script run without an error (it writes window errors into the page). A
// second page drives the report in an iframe: j/k between flagged beads, hovering a number, the
// problem filter, and right-to-left text. See test/chromium.ts for which browser runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkTranslation, prepare, renderReport, translationScore, type TranslationCheck } from '../../src/index.js'
import { esc } from '../../src/report/html.js'
import { chromium, CHROMIUM_TIMEOUT_MS, pageResult, RESULT_SCRIPT, runChromium } from '../chromium.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const npc = (name: string) => readFileSync(join(root, 'fixtures/npc', `${name}.txt`), 'utf8')
const PLANTED = ' Ini <script>document.documentElement.dataset.pwned = "script"</script> <img src=x onerror="document.documentElement.dataset.pwned = \'img\'"> tamat.'

if (!chromium) console.log('[skip] no Chromium: set PADANAN_CHROMIUM or apt-get install chromium to open the report in a headless browser')

/** A page that opens reports in iframes, works them as a reader would and writes what it saw into #result. */
const PROBE = `<!doctype html>
<html><head><meta charset="utf-8"><title>probe</title></head>
<body><pre id="result" data-status="pending"></pre>
<iframe id="review" src="review.html" style="width:1280px;height:900px"></iframe>
<iframe id="rtl" src="rtl.html" style="width:1280px;height:600px"></iframe>
<script>
${RESULT_SCRIPT}
  var loaded = 0
  function frames() {
    if (++loaded < 2) return
    try {
      var w = document.getElementById('review').contentWindow, d = w.document, out = {}
      var ids = function (sel) { return [].map.call(d.querySelectorAll(sel), function (e) { return e.id }) }
      var key = function (k) { d.body.dispatchEvent(new w.KeyboardEvent('keydown', { key: k, bubbles: true })); return ids('.bd.cur') }
      out.ready = d.documentElement.getAttribute('data-ready')
      out.barWidth = w.getComputedStyle(d.querySelector('main .bar')).width
      out.flagged = ids('.bd.f')
      out.keys = [key('j'), key('j'), key('k'), key('k')]
      out.focused = d.activeElement && d.activeElement.id
      var m = d.querySelector('mark.ok[data-p]')
      m.dispatchEvent(new w.MouseEvent('mouseover', { bubbles: true }))
      out.hovered = { p: m.getAttribute('data-p'), lit: [].map.call(d.querySelectorAll('mark.hl'), function (x) { return [x.closest('.sa') ? 'A' : 'B', x.textContent] }) }
      var visible = function () { return [].filter.call(d.querySelectorAll('.bd:not(.hd)'), function (e) { return w.getComputedStyle(e).display !== 'none' }).map(function (e) { return e.id }) }
      out.before = visible()
      d.getElementById('only').click()
      out.onlyProblems = visible()
      out.error = d.documentElement.getAttribute('data-error')
      var r = document.getElementById('rtl').contentWindow, rd = r.document
      out.directions = [].map.call(rd.querySelectorAll('p[dir=auto]'), function (p) { return [p.textContent, r.getComputedStyle(p).direction] })
      out.rtlError = rd.documentElement.getAttribute('data-error')
      report('ok', JSON.stringify(out))
    } catch (e) {
      report('error', String((e && e.stack) || e))
    }
  }
  document.getElementById('review').addEventListener('load', frames)
  document.getElementById('rtl').addEventListener('load', frames)
</script>
</body></html>
`

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe.skipIf(!chromium)(`the review page in headless Chromium (${chromium || 'not found'})`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'padanan-report-browser-'))
  let check: TranslationCheck
  let dom = ''
  let probe: Record<string, unknown> & { keys: string[][]; flagged: string[]; before: string[]; onlyProblems: string[]; directions: [string, string][]; hovered: { p: string; lit: [string, string][] } }

  beforeAll(async () => {
    const docA = prepare(npc('001_08d4fc09aac09c03').replace('105 miliar yuan', '105 juta yuan') + PLANTED, { lang: 'id', id: '001 <script>alert(1)</script>' })
    const docB = prepare(npc('002_8b5633673b5c9d83'), { lang: 'en', id: '002_8b5633673b5c9d83' })
    check = checkTranslation(docA, docB)
    const { score, evidence } = translationScore(docA, docB)
    writeFileSync(join(tmp, 'review.html'), renderReport({ kind: 'pair', alignment: check, check, docA, docB, evidence, score }))
    const ar = prepare('قال الوزير إن 5 مدارس جديدة ستفتح. 東京都は3つの新しい学校を開く。 שלום עולם 7.', { lang: 'id', id: 'rtl' })
    const en = prepare('The minister said 5 new schools will open. Tokyo opens 3 new schools. Hello world 7.', { lang: 'en', id: 'en' })
    writeFileSync(join(tmp, 'rtl.html'), renderReport({ kind: 'pair', alignment: checkTranslation(ar, en), docA: ar, docB: en }))
    writeFileSync(join(tmp, 'probe.html'), PROBE)
    const url = (f: string) => pathToFileURL(join(tmp, f)).href
    // One browser at a time: two Chromiums on a 2-core machine only slow each other down.
    dom = await runChromium(['--dump-dom', url('review.html')], join(tmp, 'p1'))
    await runChromium([`--screenshot=${join(tmp, 'review.png')}`, '--window-size=1280,2000', url('review.html')], join(tmp, 'p2'))
    // File pages reach into each other's documents only with this flag: the probe reads its iframes.
    const out = await runChromium(['--dump-dom', url('probe.html')], join(tmp, 'p3'), { extra: ['--allow-file-access-from-files'] })
    const r = pageResult(out)
    if (r.status !== 'ok') throw new Error(`the probe failed (${r.status}): ${r.text}`)
    probe = JSON.parse(r.text)
  }, 3 * CHROMIUM_TIMEOUT_MS + 30_000)

  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('runs the page script without an error', () => {
    expect(dom).toMatch(/<html lang="en" data-ready="1">/)
    expect(dom).not.toMatch(/<html[^>]*data-error/)
    expect(probe.ready).toBe('1')
    expect(probe.error).toBeNull()
    expect(probe.rtlError).toBeNull()
    // The style sheet applied (the policy allows it by its hash): a bar has its width.
    expect(probe.barWidth).toBe('52px')
  })

  it('shows one row per bead of the alignment', () => {
    const rows = [...dom.matchAll(/<div class="bd(?: f)?(?: cur)?" id="(bead-\d+)"/g)].map((m) => m[1])
    expect(rows).toEqual(check.beads.map((_, i) => `bead-${i}`))
  })

  it('marks every number mention, with its text', () => {
    const mentions = [check.docA, check.docB].flatMap((d) => d.sentences.flatMap((s) => s.numbers.map((m) => m.text)))
    // Those of the beads: the legend at the top shows a few of its own.
    const marked = [...dom.slice(dom.indexOf('<main>')).matchAll(/<mark class="n [a-z]+"[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1])
    expect(marked.sort()).toEqual(mentions.map(esc).sort())
  })

  it('flags the planted mismatch, with its reason', () => {
    const i = check.beads.findIndex((b) => b.numbers.changed.length > 0)
    expect(i).toBeGreaterThanOrEqual(0)
    expect(dom).toMatch(new RegExp(`<div class="bd f" id="bead-${i}" tabindex="-1">`))
    expect(dom).toMatch(/<mark class="n bad" data-p="[^"]+" title="scale changed: 105 juta yuan → 105 billion yuan[^"]*">105 juta yuan<\/mark>/)
    expect(probe.flagged).toContain(`bead-${i}`)
  })

  it('runs no script of the input: <script> and an onerror handler are shown as text', () => {
    expect(dom).not.toContain('data-pwned')
    expect(dom).toContain('&lt;script&gt;document.documentElement.dataset.pwned = "script"&lt;/script&gt;')
    expect(dom).toContain('&lt;img src=x onerror=')
    expect(dom).toContain('<h1>001 &lt;script&gt;alert(1)&lt;/script&gt; ↔ 002_8b5633673b5c9d83</h1>')
  })

  it('takes a 1280 × 2000 screenshot', () => {
    const png = readFileSync(join(tmp, 'review.png'))
    expect(pngSize(png)).toEqual({ width: 1280, height: 2000 })
    expect(png.length).toBeGreaterThan(20_000)
  })

  it('j and k move between the flagged beads and focus them', () => {
    const f = probe.flagged
    expect(f.length).toBeGreaterThanOrEqual(2)
    expect(probe.keys).toEqual([[f[0]], [f[1]], [f[0]], [f[f.length - 1]]])
    expect(probe.focused).toBe(f[f.length - 1])
  })

  it('hovering a number lights it up with its counterpart on the other side', () => {
    const { lit } = probe.hovered
    expect(lit).toHaveLength(2)
    expect(lit.map((x) => x[0]).sort()).toEqual(['A', 'B'])
  })

  it('"only problems" hides the beads that are not flagged', () => {
    expect(probe.before).toHaveLength(check.beads.length)
    expect(probe.onlyProblems).toEqual(probe.flagged)
  })

  it('shows right-to-left sentences right to left, CJK and Latin left to right', () => {
    const dir = (start: string) => probe.directions.find(([t]) => t.includes(start))?.[1]
    expect(dir('قال الوزير')).toBe('rtl')
    expect(dir('東京都')).toBe('ltr')
    expect(dir('The minister')).toBe('ltr')
  })
})
