// The built CLI under faults: slow pipes, full disks, huge and odd inputs. Every run ends with valid
// output and exit 0, or with one `padanan: CODE: message` line and a non-zero exit; never a stack
// trace, never a hang, never exit 0 with output missing.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const fixtures = join(root, 'fixtures', 'npc')
const seed = (n: string) => join(fixtures, readdirSync(fixtures).find((f) => f.startsWith(n))!)
const tmp = mkdtempSync(join(tmpdir(), 'padanan-faults-'))
afterAll(() => {
  // The small filesystem of the full-disk test, if one was mounted, goes first.
  spawnSync('umount', [join(tmp, 'small')], { stdio: 'ignore' })
  rmSync(tmp, { recursive: true, force: true })
})

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000, maxBuffer: 1 << 28 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** A shell pipeline around the CLI (`$CLI` in `script`). */
function sh(script: string, timeout = 60_000) {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: root, timeout, env: { ...process.env, CLI: `${process.execPath} ${cli}` }, maxBuffer: 1 << 28 })
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal }
}

/** One line on stderr, `padanan: CODE: …`, and no stack trace. */
function oneLineError(err: string, code: string) {
  const lines = err.split('\n').filter((l) => l && !l.startsWith('npm warn') && !l.startsWith('padanan: skipped'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^padanan: ${code}: `))
  expect(err).not.toMatch(/\n\s+at /)
}

const records = [
  { id: 'a', text: 'Harga beras naik 12,5 persen menjadi Rp 2,3 triliun pada tahun 2024.' },
  { id: 'b', text: 'Xiaomi will invest 105 billion yuan in research over five years.' },
  { id: 'c', text: 'Lei Jun menghadiri Kongres Rakyat Nasional ke-14 di Beijing.' },
]
const jsonl = join(tmp, 'three.jsonl')
writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n')

describe('stdin is read to the end, however slowly it arrives', () => {
  it('numbers --jsonl: a producer that waits before writing', () => {
    const r = sh(`(sleep 1; cat ${jsonl}) | $CLI numbers --jsonl`)
    expect(r.code).toBe(0)
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c'])
  })

  it('numbers --jsonl and dedup --jsonl: a producer that writes in pieces with pauses, a record split across them', () => {
    const text = readFileSync(jsonl, 'utf8')
    const cut = [0, 17, 40, 95, text.length - 3, text.length]
    const parts = cut.slice(1).map((e, i) => text.slice(cut[i], e))
    const producer = parts
      .map((p, i) => {
        writeFileSync(join(tmp, `part${i}`), p)
        return `cat ${join(tmp, `part${i}`)}; sleep 0.3`
      })
      .join('; ')
    for (const cmd of ['numbers --jsonl', 'dedup --jsonl --workers 1', 'dedup --jsonl --workers 2']) {
      const r = sh(`(${producer}) | $CLI ${cmd}`)
      expect(r.code, `${cmd}: ${r.err}`).toBe(0)
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c'])
    }
  })

  it('numbers TEXT from a slow pipe', () => {
    const r = sh(`(sleep 0.5; echo 'naik 12,5 persen') | $CLI numbers --lang id --json`)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).mentions.map((m: { key: string }) => m.key)).toContain('percent:12.5:percent')
  })
})

describe('a failed write is a typed error and a non-zero exit', () => {
  const full = existsSync('/dev/full')
  it.skipIf(!full)('stdout on a full device: pair, dedup --json, numbers --jsonl, dedup --jsonl', () => {
    for (const cmd of [`pair ${fixtures}`, `dedup ${fixtures} --json`, 'numbers --jsonl', 'dedup --jsonl --workers 1', 'dedup --jsonl --workers 2']) {
      const r = sh(`$CLI ${cmd} < ${jsonl} > /dev/full`)
      expect(r.code, cmd).toBe(2)
      oneLineError(r.err, 'WRITE_FAILED')
    }
  })

  it.skipIf(!full)('a file option naming a device or a FIFO writes to it in place: /dev/full is WRITE_FAILED and stays a device, a FIFO nobody reads fails at once', () => {
    const pair = [seed('001'), seed('002')]
    for (const args of [['report', ...pair, '-o', '/dev/full'], ['align', ...pair, '--out-a', '/dev/full', '--out-b', join(tmp, 'b.txt')], ['dedup', '--jsonl', '--save', '/dev/full']]) {
      const r = run(args, readFileSync(jsonl, 'utf8'))
      expect(r.code, args.join(' ')).toBe(2)
      oneLineError(r.err, 'WRITE_FAILED')
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true)
    }
    const fifo = join(tmp, 'nobody-reads')
    spawnSync('mkfifo', [fifo])
    const r = sh(`$CLI report ${pair.join(' ')} -o ${fifo}`, 20_000)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(2)
    oneLineError(r.err, 'WRITE_FAILED')
    expect(r.err).toContain('a pipe nobody reads')
  })

  it('--save into a folder that does not exist fails before reading stdin (which here never ends)', () => {
    const r = sh(`$CLI dedup --jsonl --save ${join(tmp, 'no', 'such', 'x.dedup')} < <(sleep 30)`, 20_000)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(2)
    oneLineError(r.err, 'WRITE_FAILED')
  })

  it('--save onto a folder, and merge -o into a missing folder, are refused', () => {
    const dir = join(tmp, 'a-folder.dedup')
    mkdirSync(dir, { recursive: true })
    const r = run(['dedup', '--jsonl', '--save', dir], readFileSync(jsonl, 'utf8'))
    expect(r.code).toBe(2)
    oneLineError(r.err, 'WRITE_FAILED')
    const saved = join(tmp, 'ok.dedup')
    expect(run(['dedup', '--jsonl', '--save', saved], readFileSync(jsonl, 'utf8')).code).toBe(0)
    const m = run(['dedup', 'merge', saved, saved, '-o', join(tmp, 'missing', 'all.dedup')])
    expect(m.code).toBe(2)
    oneLineError(m.err, 'WRITE_FAILED')
  })

  // A full disk for --save needs a small filesystem: a tmpfs where this machine lets us mount one
  // (the library test test/dedup/save.test.ts injects the same failure everywhere).
  const small = join(tmp, 'small')
  let mounted = false
  try {
    mkdirSync(small)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small], { stdio: 'ignore' })
    mounted = true
  } catch {
    mounted = false
  }
  it.skipIf(!mounted)('--save on a full disk keeps the index that was there, and says so', () => {
    const target = join(small, 'corpus.dedup')
    const few = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Dokumen ${i}: harga beras naik ${i} persen di pasar Jakarta.` })).join('\n')
    expect(run(['dedup', '--jsonl', '--save', target], few).code).toBe(0)
    const before = readFileSync(target)
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `e${i}`, text: `Dokumen ${i}: harga beras naik ${i} persen di pasar Jakarta, bulan lalu ${i * 7}.` })).join('\n')
    const r = run(['dedup', '--jsonl', '--workers', '1', '--save', target], many)
    expect(r.code).toBe(2)
    oneLineError(r.err, 'WRITE_FAILED')
    expect(readFileSync(target).equals(before)).toBe(true)
    expect(readdirSync(small)).toEqual(['corpus.dedup'])
    const c = run(['dedup', 'clusters', target, '--json'])
    expect(c.code).toBe(0)
    expect(JSON.parse(c.out).unique).toHaveLength(40)
    // stdout redirected onto the full disk: typed, non-zero.
    const manyFile = join(tmp, 'many.jsonl')
    writeFileSync(manyFile, many)
    const o = sh(`$CLI dedup --jsonl --workers 1 < ${manyFile} > ${join(small, 'out.jsonl')}`)
    expect(o.code).toBe(2)
    oneLineError(o.err, 'WRITE_FAILED')
  })
})

describe('huge inputs: typed errors or results, never a stack overflow', () => {
  it('dedup --json on 130,000 small records lists every id', () => {
    const file = join(tmp, 't130k.jsonl')
    writeFileSync(file, Array.from({ length: 130_000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `item ${i} harga ${i % 97}` })).join('\n') + '\n')
    const r = run(['dedup', file, '--json'])
    expect(r.code, r.err).toBe(0)
    const res = JSON.parse(r.out)
    expect(res.unique.length + res.clusters.reduce((n: number, c: { members: string[] }) => n + c.members.length, 0)).toBe(130_000)
  })

  it('numbers on 1 MB of "1 1 1 …" prints every mention', () => {
    const r = run(['numbers', '--lang', 'en'], '1 '.repeat(500_000))
    expect(r.code, r.err).toBe(0)
    expect(r.out.trim().split('\n')).toHaveLength(500_001)
  })

  it('align and pair on 1 MB of "1 1 1 …": results, not a stack overflow', () => {
    const ones = join(tmp, 'ones.txt')
    writeFileSync(ones, '1 '.repeat(500_000))
    const a = run(['align', ones, ones, '--lang-a', 'id', '--lang-b', 'en', '--json'])
    expect(a.code, a.err).toBe(0)
    expect(JSON.parse(a.out).beads.length).toBeGreaterThan(0)
    const p = run(['pair', ones, seed('002'), '--json'])
    expect(p.code, p.err).toBe(0)
    expect(JSON.parse(p.out).unpaired).toContain('ones')
  })

  it('a JSONL line longer than one document may be is refused as soon as it passes the limit', () => {
    const file = join(tmp, 'huge.jsonl')
    writeFileSync(file, `{"id":"a","text":"ok"}\n{"id":"big","text":"${'kata '.repeat(10_200_000)}"}\n`)
    for (const workers of ['1', '2']) {
      const t = Date.now()
      const r = sh(`$CLI dedup --jsonl --workers ${workers} < ${file}`)
      expect(r.code).toBe(2)
      oneLineError(r.err, 'INPUT_TOO_LARGE')
      expect(r.err).toMatch(/stdin:2:/)
      // Read in pieces and refused at the limit: well under a second here, where re-splitting the growing line took ~20 s.
      expect(Date.now() - t).toBeLessThan(10_000)
    }
  })
})

describe('odd inputs', () => {
  it('align with a folder is refused, not a crash', () => {
    const r = run(['align', fixtures, seed('001')])
    expect(r.code).toBe(2)
    oneLineError(r.err, 'BAD_INPUT')
  })

  it('a FIFO is read to its end; /dev/zero is refused', () => {
    const fifo = join(tmp, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    const r = sh(`(sleep 0.3; timeout 10 cat ${seed('002')} > ${fifo}) & $CLI align ${fifo} ${seed('001')} --json`)
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out).beads.length).toBeGreaterThan(5)
    const z = run(['align', '/dev/zero', seed('001')])
    expect(z.code).toBe(2)
    oneLineError(z.err, 'BAD_INPUT')
  })

  it('a FIFO inside a corpus folder is skipped and counted, not waited on', () => {
    const dir = join(tmp, 'corpus')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a.txt'), records[0]!.text)
    writeFileSync(join(dir, 'b.txt'), records[1]!.text)
    execFileSync('mkfifo', [join(dir, 'c.txt')])
    const r = sh(`$CLI dedup ${dir} --json`, 20_000)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).unique).toEqual(['a', 'b'])
    expect(r.err).toMatch(/skipped 1 file/)
  })

  it('a folder with no documents: pair and dedup say so on stderr', () => {
    const dir = join(tmp, 'nothing-here')
    mkdirSync(dir)
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n')
    for (const cmd of ['pair', 'dedup']) {
      const r = run([cmd, dir])
      expect(r.code, cmd).toBe(0)
      expect(r.err, cmd).toMatch(/padanan: warning: no documents read from .*nothing-here/)
    }
  })

  it('invalid UTF-8 is read with U+FFFD and reported once on stderr, with the count', () => {
    const file = join(tmp, 'bad.jsonl')
    writeFileSync(file, Buffer.concat([Buffer.from('{"id":"x","text":"Harga '), Buffer.from([0xff, 0xfe]), Buffer.from(' naik 5 persen"}\n{"id":"y","text":"ok \u00e9 \uFFFD"}\n')]))
    const r = sh(`$CLI numbers --jsonl < ${file}`)
    expect(r.code).toBe(0)
    expect(r.out.trim().split('\n')).toHaveLength(2)
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^padanan: warning: 2 invalid UTF-8 sequence\(s\) replaced with U\+FFFD \(in stdin\)$/)])
    const d = run(['dedup', file, '--json'])
    expect(d.code).toBe(0)
    expect(d.err).toMatch(/2 invalid UTF-8 sequence\(s\).*bad\.jsonl/)
  })

  it('a closed pipe (| head) ends quietly', () => {
    const r = sh(`$CLI numbers --lang en < <(yes '1 2 3' | head -c 2000000) | head -1; echo "exit \${PIPESTATUS[0]}"`)
    expect(r.out).toMatch(/exit 0/)
    expect(r.err).toBe('')
  })
})
