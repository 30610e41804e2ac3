import type { Span } from '../core/tokenize.js'
import { readDotOrdinal } from '../numbers/digit-forms.js'
import type { LanguagePack } from '../types.js'

// Intl.Segmenter is quadratic on long strings in V8 (toolchain.md): feed it at most this much at once.
const CHUNK = 4000

const segmenters = new Map<string, Intl.Segmenter>()
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale)
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })))
  return s
}

const abbreviationSets = new WeakMap<LanguagePack, Set<string>>()
function abbreviationSet(pack: LanguagePack): Set<string> {
  let s = abbreviationSets.get(pack)
  if (!s) abbreviationSets.set(pack, (s = new Set(pack.segmentation.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, '')))))
  return s
}

/**
 * Paragraphs: the non-blank lines of a text (news text puts one paragraph on a line).
 *
 * @example
 * splitParagraphs('A.\n\nB.') //=> [{ text: 'A.', start: 0, end: 2 }, { text: 'B.', start: 4, end: 6 }]
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = []
  const re = /[^\n\r\u2028\u2029]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length
    const t = m[0].trim()
    if (t) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length })
  }
  return out
}

/** Cut a long paragraph into pieces of at most CHUNK characters, at a sentence-like boundary when possible. */
function chunks(p: Span): Span[] {
  if (p.text.length <= CHUNK) return [p]
  const out: Span[] = []
  let from = 0
  const t = p.text
  while (from < t.length) {
    let to = Math.min(t.length, from + CHUNK)
    if (to < t.length) {
      const window = t.slice(from, to)
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '))
      // Scripts without spaces end sentences without one: `。`, `！`, `？`.
      const wide = Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'))
      if (cut > CHUNK / 4) to = from + cut + 2
      else if (wide > CHUNK / 4) to = from + wide + 1
      else {
        const sp = window.lastIndexOf(' ')
        if (sp > CHUNK / 4) to = from + sp + 1
      }
    }
    out.push({ text: t.slice(from, to), start: p.start + from, end: p.start + to })
    from = to
  }
  return out
}

function endsWithAbbreviation(segment: string, abbr: Set<string>): boolean {
  const m = /(?:^|[\s("'“‘])([\p{L}][\p{L}.]*)\.$/u.exec(segment.trimEnd())
  if (!m) return false
  const w = m[1]!.toLowerCase()
  // Initials (J. Smith) and listed abbreviations (Dr., PT., U.S.).
  return abbr.has(w) || (m[1]!.length === 1 && /\p{Lu}/u.test(m[1]!))
}

/** de `am 14. März`, `der 3. Platz`: a split after digits and a dot that the pack's number grammar reads as an ordinal or a day. */
function endsWithDotOrdinal(segment: string, next: string, pack: LanguagePack): boolean {
  if (!pack.numbers.ordinals.dotOrdinal) return false
  const m = /(?:^|\s)(?:(\S+)\s+)?(\d{1,4})\.$/u.exec(segment.trimEnd())
  const n = /^\S+/u.exec(next)
  if (!m || !n) return false
  const before = m[1] === undefined ? '' : m[1].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  const listed = /\d\.\s+\p{Ll}+\s+\d{1,4}\.$/u.test(segment.trimEnd())
  return readDotOrdinal(/[.!?:;]$/.test(m[1] ?? '') ? '' : before, m[2]!, n[0].replace(/[^\p{L}.]+$/u, ''), pack.numbers, listed) !== null
}

// Closing quotes and brackets stay with the sentence they close (zh `他说：“好。”`).
const CLOSERS = new Set(['"', "'", '”', '’', '」', '』', '）', ')', '》', '】', ']', '»'])

/** zh `；`: split a segment after each of the pack's extra sentence ends, closers and spaces kept before the cut. */
function splitAtEnds(s: Span, ends: ReadonlySet<string>, out: Span[]): void {
  let from = 0
  const t = s.text
  for (let k = 0; k < t.length; k++) {
    if (!ends.has(t[k]!)) continue
    let cut = k + 1
    while (cut < t.length && CLOSERS.has(t[cut]!)) cut++
    const rest = t.slice(cut).trimStart()
    if (!rest) break
    const piece = t.slice(from, cut)
    out.push({ text: piece, start: s.start + from, end: s.start + cut })
    from = t.length - rest.length
    k = from - 1
  }
  out.push(from === 0 ? s : { text: t.slice(from), start: s.start + from, end: s.end })
}

const endSets = new WeakMap<LanguagePack, ReadonlySet<string>>()

/**
 * Sentences of one paragraph: Intl.Segmenter, then a split right after one of the pack's
 * abbreviations (Dr., Prof., PT., U.S., Jan.) is undone, and a segment is cut after each of the
 * pack's `sentenceEnds` (zh `；`).
 *
 * @example
 * splitSentences({ text: 'Dr. Ali tiba. Dia senyum.', start: 0, end: 25 }, id).map(s => s.text)
 * //=> ['Dr. Ali tiba.', 'Dia senyum.']
 */
export function splitSentences(paragraph: Span, pack: LanguagePack): Span[] {
  const seg = segmenter(pack.segmentation.locale)
  const abbr = abbreviationSet(pack)
  const raw: Span[] = []
  let ends = endSets.get(pack)
  if (!ends) endSets.set(pack, (ends = new Set(pack.segmentation.sentenceEnds ?? [])))
  for (const piece of chunks(paragraph)) {
    for (const s of seg.segment(piece.text)) {
      const lead = s.segment.length - s.segment.trimStart().length
      const t = s.segment.trim()
      if (!t) continue
      const start = piece.start + s.index + lead
      if (ends.size > 0) splitAtEnds({ text: t, start, end: start + t.length }, ends, raw)
      else raw.push({ text: t, start, end: start + t.length })
    }
  }
  const out: Span[] = []
  for (const s of raw) {
    const prev = out[out.length - 1]
    if (prev && (endsWithAbbreviation(prev.text, abbr) || endsWithDotOrdinal(prev.text, s.text, pack))) {
      const start = prev.start
      const full = paragraph.text.slice(start - paragraph.start, s.end - paragraph.start)
      out[out.length - 1] = { text: full, start, end: s.end }
    } else out.push(s)
  }
  return out
}
