// `padanan report` as users run it: the built CLI writes the review page of the seed pair and of the
// seed corpus (to a file, atomically, or to stdout), pages per pair in a folder, and refuses bad input
// with one error line. `npm run test:dist` builds first.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const npc = join(root, 'fixtures', 'npc')
const seed = (n: string) => join(npc, readdirSync(npc).find((f) => f.startsWith(n))!)
const tmp = mkdtempSync(join(tmpdir(), 'padanan-report-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** One line on stderr, `padanan: CODE: …`, exit code 2. */
function oneLineError(r: { code: number | null; err: string }, code: string): string {
  expect(r.code).toBe(2)
  const lines = r.err.split('\n').filter((l) => l)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^padanan: ${code}: `))
  return lines[0]!
}

/** The page without its legend, which shows a mark of each kind. */
const main = (html: string) => html.slice(html.indexOf('<main>'))
const beads = (html: string) => [...html.matchAll(/<div class="bd( f)?" id="((?:s\d+-)?bead-\d+)"/g)].map((m) => m[2])

describe('padanan report A B', () => {
  it('writes the side-by-side page of the seed pair: the beads of padanan check --json, with their numbers marked', () => {
    const file = join(tmp, 'review.html')
    const r = run(['report', seed('001'), seed('002'), '-o', file])
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^padanan: wrote .*review\.html: 10 beads, 0 flagged\n$/)
    const html = readFileSync(file, 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    const check = JSON.parse(run(['check', seed('001'), seed('002'), '--json']).out)
    expect(beads(html)).toEqual(check.beads.map((_: unknown, i: number) => `bead-${i}`))
    const matched = check.beads.reduce((n: number, b: { numbers: { matched: unknown[] } }) => n + b.numbers.matched.length, 0)
    expect((main(html).match(/<mark class="n ok"/g) ?? []).length).toBe(matched * 2)
    expect(html).toContain('<b>pair score</b>')
    // No temporary file left beside it.
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes to stdout without -o or with -o -, and takes the check options', () => {
    const a = run(['report', seed('001'), seed('002')])
    expect(a.code).toBe(0)
    expect(a.err).toBe('')
    expect(run(['report', seed('001'), seed('002'), '-o', '-']).out).toBe(a.out)
    const edited = join(tmp, '001.txt')
    writeFileSync(edited, readFileSync(seed('001'), 'utf8').replace('105 miliar yuan', '105 juta yuan'))
    const bad = run(['report', edited, seed('002'), '--lang-a', 'id', '--lang-b', 'en', '--title', 'Edited <copy>'])
    expect(bad.code).toBe(0)
    expect(bad.out).toContain('<title>Edited &lt;copy&gt;</title>')
    expect(bad.out).toMatch(/<mark class="n bad"[^>]*title="scale changed: 105 juta yuan → 105 billion yuan/)
    expect(main(run(['report', edited, seed('002'), '--ignore', 'currency']).out)).not.toContain('class="n bad"')
    expect(beads(run(['report', seed('001'), seed('002'), '--low', '1']).out).length).toBe(10)
  })
})

describe('padanan report PATH…', () => {
  it('writes the corpus page of the seed corpus: its pair side by side, the unpaired documents, duplicates and boilerplate', () => {
    const file = join(tmp, 'corpus.html')
    const r = run(['report', npc, '-o', file])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/padanan: wrote .*corpus\.html: 5 documents, 1 pair\(s\) \(1 side by side, 0 bead\(s\) flagged\), 1 duplicate cluster\(s\)\n$/)
    const html = readFileSync(file, 'utf8')
    const pair = JSON.parse(run(['pair', npc, '--json']).out)
    expect(html).toContain(`<td class="t">${pair.pairs[0].a}</td><td class="t">${pair.pairs[0].b}</td>`)
    expect(html).toContain('<a href="#pair-0">side by side</a>')
    for (const id of pair.unpaired) expect(html).toContain(`<td class="t">${id}</td>`)
    expect(html).toContain('<span class="kind k-translation">translation</span>')
    expect(html).toMatch(/<h2 id="boilerplate">Boilerplate lines \(\d+\)<\/h2>/)
    // Unpaired documents are shown by their first words, each with its language.
    expect(html).toMatch(/<tr><td class="t">000_bc3c1629cbba4fa2<\/td><td>en<\/td>/)
  })

  it('--pairs-dir writes a page per pair, numbered as padanan pair --json, linked both ways', () => {
    const r = run(['report', 'fixtures/flores/de', 'fixtures/flores/fr', '--pairs-dir', join(tmp, 'pairs'), '-o', join(tmp, 'flores.html')])
    expect(r.code).toBe(0)
    const pair = JSON.parse(run(['pair', 'fixtures/flores/de', 'fixtures/flores/fr', '--json']).out)
    const pages = readdirSync(join(tmp, 'pairs')).sort()
    expect(pages).toEqual(pair.pairs.map((_: unknown, i: number) => `pair-${i}.html`).sort())
    const html = readFileSync(join(tmp, 'flores.html'), 'utf8')
    expect(html).toContain('<a href="pairs/pair-0.html">page</a>')
    expect(html).not.toContain('<section class="ps"')
    const page = readFileSync(join(tmp, 'pairs', 'pair-0.html'), 'utf8')
    expect(page).toContain('<a href="../flores.html">back to the corpus</a>')
    expect(page).toContain(`<h1>${pair.pairs[0].a} ↔ ${pair.pairs[0].b}</h1>`)
  })

  it('--sections and --max-rows cap the page', () => {
    const r = run(['report', 'fixtures/flores', '--sections', '2', '--max-rows', '3'])
    expect(r.code).toBe(0)
    expect((r.out.match(/<section class="ps"/g) ?? []).length).toBe(2)
    // The two best pairs and the weakest one, the others counted between them.
    const pair = JSON.parse(run(['pair', 'fixtures/flores', '--json']).out)
    const last = pair.pairs.length - 1
    expect([...r.out.matchAll(/<tr class="prow[^"]*" id="row-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, last])
    expect(r.out).toContain(`… ${last - 2} pairs between #1 and #${last}, not shown`)
    expect(r.out).toMatch(/… and [\d,]+ clusters more, not shown/)
  })
})

describe('padanan report: bad input', () => {
  it('a missing file', () => {
    expect(oneLineError(run(['report', join(tmp, 'nope.txt'), seed('002'), '-o', join(tmp, 'x.html')]), 'BAD_INPUT')).toMatch(/nope\.txt: no such file or folder/)
    expect(existsSync(join(tmp, 'x.html'))).toBe(false)
  })

  it('an unknown option, a bad value, an option of the other mode, no input, an output folder that does not exist', () => {
    expect(oneLineError(run(['report', npc, '--colour']), 'BAD_OPTIONS')).toBe('padanan: BAD_OPTIONS: unknown option --colour (see padanan report --help)')
    oneLineError(run(['report', seed('001'), seed('002'), '--low', '2']), 'BAD_OPTIONS')
    oneLineError(run(['report', seed('001'), seed('002'), '--sections', '3']), 'BAD_OPTIONS')
    oneLineError(run(['report', npc, '--lang-a', 'id']), 'BAD_OPTIONS')
    oneLineError(run(['report', npc, '--sections', '2', '--pairs-dir', join(tmp, 'p')]), 'BAD_OPTIONS')
    oneLineError(run(['report']), 'BAD_OPTIONS')
    oneLineError(run(['report', npc, '-o', join(tmp, 'no', 'such', 'dir', 'r.html')]), 'WRITE_FAILED')
  })

  it('--help prints the usage with both forms and examples', () => {
    const h = run(['report', '--help'])
    expect(h.code).toBe(0)
    expect(h.out).toMatch(/^Usage: padanan report A B/)
    expect(h.out).toContain('padanan report fixtures/npc -o corpus.html')
    expect(run(['help', 'report']).out).toBe(h.out)
    expect(run(['--help']).out).toContain('padanan report A B')
  })
})
