// Saving an index is atomic: a write that fails (a full disk, injected here so that it runs on every
// machine) leaves the file that was there as it was, no temporary file behind, and a typed error.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const fail = vi.hoisted(() => ({ after: Infinity, written: 0 }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const writeSync = ((fd: number, data: Uint8Array, off?: number, len?: number) => {
    const n = Math.min(len ?? data.length, 4096)
    if (fail.written + n > fail.after) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    fail.written += n
    return fs.writeSync(fd, data, off, n)
  }) as typeof fs.writeSync
  return { ...fs, default: { ...fs, writeSync }, writeSync }
})

const { createDedupIndex, loadDedupIndex, PadananError } = await import('../../src/index.js')

const tmp = mkdtempSync(join(tmpdir(), 'padanan-save-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const docs = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}`, text: `Dokumen ${i}: harga beras naik ${i} persen di pasar Jakarta pekan ini.`, lang: 'id' }))

describe('DedupIndex.save', () => {
  it('writes a file that loads back, in several writes, with no temporary file left', () => {
    const index = createDedupIndex({ translation: false })
    for (const d of docs(50, 'a')) index.add(d)
    const path = join(tmp, 'ok.dedup')
    fail.written = 0
    index.save(path)
    expect(fail.written).toBeGreaterThan(4096)
    expect(loadDedupIndex(path).size).toBe(50)
    expect(readdirSync(tmp)).toEqual(['ok.dedup'])
  })

  it('on a full disk: WRITE_FAILED, the previous index intact, no temporary file', () => {
    const path = join(tmp, 'corpus.dedup')
    const small = createDedupIndex({ translation: false })
    for (const d of docs(10, 's')) small.add(d)
    fail.after = Infinity
    small.save(path)
    const before = readFileSync(path)

    const big = createDedupIndex({ translation: false })
    for (const d of docs(400, 'b')) big.add(d)
    fail.written = 0
    fail.after = 6000 // the disk fills during the second write
    let err: unknown
    try {
      big.save(path)
    } catch (e) {
      err = e
    } finally {
      fail.after = Infinity
    }
    expect(err).toBeInstanceOf(PadananError)
    expect((err as InstanceType<typeof PadananError>).code).toBe('WRITE_FAILED')
    expect((err as Error).message).toMatch(/corpus\.dedup: ENOSPC/)
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(loadDedupIndex(path).size).toBe(10)
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a target in a missing folder or onto a folder, typed', () => {
    const index = createDedupIndex({ translation: false })
    index.add(docs(1, 'x')[0]!)
    expect(() => index.save(join(tmp, 'missing', 'x.dedup'))).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }))
    expect(() => index.save(tmp)).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }))
  })
})
