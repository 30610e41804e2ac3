// The ONLY file that imports `natural`. Its root module takes ~0.7 s, prints to stdout and loads
// the caller's .env, so we load just the stemmers submodule, and only on first use.
import { createRequire } from 'node:module'
import { PadananError } from '../errors.js'
import { confixStemmer } from './confix.js'
import { porterStem } from './porter.js'

interface NaturalStemmer {
  stem(token: string): string
  /** StemmerId's dictionary of roots. */
  dictionary?: readonly string[]
}

/** The stemmers of natural's `stemmers` module, by export name. */
export type NaturalStemmerName =
  | 'PorterStemmer'
  | 'LancasterStemmer'
  | 'StemmerId'
  | 'PorterStemmerDe'
  | 'PorterStemmerEs'
  | 'PorterStemmerFa'
  | 'PorterStemmerFr'
  | 'CarryStemmerFr'
  | 'PorterStemmerIt'
  | 'PorterStemmerNl'
  | 'PorterStemmerNo'
  | 'PorterStemmerPt'
  | 'PorterStemmerRu'
  | 'PorterStemmerSv'
  | 'PorterStemmerUk'
  | 'StemmerJa'

let loaded: Record<NaturalStemmerName, NaturalStemmer | undefined> | undefined

/**
 * padanan's own implementations of natural's rules, the same stems 3–6× faster: each gives a stem,
 * or null for a word it leaves to natural. Made once per stemmer, on first use (StemmerId's from
 * natural's dictionary of roots).
 */
const FASTER: Partial<Record<NaturalStemmerName, (natural: NaturalStemmer) => ((w: string) => string | null) | undefined>> = {
  StemmerId: (n) => (Array.isArray(n.dictionary) ? confixStemmer(new Set(n.dictionary.filter(Boolean))) : undefined),
  PorterStemmer: () => porterStem,
}
const resolved = new Map<NaturalStemmerName, NaturalStemmer>()

/** natural's stemmer of that name, through padanan's faster rules where it has them; undefined when natural has none. */
function stemmerNamed(name: NaturalStemmerName): NaturalStemmer | undefined {
  let s = resolved.get(name)
  if (s) return s
  const natural = stemmers()[name]
  if (!natural || typeof natural.stem !== 'function') return undefined
  const fast = FASTER[name]?.(natural)
  s = fast ? { stem: (t) => fast(t) ?? natural.stem(t) } : natural
  resolved.set(name, s)
  return s
}

function stemmers(): Record<NaturalStemmerName, NaturalStemmer | undefined> {
  if (!loaded) {
    const req = createRequire(import.meta.url)
    loaded = req('natural/lib/natural/stemmers/index.js') as Record<NaturalStemmerName, NaturalStemmer | undefined>
  }
  return loaded
}

/**
 * One of natural's stemmers, loaded on first use, with a bounded cache (news repeats tokens).
 * StemmerId and PorterStemmer run through padanan's own implementations of their rules (the same
 * stems, 3–6× faster: src/stem/confix.ts, src/stem/porter.ts). A language pack names its stemmer
 * here and needs no other file: `stem: naturalStemmer('PorterStemmerIt')`.
 *
 * @throws PadananError `BAD_OPTIONS` on first use when natural has no stemmer of that name
 * @example
 * const stemItalian = naturalStemmer('PorterStemmerIt')
 * stemItalian('governi') //=> 'govern'
 */
export function naturalStemmer(name: NaturalStemmerName): (lowercased: string) => string {
  const cache = new Map<string, string>()
  let stemmer: NaturalStemmer | undefined
  return (w) => {
    const hit = cache.get(w)
    if (hit !== undefined) return hit
    if (!stemmer) {
      stemmer = stemmerNamed(name)
      if (!stemmer) throw new PadananError('BAD_OPTIONS', `natural has no stemmer "${String(name)}"`, { field: 'stem' })
    }
    // Digits and very short tokens carry no affixes; natural's stemmers also mangle digits.
    const s = w.length <= 2 || /\d/.test(w) ? w : stemmer.stem(w)
    if (cache.size >= 200_000) cache.clear()
    cache.set(w, s)
    return s
  }
}

/** Indonesian stemmer (natural's Sastrawi-style StemmerId): `pengembangan` → `kembang`. */
export const stemIndonesian = naturalStemmer('StemmerId')
/** English Porter stemmer: `technologies` → `technolog`. */
export const stemEnglish = naturalStemmer('PorterStemmer')
/** German Snowball-style Porter stemmer (natural's PorterStemmerDe): `regierungen` → `regier`. */
export const stemGerman = naturalStemmer('PorterStemmerDe')
/** French Snowball-style Porter stemmer (natural's PorterStemmerFr): `gouvernements` → `gouvern`. */
export const stemFrench = naturalStemmer('PorterStemmerFr')
