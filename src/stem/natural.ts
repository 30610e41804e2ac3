// The ONLY file that reaches `natural`, an optional peer: a user who wants one of its other stemmers
// (Italian, Spanish, Dutch, …) or its own Indonesian stemmer installs it. Its root module takes ~0.7 s,
// prints to stdout and loads the caller's .env, so we load just the stemmers submodule, on first use.
import { createRequire } from 'node:module'
import { PadananError } from '../errors.js'
import { cachedStemmer } from './cached.js'
import { frenchStem } from './french.js'
import { germanStem } from './german.js'
import { porterStem } from './porter.js'

interface NaturalStemmer {
  stem(token: string): string
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

/**
 * natural's stemmers that padanan implements itself, with the same stems (checked word for word
 * against natural): these need no natural. StemmerId is not here: natural's stems come from its own
 * root list, which is not padanan's.
 */
const OWN: Partial<Record<NaturalStemmerName, (w: string) => string>> = {
  PorterStemmer: porterStem,
  PorterStemmerDe: germanStem,
  PorterStemmerFr: frenchStem,
}

let loaded: Record<string, NaturalStemmer | undefined> | undefined

function naturalModule(): Record<string, NaturalStemmer | undefined> {
  if (!loaded) {
    try {
      loaded = createRequire(import.meta.url)('natural/lib/natural/stemmers/index.js') as Record<string, NaturalStemmer | undefined>
    } catch {
      throw new PadananError('BAD_OPTIONS', 'this stemmer needs the optional package "natural": npm install natural', { field: 'stem' })
    }
  }
  return loaded
}

/**
 * One of natural's stemmers, loaded on first use, with a bounded cache (news repeats tokens).
 * `PorterStemmer`, `PorterStemmerDe` and `PorterStemmerFr` run padanan's own implementations (the
 * same stems, no natural needed); the others need the optional package `natural` installed.
 * A language pack names its stemmer here: `stem: naturalStemmer('PorterStemmerIt')`.
 *
 * `naturalStemmer('StemmerId')` is natural's Indonesian stemmer over natural's own root list, which
 * derives from Kateglo (CC BY-NC-SA 3.0, non-commercial): an opt-in for users who accept that
 * licence; the built-in `id` and `ms` packs use padanan's root list instead.
 *
 * @throws PadananError `BAD_OPTIONS` on first use when natural is not installed or has no stemmer of that name
 * @example
 * const stemItalian = naturalStemmer('PorterStemmerIt') // after `npm install natural`
 * stemItalian('governi') //=> 'govern'
 */
export function naturalStemmer(name: NaturalStemmerName): (lowercased: string) => string {
  const own = OWN[name]
  if (own) return cachedStemmer(own)
  let stemmer: NaturalStemmer | undefined
  return cachedStemmer((w) => {
    if (!stemmer) {
      const s = naturalModule()[name]
      if (!s || typeof s.stem !== 'function') throw new PadananError('BAD_OPTIONS', `natural has no stemmer "${String(name)}"`, { field: 'stem' })
      stemmer = s
    }
    return stemmer.stem(w)
  })
}
