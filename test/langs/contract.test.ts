// One generic runner for every language pack × its spec file (Recognizers-Text style).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractNumbers, prepare, type LanguagePack, type NumberMention } from '../../src/index.js'
import { languages } from '../../src/langs/all.js'

interface ExpectedMention {
  text: string
  kind: string
  value: number | [number, number]
  unit?: string | null
  approx?: boolean
}
interface Spec {
  language: string
  sentences: { input: string; expect: string[] }[]
  numbers: { input: string; expect: ExpectedMention[] }[]
  stems: [string, string][]
  sameAs?: Record<string, [string, string][]>
  notSupported?: { case: string; why: string }[]
}

const dir = new URL('.', import.meta.url).pathname
const specFiles = readdirSync(dir).filter((f) => f.endsWith('.spec.json')).sort()
const specs: Spec[] = specFiles.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Spec)
const langDirs = readdirSync(join(dir, '../../src/langs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

/** The comparable part of a mention. */
export function shape(m: NumberMention | ExpectedMention) {
  const v = m.value
  return {
    text: m.text,
    kind: m.kind,
    value: typeof v === 'number' ? round(v) : [round(v[0]), round(v[1])],
    unit: m.unit ?? null,
    approx: m.approx === true,
  }
}
const round = (v: number) => Number(v.toPrecision(10))

describe('every pack has a spec and every spec a pack', () => {
  it('spec files match built-in packs and src/langs folders', () => {
    const codes = languages.map((p) => p.code).sort()
    expect(specs.map((s) => s.language).sort()).toEqual(codes)
    expect(langDirs).toEqual(codes)
  })
})

const packOf = (code: string): LanguagePack => {
  const p = languages.find((l) => l.code === code)
  if (!p) throw new Error(`no built-in pack "${code}" (src/langs/all.ts)`)
  return p
}

for (const spec of specs) {
  const pack = packOf(spec.language)
  const skipped = new Set((spec.notSupported ?? []).map((n) => n.case))
  describe(`${spec.language} spec`, () => {
    it.each(spec.numbers.map((c, i) => [i, c] as const))('numbers[%i]', (i, c) => {
      const got = extractNumbers(c.input, pack)
      for (const m of got) expect(c.input.slice(m.start, m.end)).toBe(m.text)
      if (skipped.has(`numbers[${i}]`)) return
      expect(got.map(shape), c.input).toEqual(c.expect.map(shape))
    })
    it.each(spec.sentences.map((c, i) => [i, c] as const))('sentences[%i]', (_i, c) => {
      expect(prepare(c.input, pack).sentences.map((s) => s.text)).toEqual(c.expect)
    })
    it('stems', () => {
      expect(spec.stems.map(([w]) => [w, pack.stem!(w.toLowerCase())])).toEqual(spec.stems)
    })
    for (const [other, pairs] of Object.entries(spec.sameAs ?? {})) {
      it.each(pairs.map((p, i) => [i, p] as const))(`sameAs.${other}[%i]`, (_i, [a, b]) => {
        const ka = extractNumbers(a, pack).map((m) => m.key).sort()
        const kb = extractNumbers(b, packOf(other)).map((m) => m.key).sort()
        expect(ka, `${a} ↔ ${b}`).toEqual(kb)
      })
    }
  })
}
