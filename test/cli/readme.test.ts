// Every `npx padanan …` example in the README's shell blocks runs as written, in order, from a copy
// of the repository's layout (fixtures/ and examples/ beside it): exit 0, no error line.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const redis = process.env.PADANAN_REDIS_URL

/** The lines of the README's sh blocks, continuation lines joined, with the block they are in. */
function shellLines(): { block: number; line: string }[] {
  const out: { block: number; line: string }[] = []
  let block = 0
  for (const m of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    block++
    for (const line of m[1]!.replace(/\\\n\s*/g, ' ').split('\n')) if (line.trim()) out.push({ block, line: line.trim() })
  }
  return out
}

const lines = shellLines()
const examples = lines.filter((l) => /(^|\| )npx padanan /.test(l.line))
const dir = mkdtempSync(join(tmpdir(), 'padanan-readme-'))
symlinkSync(join(root, 'fixtures'), join(dir, 'fixtures'))
symlinkSync(join(root, 'examples'), join(dir, 'examples'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the README CLI examples', () => {
  it('there are examples of every command', () => {
    for (const cmd of ['numbers', 'pair', 'align', 'dedup', 'check', 'report', 'demo']) expect(examples.some((e) => e.line.includes(`npx padanan ${cmd}`)), cmd).toBe(true)
  })

  // Variable assignments (F=…) and file set-up (printf … > file) of the blocks run before each example.
  const setup: string[] = []
  const prefix = `readme-${process.pid}`
  for (const { line } of lines) {
    if (!/npx padanan /.test(line)) {
      if (/^[A-Z]+=|^printf /.test(line)) setup.push(line)
      continue
    }
    const needsRedis = line.includes('--redis')
    it.skipIf(needsRedis && !redis)(line.slice(0, 110), () => {
      let cmd = line.replace(/npx padanan /g, `"${process.execPath}" "${cli}" `)
      if (needsRedis) cmd = cmd.replace(/redis:\/\/127\.0\.0\.1:6379/g, redis!).replace(/--prefix news/g, `--prefix ${prefix}`)
      const r = spawnSync('bash', ['-c', [...setup, cmd].join('\n')], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
      expect(r.status, `${line}\n${r.stderr}`).toBe(0)
      expect(r.stderr).not.toMatch(/^padanan: [A-Z_]+: /m)
    }, 120_000)
  }
})
