/**
 * Digit forms some languages add: ordinals written as digits and a dot (de `am 14. März`, `der 3. Platz`,
 * `im 19. Jahrhundert`) and two-digit decades (de `90er`). A dot after digits also ends sentences, so the
 * words around it decide. Language-free: the words come from the grammar (`ordinals.dotOrdinal`,
 * `shortDecadeCentury`). The sentence segmenter asks {@link readDotOrdinal} the same question before it
 * keeps a split after `N.`.
 */
import { DASHES } from './cursor.js'
import type { Lex } from './lexer.js'
import type { NumberGrammar } from './types.js'

/** What a dot after digits means: an ordinal, the day of a date (a cardinal, as `March 14`), or neither. */
export type DotReading = 'ordinal' | 'day' | null

interface Words {
  readonly after: ReadonlySet<string>
  readonly dates: ReadonlySet<string>
  readonly nouns: ReadonlySet<string>
}
const compiled = new WeakMap<NumberGrammar, Words | null>()

function words(g: NumberGrammar): Words | null {
  if (compiled.has(g)) return compiled.get(g)!
  const d = g.ordinals.dotOrdinal
  const low = (l: readonly string[] | undefined) => new Set((l ?? []).map((s) => s.toLowerCase().replace(/\.$/, '')))
  const w = d ? { after: low(d.after), dates: low(d.dates), nouns: low(d.nouns) } : null
  compiled.set(g, w)
  return w
}

/**
 * Read `N.` from its neighbours. The rule (docs/numbers.md):
 * - the next word is a month (`dates`): the day of a date, a cardinal (`14. März` = `March 14`);
 * - the next word starts in lower case: an ordinal (`der 3. größte`), as a new sentence would start in upper case;
 * - the next word is one of `nouns`, words counted by ordinals, and the number has at most three digits: an
 *   ordinal (`im späten 16. Jahrhundert`, `das frühe 20. Jahrhundert`);
 * - the number has at most three digits and the word before is one of `after` (articles and prepositions:
 *   `am`, `im`, `der`, `zum`), or nothing stands before it in its line or sentence (`3. Liga`, a numbered
 *   list), or it ends a list of such numbers (`im 19. und 20. Jahrhundert`, `listed`): an ordinal;
 * - otherwise the dot ends a sentence and the number is a plain number (`Er wurde 3. Dann …`).
 *
 * @param before - the word before the number; `''` when the number opens a line or sentence; undefined for anything else
 * @param digits - the digits before the dot
 * @param next - the word after the dot and a space; undefined at the end of a line
 * @param listed - a lowercase word and another `N.` stand right before the number (`19. und 20.`)
 * @example
 * readDotOrdinal('der', '3', 'Platz', de.numbers) //=> 'ordinal'
 * readDotOrdinal('am', '14', 'März', de.numbers) //=> 'day'
 * readDotOrdinal('wurde', '3', 'Dann', de.numbers) //=> null
 */
export function readDotOrdinal(before: string | undefined, digits: string, next: string | undefined, g: NumberGrammar, listed = false): DotReading {
  const w = words(g)
  if (!w || next === undefined || !/^[1-9]\d{0,3}$/.test(digits) || !/^\p{L}/u.test(next)) return null
  if (w.dates.has(next.toLowerCase().replace(/\.$/, ''))) return Number(digits) <= 31 ? 'day' : null
  if (/^\p{Ll}/u.test(next)) return 'ordinal'
  if (digits.length > 3) return null
  if (w.nouns.has(next.toLowerCase())) return 'ordinal'
  if (before === '' || (listed && before !== undefined && /^\p{Ll}/u.test(before))) return 'ordinal'
  return before !== undefined && w.after.has(before.toLowerCase()) ? 'ordinal' : null
}

// After these a number opens its sentence (`… gewonnen. 3. Platz`), as at the start of a line.
const OPENERS = new Set(['.', '!', '?', ':', ';', '(', '[', '"', '„', '“', '«', '»', '•', '–', '—', '-'])

/**
 * {@link readDotOrdinal} for engine tokens: token `i` holds plain digits and token `i + 1` is a glued dot.
 *
 * @example
 * readDotOrdinalAt(lex('der 3. Platz'), 2, de.numbers) //=> 'ordinal'
 */
export function readDotOrdinalAt(toks: readonly Lex[], i: number, g: NumberGrammar): DotReading {
  if (!g.ordinals.dotOrdinal) return null
  const sp = toks[i + 2]
  const nx = toks[i + 3]
  // One of a list or a range (`das 11., 12. und 13. Jahrhundert`, `im 10.-11. Jahrhundert`): read as the next one.
  if (sp && (sp.text === ',' || DASHES.has(sp.text)) && sp.start === toks[i + 1]!.end) {
    let j = i + 3
    while (toks[j]?.type === 'space' && !toks[j]!.newline) j++
    if (toks[j]?.type === 'num' && toks[j + 1]?.text === '.' && toks[j + 1]!.start === toks[j]!.end && /^[1-9]\d{0,2}$/.test(toks[i]!.text)) {
      return readDotOrdinalAt(toks, j, g) === 'ordinal' ? 'ordinal' : null
    }
  }
  // "14.März" glued, or a line break after the dot: no reading.
  if (!sp || sp.type !== 'space' || sp.newline || !nx || nx.type !== 'word') return null
  let p = i - 1
  while (p >= 0 && toks[p]!.type === 'space' && !toks[p]!.newline) p--
  const pt = p >= 0 && toks[p]!.type !== 'space' ? toks[p]! : undefined
  const before = !pt || (pt.type === 'sym' && OPENERS.has(pt.text)) ? '' : pt.type === 'word' ? pt.text : undefined
  // "am 5. und 6. Juni", "vom 3. bis 5. Mai": a day joined to a following day of a month is a day too.
  if (/^\p{Ll}/u.test(nx.text) && toks[i + 5]?.type === 'num' && toks[i + 6]?.text === '.' && toks[i + 6]!.start === toks[i + 5]!.end) {
    const n2 = toks[i + 8]
    if (toks[i + 4]?.type === 'space' && n2?.type === 'word' && readDotOrdinal(undefined, toks[i + 5]!.text, n2.text, g) === 'day') {
      return Number(toks[i]!.text) <= 31 ? 'day' : null
    }
  }
  let q = p - 1
  while (q >= 0 && toks[q]!.type === 'space' && !toks[q]!.newline) q--
  const listed = q > 0 && toks[q]!.text === '.' && toks[q - 1]!.type === 'num' && toks[q - 1]!.end === toks[q]!.start
  return readDotOrdinal(before, toks[i]!.text, nx.text, g, listed)
}

/**
 * The later year of a period written as a year and the last two digits of a later one (`1995-96` → 1996,
 * `2021-25` → 2025, `1999-00` → 2000), or null when the two are no such pair.
 *
 * @example
 * periodEnd('1995', '96') //=> 1996
 */
export function periodEnd(year: string, digits: string): number | null {
  if (!/^(1\d|20)\d\d$/.test(year) || !/^\d\d$/.test(digits)) return null
  const lo = Number(year)
  const hi = lo - (lo % 100) + Number(digits)
  return hi > lo ? hi : hi + 100
}

/**
 * The first year of a decade written as digits before a decade suffix: four digits ending in 0 (`1990er`),
 * or two (`90er`) when the grammar has `shortDecadeCentury`. Null when the digits are no decade.
 *
 * @example
 * decadeValue('1990', de.numbers) //=> 1990
 * decadeValue('90', de.numbers) //=> 1990
 * decadeValue('1995', de.numbers) //=> null
 */
export function decadeValue(raw: string, g: NumberGrammar): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw) % 10 === 0 ? Number(raw) : null
  if (g.shortDecadeCentury !== undefined && /^\d0$/.test(raw)) return g.shortDecadeCentury + Number(raw)
  return null
}
