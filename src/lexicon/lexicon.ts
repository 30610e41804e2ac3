import { PadananError } from '../errors.js'

/**
 * A bilingual word list from one language into the pivot language (English by default), keyed by
 * stems on both sides so that lookups match what `prepare()` produces.
 */
export interface Lexicon {
  /** Source language code: `id`. */
  readonly from: string
  /** Target (pivot) language code: `en`. */
  readonly to: string
  /** Provenance and licence, shown to users. */
  readonly source: string
  /** Number of distinct source stems. */
  readonly size: number
  /** Target stems for a source stem; empty when the lexicon has none. */
  concepts(sourceStem: string): readonly string[]
  /** Whether the source stem has an entry. */
  has(sourceStem: string): boolean
  /** Every (source stem, target stems) entry, in insertion order. */
  entries(): IterableIterator<[string, readonly string[]]>
}

/** Options of {@link createLexicon}. */
export interface CreateLexiconOptions {
  readonly from: string
  readonly to: string
  readonly source: string
  /** Stems a lowercased source word; default identity. Pass the source pack's `stem`. */
  readonly stemFrom?: (w: string) => string
  /** Stems a lowercased target word; default identity. Pass the pivot pack's `stem`. */
  readonly stemTo?: (w: string) => string
}

const EMPTY: readonly string[] = Object.freeze([])

/**
 * Build a lexicon from (source word, target word) pairs. Both sides are lowercased and stemmed,
 * multi-word targets keep each content word (`kecerdasan buatan` → `artifici`, `intellig`).
 *
 * @example
 * const lex = createLexicon([['investasi', 'investment'], ['penelitian', 'research']],
 *   { from: 'id', to: 'en', source: 'example', stemFrom: id.stem, stemTo: en.stem })
 * lex.concepts('investasi') //=> ['invest']
 */
export function createLexicon(pairs: Iterable<readonly [string, string]>, options: CreateLexiconOptions): Lexicon {
  const { from, to, source } = options
  const sf = options.stemFrom ?? ((w: string) => w)
  const st = options.stemTo ?? ((w: string) => w)
  const map = new Map<string, string[]>()
  let n = 0
  for (const pair of pairs) {
    n++
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw new PadananError('BAD_LEXICON', `lexicon entry ${n} must be a [source, target] pair of strings`, { line: n })
    }
    const src = pair[0].trim().toLowerCase()
    const tgt = pair[1].trim().toLowerCase()
    if (!src || !tgt) continue
    // A multi-word source (kecerdasan buatan) is keyed by the stem of each word joined by a space.
    const key = src.split(/\s+/).map(sf).join(' ')
    const targets = tgt.split(/[\s-]+/).filter((w) => w.length > 1 || /\d/.test(w)).map(st)
    let list = map.get(key)
    if (!list) map.set(key, (list = []))
    for (const t of targets) if (!list.includes(t)) list.push(t)
  }
  return lexiconOfMap(map, { from, to, source })
}

/** A lexicon answering from a map of source stem(s) → pivot stems, kept as given. */
export function lexiconOfMap(map: ReadonlyMap<string, readonly string[]>, { from, to, source }: { readonly from: string; readonly to: string; readonly source: string }): Lexicon {
  return {
    from,
    to,
    source,
    get size() {
      return map.size
    },
    concepts: (s) => map.get(s) ?? EMPTY,
    has: (s) => map.has(s),
    entries: () => map.entries() as IterableIterator<[string, readonly string[]]>,
  }
}

/**
 * One lexicon that answers with the glosses of several (the union, in their order): a document whose
 * language could not be told between two close packs (Indonesian or Malay) is read with both.
 *
 * @example
 * unionLexicon([idEnLexicon(), msEnLexicon()]).concepts('kereta') //=> ['car', 'train', …]
 */
export function unionLexicon(lexicons: readonly Lexicon[]): Lexicon {
  if (lexicons.length === 1) return lexicons[0]!
  const cache = new Map<string, readonly string[]>()
  const concepts = (s: string): readonly string[] => {
    let hit = cache.get(s)
    if (hit === undefined) {
      const out: string[] = []
      for (const l of lexicons) for (const c of l.concepts(s)) if (!out.includes(c)) out.push(c)
      hit = out.length ? out : EMPTY
      if (cache.size >= 100_000) cache.clear()
      cache.set(s, hit)
    }
    return hit
  }
  return {
    from: lexicons.map((l) => l.from).join('+'),
    to: lexicons[0]!.to,
    source: lexicons.map((l) => l.source).join(' + '),
    get size() {
      return new Set(lexicons.flatMap((l) => [...l.entries()].map(([k]) => k))).size
    },
    concepts,
    has: (s) => lexicons.some((l) => l.has(s)),
    *entries() {
      const seen = new Set<string>()
      for (const l of lexicons) for (const [k] of l.entries()) if (!seen.has(k)) {
        seen.add(k)
        yield [k, concepts(k)]
      }
    },
  }
}
