/**
 * JSONL lines into index records, the part of `padanan dedup --jsonl` that worker threads share:
 * a line is parsed and read into a record (or an error) the same way in every thread, so the output
 * does not depend on the number of workers.
 */
import { isPadananError, PadananError, type PadananErrorCode } from '../../errors.js'
import type { Recorder, StoredDoc } from '../../dedup/index.js'

/** One line's outcome: blank, a record, or the error it gave (a plain object, so it crosses threads). */
export type LineResult =
  | { readonly n: number; readonly blank: true }
  | { readonly n: number; readonly rec: StoredDoc }
  | { readonly n: number; readonly error: LineError }

export interface LineError {
  /** null: not a PadananError (an internal error). */
  readonly code: PadananErrorCode | null
  readonly message: string
  readonly field?: string
  readonly line?: number
}

/**
 * One JSONL record `{"id","text","lang"?}`, with the messages of parseJsonl (cli/io.ts).
 *
 * @example
 * parseRecord('{"id":"a","text":"Satu dua tiga."}', 1) //=> { id: 'a', text: 'Satu dua tiga.' }
 * parseRecord('{"text":"x"}', 7) //=> { id: 'stdin:7', text: 'x' }
 */
export function parseRecord(line: string, n: number): { id: string; text: string; lang?: string } {
  let o: unknown
  try {
    o = JSON.parse(line)
  } catch {
    throw new PadananError('BAD_INPUT', `stdin:${n}: not valid JSON`, { line: n })
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new PadananError('BAD_INPUT', `stdin:${n}: expected an object {"id","text","lang"?}`, { line: n })
  const r = o as Record<string, unknown>
  if (typeof r.text !== 'string') throw new PadananError('BAD_INPUT', `stdin:${n}: "text" must be a string`, { line: n, field: 'text' })
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') throw new PadananError('BAD_INPUT', `stdin:${n}: "id" must be a string`, { line: n, field: 'id' })
  if (r.lang !== undefined && typeof r.lang !== 'string') throw new PadananError('BAD_INPUT', `stdin:${n}: "lang" must be a string`, { line: n, field: 'lang' })
  return { id: r.id === undefined || r.id === '' ? `stdin:${n}` : String(r.id), text: r.text, ...(typeof r.lang === 'string' ? { lang: r.lang } : {}) }
}

/**
 * Line `n` (1-based) read into a record; errors are returned, not thrown.
 *
 * @example
 * recordLine(new Recorder(indexSettings({})), '{"id":"a","text":"Satu dua tiga."}', 1) //=> { n: 1, rec: { id: 'a', … } }
 */
export function recordLine(recorder: Recorder, raw: string, n: number): LineResult {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  if (line.trim() === '') return { n, blank: true }
  try {
    return { n, rec: recorder.record(parseRecord(line, n), n - 1) }
  } catch (e) {
    return { n, error: toLineError(e) }
  }
}

/**
 * An error as a plain object.
 *
 * @example
 * toLineError(new PadananError('BAD_INPUT', 'stdin:2: not valid JSON', { line: 2 })) //=> { code: 'BAD_INPUT', message: 'stdin:2: not valid JSON', line: 2 }
 */
export function toLineError(e: unknown): LineError {
  if (isPadananError(e)) return { code: e.code, message: e.message, ...(e.field !== undefined ? { field: e.field } : {}), ...(e.line !== undefined ? { line: e.line } : {}) }
  return { code: null, message: e instanceof Error ? e.message : String(e) }
}

/**
 * The error to throw for a line: a PadananError naming the line, as the one-thread path always did.
 *
 * @example
 * lineErrorToThrow({ code: 'UNKNOWN_LANGUAGE', message: 'unknown language "xx"' }, 4).message //=> 'stdin:4: unknown language "xx"'
 */
export function lineErrorToThrow(err: LineError, n: number): Error {
  if (err.code === null) return new Error(err.message)
  if (err.line !== undefined) return new PadananError(err.code, err.message, { line: err.line, ...(err.field !== undefined ? { field: err.field } : {}) })
  return new PadananError(err.code, `stdin:${n}: ${err.message}`, { line: n, ...(err.field !== undefined ? { field: err.field } : {}) })
}
