/**
 * Shipped lexicons stored already stemmed. Building a lexicon from its word list stems every word on
 * both sides (about 28,000 stemmer calls for the Indonesian one, most of a short command's time); the
 * built-in lexicons are therefore written out once as stem tables (`lexicon-en.stemmed.ts`, made from
 * `lexicon-en.ts` by scripts/lexicon-stems.mjs) and read back with no stemming at all. A test rebuilds
 * each table from its word list and fails when the two differ.
 */
import { PadananError } from '../errors.js'
import { lexiconOfMap, type Lexicon } from './lexicon.js'

/** Options of {@link lexiconFromStemmed}: what the table is, as {@link Lexicon} reports it. */
export interface StemmedLexiconOptions {
  readonly from: string
  readonly to: string
  readonly source: string
}

/**
 * The stem table of a lexicon: one line per entry, in the lexicon's order, its source stem(s) then
 * each pivot stem, separated by tabs. {@link lexiconFromStemmed} reads it back to an equal lexicon.
 *
 * @example
 * const lex = createLexicon([['investasi', 'investment']], { from: 'id', to: 'en', source: 'example', stemTo: en.stem })
 * stemmedTable(lex) //=> 'investasi\tinvest\n'
 */
export function stemmedTable(lexicon: Lexicon): string {
  let out = ''
  for (const [key, targets] of lexicon.entries()) {
    if (key.includes('\t') || key.includes('\n') || targets.some((t) => t.includes('\t') || t.includes('\n'))) {
      throw new PadananError('BAD_LEXICON', `lexicon entry "${key}" holds a tab or a line break`)
    }
    out += targets.length ? `${key}\t${targets.join('\t')}\n` : `${key}\n`
  }
  return out
}

/**
 * A function that reads a stem table (see {@link stemmedTable}) into a lexicon on its first call and
 * returns the same lexicon on every later call; nothing is stemmed.
 *
 * @example
 * const lex = lexiconFromStemmed('investasi\tinvest\n', { from: 'id', to: 'en', source: 'example' })
 * lex().concepts('investasi') //=> ['invest']
 */
export function lexiconFromStemmed(table: string, options: StemmedLexiconOptions): () => Lexicon {
  let cached: Lexicon | undefined
  return () => (cached ??= readTable(table, options))
}

function readTable(table: string, { from, to, source }: StemmedLexiconOptions): Lexicon {
  const map = new Map<string, readonly string[]>()
  let at = 0
  while (at < table.length) {
    let end = table.indexOf('\n', at)
    if (end < 0) end = table.length
    if (end > at) {
      const fields = table.slice(at, end).split('\t')
      map.set(fields[0]!, fields.length > 1 ? fields.slice(1) : [])
    }
    at = end + 1
  }
  return lexiconOfMap(map, { from, to, source })
}
