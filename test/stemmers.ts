// Checks shared by the stemmer tests: padanan's fast stemmers against natural, the oracle.
import { expect } from 'vitest'

/** Each stemmer gives each word its expected stem. */
export function expectStems(cases: Record<string, string>, stemmers: readonly ((w: string) => string | null)[]): void {
  for (const [w, stem] of Object.entries(cases)) for (const s of stemmers) expect(s(w), w).toBe(stem)
}

/**
 * Words where `fast` and natural's `oracle` disagree, as [word, natural, padanan]. Words `fast`
 * leaves to natural (null) are not compared, but they must stay under 5% of the words.
 */
export function disagreements(words: Iterable<string>, fast: (w: string) => string | null, oracle: (w: string) => string): [string, string, string][] {
  const out: [string, string, string][] = []
  let n = 0
  let left = 0
  for (const w of words) {
    n++
    const got = fast(w)
    if (got === null) {
      left++
      continue
    }
    const want = oracle(w)
    if (got !== want) out.push([w, want, got])
  }
  expect(left / n).toBeLessThan(0.05)
  return out
}
