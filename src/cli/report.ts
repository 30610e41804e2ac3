// `padanan report`: a review page in one HTML file, for two documents side by side or for a corpus
// (pairs, duplicates, boilerplate), written whole or not at all.
import { mkdirSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { checkTranslation, type CheckTranslationOptions } from '../check/index.js'
import { detectLanguage } from '../read/detect.js'
import { checkWritable, writeFileAtomic } from '../core/files.js'
import { prepare } from '../read/prepare.js'
import { findDuplicates } from '../dedup/index.js'
import { PadananError } from '../errors.js'
import { cliLanguages } from './packs.js'
import { pairDocuments, translationScore, type DocPair } from '../pair/index.js'
import { renderCounted, type PairPage, type PairReportInput, type ReportOptions } from '../report/index.js'
import { numberFlag, parseCommand } from './args.js'
import { NUMBER_FLAGS, numberOptions } from './check.js'
import { REPORT_USAGE } from './help.js'
import { noteInputs, readInputs, readTextFile, type InputDoc } from './inputs.js'
import { out } from './io.js'
import { progressBar } from './progress.js'

/** Flags that only make sense for two files, and those that only make sense for a corpus. */
const PAIR_ONLY = ['lang-a', 'lang-b', 'presegmented'] as const
const CORPUS_ONLY = ['min-score', 'threshold', 'sections', 'pairs-dir', 'max-rows', 'skip-bad'] as const

/**
 * The `report` command: two text files give the side-by-side page of the pair, anything else
 * (folders, .jsonl files, one file or three and more) the corpus page.
 *
 * @example
 * cmdReport(['fixtures/npc/001_08d4fc09aac09c03.txt', 'fixtures/npc/002_8b5633673b5c9d83.txt', '-o', 'review.html'])
 * cmdReport(['fixtures/npc', '-o', 'corpus.html'])
 */
export function cmdReport(args: string[]): void {
  const p = parseCommand('report', REPORT_USAGE, args, {
    ...NUMBER_FLAGS,
    output: { type: 'string', short: 'o' },
    title: { type: 'string' },
    low: { type: 'string' },
    presegmented: { type: 'boolean' },
    'min-score': { type: 'string' },
    threshold: { type: 'string' },
    sections: { type: 'string' },
    'pairs-dir': { type: 'string' },
    'max-rows': { type: 'string' },
    'skip-bad': { type: 'boolean' },
  })
  if (p === null) return
  const { values, positionals } = p
  if (positionals.length === 0) throw new PadananError('BAD_OPTIONS', 'report takes two files (padanan report A B -o review.html) or a corpus (padanan report DIR -o corpus.html); see padanan report --help', { field: 'PATH' })
  if (values.output === '') throw new PadananError('BAD_OPTIONS', '-o needs a file name (or - for stdout)', { field: 'output' })
  const output = values.output === undefined || values.output === '-' ? undefined : values.output
  const low = numberFlag(values.low, 'low', { min: 0, max: 1 })
  const numbers = numberOptions(values)
  const pairMode = positionals.length === 2 && positionals.every(isTextFile)
  for (const flag of pairMode ? CORPUS_ONLY : PAIR_ONLY) {
    if (values[flag] !== undefined) {
      const goes = pairMode ? 'a corpus (folders, .jsonl files)' : 'two text files (padanan report A B)'
      throw new PadananError('BAD_OPTIONS', `--${flag} goes with ${goes}`, { field: flag })
    }
  }
  // Before the work, not after.
  if (output) checkWritable(output)
  const options: ReportOptions = { ...(values.title !== undefined ? { title: values.title } : {}), ...(low !== undefined ? { lowScore: low } : {}) }
  const page = pairMode ? pairPage(positionals[0]!, positionals[1]!, values.presegmented === true, numbers, options) : corpusPage(positionals, values, numbers, options, output)
  if (output) {
    writeFileAtomic(output, Buffer.from(page.html, 'utf8'))
    process.stderr.write(`padanan: wrote ${output}: ${page.note}\n`)
  } else out(page.html)
}

/** A path to read as one document of a pair: a file (or FIFO) that is not JSONL. */
function isTextFile(path: string): boolean {
  let st
  try {
    st = statSync(path)
  } catch {
    throw new PadananError('BAD_INPUT', `${path}: no such file or folder`, { field: 'PATH' })
  }
  return !st.isDirectory() && extname(path) !== '.jsonl'
}

function pairPage(pathA: string, pathB: string, presegmented: boolean, numbers: CheckTranslationOptions, options: ReportOptions): { html: string; note: string } {
  // Prepared here, as align does, so the sentences are those of padanan align and check.
  const read = (path: string, lang: string | undefined) => prepare(readTextFile(path), { ...(lang ? { lang } : {}), presegmented, id: path })
  const docA = read(pathA, numbers.langA as string | undefined)
  const docB = read(pathB, numbers.langB as string | undefined)
  const check = checkTranslation(docA, docB, numbers)
  const { score, evidence } = translationScore(docA, docB)
  const r = renderCounted({ kind: 'pair', alignment: check, check, docA, docB, evidence, score }, options)
  return { html: r.html, note: `${r.beads} beads, ${r.flagged} flagged` }
}

interface CorpusFlags {
  readonly 'min-score'?: string | undefined
  readonly threshold?: string | undefined
  readonly sections?: string | undefined
  readonly 'pairs-dir'?: string | undefined
  readonly 'max-rows'?: string | undefined
  readonly 'skip-bad'?: boolean | undefined
}

function corpusPage(paths: readonly string[], values: CorpusFlags, numbers: CheckTranslationOptions, options: ReportOptions, output: string | undefined): { html: string; note: string } {
  const minScore = numberFlag(values['min-score'], 'min-score', { min: 0, max: 1 })
  const threshold = numberFlag(values.threshold, 'threshold', { min: 0.01, max: 0.99 })
  const sectionCount = numberFlag(values.sections, 'sections', { min: 0, max: 1_000_000, integer: true })
  const maxRows = numberFlag(values['max-rows'], 'max-rows', { min: 1, max: 10_000_000, integer: true })
  const pairsDir = values['pairs-dir']
  if (pairsDir === '') throw new PadananError('BAD_OPTIONS', '--pairs-dir needs a folder name', { field: 'pairs-dir' })
  if (pairsDir !== undefined && sectionCount !== undefined) throw new PadananError('BAD_OPTIONS', '--sections or --pairs-dir, not both: pairs are shown in the page or on pages of their own', { field: 'sections' })
  if (pairsDir !== undefined) prepareFolder(pairsDir)

  // Read, paired and deduplicated as padanan pair and padanan dedup do, so the page's figures are theirs.
  const read = readInputs(paths, values['skip-bad'], cliLanguages().map((pack) => pack.code))
  noteInputs(read, paths)
  const { docs } = read
  const bar = progressBar('report')
  const pairing = pairDocuments(docs, { ...(minScore !== undefined ? { minScore } : {}), onProgress: bar.update })
  const dedup = findDuplicates(docs, { ...(threshold !== undefined ? { threshold } : {}), onProgress: bar.update })
  bar.end()
  // Every document's language on the page: the pairing's reading, else its folder's, else detected.
  const pairedLang = new Map(pairing.pairs.flatMap((p) => [[p.a, p.languages[0]] as const, [p.b, p.languages[1]] as const]))
  const shown = docs.map((d) => (d.lang ? d : { ...d, lang: pairedLang.get(d.id) ?? detectLanguage(d.text, cliLanguages()).lang }))
  const byId = new Map<string, InputDoc>(docs.map((d) => [d.id, d]))
  const pairInput = (p: DocPair): PairReportInput => {
    const docA = prepare(byId.get(p.a)!.text, { lang: p.languages[0], id: p.a })
    const docB = prepare(byId.get(p.b)!.text, { lang: p.languages[1], id: p.b })
    const check = checkTranslation(docA, docB, numbers)
    return { kind: 'pair', alignment: check, check, docA, docB, evidence: p.evidence, score: p.score }
  }
  const rows = maxRows !== undefined ? { maxRows } : {}
  const dupNote = `${dedup.clusters.length} duplicate cluster(s)`
  if (pairsDir === undefined) {
    const n = sectionCount ?? 50
    const sections = pairing.pairs.slice(0, n).map(pairInput)
    const r = renderCounted({ kind: 'corpus', pairing, dedup, docs: shown, sections }, { ...options, ...rows, maxSections: n })
    return { html: r.html, note: `${docs.length} documents, ${pairing.pairs.length} pair(s) (${sections.length} side by side, ${r.flagged} bead(s) flagged), ${dupNote}` }
  }
  // One page per pair, written as it is made: a large corpus never holds every pair's page at once.
  const from = output ? dirname(resolve(output)) : process.cwd()
  const home = output ? { href: href(relative(resolve(pairsDir), resolve(output))), label: 'back to the corpus' } : undefined
  let flagged = 0
  const pages: PairPage[] = pairing.pairs.map((p, i) => {
    const file = join(pairsDir, `pair-${i}.html`)
    const r = renderCounted(pairInput(p), { ...options, ...(home ? { home } : {}) })
    writeFileAtomic(file, Buffer.from(r.html, 'utf8'))
    flagged += r.flagged
    return { href: href(relative(from, resolve(file))), beads: r.beads, flagged: r.flagged }
  })
  const r = renderCounted({ kind: 'corpus', pairing, dedup, docs: shown, pairPages: pages }, { ...options, ...rows })
  return { html: r.html, note: `${docs.length} documents, ${pairing.pairs.length} pair(s) on pages of their own in ${pairsDir} (${flagged} bead(s) flagged), ${dupNote}` }
}

/** The folder for the pairs' pages: made when missing, and writable. */
function prepareFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (e) {
    throw new PadananError('WRITE_FAILED', `${dir}: ${(e as Error).message}`, { field: 'pairs-dir' })
  }
  checkWritable(join(dir, 'pair-0.html'))
}

/** A relative file path as a link: `/` between the parts, each part URL-encoded. */
function href(path: string): string {
  return path.split(sep).map(encodeURIComponent).join('/')
}
