// The core in a real browser. The built package (`npm run test:dist` builds first) is bundled by esbuild for the
// browser, through package.json's exports with the `browser` condition (dist/browser.js), into a page
// that a headless Chromium opens: the page runs the five core functions on the seed corpus and writes
// what they return, or any error, into the DOM, which Chromium prints (--dump-dom). The results must
// be those of the same functions in Node. PADANAN_CHROMIUM names the browser (.ci/run sets it);
// without it, /usr/bin/chromium (Debian's chromium package) is used when installed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, CHROMIUM_TIMEOUT_MS, pageResult, RESULT_SCRIPT, runChromium } from '../chromium.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(root, 'dist')
const fixtures = join(root, 'fixtures/npc')
const gold = JSON.parse(readFileSync(join(fixtures, 'gold.json'), 'utf8'))
const SEED_A = '001_08d4fc09aac09c03'
const SEED_B = '002_8b5633673b5c9d83'
const docs = Object.keys(gold.documents).map((id) => ({ id, text: readFileSync(join(fixtures, `${id}.txt`), 'utf8') }))

// A bundle that only reads numbers must leave the lexicons out (they are 244 KB of Indonesian alone).
const NUMBERS_ONLY_GZIP_BUDGET = 60_000

if (!chromium) console.log('[skip] no Chromium: set PADANAN_CHROMIUM or apt-get install chromium to run the page in a headless browser')

interface Bundle {
  readonly code: Uint8Array
  readonly text: string
  /** Files the bundle was made of, relative to the repository (`app.js` is the app's own source). */
  readonly inputs: readonly string[]
}

/** Bundle an app's source for the browser, resolving `padanan` from the repository as an installed package would. */
async function bundle(source: string, options: { format: 'esm' | 'iife'; minify: boolean; platform?: 'browser' | 'node' }): Promise<Bundle> {
  if (!existsSync(join(dist, 'browser.js'))) throw new Error('dist/browser.js not found: run npm run build first')
  const r = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'app.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    platform: options.platform ?? 'browser',
    // The browser platform sets this condition already; named so the test says what it relies on.
    conditions: options.platform === 'node' ? [] : ['browser'],
    format: options.format,
    minify: options.minify,
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = r.outputFiles[0]!.contents
  return { code, text: Buffer.from(code).toString('utf8'), inputs: Object.keys(r.metafile.inputs).map((f) => f.replace(/\\/g, '/')) }
}

/** Whether a bundle holds two consecutive entries from the middle of the Indonesian lexicon's stem table (minified or not). */
function holdsIndonesianLexicon(text: string): boolean {
  const lines = readFileSync(join(root, 'src/langs/id/lexicon-en.stemmed.ts'), 'utf8').split('\n')
  const mid = lines.findIndex((l, i) => i > lines.length / 2 && /^[a-z]+\t[a-z\t]+$/.test(l) && /^[a-z]+\t[a-z\t]+$/.test(lines[i + 1] ?? ''))
  const passage = lines.slice(mid, mid + 2).join('\n')
  return text.includes(passage) || text.includes(passage.replace(/\t/g, '\\t').replace(/\n/g, '\\n'))
}

const FIVE = "import { extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates } from 'padanan'"

describe('the browser build', () => {
  it('resolves padanan to dist/browser.js under the browser condition, to dist/index.js in Node', async () => {
    const inBrowser = await bundle(`${FIVE}\nglobalThis.f = [extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates]`, { format: 'esm', minify: false })
    expect(inBrowser.inputs).toContain('dist/browser.js')
    expect(inBrowser.inputs).not.toContain('dist/index.js')
    // Only the built package (and its dependency string-similarity), never the sources.
    expect(inBrowser.inputs.filter((f) => !f.startsWith('dist/') && !f.startsWith('node_modules/string-similarity/') && f !== 'app.js')).toEqual([])
    const inNode = await bundle("import { loadLexicon } from 'padanan'\nglobalThis.f = loadLexicon", { format: 'esm', minify: false, platform: 'node' })
    expect(inNode.inputs).toContain('dist/index.js')
  })

  it('bundles the five core functions with no Node built-in (esbuild fails on one for the browser)', async () => {
    const b = await bundle(`${FIVE}\nglobalThis.f = [extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates]`, { format: 'esm', minify: true })
    expect(b.text).not.toMatch(/\bnode:[a-z_]+|require\(["'](fs|path|zlib|module|worker_threads|url)["']\)/)
    // The functions that read Indonesian through its lexicon hold it.
    expect(holdsIndonesianLexicon(b.text)).toBe(true)
  })

  it(`an extractNumbers-only bundle holds no lexicon and is at most ${NUMBERS_ONLY_GZIP_BUDGET / 1000} KB gzip`, async () => {
    const b = await bundle("import { extractNumbers } from 'padanan'\nglobalThis.f = extractNumbers", { format: 'esm', minify: true })
    expect(holdsIndonesianLexicon(b.text)).toBe(false)
    expect(gzipSync(b.code).length).toBeLessThanOrEqual(NUMBERS_ONLY_GZIP_BUDGET)
  })
})

// The page: writes the results (or the first error) into #result, URI-encoded so that the DOM dump
// needs no unescaping.
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>padanan in a browser</title></head>
<body><pre id="result" data-status="pending"></pre>
<script>
${RESULT_SCRIPT}
</script>
<script src="app.js"></script>
</body></html>
`

/**
 * What the page computes; Node runs the same function on dist/index.js for comparison. Its source
 * goes into the page, so it uses nothing but its arguments.
 */
function compute(p: typeof import('../../src/browser.js'), input: { id: string; text: string }[], idA: string, idB: string) {
  const a = input.find((d) => d.id === idA)!
  const b = input.find((d) => d.id === idB)!
  return {
    numbers: { a: p.extractNumbers(a.text, 'id'), b: p.extractNumbers(b.text, 'en'), detected: p.extractNumbers(a.text) },
    alignment: p.alignSentences(p.prepare(a.text, 'id'), p.prepare(b.text, 'en')),
    pairing: p.pairDocuments(input),
    duplicates: p.findDuplicates(input),
  }
}

const APP = `import * as padanan from 'padanan'
const docs = ${JSON.stringify(docs)}
try {
  const result = (${compute.toString()})(padanan, docs, ${JSON.stringify(SEED_A)}, ${JSON.stringify(SEED_B)})
  result.globals = { process: typeof globalThis.process, Buffer: typeof globalThis.Buffer, require: typeof globalThis.require }
  report('ok', JSON.stringify(result))
} catch (e) {
  report('error', String((e && e.stack) || e))
}
`

/** Numbers rounded to 12 significant digits: two JavaScript engines may differ in the last bit of a float. */
function rounded(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x), (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v))
}

/** Chromium's DOM of a page after its load event, within CHROMIUM_TIMEOUT_MS or an error. */
function dumpDom(url: string, profile: string): Promise<string> {
  return runChromium(['--dump-dom', url], profile)
}

describe.skipIf(!chromium)(`in headless Chromium (${chromium || 'not found'})`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'padanan-browser-'))
  let status = ''
  let result: ReturnType<typeof compute> & { globals: Record<string, string> }
  let inNode: unknown

  beforeAll(async () => {
    // PADANAN_CHROMIUM names a browser that must run: a wrong path fails here, never skips.
    if (!existsSync(chromium)) throw new Error(`PADANAN_CHROMIUM=${chromium}: no such file`)
    const app = await bundle(APP, { format: 'iife', minify: false })
    writeFileSync(join(tmp, 'app.js'), app.code)
    writeFileSync(join(tmp, 'index.html'), PAGE)
    const dom = await dumpDom(pathToFileURL(join(tmp, 'index.html')).href, join(tmp, 'profile'))
    const { text, ...r } = pageResult(dom)
    status = r.status
    if (status !== 'ok') throw new Error(`the page failed (${status}): ${text}`)
    result = JSON.parse(text)
    inNode = compute(await import(pathToFileURL(join(dist, 'index.js')).href), docs, SEED_A, SEED_B)
  }, CHROMIUM_TIMEOUT_MS + 60_000)

  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('runs the page without an error, with no Node global in sight', () => {
    expect(status).toBe('ok')
    expect(result.globals).toEqual({ process: 'undefined', Buffer: 'undefined', require: 'undefined' })
  })

  it('reads the numbers of the seed pair: the gold mentions, one key for 105 miliar yuan and 105 billion yuan', () => {
    expect(result.numbers.a).toEqual(gold.numbers[SEED_A])
    expect(result.numbers.b).toEqual(gold.numbers[SEED_B])
    const key = (list: { text: string; key: string }[], text: string) => list.find((m) => m.text === text)?.key
    expect(key(result.numbers.a, '105 miliar yuan')).toBe('currency:105000000000:CNY')
    expect(key(result.numbers.b, '105 billion yuan')).toBe('currency:105000000000:CNY')
    // Without a language the text is detected as Indonesian.
    expect(result.numbers.detected).toEqual(result.numbers.a)
  })

  it('aligns the seed pair sentence by sentence, as the gold ladder says', () => {
    const beads = result.alignment.beads
    expect(beads).toHaveLength(gold.ladder.beads.length)
    expect(beads.map((b) => ({ a: b.a, b: b.b }))).toEqual(gold.ladder.beads)
    expect(result.alignment.sentencesA).toHaveLength(10)
  })

  it('pairs 001 with 002 and leaves the other seeds unpaired', () => {
    expect(result.pairing.pairs.map((p) => [p.a, p.b])).toEqual([[SEED_A, SEED_B]])
    expect(result.pairing.unpaired).toEqual(gold.unpaired)
    const keys = result.pairing.pairs[0]!.evidence.numbers.map((n) => n.key)
    expect(keys).toContain('currency:105000000000:CNY')
  })

  it('finds the translation pair among the duplicates', () => {
    expect(result.duplicates.clusters.map((c) => [c.kind, ...c.members])).toEqual([['translation', SEED_A, SEED_B]])
  })

  it('gives the same results as Node', () => {
    const { globals: _, ...browser } = result
    expect(rounded(browser)).toEqual(rounded(inNode))
  })
})
