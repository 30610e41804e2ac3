/**
 * Number words written as one word (de `dreiundzwanzig`, `zweihundertfünfzig`, `neunzehnhundertneunzig`,
 * `hundertste`). A grammar lists the pieces in `closedCompounds.parts`; this file splits a word into those pieces
 * and reads its value. Language-free: every piece, joiner and ending comes from the grammar.
 */
import type { NumberGrammar } from './types.js'

/** A joiner piece (de `und`) inside a split. */
const JOIN = -1

// Splits of real text repeat: cache them, bounded so a long stream of new words cannot grow memory.
const CACHE_MAX = 50_000

/** Reads compound number words of one grammar. Built once per grammar by {@link compoundReader}. */
export interface CompoundReader {
  /** The value of a lowercased cardinal compound (`dreiundzwanzig` → 23), or null when the word is not one. */
  cardinal(word: string): number | null
  /** The value of a lowercased ordinal compound (`einundzwanzigste` → 21, `hundertdritte` → 103), or null. */
  ordinal(word: string): number | null
}

const readers = new WeakMap<NumberGrammar, CompoundReader | null>()

/**
 * The compound reader of a grammar, or null when the grammar has no `closedCompounds` key.
 *
 * @example
 * compoundReader(de.numbers)!.cardinal('zweihundertfünfzig') //=> 250
 * compoundReader(de.numbers)!.ordinal('zwanzigsten') //=> 20
 */
export function compoundReader(g: NumberGrammar): CompoundReader | null {
  if (readers.has(g)) return readers.get(g)!
  const r = g.closedCompounds ? build(g) : null
  readers.set(g, r)
  return r
}

function build(g: NumberGrammar): CompoundReader {
  const spec = g.closedCompounds!
  const parts = new Map<string, number>()
  for (const [w, v] of Object.entries(spec.parts)) parts.set(w.toLowerCase(), v)
  for (const w of spec.joiners ?? []) parts.set(w.toLowerCase(), JOIN)
  // Longest pieces first, so `achtzehn` is one piece, not `acht` + `zehn`.
  const byFirst = new Map<string, string[]>()
  for (const w of parts.keys()) {
    const list = byFirst.get(w[0]!) ?? []
    list.push(w)
    byFirst.set(w[0]!, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  const units = new Map(Object.entries(g.units).map(([w, v]) => [w.toLowerCase(), v] as const))
  const ordWords = new Map(Object.entries(g.ordinals.words).map(([w, v]) => [w.toLowerCase(), v] as const))
  const superlatives = Object.entries(spec.superlatives?.prefixes ?? {}).map(([w, v]) => [w.toLowerCase(), v] as const)
  const superlativeEndings = (spec.superlatives?.endings ?? []).map((s) => s.toLowerCase())
  const suffixes = [...(spec.ordinalSuffixes ?? [])].map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length)
  const adjectiveSuffixes = [...(spec.adjectiveSuffixes ?? [])].map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length)

  const cardCache = new Map<string, number | null>()
  const ordCache = new Map<string, number | null>()
  const remember = (m: Map<string, number | null>, k: string, v: number | null): number | null => {
    if (m.size >= CACHE_MAX) m.clear()
    m.set(k, v)
    return v
  }

  /** Every way to cut `w` into pieces, longest piece first; the first sequence that reads wins. */
  const parse = (w: string): number | null => {
    const seq: number[] = []
    const walk = (at: number): number | null => {
      if (at === w.length) return seq.length > 1 || (seq.length === 1 && seq[0]! >= 100) ? evaluate(seq) : null
      for (const p of byFirst.get(w[at]!) ?? []) {
        if (!w.startsWith(p, at)) continue
        seq.push(parts.get(p)!)
        const v = walk(at + p.length)
        seq.pop()
        if (v !== null) return v
      }
      return null
    }
    return walk(0)
  }

  /** `zweistündigen`, `achtjährige`: a number (a unit, one piece or a compound) and an adjective ending. */
  const adjective = (w: string): number | null => {
    for (const s of adjectiveSuffixes) {
      if (w.length <= s.length || !w.endsWith(s)) continue
      const head = w.slice(0, -s.length)
      const piece = parts.get(head)
      const v = units.get(head) ?? (piece !== undefined && piece > 0 ? piece : parse(head))
      if (v !== null) return v
    }
    return null
  }

  // Callers pass lowercased words (the engine's `low`); the hot path does not lowercase again.
  const cardinal = (w: string): number | null => {
    const u = units.get(w)
    if (u !== undefined) return u
    if (!byFirst.has(w[0] ?? '')) return null
    const hit = cardCache.get(w)
    if (hit !== undefined) return hit
    return remember(cardCache, w, parse(w) ?? (adjectiveSuffixes.length ? adjective(w) : null))
  }

  const ordinal = (w: string): number | null => {
    if (w.length < 5 || !byFirst.has(w[0] ?? '')) return null
    const hit = ordCache.get(w)
    if (hit !== undefined) return hit
    let v: number | null = null
    // `zwanzigste`, `hundertsten`: a cardinal from twenty up and an ordinal ending.
    for (const s of suffixes) {
      if (w.length <= s.length || !w.endsWith(s)) continue
      const c = cardinal(w.slice(0, -s.length))
      if (c !== null && c >= 20 && Number.isInteger(c)) {
        v = c
        break
      }
    }
    // `zweitgrößte`, `drittlängsten`: an ordinal stem and a superlative.
    for (const [stem, o] of superlatives) {
      if (v !== null) break
      if (w.length - stem.length >= 4 && w.startsWith(stem) && superlativeEndings.some((s) => w.endsWith(s))) v = o
    }
    // `hundertdritte`, `zweitausenderste`: a round cardinal and an ordinal word.
    if (v === null) {
      for (let k = 1; k < w.length - 1 && v === null; k++) {
        const o = ordWords.get(w.slice(k))
        if (o === undefined) continue
        const p = cardinal(w.slice(0, k))
        if (p !== null && p >= 100 && p % 100 === 0) v = p + o
      }
    }
    return remember(ordCache, w, v)
  }

  return { cardinal, ordinal }
}

/**
 * The value of a split, or null when the pieces do not form a number. Small pieces (below 100) add up,
 * a joiner links a unit to a following ten (`drei` `und` `zwanzig`) or a hundred/thousand to a smaller
 * number (`hundert` `und` `eins`), pieces from 100 to 999 multiply what stands before them
 * (`neunzehn` `hundert`), and pieces from 1000 close a group (`zwei` `tausend` `vier` `hundert`).
 */
function evaluate(seq: readonly number[]): number | null {
  let total = 0
  let cur = 0
  let scale = Infinity
  let prev: 'none' | 'small' | 'join' | 'hundred' | 'scale' | 'half' = 'none'
  let joinedAfter: 'small' | 'big' = 'small'
  let tail = 0
  for (const x of seq) {
    if (x === JOIN) {
      if (prev === 'small' && tail >= 1 && tail <= 9) joinedAfter = 'small'
      else if (prev === 'hundred' || prev === 'scale') joinedAfter = 'big'
      else return null
      prev = 'join'
    } else if (x > 0 && x < 1) {
      // `zweieinhalb`: a fraction piece ends the word after a unit.
      if (prev !== 'small') return null
      cur += x
      prev = 'half'
    } else if (x < 100) {
      if (prev === 'join') {
        if (joinedAfter === 'small' && !(x >= 20 && x % 10 === 0)) return null
      } else if (prev === 'small' || prev === 'half') return null
      cur += x
      tail = x
      prev = 'small'
    } else if (x < 1000) {
      if (prev === 'join' || prev === 'half' || prev === 'hundred' || cur >= 100) return null
      cur = (cur || 1) * x
      prev = 'hundred'
    } else {
      if (prev === 'join' || prev === 'half' || x >= scale) return null
      total += (cur || 1) * x
      cur = 0
      scale = x
      prev = 'scale'
    }
  }
  if (prev === 'join' || prev === 'none') return null
  return total + cur
}

/**
 * A map that answers keys it does not hold from a lookup function: the engine's word tables stay plain
 * maps, and compound words are read only when a text holds them.
 */
export class FallbackMap<V> extends Map<string, V> {
  private lookup: ((key: string) => V | undefined) | undefined

  /**
   * @example
   * const m = new FallbackMap<number>([['drei', 3]], (w) => (w === 'dreissig' ? 30 : undefined))
   * m.get('dreissig') //=> 30
   */
  constructor(entries: Iterable<readonly [string, V]>, lookup: (key: string) => V | undefined) {
    super(entries)
    this.lookup = lookup
  }

  override get(key: string): V | undefined {
    const v = super.get(key)
    return v !== undefined || !this.lookup ? v : this.lookup(key)
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined
  }
}

/**
 * A set that also holds every key a test accepts (the engine's trigger words, extended by compounds).
 *
 * @example
 * new FallbackSet(['drei'], (w) => w.endsWith('zig')).has('vierzig') //=> true
 */
export class FallbackSet extends Set<string> {
  private test: ((key: string) => boolean) | undefined

  constructor(entries: Iterable<string>, test: (key: string) => boolean) {
    super(entries)
    this.test = test
  }

  override has(key: string): boolean {
    return super.has(key) || (!!this.test && this.test(key))
  }
}
