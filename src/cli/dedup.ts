// `padanan dedup`: duplicates among files, folders or JSONL, or a stream of JSONL lines on stdin.
import { readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { parseArgs } from 'node:util'
import { PadananError } from '../errors.js'
import { createDedupIndex } from '../dedup/stream.js'
import { findDuplicates, type DedupResult } from '../dedup/find.js'
import { readInputs, skippedNote } from './inputs.js'
import { out } from './io.js'
import { progressBar } from './progress.js'

/** Help lines of the command, for the CLI's HELP text. */
export const DEDUP_HELP = `  padanan dedup PATH… [--json] [--threshold N] [--skip-bad]
                                                     duplicates: exact, near (edited copies), contained
                                                     (excerpts), translations; boilerplate lines and
                                                     repeated paragraphs
  padanan dedup --jsonl [--threshold N] [--skip-bad] < in.jsonl
                                                     streaming: lines {"id","text","lang"?} → lines
                                                     {"id","matches":[{"id","kind","similarity"}]}
`

/**
 * The `dedup` command.
 *
 * @example
 * cmdDedup(['fixtures/npc', '--json']) // prints {"clusters":[…],"unique":[…],"boilerplate":[…],"repeats":[…]}
 */
export function cmdDedup(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, threshold: { type: 'string' }, 'skip-bad': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  })
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) throw new PadananError('BAD_OPTIONS', '--threshold must be a number between 0 and 1', { field: 'threshold' })
  const opts = threshold !== undefined ? { threshold } : {}
  if (values.jsonl) {
    if (positionals.length) throw new PadananError('BAD_OPTIONS', '--jsonl reads stdin; do not pass PATH arguments', { field: 'jsonl' })
    if (values.json) throw new PadananError('BAD_OPTIONS', 'use --json or --jsonl, not both', { field: 'json' })
    streamJsonl(opts, values['skip-bad'] === true)
    return
  }
  const { docs, skippedFiles, skippedLines } = readInputs(positionals, values['skip-bad'])
  if (skippedFiles.length) process.stderr.write(skippedNote(skippedFiles))
  if (skippedLines) process.stderr.write(`padanan: skipped ${skippedLines} malformed JSONL line(s)\n`)
  const bar = progressBar('dedup')
  const r = findDuplicates(docs, { ...opts, onProgress: bar.update })
  bar.end()
  out(values.json ? JSON.stringify(r) + '\n' : summary(r))
}

/** Stdin read line by line in chunks, so a large input never sits in memory whole. */
function* stdinLines(): Generator<string> {
  const buf = Buffer.alloc(1 << 16)
  // A character split between two chunks is held back by the decoder, never mangled.
  const dec = new StringDecoder('utf8')
  let rest = ''
  for (;;) {
    let n: number
    try {
      n = readSync(0, buf, 0, buf.length, null)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') {
        // A non-blocking stdin with nothing yet: wait a little.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)
        continue
      }
      if (code === 'EOF') break
      throw e
    }
    if (n === 0) break
    rest += dec.write(buf.subarray(0, n))
    const lines = rest.split('\n')
    rest = lines.pop()!
    yield* lines
  }
  rest += dec.end()
  if (rest) yield rest
}

function streamJsonl(opts: { threshold?: number }, skipBad: boolean): void {
  if (process.stdin.isTTY) throw new PadananError('BAD_INPUT', '--jsonl reads JSONL lines from stdin: pipe a file in (padanan dedup --jsonl < in.jsonl)', { field: 'jsonl' })
  const bar = progressBar('dedup')
  const { skipped } = dedupJsonl(stdinLines(), opts, skipBad, out, (n) => bar.update('index', n, 0))
  bar.end()
  if (skipped.length) process.stderr.write(`padanan: skipped ${skipped.length} malformed line(s): ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}\n`)
}

/**
 * JSONL lines through a streaming index: each record `{"id","text","lang"?}` is added and one line
 * `{"id","matches":[…]}` written. A malformed line is a `PadananError('BAD_INPUT')` naming its line
 * number, unless `skipBad`: then it is listed in `skipped`.
 *
 * @example
 * dedupJsonl(['{"id":"a","text":"…"}', '{"id":"b","text":"…"}'], {}, false, (s) => process.stdout.write(s))
 * // writes {"id":"a","matches":[]} then {"id":"b","matches":[{"id":"a","kind":"near","similarity":0.8}]}
 */
export function dedupJsonl(lines: Iterable<string>, opts: { threshold?: number }, skipBad: boolean, write: (s: string) => void, onDoc: (n: number) => void = () => {}): { docs: number; skipped: number[] } {
  const index = createDedupIndex(opts)
  const skipped: number[] = []
  let n = 0
  for (const raw of lines) {
    n++
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') continue
    try {
      write(JSON.stringify(index.add(parseRecord(line, n))) + '\n')
    } catch (e) {
      if (skipBad && e instanceof PadananError && e.code === 'BAD_INPUT') {
        skipped.push(n)
        continue
      }
      if (e instanceof PadananError && e.line === undefined) throw new PadananError(e.code, `stdin:${n}: ${e.message}`, { line: n, ...(e.field ? { field: e.field } : {}) })
      throw e
    }
    onDoc(index.size)
  }
  return { docs: index.size, skipped }
}

/** One JSONL record, with the messages of parseJsonl (cli/io.ts). */
function parseRecord(line: string, n: number): { id: string; text: string; lang?: string } {
  let o: unknown
  try {
    o = JSON.parse(line)
  } catch {
    throw new PadananError('BAD_INPUT', `stdin:${n}: not valid JSON`, { line: n })
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new PadananError('BAD_INPUT', `stdin:${n}: expected an object {"id","text","lang"?}`, { line: n })
  const r = o as Record<string, unknown>
  if (typeof r.text !== 'string') throw new PadananError('BAD_INPUT', `stdin:${n}: "text" must be a string`, { line: n, field: 'text' })
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') throw new PadananError('BAD_INPUT', `stdin:${n}: "id" must be a string`, { line: n, field: 'id' })
  if (r.lang !== undefined && typeof r.lang !== 'string') throw new PadananError('BAD_INPUT', `stdin:${n}: "lang" must be a string`, { line: n, field: 'lang' })
  return { id: r.id === undefined || r.id === '' ? `stdin:${n}` : String(r.id), text: r.text, ...(typeof r.lang === 'string' ? { lang: r.lang } : {}) }
}

function clip(s: string, n: number): string {
  const cs = [...s]
  return cs.length <= n ? s : cs.slice(0, n - 1).join('') + '…'
}

/** The readable report. */
function summary(r: DedupResult): string {
  const inClusters = r.clusters.reduce((n, c) => n + c.members.length, 0)
  let s = `${inClusters + r.unique.length} documents: ${r.clusters.length} cluster(s) holding ${inClusters}, ${r.unique.length} unique\n`
  r.clusters.forEach((c, i) => {
    s += `\ncluster ${i + 1} (${c.kind}): ${c.members.join(', ')}\n`
    for (const l of c.links) s += `  ${l.a} ${l.kind === 'contained' ? '⊂' : '↔'} ${l.b}  ${l.kind} ${l.similarity.toFixed(3)}\n`
  })
  if (r.boilerplate.length) {
    s += `\nboilerplate lines left out of similarity (${r.boilerplate.length}):\n`
    for (const b of r.boilerplate.slice(0, 15)) s += `  ${String(b.docs).padStart(5)} doc(s)  ${clip(b.text, 70)}\n`
    if (r.boilerplate.length > 15) s += `  … ${r.boilerplate.length - 15} more (--json lists them all)\n`
  }
  if (r.repeats.length) {
    s += `\nparagraphs repeated inside a document (${r.repeats.length}):\n`
    for (const p of r.repeats.slice(0, 15)) s += `  ${p.doc} paragraphs ${p.paragraphs.join(', ')}: ${clip(p.text, 60)}\n`
  }
  s += `\nunique (${r.unique.length}): ${r.unique.slice(0, 20).join(', ') || '—'}${r.unique.length > 20 ? ', …' : ''}\n`
  return s
}
