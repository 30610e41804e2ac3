import { describe, expect, it } from 'vitest'
import { defineLanguagePack, en, extractNumbers, knownLanguages, PadananError, prepare, registerLanguage, resolveLanguage } from '../../src/index.js'

function mutated(path: string[], value: unknown) {
  const copy = structuredClone({ ...en, stem: undefined }) as Record<string, any>
  let o = copy
  for (const k of path.slice(0, -1)) o = o[k]
  o[path[path.length - 1]!] = value
  return copy
}

describe('defineLanguagePack', () => {
  it('accepts a well-formed pack and freezes it', () => {
    const p = defineLanguagePack({ ...structuredClone({ ...en, stem: undefined }), code: 'xx', name: 'Test' })
    expect(Object.isFrozen(p.numbers.units)).toBe(true)
    expect(extractNumbers('twenty-three', p)[0]!.value).toBe(23)
  })
  it.each([
    [['code'], 'English', 'code'],
    [['name'], '', 'name'],
    [['segmentation', 'locale'], 42, 'segmentation.locale'],
    [['numbers', 'decimal'], ';', 'numbers.decimal'],
    [['numbers', 'units'], { one: 'uno' }, 'numbers.units.one'],
    [['numbers', 'currencies'], { dollars: 'dollar' }, 'numbers.currencies.dollars'],
    [['numbers', 'percent'], [], 'numbers.percent'],
    [['stopwords'], 'the a an', 'stopwords'],
    [['charsPerEnglishChar'], 0, 'charsPerEnglishChar'],
    [['charsPerEnglishChar'], '0.34', 'charsPerEnglishChar'],
  ])('rejects a malformed %j with a PadananError naming the field', (path, value, field) => {
    try {
      defineLanguagePack(mutated(path as string[], value) as never)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(PadananError)
      expect((e as PadananError).code).toBe('BAD_LANGUAGE_PACK')
      expect((e as PadananError).field).toBe(field)
    }
  })
})

describe('typed errors', () => {
  it('unknown language codes are UNKNOWN_LANGUAGE', () => {
    expect(() => extractNumbers('5', 'zz')).toThrowError(expect.objectContaining({ code: 'UNKNOWN_LANGUAGE' }))
    expect(() => resolveLanguage('klingon')).toThrow(/unknown language "klingon"/)
  })
  it('a pack passed once as an object is known by its code afterwards (Docs carry only the code)', () => {
    expect(() => resolveLanguage('yy')).toThrow(/unknown language "yy"/)
    const yy = defineLanguagePack({ ...structuredClone({ ...en, stem: undefined }), code: 'yy', name: 'Test Y' })
    expect(extractNumbers('5', yy).map((m) => m.value)).toEqual([5])
    expect(resolveLanguage('yy')).toBe(yy)
    expect(knownLanguages().map((p) => p.code)).toContain('yy')
    // A core code always means the core pack, even after a custom pack with that code was registered.
    const fakeEn = defineLanguagePack({ ...structuredClone({ ...en, stem: undefined }), code: 'en', name: 'Fake English' })
    registerLanguage(fakeEn)
    expect(resolveLanguage('en')).toBe(en)
  })
  it('non-strings are BAD_INPUT', () => {
    expect(() => extractNumbers(42 as never, 'id')).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    expect(() => prepare(undefined as never)).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
  })
  it('language codes with a region resolve to the pack', () => {
    expect(resolveLanguage('id-ID').code).toBe('id')
    expect(resolveLanguage('EN_us').code).toBe('en')
  })
})
