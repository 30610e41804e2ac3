/**
 * A word stemmer with the rules every pack shares: tokens of two letters or fewer and tokens with a
 * digit are kept as they are (they carry no affixes, and stemming rules would mangle `5g` or
 * `covid-19`), and stems are cached, bounded, because news repeats its words.
 *
 * @example
 * const stem = cachedStemmer((w) => w.replace(/s$/, ''))
 * stem('cats') //=> 'cat'
 * stem('5gs') //=> '5gs'
 */
export function cachedStemmer(stemWord: (lowercased: string) => string): (lowercased: string) => string {
  const cache = new Map<string, string>()
  return (w) => {
    const hit = cache.get(w)
    if (hit !== undefined) return hit
    const s = w.length <= 2 || /\d/.test(w) ? w : stemWord(w)
    if (cache.size >= 200_000) cache.clear()
    cache.set(w, s)
    return s
  }
}
