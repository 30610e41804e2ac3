// extractNumbers resolves languages through the core's number grammars, not its packs (so that a
// bundle reading only numbers leaves the stemmers and lexicons out): both ways must give the same answers.
import { describe, expect, it } from 'vitest'
import { detectAmong } from '../../src/core/detect.js'
import { detectLanguage } from '../../src/read/detect.js'
import { de } from '../../src/langs/de/index.js'
import { defineLanguagePack } from '../../src/langs/define.js'
import { en } from '../../src/langs/en/index.js'
import { builtins, knownLanguages, registerLanguage, resolveLanguage } from '../../src/langs/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { coreNumberLanguages, numberLanguage, numberLanguages } from '../../src/langs/numbers.js'
import { extractNumbers } from '../../src/numbers/index.js'
import { thrown } from '../thrown.js'

// Before any test runs: importing packs registers none of them.
const knownAtImport = knownLanguages().map((p) => p.code)


describe('the number reader resolves languages as resolveLanguage does', () => {
  it("the core's number languages are builtins' codes, grammars and markers, in builtins' order", () => {
    expect(coreNumberLanguages.map((l) => l.code)).toEqual(builtins.map((p) => p.code))
    coreNumberLanguages.forEach((l, i) => {
      expect(l.numbers, l.code).toBe(builtins[i]!.numbers)
      expect(l.detect?.markers, l.code).toBe(builtins[i]!.detect?.markers)
    })
  })

  it('codes, tags and packs give the grammar of the pack resolveLanguage gives', () => {
    for (const code of ['id', 'en', 'ID', 'en-GB', ' id_ID ']) expect(numberLanguage(code).numbers, code).toBe(resolveLanguage(code).numbers)
    expect(numberLanguage(de)).toBe(de)
    // A pack passed in once is known by its code from then on, to both.
    expect(numberLanguage('de').numbers).toBe(resolveLanguage('de').numbers)
  })

  it('unknown codes and non-languages are the same UNKNOWN_LANGUAGE errors', () => {
    for (const bad of ['xx', '', 42, null, {}] as unknown[]) {
      const a = thrown(() => numberLanguage(bad as string))
      const b = thrown(() => resolveLanguage(bad as string))
      expect(a.code).toBe('UNKNOWN_LANGUAGE')
      expect(a.message).toBe(b.message)
    }
  })

  it('detection chooses among the same languages in the same order, packs passed in included', () => {
    registerLanguage(ms)
    expect(numberLanguages().map((l) => l.code)).toEqual(knownLanguages().map((p) => p.code))
    for (const text of ['Harga beras naik 5 persen pada tahun ini.', 'Kerajaan akan membelanjakan RM5 bilion tahun ini.', 'Der Preis stieg um 5 Prozent.', '5 5 5']) {
      expect(detectAmong(text, numberLanguages()), text).toEqual(detectLanguage(text))
    }
  })
})

describe('registration is explicit', () => {
  const packOf = (code: string) => defineLanguagePack({ ...structuredClone({ ...en, stem: undefined }), code, name: `Test ${code}` })

  it('importing packs registers none', () => {
    expect(knownAtImport).toEqual(builtins.map((p) => p.code))
  })

  it('resolveLanguage is a lookup: a pack given to it comes back and its code stays unknown', () => {
    const qa = packOf('qa')
    expect(resolveLanguage(qa)).toBe(qa)
    expect(thrown(() => resolveLanguage('qa')).code).toBe('UNKNOWN_LANGUAGE')
    expect(knownLanguages().map((p) => p.code)).not.toContain('qa')
  })

  it('registerLanguage makes a code resolvable, readable and detectable, and returns the pack', () => {
    const qb = packOf('qb')
    expect(registerLanguage(qb)).toBe(qb)
    expect(resolveLanguage('qb')).toBe(qb)
    expect(numberLanguage('QB-x').numbers).toBe(qb.numbers)
    expect(extractNumbers('twenty-three', 'qb').map((m) => m.value)).toEqual([23])
    expect(knownLanguages().map((p) => p.code)).toContain('qb')
    expect(numberLanguages().map((l) => l.code)).toEqual(knownLanguages().map((p) => p.code))
  })

  it('registerLanguage refuses anything but a pack', () => {
    for (const bad of [null, 'en', {}, { code: 'qc' }] as unknown[]) {
      const e = thrown(() => registerLanguage(bad as never))
      expect(e.code).toBe('BAD_LANGUAGE_PACK')
    }
  })
})
