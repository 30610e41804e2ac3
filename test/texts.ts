// Arbitrary texts for the scanners' property tests: any UTF-16 string (lone surrogates included), or
// a run of the given pieces, where the interesting characters meet far more often.
import fc from 'fast-check'

export function anyText(pieces: readonly string[], maxPieces = 30): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces }).map((xs) => xs.join('')))
}
