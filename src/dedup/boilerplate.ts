/**
 * Boilerplate lines (site chrome: "Get Apps", "Baca juga", "Related News:") and paragraphs repeated
 * inside one document. Boilerplate is left out of similarity: two articles of one site share their
 * chrome, and that must not make them near-duplicates.
 *
 * Two rules, so that both a large crawl and a handful of documents work:
 * - frequency: a short line (≤ 20 words) found in at least `minDocs` documents. Longer lines are
 *   never boilerplate by frequency: a syndicated story is copied by many sites, and its sentences
 *   are content (they are what makes the copies duplicates);
 * - shape, inside one document: a head or tail block (before the first or after the last body
 *   paragraph) of at least three chrome-like lines (≤ 8 words, or ≤ 20 words without sentence
 *   punctuation), except the head's title (its longest line of ≥ 5 words); and short lines a
 *   document repeats.
 * A document made of nothing but boilerplate keeps all its lines (they are all it has).
 */
import { sortedIntersectionSize } from '../core/sorted.js'
import { resolveLanguage } from '../langs/index.js'
import { makeNumberReader, paragraphTokens, type DocFeatures, type Para } from './features.js'
import { key53 } from './hash.js'
import { cmp } from '../core/order.js'
import { Sink } from './scan.js'

/** A boilerplate line and how many documents carry it. */
export interface BoilerplateLine {
  readonly text: string
  readonly docs: number
}

/** A paragraph that one document repeats, exactly or nearly (an extra " (WeChat)" on one copy). */
export interface RepeatedParagraph {
  readonly doc: string
  /** Paragraph indices (0-based, non-blank lines as `prepare()` counts them), ascending. */
  readonly paragraphs: readonly number[]
  /** The text of the first copy. */
  readonly text: string
}

/** Lines of at most this many words may be boilerplate by frequency. */
export const MAX_BOILERPLATE_WORDS = 20
/** Lines of at most this many words are chrome-like whatever their punctuation. */
const SHORT_WORDS = 8
/** A head or tail block needs this many chrome-like lines to be chrome (one short line is often a dateline or a last sentence). */
const MIN_BLOCK = 3
/** A title has at least this many words. */
const TITLE_WORDS = 5
/** Paragraphs shorter than this are not reported as repeats (short repeats are chrome). */
const REPEAT_MIN_WORDS = 8
/** Two paragraphs of one document with word-set Jaccard at least this are one repeated paragraph. */
const REPEAT_JACCARD = 0.8

/**
 * The default frequency: max(3, 1% of the documents), capped at 50 so that a large crawl still
 * catches one site's chrome (a site is rarely 1% of a 200k crawl).
 */
export function defaultMinDocs(n: number): number {
  return Math.max(3, Math.min(50, Math.ceil(n / 100)))
}

function chromeLike(p: Para): boolean {
  return p.words <= SHORT_WORDS || (p.words <= MAX_BOILERPLATE_WORDS && !p.sentenceEnd)
}

function sentenceLike(p: Para): boolean {
  return (p.sentenceEnd && p.words >= 3) || p.clauseEnd
}

/** Boilerplate paragraphs of one document by shape alone (1 = boilerplate). */
export function shapeFlags(f: DocFeatures): Uint8Array {
  const ps = f.paras
  const flags = new Uint8Array(ps.length)
  let first = -1
  let last = -1
  for (let i = 0; i < ps.length; i++) {
    if (!chromeLike(ps[i]!)) {
      if (first < 0) first = i
      last = i
    }
  }
  if (first >= 0) {
    // A sentence next to the body is body, however short ("Kerusakan kecil, katanya."): chrome
    // blocks are separated from the text by lines that do not read as its sentences.
    while (first > 0 && sentenceLike(ps[first - 1]!)) first--
    while (last < ps.length - 1 && sentenceLike(ps[last + 1]!)) last++
    if (first >= MIN_BLOCK) {
      let title = -1
      for (let i = 0; i < first; i++) if (ps[i]!.words >= TITLE_WORDS && (title < 0 || ps[i]!.words > ps[title]!.words)) title = i
      for (let i = 0; i < first; i++) if (i !== title) flags[i] = 1
    }
    if (ps.length - 1 - last >= MIN_BLOCK) for (let i = last + 1; i < ps.length; i++) flags[i] = 1
  }
  // Short lines repeated inside the document ("Get Apps" three times).
  const seen = new Map<number, number>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!
    if (p.words > SHORT_WORDS || p.size === 0) continue
    const j = seen.get(p.key)
    if (j === undefined) seen.set(p.key, i)
    else flags[i] = flags[j] = 1
  }
  return flags
}

/** Keys of short lines found in at least `minDocs` documents. */
export function frequentLines(feats: readonly DocFeatures[], minDocs: number): Set<number> {
  const df = new Map<number, number>()
  const mine = new Set<number>()
  for (const f of feats) {
    mine.clear()
    for (const p of f.paras) if (p.words <= MAX_BOILERPLATE_WORDS && p.size > 0) mine.add(p.key)
    for (const k of mine) df.set(k, (df.get(k) ?? 0) + 1)
  }
  const out = new Set<number>()
  for (const [k, n] of df) if (n >= minDocs) out.add(k)
  return out
}

/**
 * Boilerplate flags of one document: shape, frequent lines and lines given by the caller. When every
 * paragraph with tokens would go, none does.
 */
export function boilerplateFlags(f: DocFeatures, frequent: ReadonlySet<number> | null, given: ReadonlySet<number> | null, useShape: boolean): Uint8Array {
  const flags = useShape ? shapeFlags(f) : new Uint8Array(f.paras.length)
  if (frequent || given) {
    f.paras.forEach((p, i) => {
      if ((frequent?.has(p.key) && p.words <= MAX_BOILERPLATE_WORDS) || given?.has(p.key)) flags[i] = 1
    })
  }
  let kept = 0
  f.paras.forEach((p, i) => {
    if (!flags[i] && p.size > 0) kept++
  })
  if (kept === 0) flags.fill(0)
  return flags
}

/**
 * Token hashes of the paragraphs not flagged, in order; with `into`, written to its buffer (the
 * view is valid until its next use).
 */
export function contentTokens(f: DocFeatures, flags: Uint8Array, into?: Sink): Uint32Array {
  if (!flags.includes(1)) return f.tokens
  let n = 0
  const ps = f.paras
  for (let i = 0; i < ps.length; i++) if (!flags[i]) n += ps[i]!.size
  let out: Uint32Array
  if (into) {
    into.n = 0
    into.reserve(n)
    into.n = n
    out = into.buf.subarray(0, n)
  } else out = new Uint32Array(n)
  const all = f.tokens
  let o = 0
  for (let i = 0; i < ps.length; i++) {
    if (flags[i]) continue
    const p = ps[i]!
    for (let t = p.from; t < p.to; t++) out[o++] = all[t]!
  }
  return out
}

/** Paragraphs one document repeats (exactly, or with word-set Jaccard ≥ 0.8), boilerplate left out. */
export function findRepeats(f: DocFeatures, flags: Uint8Array): RepeatedParagraph[] {
  const idx: number[] = []
  f.paras.forEach((p, i) => {
    if (!flags[i] && p.words >= REPEAT_MIN_WORDS) idx.push(i)
  })
  if (idx.length < 2) return []
  const sets = new Map<number, Uint32Array>()
  const set = (i: number) => {
    let s = sets.get(i)
    if (!s) {
      s = Uint32Array.from(new Set(f.paras[i]!.tokens)).sort()
      sets.set(i, s)
    }
    return s
  }
  const parent = idx.map((_, k) => k)
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)))
  // Long documents: compare only paragraphs of similar length (±20%); still quadratic in the worst case, so capped.
  const limit = Math.min(idx.length, 2000)
  for (let x = 0; x < limit; x++) {
    const a = f.paras[idx[x]!]!
    for (let y = x + 1; y < limit; y++) {
      const b = f.paras[idx[y]!]!
      if (a.key !== b.key) {
        const lo = Math.min(a.size, b.size)
        const hi = Math.max(a.size, b.size)
        if (lo < hi * REPEAT_JACCARD) continue
        const sa = set(idx[x]!)
        const sb = set(idx[y]!)
        const inter = sortedIntersectionSize(sa, sb)
        if (inter / (sa.length + sb.length - inter) < REPEAT_JACCARD) continue
      }
      parent[find(y)] = find(x)
    }
  }
  const groups = new Map<number, number[]>()
  idx.forEach((pi, k) => {
    const r = find(k)
    let g = groups.get(r)
    if (!g) groups.set(r, (g = []))
    g.push(pi)
  })
  const out: RepeatedParagraph[] = []
  for (const g of groups.values()) {
    if (g.length < 2) continue
    const p = f.paras[g[0]!]!
    out.push({ doc: f.id, paragraphs: g, text: f.text.slice(p.start, p.end) })
  }
  return out.sort((x, y) => x.paragraphs[0]! - y.paragraphs[0]!)
}

/**
 * Keys of lines given as text (`boilerplate.lines`), read as any paragraph is (so case and punctuation do not matter).
 *
 * @example
 * lineKeys(['Baca juga:']).has(f.paras[0]!.key) // true when the document's first line is "BACA JUGA"
 */
export function lineKeys(lines: readonly string[]): Set<number> {
  const out = new Set<number>()
  const en = resolveLanguage('en')
  const sink = new Sink()
  const reader = makeNumberReader(en.numbers.decimal, new Map())
  for (const l of lines) {
    sink.n = 0
    const t = l.trim()
    paragraphTokens(t, reader, sink)
    if (sink.n > 0) out.add(key53(sink.buf, 0, sink.n))
  }
  return out
}

/**
 * The text of the paragraphs that are not boilerplate, one per line.
 *
 * @example
 * contentText(f, boilerplateFlags(f, null, null, true)) // the story without its site's header and footer
 */
export function contentText(f: DocFeatures, flags: Uint8Array): string {
  if (!flags.includes(1)) return f.text
  return f.paras
    .filter((_, i) => !flags[i])
    .map((p) => f.text.slice(p.start, p.end))
    .join('\n')
}

/**
 * The boilerplate lines of a corpus, each with the number of documents that carry it, most common first.
 *
 * @example
 * reportBoilerplate(feats, flags) //=> [{ text: 'Baca juga:', docs: 41 }, …]
 */
export function reportBoilerplate(feats: readonly DocFeatures[], flags: readonly Uint8Array[]): BoilerplateLine[] {
  const byKey = new Map<number, { text: string; docs: number }>()
  feats.forEach((f, i) => {
    const mine = new Set<number>()
    f.paras.forEach((p, j) => {
      if (!flags[i]![j] || mine.has(p.key)) return
      mine.add(p.key)
      const e = byKey.get(p.key)
      if (e) e.docs++
      else byKey.set(p.key, { text: f.text.slice(p.start, p.end), docs: 1 })
    })
  })
  return [...byKey.values()].sort((a, b) => b.docs - a.docs || cmp(a.text, b.text))
}
