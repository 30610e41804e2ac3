/**
 * The review page: one self-contained HTML file (inline style and script, nothing loaded from
 * anywhere) that shows a pair of documents side by side, bead by bead, with their numbers checked,
 * or a corpus with its pairs, groups, unpaired documents and duplicates. Pure string building: it
 * runs wherever the core runs, and the same input gives the same page.
 */
import { PadananError } from '../errors.js'
import { contentSecurityPolicy, CSS, SCRIPT } from './assets.js'
import { corpusView, type CorpusReportInput } from './corpus.js'
import { count, esc } from './html.js'
import { pairView, type PairReportInput, type Settings } from './pair.js'

export type { CorpusReportInput, PairPage, ReportDoc } from './corpus.js'
export type { PairReportInput } from './pair.js'

/** What {@link renderReport} shows: a pair of documents, or a corpus. */
export type ReportInput = PairReportInput | CorpusReportInput

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The page's title. Default: the two documents' ids, or the number of documents. */
  readonly title?: string
  /** Beads scoring below this are flagged (as are 1-0 and 0-1 beads and beads whose numbers disagree). Default 0.3. */
  readonly lowScore?: number
  /** Corpus: rows shown per list (pairs, groups, unpaired, clusters, boilerplate); the rest are counted. Default 1,000. */
  readonly maxRows?: number
  /** Corpus: pairs shown side by side, the first of `sections`. Default 50. */
  readonly maxSections?: number
  /** Corpus: characters of an unpaired document's beginning shown. Default 120. */
  readonly snippet?: number
  /** A link at the top of the page, back to where the reader came from (a corpus page, for a pair's own page). */
  readonly home?: { readonly href: string; readonly label?: string }
}

/** Bead scores below this are flagged by default: translated sentences score from about 0.4, unrelated ones near 0. */
const LOW_SCORE = 0.3

/**
 * Render a review page: one HTML document, with its style and a small script inline and nothing
 * loaded from the network, to write to a file, attach to an e-mail or show in an iframe (`srcdoc`).
 * Every text is escaped; the page's Content-Security-Policy runs its own script only.
 *
 * - `{ kind: 'pair', docA, docB, alignment, check?, evidence?, score? }`: the two documents side by
 *   side, bead by bead (shape, score bar), every number mention marked and linked to its
 *   counterpart, numbers that changed, went missing or were added flagged with the reason, beads
 *   below `lowScore` and 1-0/0-1 beads flagged and listed at the top; the pairing evidence in the header.
 * - `{ kind: 'corpus', pairing, dedup?, docs, sections?, pairPages? }`: pairs and groups with their
 *   scores, unpaired documents (their first words), duplicate clusters with kinds and similarities,
 *   boilerplate lines and repeated paragraphs, each list capped at `maxRows`; each pair linked to its
 *   section side by side (`sections`, at most `maxSections`) or to a page of its own (`pairPages`).
 *
 * Bead and sentence numbers are the indices of the JSON output (`beads[12]`, `a: [7]`), from 0.
 *
 * @param input - a pair or a corpus, see above
 * @param options - see {@link ReportOptions}
 * @returns the page, `<!doctype html>` to `</html>`
 * @throws PadananError `BAD_INPUT` for a malformed input, `BAD_OPTIONS` for a bad option
 *
 * @example
 * const check = checkTranslation(indonesianArticle, englishArticle, { langA: 'id', langB: 'en' })
 * const { score, evidence } = translationScore(check.docA, check.docB)
 * const html = renderReport({ kind: 'pair', alignment: check, check, docA: check.docA, docB: check.docB, evidence, score })
 * //=> '<!doctype html>\n<html lang="en">…' (one self-contained file)
 *
 * @example
 * const pairing = pairDocuments(docs)
 * renderReport({ kind: 'corpus', pairing, dedup: findDuplicates(docs), docs }, { maxRows: 200 })
 * //=> '<!doctype html>…' (pairs, unpaired documents, duplicate clusters, boilerplate)
 */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  return renderCounted(input, options).html
}

/**
 * {@link renderReport}, with the number of beads shown and of those flagged (for a caller's summary line).
 *
 * @example
 * renderCounted({ kind: 'pair', alignment: check, check, docA: check.docA, docB: check.docB }) //=> { html: '<!doctype html>…', beads: 10, flagged: 0 }
 */
export function renderCounted(input: ReportInput, options: ReportOptions = {}): { html: string; beads: number; flagged: number } {
  const o = settings(options)
  if (input === null || typeof input !== 'object') throw new PadananError('BAD_INPUT', "input must be { kind: 'pair', … } or { kind: 'corpus', … }", { field: 'input' })
  const home = options.home ? `<a href="${esc(options.home.href)}">${esc(options.home.label ?? 'back')}</a>` : ''
  if (input.kind === 'pair') {
    const v = pairView(input, o, '')
    const title = options.title ?? `${input.docA.id || 'A'} ↔ ${input.docB.id || 'B'}`
    const head = `<h1>${esc(title)}</h1>\n${v.head}\n${controls(v.flagged > 0, home)}${legend(o.low, false)}`
    return { html: page(title, head, v.beads), beads: v.total, flagged: v.flagged }
  }
  if (input.kind === 'corpus') {
    const v = corpusView(input, o)
    const title = options.title ?? `${count(input.docs.length, 'document')}: pairs and duplicates`
    const head = `<h1>${esc(title)}</h1>\n${v.head}\n${controls(v.flagged > 0, home)}${legend(o.low, true)}`
    return { html: page(title, head, v.main), beads: v.beads, flagged: v.flagged }
  }
  throw new PadananError('BAD_INPUT', `input.kind must be 'pair' or 'corpus', not ${JSON.stringify((input as { kind?: unknown }).kind)}`, { field: 'kind' })
}

function settings(options: ReportOptions): Settings {
  if (options === null || typeof options !== 'object') throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const num = (name: keyof ReportOptions, v: unknown, dflt: number, min: number, max: number, integer: boolean) => {
    if (v === undefined) return dflt
    if (typeof v !== 'number' || !(v >= min && v <= max) || (integer && !Number.isInteger(v))) throw new PadananError('BAD_OPTIONS', `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, { field: name })
    return v
  }
  if (options.title !== undefined && typeof options.title !== 'string') throw new PadananError('BAD_OPTIONS', 'title must be a string', { field: 'title' })
  if (options.home !== undefined && (options.home === null || typeof options.home.href !== 'string')) throw new PadananError('BAD_OPTIONS', 'home must be { href, label? }', { field: 'home' })
  return {
    low: num('lowScore', options.lowScore, LOW_SCORE, 0, 1, false),
    maxRows: num('maxRows', options.maxRows, 1000, 0, 1e7, true),
    maxSections: num('maxSections', options.maxSections, 50, 0, 1e6, true),
    snippet: num('snippet', options.snippet, 120, 0, 10_000, true),
  }
}

/** The problem filter and the keys: the script shows them, since it is what makes them work. */
function controls(anyFlagged: boolean, home: string): string {
  return (
    '<div class="controls">' +
    `<label class="keys" hidden><input type="checkbox" id="only"${anyFlagged ? '' : ' disabled'}> only problems</label>` +
    '<span class="keys note" hidden><kbd>j</kbd> / <kbd>k</kbd>: next / previous flagged bead</span>' +
    `${home ? `<span>${home}</span>` : ''}</div>\n`
  )
}

function legend(low: number, corpus: boolean): string {
  const b = (cls: string, v: number) => `<span class="bar ${cls} v${v}"></span>`
  return (
    '<details class="legend" open><summary>How to read this page</summary><dl>' +
    `<dt>${b('g', 18)} ${b('m', 9)}</dt><dd>score of a bead (similarity of its two sides, 0–1): from 0.6 good, below fair</dd>` +
    `<dt>${b('l', 3)} ${b('z', 0)}</dt><dd>flagged: a score below ${low}, or a sentence with no counterpart (1-0, 0-1)</dd>` +
    '<dt><mark class="n ok">105</mark></dt><dd>a number with the same value on the other side: point at it and its counterpart lights up</dd>' +
    '<dt><mark class="n bad">105 juta</mark></dt><dd>a number changed (value, scale, unit or kind): flagged, the reason under the bead</dd>' +
    '<dt><mark class="n miss">2021</mark></dt><dd>a number with no counterpart (missing or added): flagged</dd>' +
    '<dt><mark class="n unsure">one</mark></dt><dd>"one" in words with no counterpart (often an article in the other language): not counted</dd>' +
    '<dt>#12 · <span class="sn">7</span></dt><dd>bead 12 and sentence 7, counted from 0 as in the JSON output (<code>beads[12]</code>, <code>"a": [7]</code>)</dd>' +
    (corpus ? '<dt><span class="kind k-exact">exact</span> <span class="kind k-near">near</span> <span class="kind k-contained">contained</span> <span class="kind k-translation">translation</span></dt><dd>duplicates: equal after normalization, edited copies, excerpts, translations</dd>' : '') +
    '</dl></details>\n'
  )
}

function page(title: string, head: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="padanan">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
${head}</header>
<main>
${main}</main>
<footer>Made by padanan: one file, nothing loaded from the network. Numbers of beads and sentences are those of the JSON output, from 0.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`
}
