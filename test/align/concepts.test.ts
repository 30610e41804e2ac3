/**
 * prepare() records which word each token is, and the pivot reads concepts by word index: the result
 * must be exactly what reading every token's strings gives (the path taken for Docs built by hand).
 */
import { describe, expect, it } from 'vitest'
import { projectPair } from '../../src/align/index.js'
import { prepare } from '../../src/read/prepare.js'
import { wordsOf } from '../../src/core/words.js'
import { id } from '../../src/langs/id/index.js'
import { en } from '../../src/langs/en/index.js'
import { seeds } from '../seeds.js'

const text = (k: number) => seeds[k]!.text
const idDoc = prepare(text(1), 'id')
const enDoc = prepare(text(2), 'en')

describe('recorded words', () => {
  it('name each token of a prepared Doc: same norm, stem and flags', () => {
    const w = wordsOf(idDoc.sentences)!
    expect(w).toBeDefined()
    let t = 0
    idDoc.sentences.forEach((s, k) => {
      expect(w.start[k]).toBe(t)
      for (const tok of s.tokens) {
        const word = w.words[w.ids[t++]!]!
        expect([word.text, word.norm, word.stem, word.isNumber, word.isStopword, word.isCapitalized]).toEqual([tok.text, tok.norm, tok.stem, tok.isNumber, tok.isStopword, tok.isCapitalized])
      }
    })
    expect(w.words.length).toBeLessThan(t)
  })

  it('are absent for sentences not from prepare() (a copied array)', () => {
    expect(wordsOf([...idDoc.sentences])).toBeUndefined()
  })

  it('give the concepts that reading every token gives, on both sides and with cognates', () => {
    const viaWords = projectPair(idDoc.sentences, id, enDoc.sentences, en)
    // Copies have no recorded words; the English copy also has its own cognate index.
    const viaTokens = projectPair([...idDoc.sentences], id, [...enDoc.sentences], en)
    const names = (r: typeof viaWords) =>
      [r.A, r.B].map((side) => side.map((s) => ({ tokens: s.tokens.map((cs) => [...cs].map((c) => r.space.name(c))), concepts: [...s.concepts].map((c) => r.space.name(c)), numbers: s.numbers, chars: s.chars })))
    expect(names(viaWords)).toEqual(names(viaTokens))
    // Cognates reached some tokens (investasi ~ invest): the comparison covers that path.
    expect(viaWords.A.some((s) => s.tokens.some((cs) => cs.length > 1))).toBe(true)
  })
})
