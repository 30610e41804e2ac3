// Every built-in pack has every field and grammar key the table of pack fields asks of a built-in pack
// (src/langs/fields.ts: `required` and `builtin`), and no key the table does not describe: a key added
// there extends this test.
import { describe, expect, it } from 'vitest'
import { LANGUAGE_PACK_FIELDS, type FieldTable } from '../../src/langs/fields.js'
import { languages } from '../../src/langs/all.js'

/** The paths of the fields every built-in pack must give, inside nested objects that every one gives too. */
function builtinPaths(table: FieldTable, prefix = ''): string[] {
  return Object.entries(table).flatMap(([name, f]) => {
    if (f.presence === 'optional') return []
    const path = `${prefix}${name}`
    return f.kind === 'object' ? [path, ...builtinPaths(f.fields, `${path}.`)] : [path]
  })
}

/** The paths of `o`'s keys that the table does not describe, inside the nested objects it describes. */
function undescribed(o: Record<string, unknown>, table: FieldTable, prefix = ''): string[] {
  return Object.entries(o).flatMap(([name, v]) => {
    const f = table[name]
    if (!f) return [`${prefix}${name}`]
    return f.kind === 'object' && v !== undefined ? undescribed(v as Record<string, unknown>, f.fields, `${prefix}${name}.`) : []
  })
}

function valueAt(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o)
}

describe('language pack parity', () => {
  const required = builtinPaths(LANGUAGE_PACK_FIELDS)
  for (const pack of languages) {
    it(`${pack.code} has every field and number grammar key a built-in pack gives`, () => {
      expect(required.filter((path) => valueAt(pack, path) === undefined)).toEqual([])
    })
    it(`${pack.code} has segmentation, stopwords, a stemmer and detection markers`, () => {
      expect(pack.segmentation.abbreviations.length).toBeGreaterThan(10)
      expect(pack.stopwords.length).toBeGreaterThan(50)
      expect(typeof pack.stem).toBe('function')
      expect(pack.detect?.markers.length).toBeGreaterThan(10)
    })
  }

  it('the built-in packs hold no field or grammar key the table does not describe', () => {
    expect(languages.flatMap((pack) => undescribed(pack as unknown as Record<string, unknown>, LANGUAGE_PACK_FIELDS).map((path) => `${pack.code}: ${path}`))).toEqual([])
  })
})
