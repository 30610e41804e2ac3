/**
 * Shipped lexicons stored already stemmed. Building a lexicon from its word list stems every word on
 * both sides (about 28,000 stemmer calls for the Indonesian one, most of a short command's time); the
 * built-in lexicons are therefore written out once as stem tables (`lexicon-en.stemmed.ts`, made from
 * `lexicon-en.ts` by scripts/lexicon-stems.mjs) and read back with no stemming at all. A test rebuilds
 * each table from its word list and fails when the two differ.
 */
import { PadananError } from '../errors.js'
import { lexiconOfMap, type Lexicon } from './lexicon.js'

/** Options of {@link lexiconFromStemmed}: what the table is, as {@link Lexicon} reports it. */
export interface StemmedLexiconOptions {
  readonly from: string
  readonly to: string
  readonly source: string
}

/**
 * The stem table of a lexicon: one line per entry, in the lexicon's order, its source stem(s) then
 * each pivot stem, separated by tabs. {@link lexiconFromStemmed} reads it back to an equal lexicon.
 *
 * @example
 * const lex = createLexicon([['investasi', 'investment']], { from: 'id', to: 'en', source: 'example', stemTo: en.stem })
 * stemmedTable(lex) //=> 'investasi\tinvest\n'
 */
export function stemmedTable(lexicon: Lexicon): string {
  let out = ''
  for (const [key, targets] of lexicon.entries()) {
    if (key.includes('\t') || key.includes('\n') || targets.some((t) => t.includes('\t') || t.includes('\n'))) {
      throw new PadananError('BAD_LEXICON', `lexicon entry "${key}" holds a tab or a line break`)
    }
    out += targets.length ? `${key}\t${targets.join('\t')}\n` : `${key}\n`
  }
  return out
}

/**
 * A function that reads a stem table (see {@link stemmedTable}) into a lexicon on its first call and
 * returns the same lexicon on every later call; nothing is stemmed.
 *
 * @example
 * const lex = lexiconFromStemmed('investasi\tinvest\n', { from: 'id', to: 'en', source: 'example' })
 * lex().concepts('investasi') //=> ['invest']
 */
export function lexiconFromStemmed(table: string | (() => string), options: StemmedLexiconOptions): () => Lexicon {
  let cached: Lexicon | undefined
  return () => (cached ??= readTable(typeof table === 'string' ? table : table(), options))
}

/**
 * A stem table written as its difference from another (the Malay table from the Indonesian one, which
 * shares most of its lines), so that the package holds the shared lines once. One instruction per line:
 * `=N` copies the base's next N lines, `-N` passes over them, `+line` writes a line of its own; the base's
 * lines after the last instruction are copied. {@link patchStemmedTable} applies it.
 *
 * @example
 * stemmedTablePatch('abang\tbrother\nabu\tash\nacak\trandom\n', 'abah\tfather\nabang\tbrother\nacak\trandom\n')
 * //=> '+abah\tfather\n=1\n-1\n'
 */
export function stemmedTablePatch(base: string, table: string): string {
  const a = base.split('\n').filter((l) => l !== '')
  const b = table.split('\n').filter((l) => l !== '')
  // The longest run of lines both keep in order: each table's lines are distinct (one per source stem),
  // so it is the longest increasing run of base positions taken in the table's order.
  const at = new Map(a.map((l, i) => [l, i]))
  const pos = b.map((l) => at.get(l) ?? -1)
  const tails: number[] = []
  const prev = new Int32Array(b.length).fill(-1)
  const tailIdx: number[] = []
  pos.forEach((p, j) => {
    if (p < 0) return
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tails[mid]! < p) lo = mid + 1
      else hi = mid
    }
    tails[lo] = p
    tailIdx[lo] = j
    prev[j] = lo > 0 ? tailIdx[lo - 1]! : -1
  })
  const common = new Set<number>()
  for (let j = tails.length ? tailIdx[tails.length - 1]! : -1; j >= 0; j = prev[j]!) common.add(j)
  const out: string[] = []
  let i = 0
  const op = (sign: '=' | '-', n: number) => {
    if (n === 0) return
    const last = out[out.length - 1]
    if (last?.[0] === sign) out[out.length - 1] = sign + (Number(last.slice(1)) + n)
    else out.push(sign + n)
  }
  b.forEach((line, j) => {
    if (!common.has(j)) {
      out.push('+' + line)
      return
    }
    op('-', pos[j]! - i)
    op('=', 1)
    i = pos[j]! + 1
  })
  op('-', a.length - i)
  // The base's lines after the last instruction are copied anyway.
  if (out[out.length - 1]?.[0] === '=') out.pop()
  return out.length ? out.join('\n') + '\n' : ''
}

/**
 * The stem table a patch of {@link stemmedTablePatch} makes of its base.
 *
 * @example
 * patchStemmedTable('abang\tbrother\nabu\tash\nacak\trandom\n', '+abah\tfather\n=1\n-1\n')
 * //=> 'abah\tfather\nabang\tbrother\nacak\trandom\n'
 */
export function patchStemmedTable(base: string, patch: string): string {
  let out = ''
  let at = 0
  const take = (n: number, keep: boolean) => {
    for (let k = 0; k < n && at < base.length; k++) {
      let end = base.indexOf('\n', at)
      if (end < 0) end = base.length
      if (keep) out += base.slice(at, end) + '\n'
      at = end + 1
    }
  }
  for (const line of patch.split('\n')) {
    if (line === '') continue
    if (line[0] === '+') out += line.slice(1) + '\n'
    else if (line[0] === '=' || line[0] === '-') take(Number(line.slice(1)), line[0] === '=')
    else throw new PadananError('BAD_LEXICON', `stem table patch: "${line}" is no instruction (=N, -N or +line)`)
  }
  if (at < base.length) out += base.slice(at).endsWith('\n') ? base.slice(at) : base.slice(at) + '\n'
  return out
}

function readTable(table: string, { from, to, source }: StemmedLexiconOptions): Lexicon {
  const map = new Map<string, readonly string[]>()
  let at = 0
  while (at < table.length) {
    let end = table.indexOf('\n', at)
    if (end < 0) end = table.length
    if (end > at) {
      const fields = table.slice(at, end).split('\t')
      map.set(fields[0]!, fields.length > 1 ? fields.slice(1) : [])
    }
    at = end + 1
  }
  return lexiconOfMap(map, { from, to, source })
}
