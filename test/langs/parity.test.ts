// Every pack has the grammar keys the reference pack (en) has, zod-style: adding a key to en extends this test.
import { describe, expect, it } from 'vitest'
import { en } from '../../src/index.js'
import { languages } from '../../src/langs/all.js'

function keysOf(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && prefix === '' && k === 'ordinals' ? keysOf(v, `${k}.`) : [`${prefix}${k}`],
  )
}
// Keys that only some languages need (English has no teen word; Indonesian has no articles).
const OPTIONAL = new Set(['teenWords', 'onePrefix', 'joiners', 'articles', 'articleFractionFollowers', 'multiplierWords', 'ordinals.wordPrefix', 'ordinals.digitPrefixes', 'ordinals.digitSuffixes', 'ordinals.collectiveAfter', 'ordinals.collectiveAfterPrefixes', 'ordinals.timeUnitWords', 'ordinals.timeUnitAfter', 'rangePairs', 'closedCompounds', 'shortDecadeCentury', 'ordinals.dotOrdinal', 'groupSeparators', 'compounds', 'hyphenJoins', 'bareMultipliers', 'scaleLinkers', 'decadePrefixes', 'clockHours', 'ordinals.compounds', 'ordinals.romanSuffixes', 'bothWords', 'bothNotWith', 'ordinals.dayMonths', 'ordinals.romanAfter'])

describe('language pack parity', () => {
  const required = keysOf(en.numbers).filter((k) => !OPTIONAL.has(k))
  for (const pack of languages) {
    it(`${pack.code} has every number grammar key of en`, () => {
      const have = new Set(keysOf(pack.numbers))
      expect(required.filter((k) => !have.has(k))).toEqual([])
    })
    it(`${pack.code} has segmentation, stopwords, a stemmer and detection markers`, () => {
      expect(pack.segmentation.abbreviations.length).toBeGreaterThan(10)
      expect(pack.stopwords.length).toBeGreaterThan(50)
      expect(typeof pack.stem).toBe('function')
      expect(pack.detect?.markers.length).toBeGreaterThan(10)
    })
  }
})
