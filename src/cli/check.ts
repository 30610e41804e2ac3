// `padanan check`: does a translation keep its numbers? Two documents side by side, or a bitext
// stream (`source<TAB>target` per line, as corpus cleaners such as bicleaner take it).
import { checkTranslation } from '../check/index.js'
import { PadananError } from '../errors.js'
import { compareNumbers, type CompareNumbersOptions, type NumberComparison } from '../numbers/compare.js'
import type { NumberKind, NumberMention } from '../numbers/types.js'
import { numberFlag, parseCommand } from './args.js'
import { CHECK_USAGE } from './help.js'
import { readTextFile } from './inputs.js'
import { noteSkipped, out, stdinLines } from './io.js'

const KINDS: readonly NumberKind[] = ['cardinal', 'decimal', 'ordinal', 'fraction', 'percent', 'currency', 'year', 'decade', 'range', 'multiplier']

/** The flags of the number comparison, shared by check and report. */
export const NUMBER_FLAGS = {
  'lang-a': { type: 'string' },
  'lang-b': { type: 'string' },
  ignore: { type: 'string' },
  tolerance: { type: 'string' },
  'strict-one': { type: 'boolean' },
  'strict-years': { type: 'boolean' },
} as const

/**
 * compareNumbers' options from the flags of {@link NUMBER_FLAGS}.
 *
 * @throws PadananError `BAD_OPTIONS` for an unknown kind or a tolerance out of range
 * @example
 * numberOptions({ 'lang-a': 'en', ignore: 'year' }) //=> { langA: 'en', ignore: ['year'] }
 */
export function numberOptions(values: { 'lang-a'?: string | undefined; 'lang-b'?: string | undefined; ignore?: string | undefined; tolerance?: string | undefined; 'strict-one'?: boolean | undefined; 'strict-years'?: boolean | undefined }): CompareNumbersOptions {
  const ignore = values.ignore === undefined ? undefined : values.ignore.split(',').map((k) => k.trim())
  for (const k of ignore ?? []) if (!KINDS.includes(k as NumberKind)) throw new PadananError('BAD_OPTIONS', `--ignore: unknown kind "${k}" (kinds: ${KINDS.join(', ')})`, { field: 'ignore' })
  const tolerance = numberFlag(values.tolerance, 'tolerance', { min: 0, max: 0.5 })
  return {
    ...(values['lang-a'] ? { langA: values['lang-a'] } : {}),
    ...(values['lang-b'] ? { langB: values['lang-b'] } : {}),
    ...(ignore ? { ignore: ignore as NumberKind[] } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(values['strict-one'] ? { strictOne: true } : {}),
    ...(values['strict-years'] ? { relativeYears: false } : {}),
  }
}

/**
 * The `check` command.
 *
 * @example
 * cmdCheck(['a.txt', 'b.txt', '--lang-a', 'en', '--lang-b', 'id']) // prints the sentence pairs whose numbers disagree
 */
export function cmdCheck(args: string[]): void {
  const p = parseCommand('check', CHECK_USAGE, args, {
    ...NUMBER_FLAGS,
    json: { type: 'boolean' },
    tsv: { type: 'boolean' },
    filter: { type: 'boolean' },
    'skip-bad': { type: 'boolean' },
  })
  if (p === null) return
  const { values, positionals } = p
  const options = numberOptions(values)
  if (values.tsv) {
    if (positionals.length) throw new PadananError('BAD_OPTIONS', '--tsv reads stdin; do not pass files (padanan check --tsv < bitext.tsv)', { field: 'tsv' })
    if (values.json) throw new PadananError('BAD_OPTIONS', '--tsv writes JSONL already; leave out --json', { field: 'json' })
    if (process.stdin.isTTY) throw new PadananError('BAD_INPUT', '--tsv reads source<TAB>target lines from stdin: pipe a file in', { field: 'tsv' })
    checkTsv(stdinLines(), options, values.filter === true, values['skip-bad'] === true)
    return
  }
  if (values.filter || values['skip-bad']) throw new PadananError('BAD_OPTIONS', '--filter and --skip-bad go with --tsv', { field: values.filter ? 'filter' : 'skip-bad' })
  if (positionals.length !== 2) throw new PadananError('BAD_OPTIONS', 'check takes two files, or --tsv: padanan check A B (see padanan check --help)', { field: 'A B' })
  const [a, b] = positionals.map((f) => readTextFile(f))
  const r = checkTranslation(a!, b!, options)
  if (values.json) {
    out(JSON.stringify({ ok: r.ok, beads: r.beads, problems: r.problems }) + '\n')
    return
  }
  const matched = r.beads.reduce((n, x) => n + x.numbers.matched.length, 0)
  out(`${positionals[0]} (${r.docA.lang}) ↔ ${positionals[1]} (${r.docB.lang}): ${matched} number(s) agree; ${r.problems.length} of ${r.beads.length} sentence pair(s) disagree\n`)
  for (const bead of r.problems) {
    const textA = bead.a.map((i) => r.docA.sentences[i]!).map((s) => marked(s.text, s.start, s.numbers)).join(' ')
    const textB = bead.b.map((j) => r.docB.sentences[j]!).map((s) => marked(s.text, s.start, s.numbers)).join(' ')
    out(`\nA ${span(bead.a)} ↔ B ${span(bead.b)}  (bead score ${bead.score.toFixed(2)})\n  A: ${textA || '—'}\n  B: ${textB || '—'}\n`)
    for (const line of problemLines(bead.numbers)) out(`  ${line}\n`)
  }
}

/** Sentence numbers as people count them (1-based), `3` or `3–4`, `—` for none. */
function span(ix: readonly number[]): string {
  if (!ix.length) return '—'
  return ix.length === 1 ? `${ix[0]! + 1}` : `${ix[0]! + 1}–${ix[ix.length - 1]! + 1}`
}

/** A sentence with its number mentions in [brackets] (spans are offsets in the document). */
function marked(text: string, start: number, ms: readonly NumberMention[]): string {
  let s = ''
  let at = 0
  for (const m of ms) {
    s += `${text.slice(at, m.start - start)}[${m.text}]`
    at = m.end - start
  }
  return s + text.slice(at)
}

function problemLines(c: NumberComparison): string[] {
  return [
    ...c.changed.map((x) => `${x.why} changed: ${x.a.text} → ${x.b.text}  (${x.a.key} ≠ ${x.b.key})`),
    ...c.missing.map((m) => `missing in B: ${m.text}  (${m.key})`),
    ...c.extra.map((m) => `added in B: ${m.text}  (${m.key})`),
  ]
}

const mention = (m: NumberMention) => ({ text: m.text, key: m.key, start: m.start, end: m.end })

/**
 * `--tsv`: one JSONL verdict per `source<TAB>target` line, or with `filter` the passing lines as they
 * came. Blank lines pass through `--filter` and give `{"line","ok":true}` verdicts with no numbers.
 *
 * @example
 * checkTsv(['105 billion yuan\t105 juta yuan'], { langA: 'en', langB: 'id' }, false, false)
 * // writes {"line":1,"ok":false,"missing":[],"extra":[],"changed":[{"text":"105 billion yuan",…,"why":"scale","target":{"text":"105 juta yuan",…}}]}
 */
export function checkTsv(lines: Iterable<string>, options: CompareNumbersOptions, filter: boolean, skipBad: boolean): void {
  let n = 0
  let rejected = 0
  const skipped: number[] = []
  let batch = ''
  for (const raw of lines) {
    n++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const tab = line.indexOf('\t')
    if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
      if (line.trim() === '' && filter) {
        batch += raw + '\n'
        continue
      }
      if (skipBad && line.trim() !== '') {
        skipped.push(n)
        continue
      }
      if (line.trim() !== '') throw new PadananError('BAD_INPUT', `stdin:${n}: expected source<TAB>target, found ${tab < 0 ? 'no tab' : 'more than one tab'}`, { line: n })
    }
    const r = tab < 0 ? null : compareNumbers(line.slice(0, tab), line.slice(tab + 1), options)
    const ok = r === null || r.ok
    if (filter) {
      if (ok) batch += raw + '\n'
      else rejected++
    } else {
      batch +=
        JSON.stringify({
          line: n,
          ok,
          missing: r ? r.missing.map(mention) : [],
          extra: r ? r.extra.map(mention) : [],
          changed: r ? r.changed.map((c) => ({ ...mention(c.a), why: c.why, target: mention(c.b) })) : [],
        }) + '\n'
    }
    // Written in batches: one write per line would cost more than the check.
    if (batch.length > 1 << 16) {
      out(batch)
      batch = ''
    }
  }
  out(batch)
  noteSkipped(skipped)
  if (filter) process.stderr.write(`padanan: check: ${rejected} of ${n} line(s) rejected (numbers that disagree)\n`)
}
