import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDedupIndex, createStorage, loadDedupIndex } from '../../src/dedup/index.js'
import { dedupJsonl } from '../../src/cli/dedup/jsonl.js'
import { resolveLanguage } from '../../src/langs/index.js'
import { idEnLexicon } from '../../src/langs/id/lexicon.js'
import { seeds } from '../seeds.js'

const t003 = seeds[3]!.text
const tmp = mkdtempSync(join(tmpdir(), 'padanan-dedup-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** 003 with a few words changed: a near copy. */
const near003 = t003.replace('space science', 'space research').replace('disaster warning', 'disaster alert').replace('talent acquisition', 'talent hiring')
const trunc003 = t003.split(' ').slice(0, 200).join(' ')

describe('streaming index', () => {
  it('returns the matches so far as documents are added', () => {
    const index = createDedupIndex()
    for (const s of seeds) expect(index.add(s).matches).toEqual([])
    const m = index.add({ id: 'near', text: near003 })
    expect(m.matches).toEqual([{ id: '003_ba081595d71d77b8', kind: 'near', similarity: expect.any(Number) }])
    expect(m.matches[0]!.similarity).toBeGreaterThan(0.7)
    expect(index.add({ id: 'exact', text: t003.toUpperCase() }).matches[0]).toEqual({ id: '003_ba081595d71d77b8', kind: 'exact', similarity: 1 })
    const c = index.add({ id: 'trunc', text: trunc003 }).matches.find((x) => x.id === '003_ba081595d71d77b8')
    expect(c).toMatchObject({ kind: 'contained', contained: 'self' })
    expect(index.size).toBe(8)
    expect(() => index.add({ id: 'near', text: 'again' })).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
  })

  it('queries documents never added without throwing (the minhash package throws there)', () => {
    const index = createDedupIndex()
    expect(index.query({ id: 'q', text: 'nothing here yet' })).toEqual({ id: 'q', matches: [] })
    index.add(seeds[3]!)
    expect(index.query({ id: 'q', text: 'completely unseen words zyx qwv' }).matches).toEqual([])
    expect(index.query({ id: 'q', text: near003 }).matches.map((m) => m.id)).toEqual(['003_ba081595d71d77b8'])
    expect(index.query({ id: 'q', text: '' }).matches).toEqual([])
    // query() does not add, and an added document never matches itself.
    expect(index.size).toBe(1)
    expect(index.query(seeds[3]!).matches).toEqual([])
  })

  it('saves and loads: the loaded index answers as the original and can go on', () => {
    const index = createDedupIndex({ threshold: 0.6 })
    for (const s of seeds) index.add(s)
    index.add({ id: 'near', text: near003 })
    const file = join(tmp, 'corpus.dedup')
    index.save(file)
    const loaded = loadDedupIndex(file)
    expect(loaded.size).toBe(index.size)
    for (const q of [{ id: 'q1', text: near003 }, { id: 'q2', text: trunc003 }, seeds[1]!]) expect(loaded.query(q)).toEqual(index.query(q))
    expect(loaded.add({ id: 'after', text: t003 }).matches.map((m) => m.id).sort()).toEqual(['003_ba081595d71d77b8', 'near'])
    // Same bytes for the same index; a few hundred bytes per document beyond the 512-byte signature.
    expect(Buffer.from(loadDedupIndex(file).toBuffer()).equals(readFileSync(file))).toBe(true)
    const perDoc = readFileSync(file).length / index.size
    expect(perDoc).toBeLessThan(2 * 512 + 300)
  })

  it('keeps any id through save and load, lone surrogates included (found by the fuzz run)', () => {
    const index = createDedupIndex()
    for (const id of ['\ud800', 'é', '東京', '🙂']) index.add({ id, text: t003 + id })
    const loaded = loadDedupIndex(index.toBuffer())
    for (const id of ['\ud800', 'é', '東京', '🙂']) expect(loaded.has(id)).toBe(true)
    expect(loaded.query({ id: 'q', text: t003 })).toEqual(index.query({ id: 'q', text: t003 }))
  })

  it('refuses a damaged or foreign index file with BAD_INPUT', () => {
    const index = createDedupIndex()
    for (const s of seeds) index.add(s)
    const good = Buffer.from(index.toBuffer())
    const flipped = Buffer.from(good)
    flipped[flipped.length >> 1] = flipped[flipped.length >> 1]! ^ 0xff
    const cases: [string, Buffer][] = [
      ['flipped', flipped],
      ['truncated', good.subarray(0, good.length - 100)],
      ['foreign', Buffer.from('{"not": "an index"}\n'.repeat(4))],
      ['empty', Buffer.alloc(0)],
    ]
    for (const [name, bytes] of cases) {
      const file = join(tmp, `${name}.dedup`)
      writeFileSync(file, bytes)
      expect(() => loadDedupIndex(file), name).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
    }
    const v2 = Buffer.from(good)
    v2.writeUInt32LE(3, 8)
    expect(() => loadDedupIndex(v2)).toThrowError(/version 3/)
    expect(() => loadDedupIndex(join(tmp, 'missing.dedup'))).toThrowError(expect.objectContaining({ code: 'BAD_INPUT' }))
  })

  it('chooses storage by name; an unknown backend is BAD_OPTIONS', () => {
    expect(createStorage('memory').backend).toBe('memory')
    expect(() => createDedupIndex({ backend: 'redis' })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS', field: 'backend' }))
    expect(() => createStorage('leveldb')).toThrowError(/unknown storage backend "leveldb"/)
    const storage = createStorage('memory')
    const index = createDedupIndex({ storage })
    index.add(seeds[0]!)
    expect(storage.size).toBe(1)
    expect(() => createDedupIndex({ storage })).toThrowError(expect.objectContaining({ code: 'BAD_OPTIONS' }))
  })
})

describe('padanan dedup --jsonl', () => {
  it('writes one line of matches per document', () => {
    const lines = [...seeds.map((s) => JSON.stringify({ id: s.id, text: s.text })), '', JSON.stringify({ id: 'near', text: near003 })]
    const out: string[] = []
    const r = dedupJsonl(lines, {}, false, (s) => out.push(s))
    expect(r).toEqual({ docs: 6, skipped: [] })
    expect(out).toHaveLength(6)
    expect(JSON.parse(out[5]!)).toEqual({ id: 'near', matches: [{ id: '003_ba081595d71d77b8', kind: 'near', similarity: expect.any(Number) }] })
  })

  it('names the line of a malformed record, or skips it with --skip-bad', () => {
    const lines = [JSON.stringify({ id: 'a', text: 'Satu dua tiga.' }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: 7 }), JSON.stringify({ id: 'a', text: 'again' })]
    expect(() => dedupJsonl(lines, {}, false, () => {})).toThrowError(expect.objectContaining({ code: 'BAD_INPUT', line: 2, message: 'stdin:2: not valid JSON' }))
    expect(() => dedupJsonl([lines[0]!, lines[2]!], {}, false, () => {})).toThrowError(expect.objectContaining({ code: 'BAD_INPUT', line: 2 }))
    const out: string[] = []
    expect(dedupJsonl(lines, {}, true, (s) => out.push(s))).toEqual({ docs: 1, skipped: [2, 3, 4] })
    expect(out).toHaveLength(1)
  })
})

describe('streaming index, translations (opt-in)', () => {
  it('finds none by default and the seed pair when asked', () => {
    const off = createDedupIndex()
    for (const s of seeds) off.add(s)
    expect(off.query(seeds[1]!).matches).toEqual([])
    const lexicon = resolveLanguage('id').lexicon?.() ?? idEnLexicon()
    const on = createDedupIndex({ translation: 0.42, lexicon })
    const all = seeds.map((s) => on.add(s))
    expect(all[2]!.matches).toEqual([{ id: '001_08d4fc09aac09c03', kind: 'translation', similarity: expect.any(Number) }])
    expect(all.flatMap((m) => m.matches)).toHaveLength(1)
  })
})
