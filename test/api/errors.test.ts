// The README's error table lists exactly the codes PadananError can carry, and every code is thrown somewhere.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const union = readFileSync(join(root, 'src/errors.ts'), 'utf8').match(/export type PadananErrorCode =([^]*?)\n\n/)![1]!
const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).sort()

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
  })
}

describe('error codes', () => {
  it('the README table matches the PadananErrorCode union', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 5))
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!).sort()
    expect(codes.length).toBeGreaterThan(3)
    expect(documented).toEqual(codes)
  })

  it('every code is thrown somewhere in src/', () => {
    const text = sources(join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const c of codes) expect(text, c).toContain(`PadananError('${c}'`)
  })
})
