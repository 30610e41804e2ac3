// padanan's German stemmer (src/stem/german.ts) must give exactly natural's PorterStemmerDe stems
// on every string: the German lexicon and concepts are keyed by them, and natural is not loaded at
// run time. natural stays the oracle here.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexiconEnTsv } from '../../src/langs/de/lexicon-en.js'
import { germanStem } from '../../src/stem/german.js'
import { disagreements, expectStems } from '../stemmers.js'

const natural = createRequire(import.meta.url)('natural/lib/natural/stemmers/index.js').PorterStemmerDe as { stem(w: string): string }

const data = new URL('../../../shared/data/', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, data), 'utf8')

/** The distinct lowercased words of a text (split on non-letters) and its whitespace tokens, lowercased, punctuation and all. */
function wordsOf(text: string, into = new Set<string>()): Set<string> {
  const lower = text.toLowerCase()
  for (const w of lower.split(/[^\p{L}]+/u)) if (w) into.add(w)
  for (const t of lower.split(/\s+/u)) if (t) into.add(t)
  return into
}

describe('German Snowball stemming', () => {
  it('stems words of FLORES-200 German news as natural does', () => {
    // From flores200/dev/deu_Latn.dev: ß, umlauts, u between vowels, plurals in -ern and -nissen,
    // st-endings, -ung, -isch, -heit, -lich, -keit after -lich or -ig, and whole tokens with
    // digits, hyphens and punctuation.
    const cases: Record<string, string> = {
      straße: 'strass',
      größere: 'gross',
      größte: 'grosst',
      beziehungen: 'bezieh',
      empfehlungen: 'empfehl',
      räumungen: 'raumung',
      handlungen: 'handlung',
      öffentlichkeit: 'offent',
      dringlichkeit: 'dringlich',
      persönlichkeiten: 'person',
      geschwindigkeiten: 'geschwind',
      schwierigkeiten: 'schwierig',
      unabhängigkeit: 'unabhang',
      testergebnissen: 'testergebnis',
      ereignissen: 'ereignis',
      neuen: 'neu',
      steuern: 'steu',
      gefeuert: 'gefeuert',
      ayatollah: 'ayatollah',
      selbst: 'selb',
      nebst: 'nebst',
      amerikanischen: 'amerikan',
      römisch: 'romisch',
      unklarheit: 'unklar',
      gesundheit: 'gesund',
      krankheit: 'krankheit',
      ländern: 'land',
      kindern: 'kind',
      sicherlich: 'sich',
      erforderlich: 'erford',
      körperlichen: 'korp',
      die: 'die',
      der: 'der',
      '28-jährige': '28-jahrig',
      'us-cent': 'us-cent',
      'standard-tintenstrahldruckern': 'standard-tintenstrahldruck',
      'können:': 'konnen:',
      'ländern.': 'landern.',
      '9:30': '9:30',
    }
    expectStems(cases, [germanStem, natural.stem])
  })

  it('agrees with natural on odd strings: empty, symbols, uppercase, line breaks, u and y between vowels', () => {
    const odd = ['', '&', "'", '-', '--', 'ß', 'ẞ', '0', '2016', 'r&d', "o'neills", 'aueue', 'auauung', 'laueuung', 'aueuender', 'ayaya', 'ayayaheit', 'auyua', 'auyayig', 'eyuuung', 'uuuu', 'yyyy', 'Yes', 'BAUEN', 'UUU', 'abcdst', 'a\nbcdst', 'ab\u2028cdst', 'é', 'café', 'ig', 'eig', 'xig', 'isch', 'eisch', '\u{1F600}en']
    expect(disagreements(odd, germanStem, natural.stem)).toEqual([])
  })

  // Each corpus: every distinct word and whitespace token, zero disagreements (no natural bug is
  // fixed on purpose: padanan's stems must stay natural's).
  const corpora: [string, () => Set<string>, number][] = [
    ['FLORES-200 dev', () => wordsOf(read('flores200/dev/deu_Latn.dev')), 9_000],
    ['FLORES-200 devtest', () => wordsOf(read('flores200/devtest/deu_Latn.devtest')), 9_000],
    [
      'Bleualign German',
      () => {
        const words = new Set<string>()
        const files = readdirSync(new URL('bleualign-defr/', data)).filter((f) => f.endsWith('.de'))
        expect(files.length).toBe(8)
        for (const f of files) wordsOf(read(`bleualign-defr/${f}`), words)
        return words
      },
      7_000,
    ],
    [
      "the lexicon's German side",
      () => {
        const words = new Set<string>()
        for (const line of lexiconEnTsv.split('\n')) {
          const de = line.split('\t')[0]!
          if (de) wordsOf(de, words).add(de)
        }
        return words
      },
      8_500,
    ],
  ]
  for (const [name, load, min] of corpora) {
    it(`agrees with natural on every word of ${name}`, () => {
      const words = load()
      expect(words.size).toBeGreaterThan(min)
      expect(disagreements(words, germanStem, natural.stem)).toEqual([])
    })
  }

  it('agrees with natural on generated words: stems with stacked endings, and characters at random', () => {
    // Stems with u or y between vowels, ß and umlauts, niss, st-endings and a hyphen or digits,
    // then up to three Snowball endings; and random strings over letters that move R1 and R2.
    const stems = ['lauf', 'kind', 'bau', 'frau', 'feu', 'steu', 'bay', 'boy', 'mau', 'ja', 'auau', 'laueu', 'bayay', 'eyau', 'zeit', 'freund', 'bedürf', 'mögl', 'groß', 'straß', 'füß', 'ereig', 'schön', 'handl', 'ordn', 'wirk', 'arbeit', 'derb', 'selb', 'kunst', 'richt', 'ewig', 'öffent', 'haus', 'sieg', 'geschwind', 'spiel', 'amerikan', 'u', 'y', 'ä', '28-jähr', 'us-', 'x2']
    const endings = ['', 'e', 'em', 'en', 'ern', 'er', 'es', 's', 'est', 'st', 'bst', 'tst', 'rst', 'end', 'ung', 'ungen', 'ig', 'eig', 'ik', 'isch', 'eisch', 'ische', 'heit', 'keit', 'lich', 'lichkeit', 'igkeit', 'igend', 'erlich', 'enheit', 'nis', 'nisse', 'nissen', 'ue', 'ye', 'uy', "'s", '-', '3']
    const letters = [...'aeiouyäöüßbdfghklmnrstcuyuy', '-', '0', "'"]
    const end = fc.constantFrom(...endings)
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...stems), end, end, end).map((xs) => xs.join('')) },
          { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 16 }) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
        ),
        (w) => {
          expect(germanStem(w)).toBe(natural.stem(w))
        },
      ),
      { seed: 20261204, numRuns: 20_000 },
    )
  })

  it('needs nothing at run time: the stemmer imports no module', () => {
    const source = readFileSync(new URL('../../src/stem/german.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/^\s*import\s|require\(/m)
  })
})
