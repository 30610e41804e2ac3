// padanan's Porter steps (src/stem/porter.ts) must give exactly natural's PorterStemmer stems: the
// lexicon's English side and every English concept were made with them. natural is the oracle.
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en, naturalStemmer } from '../../src/index.js'
import { porterStem } from '../../src/stem/porter.js'
import { seedWords } from '../seeds.js'
import { disagreements, expectStems } from '../stemmers.js'

const natural = createRequire(import.meta.url)('natural/lib/natural/stemmers/index.js').PorterStemmer as { stem(w: string): string }

describe('Porter stemming', () => {
  it('stems words of the seed articles as natural does', () => {
    // From fixtures/npc 002 and 000: plurals, -ing/-ed, -ation, -ity, -ness, y → i.
    const cases: Record<string, string> = {
      technologies: 'technolog',
      investment: 'invest',
      manufacturing: 'manufactur',
      congress: 'congress',
      representatives: 'repres',
      intelligence: 'intellig',
      innovation: 'innov',
      electric: 'electr',
      vehicles: 'vehicl',
      company: 'compani',
      deputies: 'deputi',
      proposed: 'propos',
      ecosystem: 'ecosystem',
      xiaomi: 'xiaomi',
    }
    expectStems(cases, [porterStem, natural.stem, en.stem!])
  })

  it('agrees with natural on every word of the fixtures', () => {
    const words = seedWords()
    expect(words.size).toBeGreaterThan(500)
    expect(disagreements(words, porterStem, natural.stem)).toEqual([])
  })

  it("agrees with natural on generated words: stems with each step's endings, and letters at random", () => {
    // The endings of every step, stacked, on short stems; y next to vowels and consonant runs
    // exercises natural's y handling (a measure can be a half).
    const endings = ['', 's', 'es', 'ies', 'sses', 'ed', 'ing', 'eed', 'y', 'ly', 'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'al', 'er', 'ic', 'ou', 'sion', 'tion', 'e', 'll', 'at', 'bl', 'iz', 'yy', 'ye']
    const stems = ['hop', 'fil', 'rat', 'troubl', 'sing', 'cry', 'sky', 'agree', 'feed', 'play', 'toy', 'gener', 'relat', 'condit', 'valen', 'hesit', 'digit', 'conform', 'radic', 'oper', 'formal', 'sensit', 'sens', 'electr', 'adjust', 'depend', 'adopt', 'commun', 'activ', 'bow', 'box', 'tax', 'fizz', 'fall', 'hiss', 'yo', 'by', 'syzyg', 'ay', 'oy', 'xy']
    const letters = 'aeiouybcdlmnrstwxzgh'
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constantFrom(...stems), fc.constantFrom(...endings), fc.constantFrom(...endings)).map(([s, a, b]) => s + a + b),
          fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }).map((xs) => xs.join('')),
        ),
        (w) => {
          expect(porterStem(w)).toBe(natural.stem(w))
        },
      ),
      { seed: 20261203, numRuns: 20_000 },
    )
  })

  it('stems words with any characters as natural does: capitals, accents, apostrophes, symbols', () => {
    // natural reads every character but a e i o u y as a consonant and lowercases first; so do we,
    // so that natural is not needed at run time.
    for (const w of ['r&d', "xiaomi's", 'café', 'Running', 'naïveté', 'co-operation', "o'clock", 'İstanbul', 'ÉTATS', '']) {
      expect(porterStem(w), w).toBe(natural.stem(w))
    }
    expect(en.stem!('café')).toBe(natural.stem('café'))
    expect(naturalStemmer('PorterStemmer')('running')).toBe('run')
    const letters = "aeiouybcdlmnrstwxzghé'&-ñßİY"
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 3, maxLength: 14 }), fc.constantFrom('', 'ing', 'ed', 'ation', 'ies', 'ness', 'e', 's', 'll'), (xs, end) => {
        const w = xs.join('') + end
        expect(porterStem(w)).toBe(natural.stem(w))
      }),
      { seed: 20261206, numRuns: 20_000 },
    )
  })
})
