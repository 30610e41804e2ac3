// `padanan check` as users run it: the built CLI on the seed pair and on a bitext stream.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const seed = (n: string) => join(root, 'fixtures', 'npc', readdirSync(join(root, 'fixtures', 'npc')).find((f) => f.startsWith(n))!)

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

// Real sentence pairs (the seed pair's), one faithful, one with each kind of error.
const en = 'Xiaomi plans to invest up to 105 billion yuan in research from 2021 to 2025.'
const id = 'Xiaomi berencana berinvestasi hingga 105 miliar yuan dalam riset dari tahun 2021 hingga 2025.'
const tsv = [
  `${en}\t${id}`,
  `${en}\t${id.replace('miliar', 'juta')}`,
  `${en}\t${id.replace('105', '150')}`,
  `${en}\t${id.replace(' dari tahun 2021 hingga 2025', '')}`,
  'The R&D budget for 2025 will reach 30 billion yuan.\tAnggaran R&D pada tahun 2025 akan mencapai 30 miliar yuan.',
].join('\n') + '\n'

describe('padanan check', () => {
  it('A B: the seed translation keeps its numbers; an edited copy shows the sentence pair and what changed', () => {
    const ok = run(['check', seed('001'), seed('002')])
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(/8 number\(s\) agree; 0 of \d+ sentence pair\(s\) disagree/)
    const dir = mkdtempSync(join(tmpdir(), 'padanan-check-'))
    const file = join(dir, '001.txt')
    writeFileSync(file, readFileSync(seed('001'), 'utf8').replace('105 miliar yuan', '105 juta yuan'))
    const bad = run(['check', file, seed('002'), '--lang-a', 'id', '--lang-b', 'en'])
    expect(bad.code).toBe(0)
    expect(bad.out).toMatch(/1 of \d+ sentence pair\(s\) disagree/)
    expect(bad.out).toContain('[105 juta yuan]')
    expect(bad.out).toMatch(/scale changed: 105 juta yuan → 105 billion yuan/)
    const json = JSON.parse(run(['check', file, seed('002'), '--json']).out)
    expect(json.ok).toBe(false)
    expect(json.problems[0].numbers.changed[0].why).toBe('scale')
    rmSync(dir, { recursive: true, force: true })
  })

  it('--tsv: one JSONL verdict per line, with spans and why', () => {
    const r = run(['check', '--tsv', '--lang-a', 'en', '--lang-b', 'id'], tsv)
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, true]])
    expect(lines[1].changed[0]).toMatchObject({ text: '105 billion yuan', why: 'scale', target: { text: '105 juta yuan' } })
    expect(lines[2].changed[0].why).toBe('value')
    expect(lines[3].missing.map((m: { text: string }) => m.text)).toEqual(['2021 to 2025'])
    const src = en
    expect(src.slice(lines[1].changed[0].start, lines[1].changed[0].end)).toBe('105 billion yuan')
  })

  it('--strict-years counts a year the other side says as "this year"', () => {
    const line = 'Loans will reach Rp10 trillion this year.\tKredit akan mencapai Rp10 triliun pada tahun 2007.\n'
    expect(JSON.parse(run(['check', '--tsv', '--lang-a', 'en', '--lang-b', 'id'], line).out).ok).toBe(true)
    const strict = JSON.parse(run(['check', '--tsv', '--strict-years', '--lang-a', 'en', '--lang-b', 'id'], line).out)
    expect([strict.ok, strict.extra.map((m: { text: string }) => m.text)]).toEqual([false, ['2007']])
  })

  it('--tsv --filter: the passing lines unchanged, the rejected counted on stderr', () => {
    const r = run(['check', '--tsv', '--filter', '--lang-a', 'en', '--lang-b', 'id'], tsv)
    expect(r.code).toBe(0)
    const input = tsv.split('\n')
    expect(r.out).toBe(`${input[0]}\n${input[4]}\n`)
    expect(r.err).toBe('padanan: check: 3 of 5 line(s) rejected (numbers that disagree)\n')
  })

  it('a line without exactly one tab is BAD_INPUT with its number, or skipped and counted with --skip-bad', () => {
    const bad = `${en}\t${id}\nno tab here\n${en}\t${id}\textra\n`
    const r = run(['check', '--tsv', '--lang-a', 'en', '--lang-b', 'id'], bad)
    expect(r.code).toBe(2)
    expect(r.err).toBe('padanan: BAD_INPUT: stdin:2: expected source<TAB>target, found no tab\n')
    const s = run(['check', '--tsv', '--skip-bad', '--lang-a', 'en', '--lang-b', 'id'], bad)
    expect(s.code).toBe(0)
    expect(s.out.trim().split('\n')).toHaveLength(1)
    expect(s.err).toBe('padanan: skipped 2 malformed line(s): 2, 3\n')
  })

  it('--help, and options checked', () => {
    const h = run(['check', '--help'])
    expect(h.code).toBe(0)
    expect(h.out).toMatch(/^Usage: padanan check A B/)
    expect(run(['check', '--tsv', '--ignore', 'years'], tsv).err).toMatch(/^padanan: BAD_OPTIONS: --ignore: unknown kind "years"/)
    expect(run(['check', seed('001')]).code).toBe(2)
  })
})
