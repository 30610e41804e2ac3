/**
 * Spelled-out numbers: "dua puluh tiga", "seratus lima puluh", "a hundred and fifty", "vingt et un",
 * "zwei Billionen eine Milliarde", "tiga koma lima", with their scales (`juta`, `million`, `万`), and
 * fractions (`setengah`, `a third`, `½`). Language-free: the words come from the grammar.
 */
import type { CompiledGrammar, NumberWord } from './compile.js'
import { DASHES, gluedToPrevious, nextOnLine, previousOnLine } from './cursor.js'
import type { Lex } from './lexer.js'
import type { NotNumbers } from './not-numbers.js'
import { FRACTION, makeCore, type NumberCore } from './parsed.js'

/** Where a reading of number words starts when an ordinal's prefix already gave its first word (id `ketiga puluh`). */
export interface WordsSeed {
  cur: number
  tail: number
  last: 'unit' | 'mult'
}

/** Number words read: their value, and the state an ordinal word after them continues from. */
export interface WordsReading {
  end: number
  value: number
  /** The last scale word (≥ 1000) applied, or 0. */
  scale: number
  /** The sum of the groups closed by scale words. */
  total: number
  /** The group still open. */
  cur: number
  /** The last unit or tens word of the open group. */
  tail: number
  /** An ordinal compound ended the number (fr `vingt et unième`). */
  ordinal?: true
}

/** Reads number words in one text's tokens. */
export class NumberWords {
  constructor(
    private readonly tables: CompiledGrammar,
    private readonly tokens: readonly Lex[],
    private readonly notNumbers: NotNumbers,
  ) {}

  /**
   * Number words: "dua puluh tiga", "seratus lima puluh", "a hundred and fifty", "one and a half million",
   * "tiga koma lima". Returns the value and the last scale word (≥ 1000) applied.
   */
  read(i: number, seed?: WordsSeed): WordsReading | null {
    const c = this.tables
    let ordinal = false
    let total = 0
    let cur = seed?.cur ?? 0
    let tail = seed?.tail ?? 0
    let last: 'unit' | 'teen' | 'mult' | 'half' | null = seed?.last ?? null
    let any = !!seed
    let article = false
    let scale = 0
    // The groups closed so far, as (scale, amount) pairs: what a larger scale word multiplies.
    let groups: number[] = []
    let end = seed ? i : -1
    let j = seed ? nextOnLine(this.tokens, i) : i
    if (seed && j < 0) return null
    while (j >= 0 && j < this.tokens.length) {
      const t = this.tokens[j]!
      if (t.type !== 'word') {
        // "twenty-three": a hyphen between a tens word and a unit word.
        if (any && this.numberHyphen(j)) {
          j = j + 1
          continue
        }
        if (any && DASHES.has(t.text) && gluedToPrevious(this.tokens, j) && gluedToPrevious(this.tokens, j + 1) && last === 'unit' && tail % 10 === 0 && tail >= 20) {
          const nx = this.tokens[j + 1]
          const nv = nx && nx.type === 'word' ? c.words.get(nx.low) : undefined
          if (nv && nv.type === 'unit' && nv.value < 10) {
            j = j + 1
            continue
          }
        }
        break
      }
      if (any && (last === 'unit' || last === 'teen' || last === 'mult')) {
        const h = c.andAHalf.match(this.tokens, j)
        if (h) {
          // "un million et demi", "a million and a half": half of the scale just closed.
          if (last === 'mult' && cur === 0 && scale > 0) total += scale / 2
          else cur += 0.5
          tail = 0
          last = 'half'
          end = h.end
          j = nextOnLine(this.tokens, h.end)
          continue
        }
        const dw = c.decimalWords.match(this.tokens, j)
        if (dw) {
          // "tiga koma lima", "three point two five": digit words after the decimal word.
          let k = nextOnLine(this.tokens, dw.end)
          let digits = ''
          let kEnd = -1
          while (k >= 0) {
            const dv = this.tokens[k]?.type === 'word' ? c.words.get(this.tokens[k]!.low) : undefined
            if (!dv || dv.type !== 'unit' || dv.value > 9) break
            digits += String(dv.value)
            kEnd = k + 1
            k = nextOnLine(this.tokens, k + 1)
          }
          if (digits) {
            cur += Number(`0.${digits}`)
            tail = 0
            last = 'half'
            end = kEnd
            j = k
            continue
          }
        }
      }
      // de "zwei Billionen eine Milliarde": mid-number, an article stands for one before a smaller scale.
      if (any && last === 'mult' && cur === 0 && scale > 0 && c.articles.has(t.low)) {
        const n = nextOnLine(this.tokens, j + 1)
        const nv = n > 0 && this.tokens[n]!.type === 'word' ? c.words.get(this.tokens[n]!.low) : undefined
        if (nv && nv.type === 'mult' && !nv.onePrefixed && nv.value >= 1000 && nv.value < scale) {
          cur = 1
          j = n
          continue
        }
      }
      if (!any && c.articles.has(t.low)) {
        const n = nextOnLine(this.tokens, j + 1)
        const nv = n > 0 && this.tokens[n]!.type === 'word' ? c.words.get(this.tokens[n]!.low) : undefined
        if (nv && nv.type === 'mult' && !nv.onePrefixed && nv.value >= 10 && !article) {
          article = true
          j = n
          continue
        }
        // de `ein bis zwei Tage`, zh `一到三只`: before a range joiner word and a number, the article is one.
        const jn = n > 0 && !article && this.tokens[n]!.type === 'word' ? c.joiners.match(this.tokens, n) : null
        const m = jn ? nextOnLine(this.tokens, jn.end) : -1
        // de `ein Prozent`, fr `un pour cent`: before a percent word, the article is one too (not after a
        // fraction word: `half a percent` is the half).
        const pv = previousOnLine(this.tokens, j)
        const afterFraction = pv >= 0 && c.fractions.match(this.tokens, pv)?.end === pv + 1
        const percent = n > 0 && !article && !afterFraction && this.tokens[n]!.type === 'word' && !!c.percent.match(this.tokens, n)
        if (percent || (m > 0 && this.tokens[m]!.type !== 'space' && (this.tokens[m]!.type === 'num' || c.words.has(this.tokens[m]!.low)))) {
          cur = 1
          tail = 1
          last = 'unit'
          any = true
          end = j + 1
        }
        break
      }
      if (any && c.joinerWords.has(t.low)) {
        // "a hundred and fifty": only after a multiplier and before a smaller number word.
        const n = nextOnLine(this.tokens, j + 1)
        const nv = n > 0 && this.tokens[n]!.type === 'word' ? c.words.get(this.tokens[n]!.low) : undefined
        if (last === 'mult' && nv && nv.type === 'unit') {
          j = n
          continue
        }
        break
      }
      const wa = this.wordAt(j)
      if (!wa) break
      const wv = wa.word
      // Bare multipliers (cent, mille) and their ordinals (centième, millième) stand for one of them.
      const bare = c.bareMultipliers.has(t.low) || (wa.ordinal && wv.type === 'mult')
      if (wv.type === 'unit') {
        if (any && (last === 'unit' || last === 'teen' || last === 'half')) {
          // Only "twenty three" (a tens word then a unit) continues.
          if (!(last === 'unit' && tail % 10 === 0 && tail >= 20 && tail < 100 && wv.value < 10)) break
        }
        if (any && last === 'mult' && cur % 1000 !== 0 && wv.value >= 100) break
        cur += wv.value
        tail += wv.value
        last = 'unit'
      } else if (wv.type === 'teen') {
        if (last !== 'unit' || tail < 1 || tail > 9) break
        cur += 10
        tail = 0
        last = 'teen'
      } else {
        if (wv.onePrefixed) {
          if (any && (last === 'unit' || last === 'teen' || last === 'half')) break
          if (wv.value >= 1000) {
            // "seribu", "sejuta": one of the scale, closing a group; "dua seribu" is not a number.
            if (cur !== 0 || (scale && wv.value >= scale)) break
            total += wv.value
            groups.push(wv.value, wv.value)
            scale = wv.value
          } else {
            cur += wv.value
          }
          tail = 0
        } else if (wv.value < 1000) {
          if (wv.value === 12 && !article && !any) break
          if (last === 'half') cur = cur * wv.value
          else if (tail > 0) cur = cur - tail + tail * wv.value
          // A bare multiplier starts a number or a new group: "cent", "cinq mille cent".
          else if ((article && !any) || (bare && cur === 0)) cur = wv.value
          else break
          tail = 0
        } else {
          let base = cur
          if (base === 0) {
            if ((article && !any) || (bare && cur === 0 && (!scale || wv.value < scale))) base = 1
            // "mille milliards", "a thousand billion": a larger scale right after a smaller one multiplies the total.
            else if (last === 'mult' && scale && wv.value > scale && total > 0) {
              const keep = above(groups, wv.value)
              total = keep + (total - keep) * wv.value
              groups = [wv.value, total - keep, ...groupsAbove(groups, wv.value)]
              scale = wv.value
              last = 'mult'
              any = true
              end = wa.end
              j = nextOnLine(this.tokens, wa.end)
              continue
            } else break
          }
          if (scale && wv.value >= scale) {
            // "seratus ribu juta" and the like: a larger scale after a smaller one multiplies what stands
            // since the last scale larger than it (zh 一亿两千万: 万 multiplies 两千, not 一亿).
            const keep = above(groups, wv.value)
            total = keep + (total - keep + base) * wv.value
            groups = [wv.value, total - keep, ...groupsAbove(groups, wv.value)]
          } else {
            total += base * wv.value
            groups.push(wv.value, base * wv.value)
          }
          cur = 0
          tail = 0
          scale = wv.value
        }
        last = 'mult'
      }
      any = true
      if (wa.ordinal) ordinal = true
      end = wa.end
      // An ordinal word ends the number (deux cent vingt-deuxième).
      if (ordinal) break
      j = nextOnLine(this.tokens, wa.end)
    }
    if (!any || end < 0) return null
    return { end, value: total + cur, scale, total, cur, tail, ...(ordinal ? { ordinal: true as const } : {}) }
  }

  /**
   * The number word at j: an ordinal compound that ends the number (vingt et unième), a compound
   * (dix-sept, vingt et un) or a plain word. The longest match wins.
   */
  private wordAt(j: number): { word: NumberWord; end: number; ordinal: boolean } | null {
    const c = this.tables
    const t = this.tokens[j]!
    const asWord = (v: number): NumberWord => (v < 100 ? { type: 'unit', value: v } : { type: 'mult', value: v, onePrefixed: false })
    let best: { word: NumberWord; end: number; ordinal: boolean } | null = null
    const oc = c.ordinalCompounds?.match(this.tokens, j)
    if (oc) best = { word: asWord(oc.phrase.value), end: oc.end, ordinal: true }
    const cp = c.compounds?.match(this.tokens, j)
    if (cp && (!best || cp.end > best.end)) best = { word: { type: 'unit', value: cp.phrase.value }, end: cp.end, ordinal: false }
    if (best) return best
    if (t.type !== 'word') return null
    const wv = c.words.get(t.low)
    return wv ? { word: wv, end: j + 1, ordinal: false } : null
  }

  /** A glued hyphen between two number words, where the grammar joins number words by hyphens. */
  private numberHyphen(j: number): boolean {
    if (!this.tables.grammar.hyphenJoins || !DASHES.has(this.tokens[j]!.text) || !gluedToPrevious(this.tokens, j) || !gluedToPrevious(this.tokens, j + 1)) return false
    const nx = this.tokens[j + 1]
    return !!nx && nx.type === 'word' && this.wordAt(j + 1) !== null
  }

  /** A fraction word or phrase (`setengah`, `a third`, `three quarters`), or a fraction of a scale (`half a million`: a cardinal). */
  fraction(i: number): NumberCore | null {
    const c = this.tables
    const fr = c.fractions.match(this.tokens, i)
    if (!fr) return null
    if (this.notNumbers.fractionNamesPeriod(i, fr.end)) return null
    const multiword = fr.phrase.parts.length > 1
    // "half a million", "setengah juta": a fraction of a scale is a cardinal.
    let n = nextOnLine(this.tokens, fr.end)
    if (n > 0 && c.articles.has(this.tokens[n]!.low)) n = nextOnLine(this.tokens, n + 1)
    if (n > 0) {
      const sc = this.tokens[n]!.type === 'word' ? c.words.get(this.tokens[n]!.low) : undefined
      if (sc && sc.type === 'mult' && !sc.onePrefixed && sc.value >= 100) {
        return makeCore(n + 1, fr.phrase.value * sc.value, 'words', sc.value, undefined, FRACTION)
      }
    }
    const lastWord = fr.phrase.parts[fr.phrase.parts.length - 1]!
    if (multiword && c.fractionFollowers.size > 0 && c.grammar.fractions[lastWord] === undefined && c.ordinalWords.has(lastWord)) {
      // "a third of", "un cinquième de": a spaced phrase ending in an ordinal word needs "of" or punctuation
      // after it, else it is the ordinal ("a third term", "un cinquième homme"); "two thirds voted" is a share.
      const hyphenated = this.tokens.slice(i, fr.end).some((t) => t.type === 'sym')
      if (!hyphenated) {
        const nx = nextOnLine(this.tokens, fr.end)
        const nt = nx > 0 ? this.tokens[nx] : undefined
        if (nt && nt.type === 'word' && !c.fractionFollowers.has(nt.low)) return null
      }
    }
    return makeCore(fr.end, fr.phrase.value, 'words', 0, undefined, FRACTION)
  }
}

/** The sum of the groups closed by scales larger than `scale` (pairs of scale, amount). */
function above(groups: readonly number[], scale: number): number {
  let s = 0
  for (let k = 0; k < groups.length; k += 2) if (groups[k]! > scale) s += groups[k + 1]!
  return s
}

/** The groups closed by scales larger than `scale`, as (scale, amount) pairs. */
function groupsAbove(groups: readonly number[], scale: number): number[] {
  const out: number[] = []
  for (let k = 0; k < groups.length; k += 2) if (groups[k]! > scale) out.push(groups[k]!, groups[k + 1]!)
  return out
}
