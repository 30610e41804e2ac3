import { createLexicon, type Lexicon } from '../../lexicon/lexicon.js'
// Stemmers directly, not the packs: the id pack points at this module (no import cycle).
import { stemEnglish, stemIndonesian } from '../../stem/natural.js'
import { lexiconEnTsv } from './lexicon-en.js'

/** Provenance and licence of the shipped lexicon, shown to users as `Lexicon.source`. */
export const ID_EN_LEXICON_SOURCE = 'padanan id→en lexicon: written for padanan by hand, words chosen by corpus frequency; MIT'

let cached: Lexicon | undefined

/** The `[indonesian, english]` pairs of the TSV text, one per well-formed line. */
function* pairs(tsv: string): Generator<readonly [string, string]> {
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    yield [line.slice(0, tab), line.slice(tab + 1)]
  }
}

/**
 * The Indonesian → English lexicon that ships with padanan (about 14,000 hand-written lines, keyed by
 * Indonesian stems, giving English Porter stems). The TSV text is parsed on the first call only and the
 * result is cached, so importing this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'id'`, `to: 'en'`)
 *
 * @example
 * const lex = idEnLexicon()
 * lex.concepts(id.stem('investasi'))   //=> ['invest']
 * lex.concepts(id.stem('tiongkok'))    //=> ['china']
 * lex.concepts(id.stem('pembangunan')) //=> ['build', 'wake', 'up', 'built', 'construct', 'develop']
 * lex.concepts('cerdas buat')          //=> ['artifici', 'intellig'] (kecerdasan buatan: stems joined by a space)
 */
export function idEnLexicon(): Lexicon {
  if (!cached) {
    cached = createLexicon(pairs(lexiconEnTsv), {
      from: 'id',
      to: 'en',
      source: ID_EN_LEXICON_SOURCE,
      stemFrom: stemIndonesian,
      stemTo: stemEnglish,
    })
  }
  return cached
}
