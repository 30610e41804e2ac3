// docs/langs/<code>.md are generated review tables; they must match what padanan does now.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { readSpecs, renderLanguageTable } from '../../scripts/lang-tables.mjs'
import { extractNumbers, prepare } from '../../src/index.js'
import { languages } from '../../src/langs/all.js'

const docs = new URL('../../docs/langs/', import.meta.url)
const specs = readSpecs() as Map<string, unknown>

describe('review tables (docs/langs)', () => {
  for (const pack of languages) {
    it(`docs/langs/${pack.code}.md is up to date (npm run langs:tables)`, () => {
      const file = new URL(`${pack.code}.md`, docs)
      expect(existsSync(file), `docs/langs/${pack.code}.md is missing: run npm run langs:tables`).toBe(true)
      const want = renderLanguageTable({ spec: specs.get(pack.code), pack, packs: languages, prepare, extractNumbers }) as string
      expect(readFileSync(file, 'utf8') === want, `docs/langs/${pack.code}.md is out of date: run npm run langs:tables`).toBe(true)
    })
  }
})
