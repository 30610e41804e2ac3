// extractNumbers resolves languages through the core's number grammars, not its packs (so that a
// bundle reading only numbers leaves the stemmers and lexicons out): both ways must give the same answers.
import { describe, expect, it } from 'vitest'
import { detectAmong } from '../../src/core/detect.js'
import { detectLanguage } from '../../src/read/detect.js'
import { de } from '../../src/langs/de/index.js'
import { builtins, knownLanguages, resolveLanguage } from '../../src/langs/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { coreNumberLanguages, numberLanguage, numberLanguages } from '../../src/langs/numbers.js'
import { thrown } from '../thrown.js'


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
    resolveLanguage(ms)
    expect(numberLanguages().map((l) => l.code)).toEqual(knownLanguages().map((p) => p.code))
    for (const text of ['Harga beras naik 5 persen pada tahun ini.', 'Kerajaan akan membelanjakan RM5 bilion tahun ini.', 'Der Preis stieg um 5 Prozent.', '5 5 5']) {
      expect(detectAmong(text, numberLanguages()), text).toEqual(detectLanguage(text))
    }
  })
})
