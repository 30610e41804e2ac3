/**
 * The lexicons that ship inside language packs are TSV text (`source<TAB>english`, one entry per line);
 * this turns such a text into a lexicon on first use, so importing a pack costs nothing.
 */
import { createLexicon, type CreateLexiconOptions, type Lexicon } from './lexicon.js'

/** The `[source, target]` pairs of a TSV text, one per line that has a tab after a non-empty source side. */
export function* tsvPairs(tsv: string): Generator<readonly [string, string]> {
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    yield [line.slice(0, tab), line.slice(tab + 1)]
  }
}

/**
 * A function that builds the lexicon of a TSV text on its first call and returns the same lexicon on
 * every later call. Packs export it as their lexicon (`deEnLexicon`, `frEnLexicon`, …).
 *
 * @example
 * const nlEnLexicon = lexiconFromTsv('huis\thouse\nhuizen\thouses\n', { from: 'nl', to: 'en', source: 'example; MIT', stemTo: en.stem })
 * nlEnLexicon().concepts('huis') //=> ['hous']
 */
export function lexiconFromTsv(tsv: string, options: CreateLexiconOptions): () => Lexicon {
  let cached: Lexicon | undefined
  return () => (cached ??= createLexicon(tsvPairs(tsv), options))
}
