// One pair of documents side by side, bead by bead: the shape and score of each bead, every number
// mention marked with what the check made of it, and the beads worth a look flagged and listed.
import type { Bead } from '../align/dp.js'
import type { CheckedBead } from '../check/index.js'
import { PadananError } from '../errors.js'
import { compareMentions, type NumberComparison } from '../numbers/compare.js'
import type { PairEvidence } from '../pair/project.js'
import type { Doc, NumberMention, Sentence } from '../types.js'
import { band, bar, count, esc, fmt } from './html.js'

/**
 * A pair of documents to show side by side. `checkTranslation`'s result is both the alignment and
 * the check: `{ kind: 'pair', alignment: check, check, docA: check.docA, docB: check.docB }`.
 */
export interface PairReportInput {
  readonly kind: 'pair'
  /** The two documents as read (`prepare`): their sentences, with the number mentions and spans. */
  readonly docA: Doc
  readonly docB: Doc
  /** The beads of the two documents' sentences, in order (`alignSentences` or `checkTranslation`). */
  readonly alignment: { readonly beads: readonly Bead[] }
  /**
   * The numbers of each bead compared (`checkTranslation`), the same beads as `alignment`. Without
   * it each bead's numbers are compared here with compareNumbers' defaults.
   */
  readonly check?: { readonly beads: readonly CheckedBead[] }
  /** Why the two documents are a pair (`translationScore`, or a pair of `pairDocuments`), shown in the header. */
  readonly evidence?: PairEvidence
  /** The pair's score (`translationScore`, `pairDocuments`). */
  readonly score?: number
}

/** Settings of the page, checked once. */
export interface Settings {
  readonly low: number
  readonly maxRows: number
  readonly maxSections: number
  readonly snippet: number
}

/** A pair rendered: its header parts and its beads, with the counts a corpus table shows. */
export interface PairView {
  /** The summary line, the evidence and the list of flagged beads. */
  readonly head: string
  /** The beads, a header row first. */
  readonly beads: string
  readonly total: number
  readonly flagged: number
}

/** What the check made of one mention: its mark's class, the id shared with its counterpart, and a title. */
interface Mark {
  readonly cls: 'ok' | 'bad' | 'miss' | 'add' | 'unsure'
  readonly p?: string
  readonly title: string
}

/** A bead with its numbers compared and why it is flagged (nothing when it is not). */
interface Shown {
  readonly bead: Bead
  readonly numbers: NumberComparison
  readonly reasons: readonly string[]
}

const NO_IGNORE: ReadonlySet<string> = new Set()

/**
 * The side-by-side view of a pair. `pre` prefixes every id, so several pairs fit in one page.
 *
 * @throws PadananError `BAD_INPUT` when a bead names a sentence the documents do not have, or the check's beads are not the alignment's
 * @example
 * const check = checkTranslation(docA, docB)
 * pairView({ kind: 'pair', alignment: check, check, docA, docB }, settings, '').flagged //=> 0
 */
export function pairView(input: PairReportInput, o: Settings, pre: string): PairView {
  const { docA, docB } = input
  const beads = checkBeads(input)
  const shown: Shown[] = beads.map((bead, i) => {
    const numbers = input.check?.beads[i]?.numbers ?? compareMentions(bead.a.flatMap((x) => docA.sentences[x]!.numbers), bead.b.flatMap((y) => docB.sentences[y]!.numbers), 0, NO_IGNORE)
    return { bead, numbers, reasons: reasonsOf(bead, numbers, o.low) }
  })
  const langA = esc(docA.lang)
  const langB = esc(docB.lang)
  let rows = `<div class="bd hd"><div>bead · shape · score</div><div lang="${langA}">A: ${esc(docA.id || 'A')} <span class="m">(${langA})</span></div><div lang="${langB}">B: ${esc(docB.id || 'B')} <span class="m">(${langB})</span></div></div>\n`
  shown.forEach((s, i) => (rows += beadRow(s, i, input, pre, o.low)))
  const flagged = shown.filter((s) => s.reasons.length > 0)
  return { head: summary(input, shown) + evidence(input) + flagList(shown, pre), beads: `<div class="beads">\n${rows}</div>\n`, total: shown.length, flagged: flagged.length }
}

/** The beads, checked against the documents: every index a sentence of its side, the check's beads the alignment's. */
function checkBeads(input: PairReportInput): readonly Bead[] {
  const { docA, docB, alignment, check } = input
  for (const [side, doc] of [['docA', docA], ['docB', docB]] as const) {
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.sentences)) throw new PadananError('BAD_INPUT', `${side} must be a Doc (prepare)`, { field: side })
  }
  if (alignment === null || typeof alignment !== 'object' || !Array.isArray(alignment.beads)) throw new PadananError('BAD_INPUT', 'alignment must have beads (alignSentences or checkTranslation)', { field: 'alignment' })
  const inRange = (ix: unknown, n: number) => Array.isArray(ix) && ix.every((x) => Number.isInteger(x) && x >= 0 && x < n)
  alignment.beads.forEach((b, i) => {
    if (!inRange(b?.a, docA.sentences.length) || !inRange(b?.b, docB.sentences.length)) throw new PadananError('BAD_INPUT', `alignment.beads[${i}] names sentences that docA or docB do not have`, { field: `alignment.beads[${i}]` })
  })
  if (check !== undefined) {
    const same = Array.isArray(check?.beads) && check.beads.length === alignment.beads.length && check.beads.every((c, i) => String(c?.a) === String(alignment.beads[i]!.a) && String(c?.b) === String(alignment.beads[i]!.b))
    if (!same) throw new PadananError('BAD_INPUT', "check's beads must be the alignment's (pass checkTranslation's result as both)", { field: 'check' })
  }
  return alignment.beads
}

/** Why a bead deserves a look: no counterpart, a low score, numbers that disagree. */
function reasonsOf(bead: Bead, numbers: NumberComparison, low: number): string[] {
  const r: string[] = []
  if (bead.a.length === 0) r.push('no counterpart in A')
  else if (bead.b.length === 0) r.push('no counterpart in B')
  else if (bead.score < low) r.push('low score')
  if (!numbers.ok) r.push('numbers')
  return r
}

/** Sentence numbers as in the JSON output (indices from 0): `3`, `3–4`, `—`. */
function span(ix: readonly number[]): string {
  if (ix.length === 0) return '—'
  return ix.length === 1 ? `${ix[0]}` : `${ix[0]}–${ix[ix.length - 1]}`
}

/** One line per number problem of a bead. */
function problemLines(c: NumberComparison): string[] {
  return [
    ...c.changed.map((x) => `${x.why} changed: ${x.a.text} → ${x.b.text}`),
    ...c.missing.map((m) => `missing in B: ${m.text}`),
    ...c.extra.map((m) => `added in B: ${m.text}`),
  ]
}

/** The marks of one bead's mentions, by start offset on each side. */
function marksOf(c: NumberComparison, id: string, inA: (m: NumberMention) => boolean): { a: Map<number, Mark>; b: Map<number, Mark> } {
  const a = new Map<number, Mark>()
  const b = new Map<number, Mark>()
  c.matched.forEach((x, k) => {
    a.set(x.a.start, { cls: 'ok', p: `${id}.${k}`, title: `= ${x.b.text} (${x.key})` })
    b.set(x.b.start, { cls: 'ok', p: `${id}.${k}`, title: `= ${x.a.text} (${x.key})` })
  })
  c.changed.forEach((x, k) => {
    const title = `${x.why} changed: ${x.a.text} → ${x.b.text} (${x.a.key} ≠ ${x.b.key})`
    a.set(x.a.start, { cls: 'bad', p: `${id}.c${k}`, title })
    b.set(x.b.start, { cls: 'bad', p: `${id}.c${k}`, title })
  })
  for (const m of c.missing) a.set(m.start, { cls: 'miss', title: `missing in B (${m.key})` })
  for (const m of c.extra) b.set(m.start, { cls: 'add', title: `added in B, not in A (${m.key})` })
  for (const m of c.uncertain) (inA(m) ? a : b).set(m.start, { cls: 'unsure', title: `"one" in words with no counterpart: not counted (${m.key})` })
  return { a, b }
}

/** A sentence with its index (shown by the style sheet: one element fewer per sentence) and its mentions marked; `attrs` go on its <p>. */
function sentence(s: Sentence, i: number, marks: Map<number, Mark>, attrs = ''): string {
  let html = `<p${attrs} dir="auto" data-n="${i}">`
  let at = 0
  for (const m of s.numbers) {
    const from = m.start - s.start
    const to = Math.min(m.end - s.start, s.text.length)
    if (from < at || from >= to) continue
    html += esc(s.text.slice(at, from)) + mark(m, marks.get(m.start), s.text.slice(from, to))
    at = to
  }
  return html + esc(s.text.slice(at)) + '</p>'
}

function mark(m: NumberMention, k: Mark | undefined, text: string): string {
  // A mention in none of the check's lists is of a kind the check was told to leave out.
  const cls = k?.cls ?? 'skip'
  const title = k?.title ?? `${m.key}: kind left out of the check`
  return `<mark class="n ${cls}"${k?.p ? ` data-p="${k.p}"` : ''} title="${esc(title)}">${esc(text)}</mark>`
}

/** One side of a bead: a lone sentence is the grid cell itself (most beads are 1-1: thousands of elements fewer), several share a <div>. */
function side(doc: Doc, ix: readonly number[], marks: Map<number, Mark>, cls: string, lang: string): string {
  if (ix.length === 1) return sentence(doc.sentences[ix[0]!]!, ix[0]!, marks, ` class="${cls}" lang="${lang}"`)
  if (ix.length === 0) return `<p class="${cls} none">no sentence</p>`
  return `<div class="${cls}" lang="${lang}">${ix.map((x) => sentence(doc.sentences[x]!, x, marks)).join('')}</div>`
}

function beadRow(s: Shown, i: number, input: PairReportInput, pre: string, low: number): string {
  const { bead, numbers, reasons } = s
  const id = `${pre}bead-${i}`
  const empty = bead.a.length === 0 || bead.b.length === 0
  // The check's mentions are the documents' own objects; one given as a copy is found by its span and text.
  const ofA = bead.a.flatMap((x) => input.docA.sentences[x]!.numbers)
  const inA = (m: NumberMention) => ofA.includes(m) || ofA.some((x) => x.start === m.start && x.text === m.text)
  const marks = marksOf(numbers, `${pre}${i}`, inA)
  const flag = reasons.length > 0
  const problems = problemLines(numbers)
  const shape = `${bead.a.length}-${bead.b.length}`
  return (
    `<div class="bd${flag ? ' f' : ''}" id="${id}"${flag ? ' tabindex="-1"' : ''}>` +
    // Only a shape other than 1-1 stands out.
    `<div class="m"><a href="#${id}">#${i}</a> ${shape === '1-1' ? shape : `<b>${shape}</b>`} ${bar(bead.score, band(bead.score, low, empty), 'bead score')}` +
    (flag ? `<span class="why">${esc(reasons.join(', '))}</span>` : '') +
    `</div>${side(input.docA, bead.a, marks.a, 'sa', esc(input.docA.lang))}${side(input.docB, bead.b, marks.b, 'sb', esc(input.docB.lang))}` +
    (problems.length ? `<ul class="pr">${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '') +
    '</div>\n'
  )
}

/** Languages, sentences, bead shapes and what the numbers gave. */
function summary(input: PairReportInput, shown: readonly Shown[]): string {
  const shapes = new Map<string, number>()
  const n = { matched: 0, changed: 0, missing: 0, extra: 0, uncertain: 0 }
  for (const { bead, numbers } of shown) {
    const k = `${bead.a.length}-${bead.b.length}`
    shapes.set(k, (shapes.get(k) ?? 0) + 1)
    n.matched += numbers.matched.length
    n.changed += numbers.changed.length
    n.missing += numbers.missing.length
    n.extra += numbers.extra.length
    n.uncertain += numbers.uncertain.length
  }
  const shapeText = [...shapes].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ×${v}`).join(', ')
  const problems = n.changed + n.missing + n.extra
  return (
    `<p class="sub">${esc(input.docA.lang)} ↔ ${esc(input.docB.lang)} · ${count(input.docA.sentences.length, 'sentence')} ↔ ${count(input.docB.sentences.length, 'sentence')} · ${count(shown.length, 'bead')} (${esc(shapeText || 'none')})</p>` +
    `<p class="sub">numbers: <b>${n.matched}</b> agree · <b${problems ? ' class="bad"' : ''}>${problems}</b> disagree (${n.changed} changed, ${n.missing} missing in B, ${n.extra} added in B)` +
    (n.uncertain ? ` · ${n.uncertain} uncertain "one"` : '') +
    '</p>'
  )
}

/** The pairing evidence: score, concept and alignment similarity, shared numbers and names. */
function evidence(input: PairReportInput): string {
  const e = input.evidence
  if (!e && input.score === undefined) return ''
  let html = '<div class="ev">'
  if (input.score !== undefined) html += `<span><b>pair score</b> ${bar(input.score, band(input.score, 0.25), 'pair score')}</span>`
  if (e) {
    html += `<span><b>concepts</b> ${bar(e.concepts, band(e.concepts, 0.25), 'concept similarity')}</span>`
    html += `<span><b>alignment</b> ${bar(e.alignment, band(e.alignment, 0.25), 'alignment quality')}</span>`
    html += `<span><b>length ratio</b> ${fmt(e.lengthRatio)}</span>`
    html += `<span><b>sentences aligned</b> ${e.sentences.aligned} of ${e.sentences.a + e.sentences.b}</span>`
  }
  html += '</div>'
  if (e) {
    html += chips(`shared numbers (${e.numbers.length})`, e.numbers.map((x) => ({ text: x.a === x.b ? x.a : `${x.a} = ${x.b}`, title: x.key })))
    html += chips(`shared names (${e.names.length})`, e.names.map((x) => ({ text: x })))
  }
  return html
}

/** At most this many chips in a row of evidence; the rest are counted. */
const MAX_CHIPS = 60

function chips(label: string, items: readonly { text: string; title?: string }[]): string {
  const shown = items.slice(0, MAX_CHIPS).map((x) => `<span class="chip" dir="auto"${x.title ? ` title="${esc(x.title)}"` : ''}>${esc(x.text)}</span>`)
  const more = items.length > MAX_CHIPS ? ` <span class="note">and ${items.length - MAX_CHIPS} more</span>` : ''
  return `<div class="chips"><b>${esc(label)}</b> ${shown.join('') || '—'}${more}</div>`
}

/** The flagged beads, listed with links, open when there are any. */
function flagList(shown: readonly Shown[], pre: string): string {
  const items: string[] = []
  shown.forEach(({ bead, numbers, reasons }, i) => {
    if (!reasons.length) return
    const detail = problemLines(numbers)
    const what = reasons.filter((r) => r !== 'numbers').concat(detail.slice(0, 2)).join('; ') + (detail.length > 2 ? `; ${detail.length - 2} more` : '')
    items.push(`<li><a href="#${pre}bead-${i}">#${i}</a> ${bead.a.length}-${bead.b.length} ${fmt(bead.score)} · A ${span(bead.a)} ↔ B ${span(bead.b)} · ${esc(what)}</li>`)
  })
  if (!items.length) return '<p class="sub">No bead flagged: every sentence has a counterpart, every score is above the threshold and the numbers agree.</p>'
  return `<details class="flags" open><summary>${count(items.length, 'bead')} to look at</summary><ol>${items.join('')}</ol></details>`
}
