// The ONLY file that imports `natural`. Its root module takes ~0.7 s, prints to stdout and loads
// the caller's .env, so we load just the stemmers submodule, and only on first use.
import { createRequire } from 'node:module'

interface NaturalStemmer {
  stem(token: string): string
}
interface NaturalStemmers {
  StemmerId: NaturalStemmer
  PorterStemmer: NaturalStemmer
  PorterStemmerDe: NaturalStemmer
  PorterStemmerFr: NaturalStemmer
}

let loaded: NaturalStemmers | undefined

function stemmers(): NaturalStemmers {
  if (!loaded) {
    const req = createRequire(import.meta.url)
    loaded = req('natural/lib/natural/stemmers/index.js') as NaturalStemmers
  }
  return loaded
}

/** A stemmer with a bounded cache: natural's StemmerId costs ~10 µs a token, news repeats tokens. */
function cached(pick: (s: NaturalStemmers) => NaturalStemmer): (lowercased: string) => string {
  const cache = new Map<string, string>()
  return (w) => {
    const hit = cache.get(w)
    if (hit !== undefined) return hit
    // Digits and very short tokens carry no affixes; natural's stemmers also mangle digits.
    const s = w.length <= 2 || /\d/.test(w) ? w : pick(stemmers()).stem(w)
    if (cache.size >= 200_000) cache.clear()
    cache.set(w, s)
    return s
  }
}

/** Indonesian stemmer (natural's Sastrawi-style StemmerId): `pengembangan` → `kembang`. */
export const stemIndonesian = cached((s) => s.StemmerId)
/** English Porter stemmer: `technologies` → `technolog`. */
export const stemEnglish = cached((s) => s.PorterStemmer)
/** German Snowball-style Porter stemmer (natural's PorterStemmerDe): `regierungen` → `regier`. */
export const stemGerman = cached((s) => s.PorterStemmerDe)
/** French Snowball-style Porter stemmer (natural's PorterStemmerFr): `gouvernements` → `gouvern`. */
export const stemFrench = cached((s) => s.PorterStemmerFr)
