// The built CLI's options as users of other aligners and dedup tools expect them: --help on every
// command, align's output formats and bitext files, dedup's seeds, lexicon files. `npm run test:dist` builds first.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const npc = join(root, 'fixtures', 'npc')
const flores = join(root, 'fixtures', 'flores')
const idFile = join(flores, 'id', 'devtest-281.txt')
const enFile = join(flores, 'en', 'devtest-281.txt')
const tmp = mkdtempSync(join(tmpdir(), 'padanan-options-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** One line on stderr, `padanan: CODE: …`, and no stack trace. */
function oneLineError(r: { code: number | null; err: string }, code: string) {
  expect(r.code).toBe(2)
  const lines = r.err.split('\n').filter((l) => l && !l.startsWith('npm warn'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^padanan: ${code}: `))
  return lines[0]!
}

interface BeadRecord {
  a: number[]
  b: number[]
  shape: string
  score: number
  sentencesA: string[]
  sentencesB: string[]
  spansA: [number, number][]
  spansB: [number, number][]
}

// The library as built, to check the CLI's output against the API's.
type Api = typeof import('../../src/index.js')
let api: Api
beforeAll(async () => {
  api = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Api
})

describe('--help', () => {
  const commands = [['numbers'], ['align'], ['pair'], ['dedup'], ['dedup', 'merge'], ['dedup', 'clusters'], ['demo']]

  it.each(commands)('padanan %s --help and -h: the usage on stdout, exit 0', (...cmd) => {
    for (const flag of ['--help', '-h']) {
      const r = run([...cmd, flag])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^Usage: padanan ${cmd.join(' ')}`))
      expect(r.out).toMatch(/\nExamples?:\n {2}padanan /)
      expect(r.err).toBe('')
    }
    expect(run(['help', ...cmd]).out).toBe(run([...cmd, '--help']).out)
  })

  it('wins over other flags, even unknown ones', () => {
    const r = run(['pair', '--bogus', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Usage: padanan pair/)
  })

  it('padanan --help prints the general usage on stdout; no arguments print it on stderr with exit 1', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^padanan: find the same content/)
    const none = run([])
    expect(none.code).toBe(1)
    expect(none.out).toBe('')
    expect(none.err).toBe(help.out)
  })

  it('an unknown flag is BAD_OPTIONS naming it and the command help', () => {
    expect(oneLineError(run(['pair', npc, '--bogus']), 'BAD_OPTIONS')).toBe('padanan: BAD_OPTIONS: unknown option --bogus (see padanan pair --help)')
    expect(oneLineError(run(['dedup', 'merge', '--frob']), 'BAD_OPTIONS')).toContain('see padanan dedup merge --help')
    expect(oneLineError(run(['align', idFile, enFile, '--lang-a']), 'BAD_OPTIONS')).toBe('padanan: BAD_OPTIONS: --lang-a needs a value (see padanan align --help)')
  })
})

// The English article with a sentence the Indonesian one does not have, so that the output has a 0-1 bead.
const enPlus = join(tmp, 'en-plus.txt')
{
  const lines = readFileSync(enFile, 'utf8').split('\n')
  lines.splice(1, 0, 'Shares of the company rose on Tuesday.')
  writeFileSync(enPlus, lines.join('\n'))
}

describe('padanan align output', () => {
  const base = [idFile, enPlus, '--presegmented']
  const json = () => JSON.parse(run(['align', ...base, '--format', 'json']).out) as { langA: string; langB: string; method: string; beads: BeadRecord[] }

  it('json: the API\'s beads, with sentence texts, spans in the files and shapes', () => {
    const res = json()
    const al = api.alignSentences(readFileSync(idFile, 'utf8'), readFileSync(enPlus, 'utf8'), { presegmented: true })
    expect([res.langA, res.langB]).toEqual(['id', 'en'])
    expect(res.beads.map(({ a, b, score }) => ({ a, b, score }))).toEqual(al.beads)
    const texts = [readFileSync(idFile, 'utf8'), readFileSync(enPlus, 'utf8')]
    for (const r of res.beads) {
      expect(r.shape).toBe(`${r.a.length}-${r.b.length}`)
      expect(r.sentencesA).toEqual(r.a.map((i) => al.sentencesA[i]))
      expect(r.sentencesB).toEqual(r.b.map((j) => al.sentencesB[j]))
      expect(r.spansA.map(([s, e]) => texts[0]!.slice(s, e))).toEqual(r.sentencesA)
      expect(r.spansB.map(([s, e]) => texts[1]!.slice(s, e))).toEqual(r.sentencesB)
    }
    // The fixture has empty beads, so every shape path is covered.
    expect(res.beads.some((r) => r.shape === '1-0' || r.shape === '0-1')).toBe(true)
    expect(run(['align', ...base, '--json']).out).toBe(run(['align', ...base, '--format', 'json']).out)
  })

  it('jsonl: one bead a line, the json beads', () => {
    const lines = run(['align', ...base, '--format', 'jsonl']).out.trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toEqual(json().beads)
  })

  it('tsv: hunalign -text lines, sentences joined with " ~~~ "', () => {
    const beads = json().beads
    const lines = run(['align', ...base, '--format', 'tsv']).out.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(beads.length)
    lines.forEach((l, i) => {
      const [a, b, score, ...rest] = l.split('\t')
      expect(rest).toEqual([])
      expect(a).toBe(beads[i]!.sentencesA.join(' ~~~ '))
      expect(b).toBe(beads[i]!.sentencesB.join(' ~~~ '))
      expect(Number(score)).toBe(beads[i]!.score)
    })
  })

  it('tsv: tabs and line breaks inside sentences become spaces', () => {
    const a = join(tmp, 'tabs-a.txt')
    const b = join(tmp, 'tabs-b.txt')
    writeFileSync(a, 'Harga\tberas naik 5 persen.\nPemerintah menolak.\n')
    writeFileSync(b, 'Rice\tprices rose 5 percent.\nThe government refused.\n')
    const lines = run(['align', a, b, '--presegmented', '--format', 'tsv']).out.trimEnd().split('\n')
    for (const l of lines) expect(l.split('\t')).toHaveLength(3)
    expect(lines.join('\n')).toContain('Harga beras')
  })

  it('text is the default; an unknown format is BAD_OPTIONS', () => {
    const r = run(['align', ...base])
    expect(r.code).toBe(0)
    expect(r.out).toContain('│')
    expect(run(['align', ...base, '--format', 'text']).out).toBe(r.out)
    oneLineError(run(['align', ...base, '--format', 'xml']), 'BAD_OPTIONS')
    oneLineError(run(['align', ...base, '--json', '--format', 'tsv']), 'BAD_OPTIONS')
  })

  it('--out-a/--out-b: line-parallel files, one line per non-empty bead; --keep-empty keeps them all', () => {
    const beads = json().beads
    const [fa, fb] = [join(tmp, 'bt.id'), join(tmp, 'bt.en')]
    const r = run(['align', ...base, '--out-a', fa, '--out-b', fb])
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
    const kept = beads.filter((x) => x.a.length > 0 && x.b.length > 0)
    const la = readFileSync(fa, 'utf8').split('\n')
    const lb = readFileSync(fb, 'utf8').split('\n')
    expect([la.pop(), lb.pop()]).toEqual(['', ''])
    expect(la).toHaveLength(kept.length)
    expect(lb).toHaveLength(kept.length)
    expect(la).toEqual(kept.map((x) => x.sentencesA.join(' ')))
    expect(lb).toEqual(kept.map((x) => x.sentencesB.join(' ')))
    expect(r.err).toContain(`wrote ${kept.length} line(s)`)

    run(['align', ...base, '--out-a', fa, '--out-b', fb, '--keep-empty'])
    expect(readFileSync(fa, 'utf8').split('\n')).toHaveLength(beads.length + 1)
    expect(readFileSync(fb, 'utf8').split('\n')).toHaveLength(beads.length + 1)

    // With --format as well, stdout carries it.
    expect(JSON.parse(run(['align', ...base, '--out-a', fa, '--out-b', fb, '--format', 'json']).out).beads).toEqual(beads)
    oneLineError(run(['align', ...base, '--out-a', fa]), 'BAD_OPTIONS')
    oneLineError(run(['align', ...base, '--out-a', fa, '--out-b', fa]), 'BAD_OPTIONS')
    oneLineError(run(['align', ...base, '--keep-empty']), 'BAD_OPTIONS')
    oneLineError(run(['align', ...base, '--out-a', join(tmp, 'no', 'such', 'a'), '--out-b', fb]), 'WRITE_FAILED')
  })

  it('--min-score drops beads below it from every output and says how many', () => {
    const beads = json().beads
    const min = 0.7
    const keep = beads.filter((x) => x.score >= min)
    expect(keep.length).toBeGreaterThan(0)
    expect(keep.length).toBeLessThan(beads.length)
    const r = run(['align', ...base, '--min-score', String(min), '--format', 'json'])
    expect(JSON.parse(r.out).beads).toEqual(keep)
    expect(r.err).toBe(`padanan: --min-score ${min}: dropped ${beads.length - keep.length} of ${beads.length} beads\n`)
    expect(run(['align', ...base, '--min-score', String(min), '--format', 'tsv']).out.trimEnd().split('\n')).toHaveLength(keep.length)
    const fa = join(tmp, 'min.a')
    run(['align', ...base, '--min-score', String(min), '--out-a', fa, '--out-b', join(tmp, 'min.b'), '--keep-empty'])
    expect(readFileSync(fa, 'utf8').trimEnd().split('\n')).toHaveLength(keep.length)
    for (const bad of ['x', '2', '-0.5', '']) oneLineError(run(['align', ...base, `--min-score=${bad}`]), 'BAD_OPTIONS')
  })
})

describe('padanan dedup --seed and --num-perm', () => {
  it('another seed or signature length finds the same duplicates in the seed corpus', () => {
    const a = run(['dedup', npc, '--json'])
    expect(a.code).toBe(0)
    expect(run(['dedup', npc, '--json', '--seed', '7']).out).toBe(a.out)
    expect(run(['dedup', npc, '--json', '--seed', '7', '--num-perm', '256']).out).toBe(a.out)
  })

  it('streams take them too, and a saved index keeps its seed', () => {
    const text = readFileSync(join(flores, 'en', 'devtest-281.txt'), 'utf8')
    const input = [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text: text.toUpperCase() })].join('\n') + '\n'
    const plain = run(['dedup', '--jsonl', '--workers', '1'], input)
    for (const workers of ['1', '2']) expect(run(['dedup', '--jsonl', '--seed', '42', '--num-perm', '64', '--workers', workers], input).out).toBe(plain.out)
    const [s1, s2] = [join(tmp, 's1.dedup'), join(tmp, 's42.dedup')]
    run(['dedup', '--jsonl', '--save', s1], input)
    run(['dedup', '--jsonl', '--seed', '42', '--save', s2], input)
    oneLineError(run(['dedup', 'merge', s1, s2, '-o', join(tmp, 'm.dedup')]), 'BAD_OPTIONS')
  })

  it('bad values are BAD_OPTIONS naming the flag', () => {
    for (const [flag, bad] of [['seed', '-1'], ['seed', 'abc'], ['seed', '1.5'], ['seed', '4294967296'], ['num-perm', '4'], ['num-perm', '2000'], ['threshold', '0']]) {
      expect(oneLineError(run(['dedup', npc, `--${flag}=${bad}`]), 'BAD_OPTIONS')).toContain(`--${flag}`)
      expect(oneLineError(run(['dedup', '--jsonl', `--${flag}=${bad}`], ''), 'BAD_OPTIONS')).toContain(`--${flag}`)
    }
  })
})

describe('--lexicon', () => {
  const idEn = 'mencit\tmice\numur\tage\nbulan\tmonth\ndiabetes\tdiabetes\nahli\texpert\n'
  const lexFile = (name: string, text: string) => {
    const p = join(tmp, name)
    writeFileSync(p, text)
    return p
  }

  it('align reads a TSV lexicon as the API does (A\'s language into B\'s by default)', () => {
    const file = lexFile('id-en.tsv', idEn)
    const r = run(['align', idFile, enFile, '--presegmented', '--lexicon', file, '--json'])
    expect(r.code).toBe(0)
    const lexicon = api.parseLexicon(idEn, { format: 'tsv', from: 'id', to: 'en' })
    const al = api.alignSentences(readFileSync(idFile, 'utf8'), readFileSync(enFile, 'utf8'), { presegmented: true, lexicon })
    expect(JSON.parse(r.out).beads.map(({ a, b, score }: BeadRecord) => ({ a, b, score }))).toEqual(al.beads)
  })

  it('other formats and directions give the same lexicon: MUSE, hunalign, a file from English', () => {
    const want = run(['align', idFile, enFile, '--presegmented', '--lexicon', lexFile('l.tsv', idEn), '--json']).out
    const pairs = idEn.trimEnd().split('\n').map((l) => l.split('\t'))
    const muse = lexFile('id-en.txt', pairs.map(([s, t]) => `${s} ${t}`).join('\n'))
    expect(run(['align', idFile, enFile, '--presegmented', '--lexicon', muse, '--lexicon-format', 'muse', '--json']).out).toBe(want)
    const dic = lexFile('en-id.dic', pairs.map(([s, t]) => `${t} @ ${s}`).join('\n'))
    expect(run(['align', idFile, enFile, '--presegmented', '--lexicon', dic, '--json']).out).toBe(want)
    const enId = lexFile('en-id.tsv', pairs.map(([s, t]) => `${t}\t${s}`).join('\n'))
    expect(run(['align', idFile, enFile, '--presegmented', '--lexicon', enId, '--lexicon-from', 'en', '--lexicon-to', 'id', '--json']).out).toBe(want)
  })

  it('pair takes one too, naming its source language', () => {
    const file = lexFile('p.tsv', idEn)
    const r = run(['pair', join(flores, 'id'), join(flores, 'en'), '--lexicon', file, '--lexicon-from', 'id', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).pairs.length).toBeGreaterThan(0)
    expect(oneLineError(run(['pair', join(flores, 'id'), '--lexicon', file]), 'BAD_OPTIONS')).toContain('--lexicon-from')
  })

  it('a malformed file, a bad format or a stray flag is one error line', () => {
    expect(oneLineError(run(['align', idFile, enFile, '--lexicon', lexFile('bad.tsv', 'mencit mice\n')]), 'BAD_LEXICON')).toContain('bad.tsv:1')
    oneLineError(run(['align', idFile, enFile, '--lexicon', join(tmp, 'missing.tsv')]), 'BAD_INPUT')
    oneLineError(run(['align', idFile, enFile, '--lexicon', lexFile('x.tsv', idEn), '--lexicon-format', 'xml']), 'BAD_OPTIONS')
    oneLineError(run(['align', idFile, enFile, '--lexicon-from', 'id']), 'BAD_OPTIONS')
    oneLineError(run(['align', idFile, enFile, '--lexicon', lexFile('y.tsv', idEn), '--lexicon-from', 'id', '--lexicon-to', 'id']), 'BAD_OPTIONS')
  })
})
