#!/usr/bin/env node
// Builds src/langs/id/roots.ts, the Indonesian and Malay root list the confix stemmer stops at,
// from data whose licences allow an MIT package:
//   - the headwords of padanan's own Indonesian and Malay lexicons (src/langs/{id,ms}/lexicon-en.ts, MIT);
//   - the words of FLORES-200 (ind_Latn, zsm_Latn; CC BY-SA 4.0), read from ../shared/data and only
//     counted: each word of four letters or more is a candidate root;
//   - the hand-written lists of src/langs/id/roots-keep.ts (MIT).
// A candidate is a root unless padanan's confix stripping reads it as an affixed form of a trusted
// root: a lexicon headword of four letters or more, or one of the short roots. So `pengembangan`
// goes (kembang is a headword) and `makan` stays; corpus words are never trusted to explain
// another word, as news and reviews hold names, English and slang (`law`, `deng`, `rang`).
// Usage: node scripts/id-roots.mjs [--check]   (--check: exit 1 when roots.ts is out of date)
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { importSource, root } from './lib/source.mjs'

const shared = path.resolve(root, '../shared/data')
const out = path.join(root, 'src/langs/id/roots.ts')

// padanan's TypeScript modules.
const { confixStemmer, lexicalizedRoots, shortRoots, boundRoots, idTsv, msTsv } = await importSource([
  ['src/stem/confix.ts', 'confixStemmer'],
  ['src/langs/id/roots-keep.ts', 'lexicalizedRoots, shortRoots, boundRoots'],
  ['src/langs/id/lexicon-en.ts', 'lexiconEnTsv as idTsv'],
  ['src/langs/ms/lexicon-en.ts', 'lexiconEnTsv as msTsv'],
])

const WORD = /[a-z]+/g
// Every word the corpora hold: a candidate root (how often it occurs does not matter).
const corpusWords = new Set()
const heads = new Set()
for (const tsv of [idTsv, msTsv])
  for (const line of tsv.split('\n')) {
    const head = line.split('\t')[0]
    if (head && /^[a-z]+$/.test(head)) heads.add(head)
  }

const texts = []
for (const f of ['flores200/dev/ind_Latn.dev', 'flores200/devtest/ind_Latn.devtest', 'flores200/dev/zsm_Latn.dev', 'flores200/devtest/zsm_Latn.devtest'])
  texts.push(readFileSync(path.join(shared, f), 'utf8'))
for (const t of texts) for (const w of t.toLowerCase().match(WORD) ?? []) corpusWords.add(w)

const keep = new Set(lexicalizedRoots)
const short = new Set(shortRoots)
const bound = new Set(boundRoots)
const candidates = [...new Set([...heads, ...corpusWords, ...bound])].filter((w) => w.length >= 4 || short.has(w)).sort()
const trusted = (w) => ((w.length >= 4 || short.has(w)) && heads.has(w)) || bound.has(w)
const trustedSet = new Set(candidates.filter(trusted))
// One stripper over the trusted set, which each candidate leaves while it is read (a word never explains itself).
const strip = confixStemmer(trustedSet)
const kept = candidates.filter((w) => {
  if (keep.has(w) || bound.has(w)) return true
  const was = trustedSet.delete(w)
  const stem = strip(w)
  if (was) trustedSet.add(w)
  return stem === null || stem === w
})
// The hand-written roots are roots whatever their length (`acu`, `iur`) or the stripping says.
const roots = [...new Set([...kept, ...keep, ...bound])].sort()

const text = `// Indonesian and Malay roots for the confix stemmer (src/stem/confix.ts): ${roots.length.toLocaleString('en')} words.
// Built by scripts/id-roots.mjs from padanan's own lexicon headwords (MIT), words counted in FLORES-200 (ind_Latn,
// zsm_Latn; CC BY-SA 4.0) and the hand-written lists of ./roots-keep.ts; see NOTICE.
// Do not edit by hand: change the inputs and run \`node scripts/id-roots.mjs\`.

/** One root per line, sorted. */
export const rootsText: string = \`${roots.join('\n')}\`
`
if (process.argv.includes('--check')) {
  const now = readFileSync(out, 'utf8')
  if (now !== text) {
    console.error('src/langs/id/roots.ts is out of date: run node scripts/id-roots.mjs')
    process.exit(1)
  }
  console.log(`roots.ts is up to date (${roots.length} roots)`)
} else {
  writeFileSync(out, text)
  console.log(`wrote ${path.relative(root, out)}: ${roots.length} roots from ${candidates.length} candidates`)
}
