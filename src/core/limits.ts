import { PadananError } from '../errors.js'

/** The longest text one call accepts, in UTF-16 code units (about 50 MB of text). Everything is linear below it. */
export const MAX_TEXT_LENGTH = 50_000_000

/** Check that a text argument is a string of acceptable size. */
export function checkText(text: unknown, field = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new PadananError('BAD_INPUT', `${field} must be a string, got ${text === null ? 'null' : typeof text}`, { field })
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new PadananError('INPUT_TOO_LARGE', `${field} has ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}. Split it into documents.`, { field })
  }
}
