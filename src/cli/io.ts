import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { pause, writeAll } from '../core/files.js'
import { MAX_TEXT_LENGTH } from '../core/limits.js'
import { isPadananError, PadananError } from '../errors.js'

/** The most bytes one input (stdin, a file, a FIFO) is read to: below the longest string JavaScript holds. */
export const MAX_INPUT_BYTES = 500_000_000

/**
 * Read all of stdin as UTF-8, however slowly it arrives (a producer that pauses, a non-blocking
 * pipe); '' when stdin is a terminal.
 *
 * @throws PadananError `INPUT_TOO_LARGE` past {@link MAX_INPUT_BYTES}
 * @example
 * const text = readStdin() // `cat docs.jsonl | padanan numbers --jsonl`
 */
export function readStdin(): string {
  if (process.stdin.isTTY) return ''
  return decodeUtf8(readAllFd(0, 'stdin'), 'stdin')
}

/**
 * Read a file as bytes: a regular file at once, anything else (a FIFO, a device) chunk by chunk up
 * to the same limit as stdin, so `/dev/zero` is refused rather than read forever. `checkStart` sees
 * the first bytes read (at most 64 KB) before the rest is read, and may throw.
 *
 * @throws PadananError `BAD_INPUT` (missing, a folder), `INPUT_TOO_LARGE`
 * @example
 * const buf = readInputFile('docs/0001.txt')
 */
export function readInputFile(path: string, checkStart: (start: Buffer) => void = () => {}): Buffer {
  let st
  try {
    st = statSync(path)
  } catch {
    throw new PadananError('BAD_INPUT', `${path}: no such file`, { field: 'PATH' })
  }
  if (st.isDirectory()) throw new PadananError('BAD_INPUT', `${path} is a folder, not a file`, { field: 'PATH' })
  if (st.isFile() && st.size > MAX_INPUT_BYTES) throw new PadananError('INPUT_TOO_LARGE', `${path} has ${st.size} bytes; the limit of one input is ${MAX_INPUT_BYTES}`, { field: 'PATH' })
  let fd
  try {
    fd = openSync(path, 'r')
  } catch (e) {
    throw new PadananError('BAD_INPUT', `${path}: ${(e as Error).message}`, { field: 'PATH' })
  }
  try {
    return readAllFd(fd, path, checkStart)
  } finally {
    closeSync(fd)
  }
}

/** Every byte of a descriptor up to {@link MAX_INPUT_BYTES}; a descriptor with nothing yet (EAGAIN) is waited for, never taken for the end. */
function readAllFd(fd: number, source: string, checkStart: (start: Buffer) => void = () => {}): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const buf = Buffer.allocUnsafe(total < 1 << 20 ? 1 << 16 : 1 << 20)
    let n: number
    try {
      n = readChunk(fd, buf)
    } catch (e) {
      throw new PadananError('BAD_INPUT', `${source}: ${(e as Error).message}`, { field: 'PATH' })
    }
    if (n === 0) break
    // The first bytes are checked at once: a device of zeros is refused now, not after 500 MB.
    if (total === 0) checkStart(buf.subarray(0, n))
    total += n
    if (total > MAX_INPUT_BYTES) throw new PadananError('INPUT_TOO_LARGE', `${source} has more than ${MAX_INPUT_BYTES} bytes; the limit of one input`, { field: 'PATH' })
    chunks.push(n === buf.length ? buf : buf.subarray(0, n))
  }
  return Buffer.concat(chunks, total)
}

/**
 * One read from a descriptor into `buf`: the bytes read, 0 at the end. A descriptor with nothing yet
 * (a non-blocking pipe whose producer is slow: EAGAIN) is waited for, never taken for the end.
 *
 * @example
 * const n = readChunk(0, Buffer.alloc(65536)) // 0 once stdin is closed
 */
export function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EOF') return 0
      if (code !== 'EAGAIN') throw e
      pause(5)
    }
  }
}

/** Invalid UTF-8 sequences replaced so far in this process (reported once, at exit). */
let invalidUtf8 = 0
const invalidSources = new Set<string>()
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd])

/** Bytes as UTF-8; invalid sequences become U+FFFD and are counted for the exit note. */
export function decodeUtf8(buf: Buffer, source: string): string {
  const s = buf.toString('utf8')
  countInvalid(s, buf, source)
  return s
}

/** Count the U+FFFD that decoding made (those not in the bytes already). */
function countInvalid(decoded: string, raw: Buffer, source: string): void {
  if (!decoded.includes('\uFFFD')) return
  let made = 0
  for (let i = decoded.indexOf('\uFFFD'); i >= 0; i = decoded.indexOf('\uFFFD', i + 1)) made++
  for (let i = raw.indexOf(REPLACEMENT); i >= 0; i = raw.indexOf(REPLACEMENT, i + 3)) made--
  if (made > 0) {
    invalidUtf8 += made
    invalidSources.add(source)
  }
}

/** The one stderr line on invalid UTF-8 read in this process, or '' when there was none. */
export function invalidUtf8Note(): string {
  if (invalidUtf8 === 0) return ''
  const names = [...invalidSources].slice(0, 3).join(', ')
  return `padanan: warning: ${invalidUtf8} invalid UTF-8 sequence(s) replaced with U+FFFD (in ${names}${invalidSources.size > 3 ? ', …' : ''})\n`
}

/**
 * Lines of a stream of chunks, split as they arrive: a character split between two chunks is held
 * back, never mangled, a long line is gathered in pieces (never re-split), and a line longer than
 * one document may be is refused as soon as it passes the limit, not once it has been read.
 *
 * @example
 * const lines = new LineSplitter('stdin')
 * const out: string[] = []
 * lines.push(Buffer.from('{"id":"a"}\n{"id"'), out) // out: ['{"id":"a"}']
 * lines.end(out) // out: ['{"id":"a"}', '{"id"']
 */
export class LineSplitter {
  private readonly dec = new StringDecoder('utf8')
  private parts: string[] = []
  private length = 0
  private lines = 0

  constructor(
    private readonly source: string,
    private readonly maxLine = MAX_TEXT_LENGTH,
  ) {}

  /** Add a chunk; the lines it completes are appended to `out`. @throws PadananError `INPUT_TOO_LARGE` */
  push(chunk: Buffer | string, out: string[]): void {
    let s: string
    if (typeof chunk === 'string') s = chunk
    else {
      s = this.dec.write(chunk)
      countInvalid(s, chunk, this.source)
    }
    let from = 0
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      this.add(s.slice(from, nl))
      out.push(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''))
      this.parts = []
      this.length = 0
      this.lines++
      from = nl + 1
    }
    if (from < s.length) this.add(from === 0 ? s : s.slice(from))
  }

  /** The last line, if the stream did not end with a newline. */
  end(out: string[]): void {
    const s = this.dec.end()
    if (s) this.add(s)
    if (this.length > 0) out.push(this.parts.join(''))
    this.parts = []
    this.length = 0
  }

  private add(piece: string): void {
    this.length += piece.length
    if (this.length > this.maxLine) {
      const n = this.lines + 1
      throw new PadananError('INPUT_TOO_LARGE', `${this.source}:${n}: line is longer than ${this.maxLine} characters, the limit of one document`, { line: n })
    }
    if (piece) this.parts.push(piece)
  }
}

/** A JSONL record `{ id, text, lang? }` as read from a line. */
export interface JsonlRecord {
  readonly id: string
  readonly text: string
  readonly lang?: string
}

/**
 * Parse JSONL records. A malformed line is a `PadananError('BAD_INPUT')` naming its line number,
 * unless `skipBad` is set: then it is counted in `skipped` and reading goes on.
 */
export function parseJsonl(input: string, source: string, skipBad = false): { records: JsonlRecord[]; skipped: number[] } {
  const records: JsonlRecord[] = []
  const skipped: number[] = []
  const lines = input.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const n = i + 1
    try {
      let o: unknown
      try {
        o = JSON.parse(line)
      } catch {
        throw new PadananError('BAD_INPUT', `${source}:${n}: not valid JSON`, { line: n })
      }
      if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new PadananError('BAD_INPUT', `${source}:${n}: expected an object {"id","text","lang"?}`, { line: n })
      const r = o as Record<string, unknown>
      if (typeof r.text !== 'string') throw new PadananError('BAD_INPUT', `${source}:${n}: "text" must be a string`, { line: n, field: 'text' })
      if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') throw new PadananError('BAD_INPUT', `${source}:${n}: "id" must be a string`, { line: n, field: 'id' })
      if (r.lang !== undefined && typeof r.lang !== 'string') throw new PadananError('BAD_INPUT', `${source}:${n}: "lang" must be a string`, { line: n, field: 'lang' })
      records.push({ id: r.id === undefined ? `${source}:${n}` : String(r.id), text: r.text, ...(typeof r.lang === 'string' ? { lang: r.lang } : {}) })
    } catch (e) {
      if (skipBad && e instanceof PadananError) skipped.push(n)
      else throw e
    }
  })
  return { records, skipped }
}

/**
 * Write to stdout, every byte: a closed pipe (`| head`) ends the process quietly; any other failure
 * (a full disk, an I/O error) is a PadananError('WRITE_FAILED'), so a truncated output never ends
 * with exit 0.
 *
 * @example
 * out(JSON.stringify(result) + '\n')
 */
export function out(s: string): void {
  if (s === '') return
  try {
    writeAll(1, Buffer.from(s, 'utf8'))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EPIPE') process.exit(0)
    throw new PadananError('WRITE_FAILED', `stdout: ${(e as Error).message}`, { field: 'stdout' })
  }
}

/** At exit: the invalid UTF-8 note; a write error on stdout from elsewhere than out() ends the process typed. */
export function installPipeGuard(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    process.exitCode = reportError(new PadananError('WRITE_FAILED', `stdout: ${e.message}`, { field: 'stdout' }))
  })
  process.on('exit', () => {
    const note = invalidUtf8Note()
    if (note) {
      try {
        writeSync(2, note)
      } catch {
        // stderr is gone: nothing left to tell
      }
    }
  })
}

/**
 * Report an error the way every padanan command does: one line on stderr, never a stack trace (unless
 * PADANAN_DEBUG is set). Returns the exit code: 2 for bad input or options, 1 for an internal error.
 *
 * @example
 * process.exitCode = reportError(new PadananError('BAD_INPUT', 'stdin:3: not JSON')) // prints "padanan: BAD_INPUT: stdin:3: not JSON", 2
 */
export function reportError(e: unknown): number {
  if (isPadananError(e)) {
    process.stderr.write(`padanan: ${e.code}: ${e.message}\n`)
    return 2
  }
  if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`padanan: BAD_OPTIONS: ${e.message}\n`)
    return 2
  }
  const err = e as NodeJS.ErrnoException
  if (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES') {
    process.stderr.write(`padanan: BAD_INPUT: ${err.message}\n`)
    return 2
  }
  process.stderr.write(`padanan: internal error: ${err.message ?? String(e)}${process.env.PADANAN_DEBUG ? `\n${err.stack}` : ' (set PADANAN_DEBUG=1 for details)'}\n`)
  return 1
}

/**
 * Stdin line by line, read in chunks as it arrives (a large input never sits in memory whole; a slow
 * producer is waited for); a line past the limit of one document is refused at once.
 *
 * @example
 * for (const line of stdinLines()) handle(line)
 */
export function* stdinLines(): Generator<string> {
  const buf = Buffer.alloc(1 << 16)
  const split = new LineSplitter('stdin')
  const lines: string[] = []
  for (let n = readChunk(0, buf); n > 0; n = readChunk(0, buf)) {
    split.push(buf.subarray(0, n), lines)
    yield* lines
    lines.length = 0
  }
  split.end(lines)
  yield* lines
}

/**
 * The stderr note on input lines skipped by --skip-bad: how many, and the first line numbers.
 *
 * @example
 * noteSkipped([2, 7]) // padanan: skipped 2 malformed line(s): 2, 7
 */
export function noteSkipped(skipped: readonly number[]): void {
  if (skipped.length) process.stderr.write(`padanan: skipped ${skipped.length} malformed line(s): ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}\n`)
}
