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

/** What a lexicon changes of the lexicon it is based on: the base's lines it leaves out, and its own lines. */
export interface TsvPatch {
  /** Lines of the base left out, each exactly as the base has it. */
  readonly remove: string
  /** Lines added. */
  readonly add: string
}

/**
 * A lexicon written as another one plus a difference (Malay as the Indonesian lexicon, less the words
 * Malay does not use, plus its own): the base's lines less `remove`, and `add`, ordered by their source
 * side (UTF-16 code units); lines with one source side keep their order, the base's first. A line of
 * `remove` that the base does not have is an error, so that a change to the base cannot leave the
 * difference silently stale.
 *
 * @example
 * patchTsv('abang\tolder brother\nabu\tash\n', { remove: 'abu\tash\n', add: 'abah\tfather\n' })
 * //=> 'abah\tfather\nabang\tolder brother\n'
 */
export function patchTsv(base: string, patch: TsvPatch): string {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '')
  const gone = new Set(lines(patch.remove))
  const kept = lines(base).filter((l) => !gone.delete(l))
  if (gone.size > 0) throw new Error(`patchTsv: ${gone.size} line(s) to remove are not in the base, e.g. ${JSON.stringify([...gone][0])}`)
  const source = (l: string) => l.slice(0, l.indexOf('\t') < 0 ? l.length : l.indexOf('\t'))
  const all = [...kept, ...lines(patch.add)]
  // Array sort is stable: lines of one source side keep their order.
  all.sort((a, b) => {
    const x = source(a)
    const y = source(b)
    return x < y ? -1 : x > y ? 1 : 0
  })
  return all.length ? all.join('\n') + '\n' : ''
}
