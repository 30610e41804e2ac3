// String helpers of the review page: escaping, score bars, short texts. Pure string building, no DOM
// and no Node built-in, so the report renders wherever the core runs.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text made safe for HTML, in element content and in quoted attribute values alike: `<script>`
 * in a document is shown, never run, and a quote cannot end an attribute.
 *
 * @example
 * esc('<script>alert("x")</script>') //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/**
 * A score shown to two decimals, as the CLI prints it.
 *
 * @example
 * fmt(0.7843) //=> '0.78'
 */
export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : '—'
}

/**
 * The colour band of a score: `g` good (0.6 and above), `m` fair, `l` low (below `low`), `z` none
 * (a sentence with no counterpart). The legend of the page names them.
 *
 * @example
 * band(0.9, 0.3) //=> 'g'
 */
export function band(score: number, low: number, empty = false): 'g' | 'm' | 'l' | 'z' {
  if (empty) return 'z'
  if (score < low) return 'l'
  return score >= GOOD ? 'g' : 'm'
}

/** From this score a bead or pair is shown as good. */
export const GOOD = 0.6

/**
 * A small bar for a 0–1 value, coloured by its band, with the figure beside it; the title says what
 * it is. Its length is a class in steps of 5% (`v15` is 75%), not a style attribute: the page's
 * policy allows no inline style, and thousands of bars share their style.
 *
 * @example
 * bar(0.75, 'g', 'pair score') //=> '<span class="bar g v15" title="pair score 0.75"></span> 0.75'
 */
export function bar(value: number, cls: string, label: string): string {
  const v = Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0
  return `<span class="bar ${cls} v${Math.round(v * 20)}" title="${esc(label)} ${fmt(value)}"></span> ${fmt(value)}`
}

/**
 * The start of a text for a list, blanks collapsed, at most `max` characters (code points, so a
 * surrogate pair is never cut), `…` when cut.
 *
 * @example
 * snippet('Lei Jun,\n pendiri Xiaomi', 12) //=> 'Lei Jun, pen…'
 */
export function snippet(text: string, max: number): string {
  const flat = text.slice(0, max * 2 + 64).replace(/\s+/g, ' ').trim()
  const cps = Array.from(flat)
  return cps.length > max ? cps.slice(0, max).join('') + '…' : flat
}

/**
 * A count and its noun.
 *
 * @example
 * count(1, 'pair') //=> '1 pair'
 * count(1200, 'bead') //=> '1,200 beads'
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}
