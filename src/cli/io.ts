import { readFileSync } from 'node:fs'
import { isPadananError, PadananError } from '../errors.js'

/** Read all of stdin as UTF-8 (empty string when stdin is a TTY or closed). */
export function readStdin(): string {
  if (process.stdin.isTTY) return ''
  try {
    return readFileSync(0, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EAGAIN' || code === 'EOF' || code === 'ENXIO') return ''
    throw e
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

/** Write to stdout; a closed pipe (`| head`) ends the process quietly. */
export function out(s: string): void {
  process.stdout.write(s)
}

export function installPipeGuard(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
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
