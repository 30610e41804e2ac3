/**
 * Compound words read through a lexicon: German writes `Gletscherspalte` (glacier crevasse) as one
 * word, and a lexicon cannot list every such word. A word the lexicon does not know is read as known
 * parts. Language-free: the joints and the shortest part come from the pack (`LanguagePack.compounds`).
 */
import type { Lexicon } from './lexicon.js'
import type { LanguagePack } from '../types.js'

/** Deepest nesting read (Bergführer|verband|s|präsident is three joints). */
const MAX_DEPTH = 3

/**
 * A function giving, for a lowercased word the lexicon does not know, the stems of its known parts,
 * head (last part) first; empty when no reading covers the word. Words with hyphens are split at them;
 * closed compounds only when the pack declares `compounds`. Results are cached per word.
 *
 * @example
 * const parts = compoundParts(de, deEnLexicon())
 * parts('gletscherspalte') //=> ['spalt', 'gletsch'] (crevasse, glacier)
 * parts('baltoro-gletscher') //=> ['gletsch']
 */
export function compoundParts(pack: LanguagePack, lexicon: Lexicon): (word: string) => readonly string[] {
  // One reader (and its cache) per lexicon and pack: pairing builds a projection per document.
  let byPack = readers.get(lexicon)
  if (!byPack) readers.set(lexicon, (byPack = new WeakMap()))
  let fn = byPack.get(pack)
  if (!fn) byPack.set(pack, (fn = makeReader(pack, lexicon)))
  return fn
}
const readers = new WeakMap<Lexicon, WeakMap<LanguagePack, (word: string) => readonly string[]>>()

function makeReader(pack: LanguagePack, lexicon: Lexicon): (word: string) => readonly string[] {
  const stem = pack.stem ?? ((w: string) => w)
  const spec = pack.compounds
  const minPart = spec?.minPart ?? 0
  const minHead = Math.max(minPart, spec?.minHead ?? minPart)
  // Longest joint first, so `-es-` is tried before `-s-`.
  const linking = [...(spec?.linking ?? [])].sort((a, b) => b.length - a.length)
  const known = (w: string): string | null => {
    const s = stem(w)
    return lexicon.concepts(s).length ? s : lexicon.concepts(w).length ? w : null
  }
  const closed = (w: string, depth: number): string[] => {
    if (!spec || depth > MAX_DEPTH || w.length < 2 * minPart) return []
    // The longest known head wins: `bergführerverband` is …|verband, not …|band.
    for (let k = minPart; k <= w.length - minHead; k++) {
      const head = known(w.slice(k))
      if (!head) continue
      const mod = w.slice(0, k)
      const direct = known(mod)
      if (direct) return [head, direct]
      for (const j of linking) {
        if (mod.length - j.length < minPart || !mod.endsWith(j)) continue
        const m = known(mod.slice(0, -j.length))
        if (m) return [head, m]
      }
      const inner = closed(mod, depth + 1)
      if (inner.length) return [head, ...inner]
      // A known head with an unreadable modifier still says what the thing is.
      return [head]
    }
    return []
  }
  const cache = new Map<string, readonly string[]>()
  return (word) => {
    let hit = cache.get(word)
    if (hit) return hit
    if (word.includes('-')) {
      const out: string[] = []
      for (const part of word.split('-').reverse()) {
        if (part.length < 2) continue
        const k = known(part)
        if (k) out.push(k)
        else out.push(...closed(part, 1))
      }
      hit = out
    } else hit = closed(word, 0)
    if (cache.size >= 100_000) cache.clear()
    cache.set(word, hit)
    return hit
  }
}
