import { describe, expect, it } from 'vitest'
import { languages } from '../../src/langs/all.js'
import { NUMBER_GRAMMAR_FIELDS, type Field, type FieldTable } from '../../src/langs/fields.js'
import { defineLanguagePack, en, extractNumbers, knownLanguages, PadananError, prepare, registerLanguage, resolveLanguage } from '../../src/index.js'
import { thrown } from '../thrown.js'

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
    [['segmentation', 'locale'], 'en_US', 'segmentation.locale'],
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

/** The path of every field of a table, with the fields of nested objects. */
function allFields(table: FieldTable, prefix: readonly string[]): [string[], Field][] {
  return Object.entries(table).flatMap(([name, f]): [string[], Field][] => {
    const path = [...prefix, name]
    return f.kind === 'object' ? [[path, f], ...allFields(f.fields, path)] : [[path, f]]
  })
}

/** A value of another kind than the field holds. */
function wronglyTyped(f: Field): unknown {
  return f.kind === 'strings' || f.kind === 'object' ? 42 : f.kind === 'numberMap' ? ['one'] : f.kind === 'boolean' ? 'yes' : f.kind === 'integer' || f.kind === 'positive' ? '3' : ['x']
}

describe('defineLanguagePack checks every number grammar key, the optional ones too', () => {
  it.each([
    [['numbers', 'hyphenJoins'], 'yes', 'numbers.hyphenJoins'],
    [['numbers', 'groupSeparators'], [' ', 3], 'numbers.groupSeparators[1]'],
    [['numbers', 'ordinals', 'dayMonths'], 'January', 'numbers.ordinals.dayMonths'],
    [['numbers', 'closedCompounds'], { parts: { ein: 'one' } }, 'numbers.closedCompounds.parts.ein'],
    [['numbers', 'ratesBefore'], { words: ['每小时'] }, 'numbers.ratesBefore.units'],
    [['numbers', 'shortDecadeCentury'], 19.5, 'numbers.shortDecadeCentury'],
  ])('rejects a wrongly typed %j with a PadananError naming the key', (path, value, field) => {
    const e = thrown(() => defineLanguagePack(mutated(path as string[], value) as never))
    expect([e.code, e.field]).toEqual(['BAD_LANGUAGE_PACK', field])
  })

  // Every key of the table, optional or not, nested ones included.
  const keys = allFields(NUMBER_GRAMMAR_FIELDS, ['numbers'])
  it.each(keys.map(([path, f]) => [path.join('.'), path, f] as const))('rejects a wrongly typed %s', (_, path, f) => {
    // A built-in pack whose grammar holds the key's parent (de for closedCompounds, zh for ratesBefore).
    const base = languages.find((p) => path.slice(0, -1).reduce<any>((o, k) => o?.[k], p) !== undefined)!
    const pack = structuredClone({ ...base, stem: undefined, lexicon: undefined }) as Record<string, any>
    path.slice(0, -1).reduce((o, k) => o[k], pack)[path[path.length - 1]!] = wronglyTyped(f)
    const e = thrown(() => defineLanguagePack(pack as never))
    expect([e.code, e.field]).toEqual(['BAD_LANGUAGE_PACK', path.join('.')])
  })
  it('accepts a grammar that leaves every optional key out', () => {
    const bare = mutated(['numbers'], Object.fromEntries(Object.entries(en.numbers).filter(([k]) => NUMBER_GRAMMAR_FIELDS[k as keyof typeof NUMBER_GRAMMAR_FIELDS].presence === 'required')))
    expect(defineLanguagePack({ ...bare, code: 'xb', name: 'Bare' } as unknown as typeof en).numbers.decimal).toBe('.')
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
