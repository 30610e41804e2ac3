// The built package as users get it (`npm run test:dist` builds first): every language folder is an entry
// point of its own, and importing one never pulls another language's data (tree-shaken by entry).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const dist = join(root, 'dist')
const codes = readdirSync(join(root, 'src/langs'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
const CORE = ['en', 'id']

/** Every file of dist reachable from `entry` through static imports (ESM build). */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>()
  const todo = [entry]
  while (todo.length) {
    const f = todo.pop()!
    if (seen.has(f)) continue
    const text = readFileSync(f, 'utf8')
    seen.set(f, text)
    for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/gm)) todo.push(resolve(dirname(f), m[1]!))
  }
  return seen
}

/** Strings that only the built code of pack `code` holds: its definition and its lexicon's stem table. */
function fingerprints(code: string): string[] {
  const out = [`code: "${code}"`]
  const lex = join(root, 'src/langs', code, 'lexicon-en.stemmed.ts')
  if (existsSync(lex)) {
    // Three entries from the middle of the table (the header comment is not in the bundle).
    const lines = readFileSync(lex, 'utf8').split('\n').filter((l) => /^[^\s/`][^\t`]*\t[^`]+$/.test(l))
    const mid = Math.floor(lines.length / 2)
    out.push(...lines.slice(mid, mid + 3).map((l) => l.replaceAll('\t', '\\t')))
  }
  return out
}

describe('built package: one entry point per language', () => {
  it('dist has padanan/langs and an entry for every src/langs folder', () => {
    expect(existsSync(join(dist, 'langs/index.js'))).toBe(true)
    for (const c of codes) {
      expect(existsSync(join(dist, `langs/${c}/index.js`)), c).toBe(true)
      expect(existsSync(join(dist, `langs/${c}/index.cjs`)), c).toBe(true)
    }
  })

  it('padanan/langs/<code> resolves by package name, from ESM and from CJS, and padanan/langs lists every pack', async () => {
    const req = createRequire(join(root, 'package.json'))
    for (const c of codes) {
      const esm = (await import(/* @vite-ignore */ `padanan/langs/${c}`)) as Record<string, { code: string }>
      expect(esm[c]?.code, `import padanan/langs/${c}`).toBe(c)
      const cjs = req(`padanan/langs/${c}`) as Record<string, { code: string }>
      expect(cjs[c]?.code, `require padanan/langs/${c}`).toBe(c)
    }
    const all = (await import(/* @vite-ignore */ 'padanan/langs')) as unknown as { languages: readonly { code: string }[] }
    expect(all.languages.map((p) => p.code).sort()).toEqual(codes)
  })

  it('importing the core pulls no data of the other languages', () => {
    const core = [...reachable(join(dist, 'index.js')).values()].join('\n')
    for (const c of codes.filter((x) => !CORE.includes(x))) {
      for (const f of fingerprints(c)) expect(core.includes(f), `${c}: "${f}" is in the core bundle`).toBe(false)
    }
    // The check can fail: the core's own packs are found in it.
    for (const c of CORE) expect(core.includes(`code: "${c}"`), c).toBe(true)
  })

  it('importing one non-core language pulls no data of another non-core language', () => {
    const others = codes.filter((x) => !CORE.includes(x))
    for (const c of others) {
      const files = [...reachable(join(dist, `langs/${c}/index.js`)).values()].join('\n')
      expect(files.includes(`code: "${c}"`), c).toBe(true)
      for (const o of others.filter((x) => x !== c)) {
        for (const f of fingerprints(o)) expect(files.includes(f), `padanan/langs/${c} holds "${f}" of ${o}`).toBe(false)
      }
    }
  })
})
