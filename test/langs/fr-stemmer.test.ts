// padanan's French stemmer (src/stem/french.ts) must give exactly natural's PorterStemmerFr stems:
// the French lexicon is keyed by them, and natural is the oracle. Checked on news words with known
// stems, on every word and token of real French text, and on generated words.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexiconEnTsv } from '../../src/langs/fr/lexicon-en.js'
import { frenchStem } from '../../src/stem/french.js'
import { disagreements, expectStems } from '../stemmers.js'

const natural = createRequire(import.meta.url)('natural/lib/natural/stemmers/index.js').PorterStemmerFr as { stem(w: string): string }

// FLORES-200 and Bleualign are evaluation data outside the package: read here, never copied.
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url))
const FLORES_DEV = `${DATA}flores200/dev/fra_Latn.dev`
const FLORES_DEVTEST = `${DATA}flores200/devtest/fra_Latn.devtest`
const BLEUALIGN = `${DATA}bleualign-defr/`

/**
 * The distinct lowercased words of a text, split on anything but letters, and its whitespace
 * tokens too: those keep punctuation, digits, hyphens and apostrophes (`l’école`, `1995-96,`).
 */
function wordsOf(text: string): Set<string> {
  const lower = text.toLowerCase()
  const out = new Set<string>()
  for (const w of lower.split(/[^\p{L}]+/u)) if (w) out.add(w)
  for (const w of lower.split(/\s+/)) if (w) out.add(w)
  return out
}

const bleualignText = (): string =>
  readdirSync(BLEUALIGN)
    .filter((f) => f.endsWith('.fr'))
    .sort()
    .map((f) => readFileSync(BLEUALIGN + f, 'utf8'))
    .join('\n')

describe('French Snowball stemming', () => {
  it('stems words of FLORES-200 French news as natural does', () => {
    // All from flores200/dev/fra_Latn.dev: step 1's endings, verb endings, residual e/s/ier, marked
    // y and u, undoubling, unaccenting, and tokens with an apostrophe or a hyphen.
    const cases: Record<string, string> = {
      gouvernements: 'gouvern',
      manifestations: 'manifest',
      augmentation: 'augment',
      conservateur: 'conserv',
      importance: 'import',
      expérience: 'expérient',
      scientifiques: 'scientif',
      journaliste: 'journal',
      vandalisme: 'vandal',
      université: 'univers',
      activités: 'activ',
      collectif: 'collect',
      tentative: 'tentat',
      établissement: 'établ',
      actuellement: 'actuel',
      récemment: 'récent',
      suffisamment: 'suffis',
      principaux: 'principal',
      bureaux: 'bureau',
      anthropologie: 'anthropolog',
      constitution: 'constitu',
      sérieuse: 'sérieux',
      utilisées: 'utilis',
      cherchaient: 'cherch',
      trouver: 'trouv',
      premier: 'premi',
      dernière: 'derni',
      élections: 'élect',
      ancienne: 'ancien',
      cette: 'cet',
      libération: 'liber',
      essayer: 'essai',
      envoyer: 'envoi',
      soyez: 'soi',
      exiguë: 'exigu',
      expliquer: 'expliqu',
      "l'incendie": "l'incend",
      'l’augmentation': 'l’augment',
      'gratte-ciels': 'gratte-ciel',
    }
    expectStems(cases, [frenchStem, natural.stem])
  })

  it("stems every kind of token, and natural's particular cases, as natural does", () => {
    // natural has no elision or hyphen rule: apostrophes, hyphens, digits and signs are non-vowels.
    // It lowercases first, and stems '' as the word 'undefined'. Then cases where natural parts
    // from Snowball (src/stem/french.ts): RV of a three-letter word with two leading vowels,
    // -ication outside R2, e then ë removed, the prelude reading the original letters.
    const cases: Record<string, string> = {
      '': 'undefined',
      y: 'y',
      aie: 'aie',
      aïe: 'aï',
      fication: 'fiqu',
      aiguëe: 'aigu',
      expliquions: 'expliquion',
      envoyions: 'envoyion',
      "qu'ils": "qu'il",
      'qu’ils': 'qu’il',
      'r&d': 'r&d',
      '1990s': '1990',
      '(utc+1)': '(utc+1)',
      'rock-and-roll': 'rock-and-roll',
      GOUVERNEMENTS: 'gouvern',
      Été: 'été',
    }
    expectStems(cases, [frenchStem, natural.stem])
    for (const w of ['»).', '«', '-', "'", '’', '&', '0', '😀ement', 'e\u0301té', 'İstanbul', 'ΣΑΣ', 'œuvrer', 'naïve', 'aïeul', 'ÿ']) {
      expect(frenchStem(w), w).toBe(natural.stem(w))
    }
  })

  const corpora: [name: string, present: boolean, text: () => string, atLeast: number][] = [
    ['FLORES-200 dev', existsSync(FLORES_DEV), () => readFileSync(FLORES_DEV, 'utf8'), 8000],
    ['FLORES-200 devtest', existsSync(FLORES_DEVTEST), () => readFileSync(FLORES_DEVTEST, 'utf8'), 8000],
    ['Bleualign *.fr', existsSync(`${BLEUALIGN}dev.fr`), bleualignText, 6000],
    [
      "the French side of padanan's lexicon",
      true,
      () =>
        lexiconEnTsv
          .split('\n')
          .map((line) => line.split('\t')[0])
          .join('\n'),
      7000,
    ],
  ]
  for (const [name, present, text, atLeast] of corpora) {
    it.skipIf(!present)(`agrees with natural on every distinct word and token of ${name}`, () => {
      const words = wordsOf(text())
      expect(words.size).toBeGreaterThan(atLeast)
      expect(disagreements(words, frenchStem, natural.stem)).toEqual([])
    })
  }

  it('agrees with natural on generated words: stems with stacked endings, and letters at random', () => {
    // Endings of every step on French stems, stacked so that one step's leftover meets the next;
    // stems chosen for their regions (two leading vowels, par/col/tap, short words) and for the
    // letters the prelude marks (u/i between vowels, y next to a vowel, qu).
    const stems = ['', 'gouvern', 'nation', 'rapid', 'lent', 'port', 'parl', 'fédér', 'invest', 'ratif', 'import', 'cré', 'é', 'a', 'i', 'y', 'u', 'qu', 'aqu', 'ay', 'ai', 'oi', 'ou', 'par', 'col', 'tap', 'jou', 'bou', 'pay', 'envoy', 'aigu', 'gu', 'œuvr', 'naï', 'ç', 'fass', 'l’', "d'", 'états-', 'x', 'b', 'ée', 'oy', 'ui', 'aï']
    const endings = ['ement', 'ements', 'ation', 'ations', 'ateur', 'atrice', 'ance', 'ence', 'ences', 'ique', 'iques', 'isme', 'iste', 'able', 'eux', 'euse', 'euses', 'ité', 'ités', 'if', 'ive', 'ifs', 'ives', 'issement', 'issements', 'ivement', 'ativement', 'eusement', 'ablement', 'iquement', 'ièrement', 'amment', 'emment', 'ment', 'ments', 'logie', 'usion', 'ution', 'ication', 'icateur', 'icité', 'abilité', 'icatif', 'icative', 'atif', 'ative', 'eaux', 'aux', 'er', 'ez', 'é', 'ée', 'ées', 'és', 'èrent', 'era', 'erait', 'eraient', 'eriez', 'iez', 'ions', 'ons', 'ir', 'is', 'it', 'ît', 'îmes', 'ie', 'ies', 'irait', 'issaient', 'issant', 'isse', 'issez', 'ais', 'ait', 'aient', 'ant', 'ante', 'ants', 'âmes', 'ât', 'a', 'ai', 'as', 'asse', 'assent', 'ion', 'ier', 'ière', 'e', 'es', 's', 'ë', 'enn', 'onn', 'ett', 'ell', 'eill', 'ç', 'y', 'u', 'i']
    // Letters at random, and fragments that put u/i/y between vowels, qu, gu and elisions.
    const letters = [...'aeiouyàâçéèêëîïôùûüÿœbcdfghjlmnpqrstvxz', "'", '’', '-', '&', '1']
    const fragments = ['aie', 'oui', 'aya', 'eye', 'ay', 'uy', 'qu', 'gu', 'guë', 'aï', 'ié', 'uié', 'l’', "qu'", 'éè', 'ès', 'ss', 'ion', 'ier', 'e', 'ë', 'ç', 's', 't', 'n', 'r', 'm', 'a', 'i', 'u', 'y']
    const join = (xs: string[]): string => xs.join('')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constantFrom(...stems), fc.array(fc.constantFrom(...endings), { maxLength: 3 })).map(([s, es]) => s + es.join('')),
          fc.array(fc.constantFrom(...letters), { minLength: 0, maxLength: 14 }).map(join),
          fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }).map(join),
        ),
        (w) => {
          expect(frenchStem(w)).toBe(natural.stem(w))
        },
      ),
      { seed: 20261204, numRuns: 20_000 },
    )
  })
})
