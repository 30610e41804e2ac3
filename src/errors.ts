/**
 * Stable error codes. They are part of the public contract: code that catches a
 * {@link PadananError} may switch on `code`, so a code is never renamed.
 */
export type PadananErrorCode =
  | 'UNKNOWN_LANGUAGE'
  | 'BAD_INPUT'
  | 'BAD_LANGUAGE_PACK'
  | 'BAD_LEXICON'
  | 'BAD_OPTIONS'
  | 'INPUT_TOO_LARGE'
  | 'STORAGE_UNAVAILABLE'
  | 'WRITE_FAILED'

/**
 * The one error type padanan throws on bad input. `field` names the offending
 * option or pack field; `line` is set for errors in line-oriented files.
 *
 * @example
 * try { extractNumbers('…', 'xx') } catch (e) {
 *   if (e instanceof PadananError && e.code === 'UNKNOWN_LANGUAGE') …
 * }
 */
export class PadananError extends Error {
  readonly code: PadananErrorCode
  readonly field?: string
  readonly line?: number

  constructor(code: PadananErrorCode, message: string, details: { field?: string; line?: number } = {}) {
    super(message)
    this.name = 'PadananError'
    this.code = code
    if (details.field !== undefined) this.field = details.field
    if (details.line !== undefined) this.line = details.line
  }
}

/** Type guard that works across bundle copies (ESM and CJS builds each carry the class). */
export function isPadananError(e: unknown): e is PadananError {
  return e instanceof Error && e.name === 'PadananError' && typeof (e as PadananError).code === 'string'
}
