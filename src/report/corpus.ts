// The corpus view: pairs and groups, unpaired documents, duplicate clusters, boilerplate and
// repeated paragraphs, then the first pairs side by side. Lists are capped and documents shown by
// their first words only, so a corpus of any size gives a page a browser opens at once.
import type { DuplicateLink } from '../dedup/clusters.js'
import type { DedupResult } from '../dedup/find.js'
import { PadananError } from '../errors.js'
import type { LanguageInput } from '../langs/index.js'
import type { DocPair, PairResult } from '../pair/index.js'
import type { Doc } from '../types.js'
import { band, bar, count, esc, snippet } from './html.js'
import { pairView, type PairReportInput, type Settings } from './pair.js'

/** A document of the corpus: what was given to pairDocuments and findDuplicates. Only its language, length and first words are shown. */
export type ReportDoc = Doc | { readonly id: string; readonly text: string; readonly lang?: LanguageInput }

/** A pair's page of its own, linked from the corpus page's row of that pair. */
export interface PairPage {
  /** Where the page is, relative to the corpus page (or absolute). */
  readonly href: string
  /** Its beads and flagged beads, shown in the pair's row. */
  readonly beads?: number
  readonly flagged?: number
}

/** A corpus to review: the results of pairDocuments and findDuplicates over the same documents. */
export interface CorpusReportInput {
  readonly kind: 'corpus'
  readonly pairing: PairResult
  readonly dedup?: DedupResult
  readonly docs: readonly ReportDoc[]
  /**
   * Pairs to show side by side in the page, matched to `pairing.pairs` by their documents' ids (at
   * most `maxSections`; a corpus page holds the text of these only).
   */
  readonly sections?: readonly PairReportInput[]
  /** Pages of their own for the pairs, parallel to `pairing.pairs` (`undefined` where a pair has none). */
  readonly pairPages?: readonly (PairPage | undefined)[]
}

/** The corpus view: its header and its main part. */
export interface CorpusView {
  readonly head: string
  readonly main: string
  readonly beads: number
  readonly flagged: number
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`

/**
 * The corpus view of a pairing and a dedup result.
 *
 * @throws PadananError `BAD_INPUT` for a malformed pairing, dedup result or document list
 * @example
 * corpusView({ kind: 'corpus', pairing, dedup, docs }, settings).main // '<nav>…<section id="pairs">…'
 */
export function corpusView(input: CorpusReportInput, o: Settings): CorpusView {
  const { pairing, dedup, docs } = checkCorpus(input)
  const langOf = new Map<string, string>()
  const textOf = new Map<string, string>()
  for (const d of docs) {
    langOf.set(d.id, typeof d.lang === 'string' ? d.lang : (d.lang?.code ?? ''))
    textOf.set(d.id, d.text)
  }
  for (const p of pairing.pairs) {
    langOf.set(p.a, p.languages[0])
    langOf.set(p.b, p.languages[1])
  }
  const lang = (id: string) => langOf.get(id) || '?'

  // Sections first: the pairs' rows show how many of their beads are flagged.
  const sectionOf = new Map<string, number>()
  let beads = 0
  let flagged = 0
  const sectionHtml: string[] = []
  const stats: { total: number; flagged: number }[] = []
  const sections = (input.sections ?? []).slice(0, o.maxSections)
  sections.forEach((s, k) => {
    const v = pairView(s, o, `s${k}-`)
    beads += v.total
    flagged += v.flagged
    stats.push(v)
    const a = s.docA.id
    const b = s.docB.id
    sectionOf.set(pairKey(a, b), k)
    sectionOf.set(pairKey(b, a), k)
    const i = pairing.pairs.findIndex((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))
    const back = i >= 0 ? ` <a class="note" href="#row-${i}">pair #${i} in the table</a>` : ''
    sectionHtml.push(`<section class="ps" id="pair-${k}"><h3>${esc(a || 'A')} ↔ ${esc(b || 'B')}${back}</h3>\n${v.head}\n${v.beads}</section>\n`)
  })
  const omittedSections = (input.sections?.length ?? 0) - sections.length

  const multi = pairing.groups.filter((g) => g.members.length > 2)
  const byLang = new Map<string, number>()
  for (const d of docs) byLang.set(lang(d.id), (byLang.get(lang(d.id)) ?? 0) + 1)
  const langs = [...byLang].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([l, n]) => `${esc(l)} ${n}`).join(', ')
  const kinds = new Map<string, number>()
  for (const c of dedup?.clusters ?? []) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1)

  const head =
    `<p class="sub">${count(docs.length, 'document')} (${langs || 'none'}) · ${count(pairing.pairs.length, 'pair')}` +
    (multi.length ? ` · ${count(multi.length, 'group')} of three or more` : '') +
    ` · ${count(pairing.unpaired.length, 'unpaired document')}` +
    (dedup ? ` · ${count(dedup.clusters.length, 'duplicate cluster')}${kinds.size ? ` (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''} · ${count(dedup.boilerplate.length, 'boilerplate line')}` : '') +
    (sections.length ? ` · ${count(sections.length, 'pair')} side by side, ${count(flagged, 'bead')} flagged` : '') +
    '</p>'

  const nav = [
    ['pairs', 'Pairs'],
    ...(multi.length ? [['groups', 'Groups']] : []),
    ['unpaired', 'Unpaired'],
    ...(dedup ? [['duplicates', 'Duplicates'], ['boilerplate', 'Boilerplate']] : []),
    ...(sections.length ? [['side-by-side', 'Side by side']] : []),
  ]
  let main = `<nav class="sub">${nav.map(([id, label]) => `<a href="#${id}">${label}</a>`).join(' · ')}</nav>\n`
  // Each list apart: the browser lays out only those on screen.
  const list = (html: string) => `<section class="lst">\n${html}</section>\n`
  main += list(pairsTable(pairing.pairs, (p, i) => {
    const k = sectionOf.get(pairKey(p.a, p.b))
    const page = input.pairPages?.[i]
    if (k !== undefined) return { href: `#pair-${k}`, label: 'side by side', total: stats[k]!.total, flagged: stats[k]!.flagged }
    if (page) return { href: page.href, label: 'page', total: page.beads, flagged: page.flagged }
    return undefined
  }, o))
  if (multi.length) main += list(groupsTable(multi, lang, o))
  main += list(unpairedTable(pairing.unpaired, lang, textOf, o))
  if (dedup) main += list(duplicates(dedup, lang, o))
  if (sections.length) {
    const rest = pairing.pairs.length - sections.length
    main += `<h2 id="side-by-side">Side by side (${sections.length})</h2>\n`
    if (rest > 0 || omittedSections > 0) main += `<p class="note">The first ${count(sections.length, 'pair')} are shown here; the others have a row in the table only.</p>\n`
    main += sectionHtml.join('')
  }
  return { head, main, beads, flagged }
}

function checkCorpus(input: CorpusReportInput): { pairing: PairResult; dedup: DedupResult | undefined; docs: readonly ReportDoc[] } {
  const { pairing, dedup, docs } = input
  if (pairing === null || typeof pairing !== 'object' || !Array.isArray(pairing.pairs) || !Array.isArray(pairing.groups) || !Array.isArray(pairing.unpaired)) {
    throw new PadananError('BAD_INPUT', 'pairing must be the result of pairDocuments ({ pairs, groups, unpaired })', { field: 'pairing' })
  }
  if (dedup !== undefined && (dedup === null || typeof dedup !== 'object' || !Array.isArray(dedup.clusters) || !Array.isArray(dedup.boilerplate) || !Array.isArray(dedup.repeats))) {
    throw new PadananError('BAD_INPUT', 'dedup must be the result of findDuplicates ({ clusters, unique, boilerplate, repeats })', { field: 'dedup' })
  }
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array of documents ({ id, text, lang? } or Docs)', { field: 'docs' })
  docs.forEach((d, i) => {
    if (d === null || typeof d !== 'object' || typeof d.id !== 'string' || typeof d.text !== 'string') throw new PadananError('BAD_INPUT', `docs[${i}] must have a string id and text`, { field: `docs[${i}]` })
  })
  if (input.sections !== undefined && !Array.isArray(input.sections)) throw new PadananError('BAD_INPUT', 'sections must be an array of pair inputs', { field: 'sections' })
  if (input.pairPages !== undefined && !Array.isArray(input.pairPages)) throw new PadananError('BAD_INPUT', 'pairPages must be an array parallel to pairing.pairs', { field: 'pairPages' })
  return { pairing, dedup, docs }
}

/** The first `max` rows, and a note on the rest. */
function capped<T>(rows: readonly T[], max: number, what: string): { rows: readonly T[]; note: string } {
  if (rows.length <= max) return { rows, note: '' }
  return { rows: rows.slice(0, max), note: `<p class="note">… and ${count(rows.length - max, what)} more, not shown (the JSON result lists every one).</p>\n` }
}

type PairLink = { href: string; label: string; total?: number | undefined; flagged?: number | undefined } | undefined

function pairsTable(pairs: readonly DocPair[], link: (p: DocPair, i: number) => PairLink, o: Settings): string {
  let html = `<h2 id="pairs">Pairs (${pairs.length})</h2>\n`
  if (!pairs.length) return html + '<p class="sub">No pair: no two documents in different languages translate each other.</p>\n'
  html += '<table class="list"><thead><tr><th>#</th><th>A</th><th>B</th><th>languages</th><th>score</th><th>concepts</th><th>alignment</th><th>shared numbers</th><th>shared names</th><th>flagged beads</th><th></th></tr></thead><tbody>\n'
  // Pairs come best first: past the cap, the best half and the weakest half are shown, the weakest being those most worth a look.
  const head = pairs.length <= o.maxRows ? pairs.length : Math.ceil(o.maxRows / 2)
  const tail = pairs.length <= o.maxRows ? pairs.length : pairs.length - Math.floor(o.maxRows / 2)
  pairs.forEach((p, i) => {
    if (i >= head && i < tail) {
      if (i === head) html += `<tr><td colspan="11" class="note">… ${count(tail - head, 'pair')} between #${head - 1} and #${tail}, not shown (the JSON result lists every one)</td></tr>\n`
      return
    }
    const l = link(p, i)
    const e = p.evidence
    const flag = (l?.flagged ?? 0) > 0
    const names = e.names.slice(0, 20).join(', ') + (e.names.length > 20 ? ', …' : '')
    html +=
      `<tr class="prow${flag ? ' f' : ''}" id="row-${i}"><td>${i}</td><td class="t">${esc(p.a)}</td><td class="t">${esc(p.b)}</td><td>${esc(p.languages.join('–'))}</td>` +
      `<td>${bar(p.score, band(p.score, 0.25), 'pair score')}</td><td>${bar(e.concepts, band(e.concepts, 0.25), 'concept similarity')}</td><td>${bar(e.alignment, band(e.alignment, 0.25), 'alignment quality')}</td>` +
      `<td>${e.numbers.length}</td><td title="${esc(names)}">${e.names.length}</td>` +
      `<td>${l?.total === undefined ? '—' : `${l.flagged ?? 0} of ${l.total}`}</td><td>${l ? `<a href="${esc(l.href)}">${l.label}</a>` : ''}</td></tr>\n`
  })
  return html + '</tbody></table>\n'
}

function groupsTable(groups: PairResult['groups'], lang: (id: string) => string, o: Settings): string {
  const { rows, note } = capped(groups, o.maxRows, 'group')
  let html = `<h2 id="groups">Groups of three or more (${groups.length})</h2>\n<table class="list"><thead><tr><th>members</th><th>score</th><th>numbers every member states</th><th>names every member writes</th></tr></thead><tbody>\n`
  for (const g of rows) {
    html +=
      `<tr><td>${g.members.map((m) => `<span class="chip">${esc(m)} · ${esc(lang(m))}</span>`).join('')}</td><td>${bar(g.score, band(g.score, 0.25), 'group score')}</td>` +
      `<td>${g.evidence.numbers.length}</td><td>${esc(g.evidence.names.slice(0, 12).join(', '))}</td></tr>\n`
  }
  return html + '</tbody></table>\n' + note
}

function unpairedTable(ids: readonly string[], lang: (id: string) => string, textOf: ReadonlyMap<string, string>, o: Settings): string {
  const { rows, note } = capped(ids, o.maxRows, 'document')
  let html = `<h2 id="unpaired">Unpaired (${ids.length})</h2>\n`
  if (!ids.length) return html + '<p class="sub">Every document is in a pair or a group.</p>\n'
  html += '<table class="list"><thead><tr><th>document</th><th>language</th><th>characters</th><th>begins</th></tr></thead><tbody>\n'
  for (const id of rows) {
    const text = textOf.get(id) ?? ''
    html += `<tr><td class="t">${esc(id)}</td><td>${esc(lang(id))}</td><td>${text.length.toLocaleString('en-US')}</td><td class="t" dir="auto" lang="${esc(lang(id))}">${esc(snippet(text, o.snippet))}</td></tr>\n`
  }
  return html + '</tbody></table>\n' + note
}

function duplicates(dedup: DedupResult, lang: (id: string) => string, o: Settings): string {
  const clusters = capped(dedup.clusters, o.maxRows, 'cluster')
  let html = `<h2 id="duplicates">Duplicate clusters (${dedup.clusters.length})</h2>\n`
  if (!dedup.clusters.length) html += '<p class="sub">No duplicates.</p>\n'
  else {
    html += '<ul class="cl">\n'
    const kind = (k: string) => `<span class="kind k-${esc(k)}">${esc(k)}</span>`
    const link = (l: DuplicateLink) => `${esc(l.a)} · ${esc(lang(l.a))} ${l.kind === 'contained' ? '⊂' : '↔'} ${esc(l.b)} · ${esc(lang(l.b))}`
    for (const c of clusters.rows) {
      // Two documents, one link (most clusters): one line.
      if (c.links.length === 1) {
        const l = c.links[0]!
        html += `<li>${kind(c.kind)} ${link(l)} ${bar(l.similarity, band(l.similarity, 0.25), 'similarity')}</li>\n`
        continue
      }
      const links = c.links.slice(0, 50).map((l) => `<li>${link(l)} ${kind(l.kind)} ${bar(l.similarity, band(l.similarity, 0.25), 'similarity')}</li>`)
      html +=
        `<li>${kind(c.kind)} ${c.members.map((m) => `<span class="chip">${esc(m)} · ${esc(lang(m))}</span>`).join('')}` +
        `<ul class="note">${links.join('')}${c.links.length > 50 ? `<li>and ${c.links.length - 50} more links</li>` : ''}</ul></li>\n`
    }
    html += '</ul>\n' + clusters.note
  }
  const lines = capped(dedup.boilerplate, o.maxRows, 'line')
  html += `<h2 id="boilerplate">Boilerplate lines (${dedup.boilerplate.length})</h2>\n`
  if (!dedup.boilerplate.length) html += '<p class="sub">No line recurs across documents.</p>\n'
  else {
    html += '<table class="list"><thead><tr><th>line, left out of similarity</th><th>documents</th></tr></thead><tbody>\n'
    for (const b of lines.rows) html += `<tr><td class="t" dir="auto">${esc(snippet(b.text, 200))}</td><td>${b.docs}</td></tr>\n`
    html += '</tbody></table>\n' + lines.note
  }
  if (dedup.repeats.length) {
    const reps = capped(dedup.repeats, o.maxRows, 'paragraph')
    html += `<h2 id="repeats">Paragraphs repeated inside a document (${dedup.repeats.length})</h2>\n<table class="list"><thead><tr><th>document</th><th>paragraphs</th><th>text</th></tr></thead><tbody>\n`
    for (const r of reps.rows) html += `<tr><td class="t">${esc(r.doc)}</td><td>${r.paragraphs.join(', ')}</td><td class="t" dir="auto" lang="${esc(lang(r.doc))}">${esc(snippet(r.text, 200))}</td></tr>\n`
    html += '</tbody></table>\n' + reps.note
  }
  return html
}
