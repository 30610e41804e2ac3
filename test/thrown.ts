// The PadananError a call throws, for tests that check its code and fields.
import { PadananError } from '../src/errors.js'

/** The PadananError `f` throws; any other outcome fails the test. */
export function thrown(f: () => unknown): PadananError {
  try {
    f()
  } catch (e) {
    if (e instanceof PadananError) return e
    throw e
  }
  throw new Error('expected a PadananError')
}
