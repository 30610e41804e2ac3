// The padanan command line. Every failure is one line on stderr and a non-zero exit, never a stack trace.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PadananError } from '../errors.js'
import { detectLanguage } from '../read/detect.js'
import { prepare } from '../read/prepare.js'
import { extractNumbers } from '../numbers/index.js'
import { compareNumbers } from '../numbers/compare.js'
import { alignSentences } from '../align/index.js'
import { cmdAlign, sideBySide } from './align.js'
import { numberFlag, parseCommand } from './args.js'
import { DEMO_USAGE, HELP, NUMBERS_USAGE, PAIR_USAGE, USAGES } from './help.js'
import { LEXICON_OPTIONS, lexiconFromFlags } from './lexicon.js'
import { pairDocuments } from '../pair/index.js'
import { findDuplicates } from '../dedup/index.js'
import { cmdCheck } from './check.js'
import { noteInputs, readInputs } from './inputs.js'
import { progressBar } from './progress.js'
import type { NumberMention } from '../numbers/types.js'
import { installPipeGuard, noteSkipped, out, parseJsonl, readStdin, reportError } from './io.js'
import { cliLanguages, loadPacks, namedLanguages } from './packs.js'

function version(): string {
  try {
    const here = dirname(fileURLToPath(import.meta.url))
    return (JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

function fmtValue(m: NumberMention): string {
  return Array.isArray(m.value) ? `${m.value[0]}–${m.value[1]}` : String(m.value)
}

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => rows.reduce((m, r) => Math.max(m, [...(r[i] ?? '')].length), 0))
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(w[i]! - [...c].length)).join('  ').trimEnd()).join('\n') + '\n'
}

function mentionsTable(ms: readonly NumberMention[]): string {
  if (ms.length === 0) return '(no numbers)\n'
  return table([['text', 'kind', 'value', 'unit', 'key'], ...ms.map((m) => [m.text + (m.approx ? ' (≈)' : ''), m.kind, fmtValue(m), m.unit ?? '', m.key])])
}

function cmdNumbers(args: string[]): void {
  const p = parseCommand('numbers', NUMBERS_USAGE, args, { lang: { type: 'string' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' }, 'skip-bad': { type: 'boolean' } })
  if (!p) return
  const { values, positionals } = p
  if (values.jsonl) {
    if (positionals.length) throw new PadananError('BAD_OPTIONS', '--jsonl reads stdin; do not pass TEXT arguments', { field: 'jsonl' })
    const { records, skipped } = parseJsonl(readStdin(), 'stdin', values['skip-bad'])
    for (const r of records) {
      const lang = r.lang ?? values.lang ?? detectLanguage(r.text).lang
      out(JSON.stringify({ id: r.id, lang, mentions: extractNumbers(r.text, lang) }) + '\n')
    }
    noteSkipped(skipped)
    return
  }
  const text = positionals.length ? positionals.join(' ') : readStdin()
  const lang = values.lang ?? detectLanguage(text).lang
  const ms = extractNumbers(text, lang)
  out(values.json ? JSON.stringify({ lang, mentions: ms }, null, 2) + '\n' : mentionsTable(ms))
}

function cmdPair(args: string[]): void {
  const p = parseCommand('pair', PAIR_USAGE, args, { json: { type: 'boolean' }, 'min-score': { type: 'string' }, 'skip-bad': { type: 'boolean' }, ...LEXICON_OPTIONS })
  if (!p) return
  const { values, positionals } = p
  const minScore = numberFlag(values['min-score'], 'min-score', { min: 0, max: 1 })
  // English is the pivot: a lexicon into it is the usual one, so only its source language must be named.
  const lexicon = lexiconFromFlags(values, { to: 'en' })
  const read = readInputs(positionals, values['skip-bad'], cliLanguages().map((pack) => pack.code))
  noteInputs(read, positionals)
  const { docs } = read
  const bar = progressBar('pair')
  const r = pairDocuments(docs, { ...(minScore !== undefined ? { minScore } : {}), ...(lexicon ? { lexicon } : {}), onProgress: bar.update })
  bar.end()
  if (r.pairs.length === 0 && docs.length > 1) {
    const langs = new Set(docs.map((d) => d.lang ?? detectLanguage(d.text, cliLanguages()).lang))
    if (langs.size === 1) process.stderr.write(`padanan: all ${docs.length} documents are in one language (${[...langs][0]}): translation pairs need two languages\n`)
  }
  if (values.json) {
    out(JSON.stringify(r) + '\n')
    return
  }
  // Groups of three or more first (every version of one story), then the pairs, each with its evidence.
  const multi = r.groups.filter((g) => g.members.length > 2)
  for (const g of multi) {
    out(`group of ${g.members.length} (${g.languages.join(', ')})  score ${g.score.toFixed(3)}: ${g.members.join(', ')}\n`)
    out(`  numbers shared: ${g.evidence.numbers.join(', ') || '—'}; names: ${g.evidence.names.join(', ') || '—'}\n`)
  }
  if (multi.length) out('\n')
  for (const p of r.pairs) {
    out(`${p.a} ↔ ${p.b}  (${p.languages.join('–')})  score ${p.score.toFixed(3)}\n`)
    const e = p.evidence
    out(`  numbers (${e.numbers.length}): ${e.numbers.map((n) => `${n.a} = ${n.b}`).join('; ') || '—'}\n`)
    out(`  names (${e.names.length}): ${e.names.join(', ') || '—'}\n`)
    out(`  concepts ${e.concepts.toFixed(2)}, alignment ${e.alignment.toFixed(2)} (${e.sentences.aligned} of ${e.sentences.a + e.sentences.b} sentences), length ratio ${e.lengthRatio.toFixed(2)}\n`)
  }
  out(`unpaired (${r.unpaired.length}): ${r.unpaired.join(', ') || '—'}\n`)
}

function cmdDemo(args: string[]): void {
  const p = parseCommand('demo', DEMO_USAGE, args, {})
  if (!p) return
  const { positionals } = p
  const here = dirname(fileURLToPath(import.meta.url))
  // In a clone, the seed corpus; in an installed package (which does not carry third-party news), the
  // package's own demo corpus.
  const seeds = join(here, '..', 'fixtures', 'npc')
  const dir = resolve(positionals[0] ?? (existsSync(seeds) ? seeds : join(here, '..', 'demo')))
  if (!existsSync(dir)) throw new PadananError('BAD_INPUT', `demo corpus not found at ${dir}: pass a folder of .txt files`, { field: 'DIR' })
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  if (files.length === 0) throw new PadananError('BAD_INPUT', `no .txt files in ${dir}`, { field: 'DIR' })
  out(`padanan ${version()}: demo on ${files.length} documents in ${dir}\n\n`)
  const docs = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8')
    const det = detectLanguage(text)
    return { id: basename(f, '.txt'), doc: prepare(text, { lang: det.lang, id: basename(f, '.txt') }), det }
  })
  out('1. Documents read\n')
  out(
    table([
      ['id', 'lang', 'conf.', 'paragraphs', 'sentences', 'tokens', 'numbers', 'names (first 4)'],
      ...docs.map(({ id, doc, det }) => [
        id,
        doc.lang,
        det.confidence.toFixed(2),
        String(doc.paragraphs.length),
        String(doc.sentences.length),
        String(doc.sentences.reduce((n, s) => n + s.tokens.length, 0)),
        String(doc.numbers.length),
        doc.names.slice(0, 4).join(', '),
      ]),
    ]),
  )
  out('\n2. Numbers normalized across languages\n')
  const ids = docs.filter((d) => d.doc.lang === 'id')
  const ens = docs.filter((d) => d.doc.lang === 'en')
  for (const a of ids) {
    // The English document sharing the most number keys shows the normalization side by side.
    const keysA = new Set(a.doc.numbers.map((m) => m.key))
    const best = ens
      .map((b) => ({ b, shared: new Set(b.doc.numbers.map((m) => m.key).filter((k) => keysA.has(k))).size }))
      .sort((x, y) => y.shared - x.shared || (x.b.id < y.b.id ? -1 : x.b.id > y.b.id ? 1 : 0))[0]
    if (!best) continue
    out(`${a.id} (id) ↔ ${best.b.id} (en): ${best.shared} of ${keysA.size} keys shared\n\n`)
    const rows = [['id mention', 'en mention', 'key']]
    // Matched by key as compareNumbers matches them; the rest of each side on its own row.
    const cmp = compareNumbers(a.doc, best.b.doc, { strictOne: true })
    const partner = new Map(cmp.matched.map((m) => [m.a, m.b]))
    for (const m of a.doc.numbers) rows.push([m.text, partner.get(m)?.text ?? '—', m.key])
    const usedB = new Set(cmp.matched.map((m) => m.b))
    for (const n of best.b.doc.numbers) if (!usedB.has(n)) rows.push(['—', n.text, n.key])
    out(table(rows))
  }
  out('\n3. Translation pairs\n')
  const pr = pairDocuments(docs.map(({ doc }) => doc))
  for (const p of pr.pairs) {
    const e = p.evidence
    out(`${p.a} ↔ ${p.b}  score ${p.score.toFixed(3)}\n`)
    out(`  numbers (${e.numbers.length}): ${e.numbers.map((n) => `${n.a} = ${n.b}`).join('; ') || '—'}\n`)
    out(`  names (${e.names.length}): ${e.names.join(', ') || '—'}\n`)
    out(`  concepts ${e.concepts.toFixed(2)}, alignment ${e.alignment.toFixed(2)}, length ratio ${e.lengthRatio.toFixed(2)}\n`)
  }
  out(`unpaired: ${pr.unpaired.join(', ') || '—'}\n`)
  for (const p of pr.pairs) {
    const a = docs.find((d) => d.id === p.a)!.doc
    const b = docs.find((d) => d.id === p.b)!.doc
    out(`\n4. Sentences of ${p.a} ↔ ${p.b}, aligned\n\n`)
    out(sideBySide(alignSentences(a, b)))
  }
  out('\n5. Duplicates: clusters, boilerplate and repeated paragraphs\n\n')
  const dd = findDuplicates(docs.map(({ doc }) => doc))
  for (const c of dd.clusters) {
    out(`${c.kind}: ${c.members.join(', ')}\n`)
    for (const l of c.links) out(`  ${l.a} ${l.kind === 'contained' ? '⊂' : '↔'} ${l.b}  ${l.kind} ${l.similarity.toFixed(3)}\n`)
  }
  out(`unique: ${dd.unique.join(', ') || '—'}\n`)
  out(`boilerplate lines left out of similarity (${dd.boilerplate.length}): ${dd.boilerplate.map((b) => JSON.stringify(b.text)).join(', ') || '—'}\n`)
  for (const r of dd.repeats) out(`repeated paragraph in ${r.doc} (paragraphs ${r.paragraphs.join(', ')}): ${r.text.slice(0, 70)}…\n`)
  out('\n')
  out('Try: padanan numbers --lang id "naik 12,5 persen menjadi Rp 2,3 triliun"\n')
}

async function main(argv: string[]): Promise<number> {
  installPipeGuard()
  const [cmd, ...rest] = argv
  try {
    // The built-in packs: registered, each code resolves and is detected. Only the named ones when a
    // command names every language it reads (a short align or check pays for two packs, not six).
    await loadPacks(namedLanguages(argv))
    switch (cmd) {
      case 'numbers':
        cmdNumbers(rest)
        return 0
      case 'demo':
        cmdDemo(rest)
        return 0
      case 'align':
        cmdAlign(rest)
        return 0
      case 'pair':
        cmdPair(rest)
        return 0
      case 'check':
        cmdCheck(rest)
        return 0
      // Read when run: the index, Redis and page code is no cost to the other commands.
      case 'dedup':
        ;(await import('./dedup/command.js')).cmdDedup(rest)
        return 0
      case 'report':
        ;(await import('./report.js')).cmdReport(rest)
        return 0
      case '--version':
      case '-v':
        out(version() + '\n')
        return 0
      case undefined:
        // No command is a mistake, not a request for help: the usage goes to stderr, exit 1.
        process.stderr.write(HELP)
        return 1
      case '--help':
      case '-h':
        out(HELP)
        return 0
      case 'help': {
        // `padanan help align`, `padanan help dedup merge`: that command's usage.
        const name = rest.join(' ')
        if (name === '') out(HELP)
        else if (USAGES[name] !== undefined) out(USAGES[name])
        else throw new PadananError('BAD_OPTIONS', `no command "${name}" (commands: ${Object.keys(USAGES).join(', ')})`, { field: 'command' })
        return 0
      }
      default:
        throw new PadananError('BAD_OPTIONS', `unknown command "${cmd}" (try padanan --help)`, { field: 'command' })
    }
  } catch (e) {
    return reportError(e)
  }
}

process.exitCode = await main(process.argv.slice(2))
