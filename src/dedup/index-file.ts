/**
 * The file format of a saved streaming index (DedupIndex.save and toBuffer, loadDedupIndex), whose
 * records a Redis index stores too. All numbers little-endian:
 *
 *   "PDNDEDUP", u32 format version (DEDUP_INDEX_VERSION), u32 header length
 *   the header: the index's settings (settingsHeader) and `count`, JSON in UTF-8
 *   `count` records (encodeDoc)
 *   u32 CRC-32 of everything before it
 */
import { readFileSync } from 'node:fs'
import { PadananError } from '../errors.js'
import type { StoredDoc } from './storage.js'

const MAGIC = 'PDNDEDUP'
/** Format version of saved indexes; a reader refuses other versions. */
export const DEDUP_INDEX_VERSION = 2

/**
 * An index file's bytes: the header (the settings and `count`), then the records, then the checksum.
 *
 * @example
 * encodeIndexFile({ ...settingsHeader(s), count: 2 }, [recA, recB], s.o.numPerm) // the bytes of DedupIndex.toBuffer()
 */
export function encodeIndexFile(header: Record<string, unknown>, records: Iterable<StoredDoc>, K: number): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const parts: Buffer[] = []
  const head = Buffer.alloc(16)
  head.write(MAGIC, 0, 'latin1')
  head.writeUInt32LE(DEDUP_INDEX_VERSION, 8)
  head.writeUInt32LE(json.length, 12)
  parts.push(head, json)
  for (const rec of records) parts.push(encodeDoc(rec, K))
  const body = Buffer.concat(parts)
  const crc = Buffer.alloc(4)
  crc.writeUInt32LE(crc32(body), 0)
  return new Uint8Array(Buffer.concat([body, crc]))
}

/** An index file, checked up to its header; its records are read one by one. */
export interface IndexFile {
  readonly header: Record<string, unknown>
  /** The error for a file that is not a valid index (it names the file). */
  bad(why: string): PadananError
  /** The records in order; a damaged one throws when it is reached, and so do bytes after the last. */
  records(): Generator<StoredDoc>
}

/**
 * Open an index file (or its bytes): the head, the format version, the checksum and the header are checked here.
 *
 * @throws PadananError `BAD_INPUT` for a file that cannot be read, is not a padanan dedup index, has another format version or is damaged
 * @example
 * const file = readIndexFile('corpus.dedup')
 * file.header.count //=> 1200
 * for (const rec of file.records()) index.insert(rec)
 */
export function readIndexFile(source: string | Uint8Array): IndexFile {
  let buf: Buffer
  if (typeof source === 'string') {
    try {
      buf = readFileSync(source)
    } catch (e) {
      throw new PadananError('BAD_INPUT', `cannot read dedup index ${source}: ${(e as Error).message}`, { field: 'path' })
    }
  } else if (source instanceof Uint8Array) buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength)
  else throw new PadananError('BAD_INPUT', 'source must be a path or bytes', { field: 'source' })
  const name = typeof source === 'string' ? source : 'dedup index'
  const bad = (why: string) => new PadananError('BAD_INPUT', `${name}: not a valid padanan dedup index (${why})`, { field: 'path' })
  if (buf.length < 20 || buf.toString('latin1', 0, 8) !== MAGIC) throw bad('no PDNDEDUP header')
  const version = buf.readUInt32LE(8)
  if (version !== DEDUP_INDEX_VERSION) throw bad(`format version ${version}; this padanan reads version ${DEDUP_INDEX_VERSION}`)
  if (crc32(buf.subarray(0, buf.length - 4)) !== buf.readUInt32LE(buf.length - 4)) throw bad('checksum mismatch: the file is damaged or truncated')
  const hlen = buf.readUInt32LE(12)
  if (16 + hlen > buf.length - 4) throw bad('header past the end')
  let h: Record<string, unknown>
  try {
    h = JSON.parse(buf.toString('utf8', 16, 16 + hlen)) as Record<string, unknown>
  } catch {
    throw bad('header is not JSON')
  }
  return {
    header: h,
    bad,
    *records() {
      const K = h.numPerm as number
      const count = h.count as number
      let p = 16 + hlen
      const end = buf.length - 4
      for (let i = 0; i < count; i++) {
        const at = decodeDoc(buf, p, end, K, (why) => bad(`record ${i + 1}: ${why}`))
        p = at.end
        yield at.rec
      }
      if (p !== end) throw bad('extra bytes after the last record')
    },
  }
}

/**
 * A record in the saved-index format: u32 id bytes, id (UTF-16LE: lossless for any JS string, lone
 * surrogates included), u8 lang bytes, lang, u32 shingles, u32 concepts, f64 exact, u8 flags (1:
 * sig, 2: csig), signatures (u32 little-endian).
 *
 * @example
 * decodeDoc(encodeDoc(rec, 128), 0, Infinity, 128, (why) => new Error(why)).rec // equal to rec
 */
export function encodeDoc(d: StoredDoc, K: number): Buffer {
  const id = Buffer.from(d.id, 'utf16le')
  const lang = Buffer.from(d.lang, 'utf8')
  const hasSig = d.sig.length === K
  const hasC = d.csig !== null && d.csig.length === K
  const b = Buffer.alloc(4 + id.length + 1 + lang.length + 4 + 4 + 8 + 1 + (hasSig ? 4 * K : 0) + (hasC ? 4 * K : 0))
  let p = b.writeUInt32LE(id.length, 0)
  p += id.copy(b, p)
  p = b.writeUInt8(lang.length, p)
  p += lang.copy(b, p)
  p = b.writeUInt32LE(d.shingles, p)
  p = b.writeUInt32LE(d.concepts, p)
  p = b.writeDoubleLE(d.exact, p)
  p = b.writeUInt8((hasSig ? 1 : 0) | (hasC ? 2 : 0), p)
  if (hasSig) p = putSig(b, p, d.sig)
  if (hasC) putSig(b, p, d.csig!)
  return b
}

const LE = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1

/** A signature into b at p, little-endian (one copy on a little-endian machine); returns the end. */
function putSig(b: Buffer, p: number, sig: Uint32Array): number {
  if (LE) return p + Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).copy(b, p)
  for (let i = 0; i < sig.length; i++) p = b.writeUInt32LE(sig[i]!, p)
  return p
}

/** A signature of K slots from b at p (little-endian). */
function getSig(b: Buffer, p: number, K: number): Uint32Array {
  const s = new Uint32Array(K)
  if (LE) new Uint8Array(s.buffer).set(b.subarray(p, p + 4 * K))
  else for (let k = 0; k < K; k++) s[k] = b.readUInt32LE(p + 4 * k)
  return s
}

/**
 * One record of {@link encodeDoc}'s format from `p`; `bad` makes the error for a malformed one.
 *
 * @example
 * const { rec, end } = decodeDoc(buf, 0, buf.length, 128, (why) => new Error(why))
 */
export function decodeDoc(buf: Buffer, p: number, end: number, K: number, bad: (why: string) => Error): { rec: StoredDoc; end: number } {
  const need = (n: number) => {
    if (p + n > end) throw bad('record past the end')
  }
  need(4)
  const idLen = buf.readUInt32LE(p)
  p += 4
  need(idLen + 1)
  if (idLen % 2) throw bad('odd id length')
  const id = buf.toString('utf16le', p, p + idLen)
  p += idLen
  const langLen = buf.readUInt8(p++)
  need(langLen + 17)
  const lang = buf.toString('utf8', p, p + langLen)
  p += langLen
  const shingles = buf.readUInt32LE(p)
  const concepts = buf.readUInt32LE(p + 4)
  const exact = buf.readDoubleLE(p + 8)
  const flags = buf.readUInt8(p + 16)
  p += 17
  const readSig = () => {
    need(4 * K)
    const s = getSig(buf, p, K)
    p += 4 * K
    return s
  }
  const sig = flags & 1 ? readSig() : new Uint32Array(0)
  const csig = flags & 2 ? readSig() : null
  return { rec: { id, lang, shingles, concepts, exact, sig, csig }, end: p }
}

let crcTable: Int32Array | null = null
/** CRC-32 (IEEE), to tell a damaged file from a valid one. */
function crc32(b: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c
    }
  }
  let c = -1
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}
