// The Indonesian (and Malay) stemmer: confix stripping (src/stem/confix.ts) over padanan's own root
// list (src/langs/id/roots.ts, built by scripts/id-roots.mjs from MIT and CC BY-SA sources). The
// root list is split into a Set on first use, not at import.
import { rootsText } from '../langs/id/roots.js'
import { confixStemmer } from './confix.js'

let stripper: ((w: string) => string | null) | undefined

/**
 * The root of one lowercased Indonesian or Malay word: prefixes, suffixes, confixes and
 * reduplication removed down to a known root (`pengembangan` → `kembang`, `negara-negara` →
 * `negara`). A word whose root is not known, or with characters other than a–z and single hyphens
 * (`jum'at`, `café`), is returned as it is.
 *
 * @example
 * indonesianStem('pengembangan') //=> 'kembang'
 * indonesianStem('mempromosikan') //=> 'promosi'
 */
export function indonesianStem(word: string): string {
  stripper ??= confixStemmer(new Set(rootsText.split('\n')))
  return stripper(word.toLowerCase()) ?? word
}
