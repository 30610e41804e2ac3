// `padanan align`: the beads of two files side by side, as JSON, JSONL or hunalign-style TSV, and the
// line-parallel bitext that MT toolkits read.
import { resolve } from 'node:path'
import { PadananError } from '../errors.js'
import { prepare } from '../read/prepare.js'
import { checkWritable, writeFileAtomic } from '../core/files.js'
import { alignSentences, type Alignment, type Bead } from '../align/index.js'
import type { Doc } from '../types.js'
import { numberFlag, parseCommand } from './args.js'
import { ALIGN_USAGE } from './help.js'
import { readTextFile } from './inputs.js'
import { out } from './io.js'
import { LEXICON_OPTIONS, lexiconFromFlags } from './lexicon.js'

const FORMATS = ['text', 'json', 'jsonl', 'tsv'] as const
type Format = (typeof FORMATS)[number]

/** hunalign's `-text` output joins the sentences of one side of a bead with this. */
const HUNALIGN_JOINER = ' ~~~ '

/** One bead as json and jsonl print it. */
export interface BeadRecord {
  readonly a: readonly number[]
  readonly b: readonly number[]
  /** Sentences of A and of B: `2-1`. */
  readonly shape: string
  readonly score: number
  readonly sentencesA: readonly string[]
  readonly sentencesB: readonly string[]
  /** `[start, end)` of each sentence in its file, in UTF-16 code units. */
  readonly spansA: readonly (readonly [number, number])[]
  readonly spansB: readonly (readonly [number, number])[]
}

/**
 * A bead with its sentences' texts and offsets in the two documents.
 *
 * @example
 * beadRecord({ a: [0, 1], b: [0], score: 0.7 }, docA, docB)
 * //=> { a: [0, 1], b: [0], shape: '2-1', score: 0.7, sentencesA: ['…', '…'], sentencesB: ['…'], spansA: [[0, 41], [42, 97]], spansB: [[0, 88]] }
 */
export function beadRecord(bead: Bead, docA: Doc, docB: Doc): BeadRecord {
  const sa = bead.a.map((i) => docA.sentences[i]!)
  const sb = bead.b.map((j) => docB.sentences[j]!)
  return {
    a: bead.a,
    b: bead.b,
    shape: `${bead.a.length}-${bead.b.length}`,
    score: bead.score,
    sentencesA: sa.map((s) => s.text),
    sentencesB: sb.map((s) => s.text),
    spansA: sa.map((s) => [s.start, s.end] as const),
    spansB: sb.map((s) => [s.start, s.end] as const),
  }
}

/**
 * Text made one line: tabs and every character a line reader may split on (Python's `splitlines`
 * too: vertical tab, form feed, U+001C–U+001E, NEL, U+2028, U+2029) become one space, so a line
 * of a bitext or TSV file is always one bead.
 *
 * @example
 * oneLine('Satu\tdua\r\ntiga') //=> 'Satu dua tiga'
 */
export function oneLine(s: string): string {
  return s.replace(/[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g, ' ')
}

/**
 * One TSV line per bead, as hunalign `-text` writes: `A<TAB>B<TAB>score`, a side's sentences joined with ` ~~~ `.
 *
 * @example
 * tsv([beadRecord(bead, docA, docB)]) //=> 'Harga naik. ~~~ Lagi.\tPrices rose again.\t0.71\n'
 */
export function tsv(records: readonly BeadRecord[]): string {
  return records.map((r) => `${oneLine(r.sentencesA.join(HUNALIGN_JOINER))}\t${oneLine(r.sentencesB.join(HUNALIGN_JOINER))}\t${r.score}\n`).join('')
}

function wrap(s: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const w of s.split(/\s+/)) {
    if (line && [...line].length + 1 + [...w].length > width) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.length ? lines : ['']
}

/**
 * Beads side by side: A on the left, B on the right, wrapped to the terminal.
 *
 * @example
 * out(sideBySide(alignSentences(docA, docB)))
 */
export function sideBySide(al: Pick<Alignment, 'beads' | 'sentencesA' | 'sentencesB'>): string {
  const cols = Math.max(60, Math.min(process.stdout.columns || 120, 160))
  const w = Math.floor((cols - 16) / 2)
  let s = ''
  for (const b of al.beads) {
    const left = wrap(b.a.map((i) => al.sentencesA[i]).join(' '), w)
    const right = wrap(b.b.map((j) => al.sentencesB[j]).join(' '), w)
    const head = `${b.a.length}-${b.b.length} ${b.score.toFixed(2)}`
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      s += `${(k === 0 ? head : '').padEnd(10)}${(left[k] ?? '').padEnd(w)}  │ ${right[k] ?? ''}\n`
    }
    s += '\n'
  }
  return s
}

/** The two sides of a line-parallel bitext: one line per bead, 1-0 and 0-1 beads left out unless `keepEmpty`. */
function bitext(records: readonly BeadRecord[], keepEmpty: boolean): { a: string; b: string; lines: number } {
  let a = ''
  let b = ''
  let lines = 0
  for (const r of records) {
    if (!keepEmpty && (r.a.length === 0 || r.b.length === 0)) continue
    a += oneLine(r.sentencesA.join(' ')) + '\n'
    b += oneLine(r.sentencesB.join(' ')) + '\n'
    lines++
  }
  return { a, b, lines }
}

/**
 * The `align` command.
 *
 * @example
 * cmdAlign(['fixtures/flores/id/devtest-281.txt', 'fixtures/flores/en/devtest-281.txt', '--format', 'tsv'])
 */
export function cmdAlign(args: string[]): void {
  const p = parseCommand('align', ALIGN_USAGE, args, {
    'lang-a': { type: 'string' },
    'lang-b': { type: 'string' },
    presegmented: { type: 'boolean' },
    json: { type: 'boolean' },
    format: { type: 'string' },
    'out-a': { type: 'string' },
    'out-b': { type: 'string' },
    'keep-empty': { type: 'boolean' },
    'min-score': { type: 'string' },
    ...LEXICON_OPTIONS,
  })
  if (!p) return
  const { values, positionals } = p
  if (positionals.length !== 2) throw new PadananError('BAD_OPTIONS', 'align takes two files: padanan align A B (see padanan align --help)', { field: 'A B' })
  if (values.json && values.format !== undefined && values.format !== 'json') throw new PadananError('BAD_OPTIONS', `--json is --format json: do not give it with --format ${values.format}`, { field: 'json' })
  const format = values.format ?? (values.json ? 'json' : undefined)
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new PadananError('BAD_OPTIONS', `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`, { field: 'format' })
  }
  const outA = values['out-a']
  const outB = values['out-b']
  if ((outA === undefined) !== (outB === undefined)) throw new PadananError('BAD_OPTIONS', '--out-a and --out-b go together: one file for each side', { field: outA === undefined ? 'out-a' : 'out-b' })
  if (outA !== undefined && outB !== undefined) {
    if (outA === '' || outB === '') throw new PadananError('BAD_OPTIONS', '--out-a and --out-b need file names', { field: outA === '' ? 'out-a' : 'out-b' })
    if (resolve(outA) === resolve(outB)) throw new PadananError('BAD_OPTIONS', '--out-a and --out-b name the same file', { field: 'out-b' })
    // Before the alignment, not after.
    checkWritable(outA)
    checkWritable(outB)
  } else if (values['keep-empty']) throw new PadananError('BAD_OPTIONS', '--keep-empty goes with --out-a and --out-b', { field: 'keep-empty' })
  const minScore = numberFlag(values['min-score'], 'min-score', { min: 0, max: 1 })

  // Two documents, each one file: a folder or a JSONL file holds any number. Prepared here rather
  // than by alignSentences so that the sentences' offsets in the files can be printed.
  const presegmented = values.presegmented === true
  const read = (path: string, lang: string | undefined) => prepare(readTextFile(path), { ...(lang ? { lang } : {}), presegmented })
  const docA = read(positionals[0]!, values['lang-a'])
  const docB = read(positionals[1]!, values['lang-b'])
  const lexicon = lexiconFromFlags(values, { from: docA.lang, to: docB.lang })
  const al = alignSentences(docA, docB, lexicon ? { lexicon } : {})
  const beads = minScore === undefined ? al.beads : al.beads.filter((b) => b.score >= minScore)
  if (minScore !== undefined) process.stderr.write(`padanan: --min-score ${minScore}: dropped ${al.beads.length - beads.length} of ${al.beads.length} beads\n`)
  const records = beads.map((b) => beadRecord(b, docA, docB))

  if (outA !== undefined && outB !== undefined) {
    const bt = bitext(records, values['keep-empty'] === true)
    writeFileAtomic(outA, Buffer.from(bt.a, 'utf8'))
    writeFileAtomic(outB, Buffer.from(bt.b, 'utf8'))
    process.stderr.write(`padanan: wrote ${bt.lines} line(s) to ${outA} and ${outB}\n`)
    // The files are the output; stdout carries a format only when one was asked for.
    if (format === undefined) return
  }
  switch ((format ?? 'text') as Format) {
    case 'text':
      out(sideBySide({ beads, sentencesA: al.sentencesA, sentencesB: al.sentencesB }))
      return
    case 'json':
      out(JSON.stringify({ langA: docA.lang, langB: docB.lang, method: al.method, beads: records }) + '\n')
      return
    case 'jsonl':
      out(records.map((r) => JSON.stringify(r) + '\n').join(''))
      return
    case 'tsv':
      out(tsv(records))
  }
}
