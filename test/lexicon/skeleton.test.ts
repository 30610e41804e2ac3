import { describe, expect, it } from 'vitest'
import { skeleton } from '../../src/similarity/skeleton.js'

/** The rule written out the long way: accents dropped and ß æ œ spelled out first, whatever the word. */
function slowSkeleton(word: string): string | null {
  const plain = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe')
  return /^[a-z]+$/.test(plain) ? skeleton(plain) : null
}

describe('skeleton', () => {
  it('gives cognates across languages one skeleton', () => {
    expect(skeleton('olympischen')).toBe('olimpi')
    expect(skeleton('olympiques')).toBe('olimpi')
    expect(skeleton('olimpik')).toBe('olimpi')
    expect(skeleton('irak')).toBe(skeleton('iraq'))
    expect(skeleton('kommission')).toBe(skeleton('commission'))
    expect(skeleton('komisi')).toBe('komisi')
  })

  it('reads accents, ß, æ and œ as their letters', () => {
    expect(skeleton('économie')).toBe(skeleton('economie'))
    expect(skeleton('straße')).toBe('strase')
    expect(skeleton('cœur')).toBe(skeleton('coeur'))
  })

  it('has none for short words and words with other than letters', () => {
    expect(skeleton('ab')).toBeNull()
    expect(skeleton('abc')).toBeNull()
    expect(skeleton('covid19')).toBeNull()
    expect(skeleton('e-mail')).toBeNull()
    expect(skeleton('北京大学')).toBeNull()
  })

  it('gives plain a–z words the same skeleton as the full normalization', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzéèüößæœ1-'
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % letters.length
    for (let n = 0; n < 20_000; n++) {
      let w = ''
      const len = 1 + (n % 9)
      for (let i = 0; i < len; i++) w += letters[next()]
      expect(skeleton(w), w).toBe(slowSkeleton(w))
    }
  })
})
