// Lexicon loaders against tiny hand-written fixtures, and against Debian's dict-freedict-eng-ind when installed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { id } from '../../src/langs/id/index.js'
import type { Lexicon } from '../../src/lexicon/lexicon.js'
import { defaultStemmer, loadLexicon, parseEntry, parseLexicon } from '../../src/lexicon/load.js'
import { parseLexicon as parseLexiconCore } from '../../src/lexicon/parse.js'
import { thrown } from '../thrown.js'

const fx = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const same = (w: string): string => w
const plain = { stemFrom: same, stemTo: same }


const table = (lex: Lexicon): Record<string, readonly string[]> => Object.fromEntries(lex.entries())

function tmpFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'padanan-lex-'))
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

describe('tsv', () => {
  it('reads source<TAB>target, skipping comments and blank lines, ignoring extra columns', () => {
    const lex = loadLexicon(fx('mini.tsv'), { format: 'tsv', from: 'id', to: 'en', ...plain })
    expect(table(lex)).toEqual({
      investasi: ['investment'],
      penelitian: ['research'],
      'kecerdasan buatan': ['artificial', 'intelligence'],
      rumah: ['house', 'home'],
    })
    expect(lex.from).toBe('id')
    expect(lex.to).toBe('en')
    expect(lex.source).toBe('mini.tsv')
  })

  it('stems with the built-in packs by default, so keys match prepare()', () => {
    const lex = loadLexicon(fx('mini.tsv'), { format: 'tsv', from: 'id', to: 'en', source: 'hand-made' })
    expect(lex.concepts('investasi')).toEqual(['invest'])
    expect(lex.concepts(id.stem!('penelitian'))).toEqual(['research'])
    expect(lex.concepts('cerdas buat')).toEqual(['artifici', 'intellig'])
    expect(lex.source).toBe('hand-made')
  })

  it('reverse swaps every pair', () => {
    const lex = loadLexicon(fx('mini.tsv'), { format: 'tsv', from: 'en', to: 'id', reverse: true, ...plain })
    expect(lex.concepts('research')).toEqual(['penelitian'])
    expect(lex.concepts('house')).toEqual(['rumah'])
    expect(lex.concepts('artificial intelligence')).toEqual(['kecerdasan', 'buatan'])
  })

  it('an empty file is an empty lexicon', () => {
    const lex = loadLexicon(fx('empty.tsv'), { format: 'tsv', from: 'id', to: 'en' })
    expect(lex.size).toBe(0)
    expect(parseLexicon('', { format: 'muse', from: 'id', to: 'en' }).size).toBe(0)
    expect(parseLexicon('\n# only a comment\n\n', { format: 'tsv', from: 'id', to: 'en' }).size).toBe(0)
  })

  it('a line without a tab is BAD_LEXICON with file and line', () => {
    const path = fx('bad.tsv')
    const e = thrown(() => loadLexicon(path, { format: 'tsv', from: 'id', to: 'en' }))
    expect(e.code).toBe('BAD_LEXICON')
    expect(e.line).toBe(2)
    expect(e.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: expected "source<TAB>target"`))
  })

  it('an empty side is BAD_LEXICON', () => {
    const e = thrown(() => parseLexicon('rumah\thouse\n\tinvestment\n', { format: 'tsv', from: 'id', to: 'en' }))
    expect([e.code, e.line, e.message]).toEqual(['BAD_LEXICON', 2, '<text>:2: empty source in "\\tinvestment"'])
  })

  it('CRLF line ends and a BOM are read', () => {
    const lex = parseLexicon('\uFEFFrumah\thouse\r\nmobil\tcar\r\n', { format: 'tsv', from: 'id', to: 'en', ...plain })
    expect(table(lex)).toEqual({ rumah: ['house'], mobil: ['car'] })
  })
})

describe('muse', () => {
  it('reads "source target" split by a space or a tab', () => {
    const lex = loadLexicon(fx('mini.muse.txt'), { format: 'muse', from: 'id', to: 'en', ...plain })
    expect(table(lex)).toEqual({ rumah: ['house'], teknologi: ['technology'], investasi: ['investment'] })
  })

  it('a line that is not two words is BAD_LEXICON', () => {
    for (const [text, line] of [['rumah house\nrumah\n', 2], ['rumah besar house\n', 1]] as const) {
      const e = thrown(() => parseLexicon(text, { format: 'muse', from: 'id', to: 'en', fileName: 'id-en.txt' }))
      expect([e.code, e.line]).toEqual(['BAD_LEXICON', line])
      expect(e.message).toMatch(new RegExp(`^id-en\\.txt:${line}: expected "source target"`))
    }
  })
})

describe('hunalign', () => {
  it('reads "target @ source": the target language comes first', () => {
    const lex = loadLexicon(fx('mini.dic'), { format: 'hunalign', from: 'id', to: 'en', ...plain })
    expect(table(lex)).toEqual({
      rumah: ['house'],
      'kecerdasan buatan': ['artificial', 'intelligence'],
      penelitian: ['research'],
    })
  })

  it('reverse reads the dictionary the other way', () => {
    const lex = loadLexicon(fx('mini.dic'), { format: 'hunalign', from: 'en', to: 'id', reverse: true, ...plain })
    expect(lex.concepts('house')).toEqual(['rumah'])
  })

  it('a file whose every line is malformed fails on the first', () => {
    const e = thrown(() => loadLexicon(fx('allbad.dic'), { format: 'hunalign', from: 'id', to: 'en' }))
    expect([e.code, e.line]).toEqual(['BAD_LEXICON', 1])
    expect(e.message).toContain('allbad.dic:1: expected "target @ source"')
  })
})

describe('freedict (dictd)', () => {
  const expected = {
    'artificial intelligence': ['kecerdasan', 'buatan'],
    house: ['rumah', 'wisma', 'dewan'],
    investment: ['investasi', 'penanaman', 'modal'],
    research: ['penelitian', 'riset'],
    run: ['berlari', 'menjalankan', 'mengelola'],
    technology: ['teknologi', 'teknik'],
  }

  it('reads translations, not glosses, pronunciations, tags, notes or affixes; skips 00database entries', () => {
    const lex = loadLexicon(fx('mini.index'), { format: 'freedict', from: 'en', to: 'id', ...plain })
    expect(table(lex)).toEqual(expected)
    expect(lex.source).toBe("Mini English-Indonesian dictionary (padanan test fixture); Licensed under the MIT license")
  })

  it('reads the gzip-compressed .dict.dz the same, from the index, the dict or the base path', () => {
    for (const p of ['minidz.index', 'minidz.dict.dz', 'minidz', 'mini', 'mini.dict']) {
      expect(table(loadLexicon(fx(p), { format: 'freedict', from: 'en', to: 'id', ...plain })), p).toEqual(expected)
    }
  })

  it('parseLexicon reads .dict.dz data in Node; the core (browsers) reads plain .dict data and asks for .dict.dz decompressed', () => {
    const index = readFileSync(fx('minidz.index'), 'utf8')
    const dz = readFileSync(fx('minidz.dict.dz'))
    const options = { format: 'freedict' as const, from: 'en', to: 'id', ...plain }
    expect(table(parseLexicon(index, { ...options, dict: dz }))).toEqual(expected)
    expect(table(parseLexiconCore(index, { ...options, dict: gunzipSync(dz) }))).toEqual(expected)
    const e = thrown(() => parseLexiconCore(index, { ...options, dict: dz, fileName: 'minidz.index' }))
    expect(e.code).toBe('BAD_LEXICON')
    expect(e.message).toMatch(/^minidz\.index: the \.dict data is gzip-compressed .*DecompressionStream/)
  })

  it('reverse turns an eng-ind dictionary into an id → en lexicon, stemmed by default', () => {
    const lex = loadLexicon(fx('mini.index'), { format: 'freedict', from: 'id', to: 'en', reverse: true })
    expect(lex.concepts('rumah')).toEqual(['hous'])
    expect(lex.concepts('teknologi')).toEqual(['technolog'])
    expect(lex.concepts(id.stem!('berlari'))).toEqual(['run'])
    expect(lex.concepts('cerdas buat')).toEqual(['artifici', 'intellig'])
  })

  it('the fixture index points at each entry (offsets re-derived from the .dict)', () => {
    const dict = readFileSync(fx('mini.dict'))
    expect(gunzipSync(readFileSync(fx('minidz.dict.dz'))).equals(dict)).toBe(true)
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const enc = (n: number): string => (n < 64 ? A[n]! : enc(Math.floor(n / 64)) + A[n % 64]!)
    const rows = readFileSync(fx('mini.index'), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string, string])
    // Entries are stored in index order; each starts with its headword (the meta entries with their text).
    const starts = rows.map(([key]) => dict.indexOf(key === '00databaseshort' ? 'Mini English' : key === '00databaseinfo' ? 'A handful' : `${key} `))
    expect(starts[0]).toBe(0)
    rows.forEach(([key, off, len], i) => {
      const end = starts[i + 1] ?? dict.length
      expect([off, len], key).toEqual([enc(starts[i]!), enc(end - starts[i]!)])
    })
  })

  it("decodes dictd's base64, most significant digit first", () => {
    const pad = 'x'.repeat(64)
    const lex = parseLexicon('cat\tBA\tP\n', { format: 'freedict', from: 'en', to: 'id', dict: `${pad}cat <n>\nkucing\n`, ...plain })
    expect(table(lex)).toEqual({ cat: ['kucing'] })
    // Multi-byte characters before an entry: offsets count bytes, not characters.
    const head = 'é'.repeat(32) // 64 bytes
    expect(table(parseLexicon('cat\tBA\tP\n', { format: 'freedict', from: 'en', to: 'id', dict: new TextEncoder().encode(`${head}cat <n>\nkucing\n`), ...plain }))).toEqual({ cat: ['kucing'] })
  })

  it('bad base64 and an offset past the end are BAD_LEXICON with the index line', () => {
    const dict = 'cat <n>\nkucing\n'
    const cases: [string, number, RegExp][] = [
      ['cat\tA\tP\ndog\tA-\tB\n', 2, /^x\.index:2: offset "A-" is not dictd base64/],
      ['cat\tA\tP!\n', 1, /^x\.index:1: length "P!" is not dictd base64/],
      ['cat\tA\tQ\n', 1, /^x\.index:1: entry "cat" at 0\+16 runs past the end of the \.dict \(15 bytes\)/],
      ['cat\tA\n', 1, /^x\.index:1: expected "headword<TAB>offset<TAB>length", found 2 fields/],
    ]
    for (const [index, line, message] of cases) {
      const e = thrown(() => parseLexicon(index, { format: 'freedict', from: 'en', to: 'id', dict, fileName: 'x.index' }))
      expect([e.code, e.line], index).toEqual(['BAD_LEXICON', line])
      expect(e.message).toMatch(message)
    }
    // The same through files: the message names the .index path.
    const idx = tmpFile('broken.index', 'cat\tA\tP\ndog\tZZZZ\tB\n')
    writeFileSync(idx.replace(/index$/, 'dict'), dict)
    const e = thrown(() => loadLexicon(idx, { format: 'freedict', from: 'en', to: 'id' }))
    expect([e.code, e.line, e.message.startsWith(`${idx}:2: entry "dog"`)]).toEqual(['BAD_LEXICON', 2, true])
  })

  it('corrupt .dict.dz data is BAD_LEXICON', () => {
    const idx = tmpFile('corrupt.index', 'cat\tA\tP\n')
    writeFileSync(idx.replace(/index$/, 'dict.dz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))
    expect(thrown(() => loadLexicon(idx, { format: 'freedict', from: 'en', to: 'id' })).code).toBe('BAD_LEXICON')
  })

  it('a missing .index or .dict is BAD_INPUT naming the path', () => {
    const e1 = thrown(() => loadLexicon('/nonexistent/freedict-xxx-yyy.index', { format: 'freedict', from: 'id', to: 'en' }))
    expect([e1.code, e1.message]).toEqual(['BAD_INPUT', 'lexicon file not found: /nonexistent/freedict-xxx-yyy.index'])
    const idx = tmpFile('lonely.index', 'cat\tA\tP\n')
    const e2 = thrown(() => loadLexicon(idx, { format: 'freedict', from: 'id', to: 'en' }))
    expect(e2.code).toBe('BAD_INPUT')
    expect(e2.message).toContain(idx.replace(/index$/, 'dict.dz'))
  })

  it('parseEntry reads WikDict, FreeDict TEI and one-line entries', () => {
    expect(parseEntry('bank //bæŋk// <n>\n1. bank 2.\ninstitution\n 3.\nbranch office\n2. gosong, tepi\nland beside a river\n')).toEqual({
      headword: 'bank',
      translations: ['bank', 'gosong', 'tepi'],
    })
    expect(parseEntry('house /haʊs/\n 1. rumah\n 2. wisma (resmi)\n')).toEqual({ headword: 'house', translations: ['rumah', 'wisma'] })
    expect(parseEntry('house <n>\n rumah, wisma\n')).toEqual({ headword: 'house', translations: ['rumah', 'wisma'] })
    expect(parseEntry("coup d'état /ˌkuː deɪˈtɑː/ <n>\nkudeta\nsudden seizure of power\n").headword).toBe("coup d'état")
    // A gloss line starting with a number is not a numbered sense.
    expect(parseEntry('decade <n>\ndekade\n10 years\n1.5 decades\n').translations).toEqual(['dekade'])
  })
})

describe('options', () => {
  it('an unknown format is BAD_OPTIONS', () => {
    const e = thrown(() => parseLexicon('a\tb', { format: 'csv' as 'tsv', from: 'id', to: 'en' }))
    expect([e.code, e.field]).toEqual(['BAD_OPTIONS', 'format'])
    expect(thrown(() => loadLexicon(fx('mini.tsv'), { format: 'xml' as 'tsv', from: 'id', to: 'en' })).code).toBe('BAD_OPTIONS')
  })

  it('missing languages, non-function stemmers and freedict without .dict data are BAD_OPTIONS', () => {
    expect(thrown(() => parseLexicon('', { format: 'tsv', to: 'en' } as never)).field).toBe('from')
    expect(thrown(() => parseLexicon('', { format: 'tsv', from: 'id', to: 'en', stemTo: 'porter' as never })).field).toBe('stemTo')
    expect(thrown(() => parseLexicon('cat\tA\tB', { format: 'freedict', from: 'en', to: 'id' })).field).toBe('dict')
  })

  it('a missing file is BAD_INPUT naming the path', () => {
    const e = thrown(() => loadLexicon('/nonexistent/id-en.tsv', { format: 'tsv', from: 'id', to: 'en' }))
    expect([e.code, e.message]).toEqual(['BAD_INPUT', 'lexicon file not found: /nonexistent/id-en.tsv'])
  })

  it('default stemmers: the built-in packs for id and en, identity otherwise', () => {
    expect(defaultStemmer('id')('pengembangan')).toBe('kembang')
    expect(defaultStemmer('en-GB')('technologies')).toBe('technolog')
    expect(defaultStemmer('fr')('maisons')).toBe('maisons')
    const lex = parseLexicon('maisons\thouses\n', { format: 'tsv', from: 'fr', to: 'en' })
    expect(lex.concepts('maisons')).toEqual(['hous'])
  })
})

// Debian's dict-freedict-eng-ind (CC-BY-SA 3.0) is read where it is installed, never copied into the repo.
const FREEDICT = '/usr/share/dictd/freedict-eng-ind.index'
const haveFreedict = existsSync(FREEDICT) && (existsSync('/usr/share/dictd/freedict-eng-ind.dict.dz') || existsSync('/usr/share/dictd/freedict-eng-ind.dict'))
if (!haveFreedict) console.log(`[skip] ${FREEDICT} not installed: apt-get install dict-freedict-eng-ind to run the FreeDict eng-ind test`)

describe('Debian dict-freedict-eng-ind', () => {
  it.skipIf(!haveFreedict)('loads as en → id, and reversed as id → en', () => {
    const fwd = loadLexicon(FREEDICT, { format: 'freedict', from: 'en', to: 'id' })
    expect(fwd.size).toBeGreaterThan(8000)
    expect(fwd.source).toMatch(/FreeDict.*Creative Commons Attribution-ShareAlike/)
    expect(fwd.concepts('hous')).toContain('rumah')
    // The English definitions under each sense are not translations.
    expect(fwd.concepts('hous')).not.toContain('human')
    expect([...fwd.entries()].some(([k]) => k.startsWith('00'))).toBe(false)

    const rev = loadLexicon(FREEDICT, { format: 'freedict', from: 'id', to: 'en', reverse: true })
    expect(rev.size).toBeGreaterThan(9000)
    expect(rev.concepts('rumah')).toContain('hous')
    expect(rev.concepts('investasi')).toContain('invest')
    expect(rev.concepts('teknologi')).toContain('technolog')
    expect(rev.concepts(id.stem!('pemerintah'))).toContain('govern')
  })
})
