// padanan's confix stripper (src/stem/confix.ts) must give exactly natural's StemmerId stems: the
// lexicon was built against them. natural stays the oracle here.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { id, naturalStemmer } from '../../src/index.js'
import { confixStemmer } from '../../src/stem/confix.js'
import { mulberry32 } from '../random.js'
import { seedWords } from '../seeds.js'
import { disagreements, expectStems } from '../stemmers.js'

const natural = createRequire(import.meta.url)('natural/lib/natural/stemmers/index.js').StemmerId as { stem(w: string): string; dictionary: string[] }
const roots = natural.dictionary.filter(Boolean)
const fast = confixStemmer(new Set(roots))

describe('Indonesian confix stripping', () => {
  it('stems the affixed words of the seed article 001 as natural does', () => {
    // From fixtures/npc/001: prefixes, confixes, nasal recoding (me-N, pe-N), and words with no affix.
    const cases: Record<string, string> = {
      berinvestasi: 'investasi',
      berkontribusi: 'kontribusi',
      kecerdasan: 'cerdas',
      kenyamanan: 'nyaman',
      membangun: 'bangun',
      memperdalam: 'dalam',
      mempromosikan: 'promosi',
      mengintegrasikan: 'integrasi',
      mengungkapkan: 'ungkap',
      menunjukkan: 'tunjuk',
      pencapaian: 'capai',
      pendorong: 'dorong',
      penelitian: 'teliti',
      pengembangan: 'kembang',
      perusahaan: 'usaha',
      perwakilan: 'wakil',
      terbaru: 'baru',
      merek: 'merek',
      terminal: 'terminal',
      xiaomi: 'xiaomi',
    }
    expectStems(cases, [fast, natural.stem, id.stem!])
  })

  it('agrees with natural on every word of the fixtures', () => {
    const words = seedWords()
    expect(words.size).toBeGreaterThan(500)
    expect(disagreements(words, fast, natural.stem)).toEqual([])
  })

  it('agrees with natural on generated prefix, confix, suffix and infix forms of its roots', () => {
    const next = mulberry32(2026)
    const r = (n: number): number => Math.floor(next() * n)
    const pre = ['', 'me', 'mem', 'men', 'meng', 'menge', 'meny', 'mempe', 'memper', 'pe', 'pem', 'pen', 'peng', 'penge', 'peny', 'per', 'pel', 'ber', 'be', 'bel', 'ter', 'te', 'di', 'diper', 'ke', 'keber', 'se', 'ku', 'kau']
    const suf = ['', 'i', 'an', 'kan', 'nya', 'lah', 'kah', 'tah', 'pun', 'ku', 'mu', 'kannya', 'annya', 'inya', 'kanlah', 'nyalah', 'is', 'isme', 'isasi']
    const words = new Set<string>()
    for (let k = 0; k < 12_000; k++) words.add(pre[r(pre.length)]! + roots[r(roots.length)]! + suf[r(suf.length)]!)
    for (let k = 0; k < 2_000; k++) {
      const root = roots[r(roots.length)]!
      words.add(root[0] + ['er', 'el', 'em', 'in'][r(4)]! + root.slice(1))
    }
    // Reduplication (buku-buku, berbalas-balasan, buku-buku-nya, meniru-nirukan), read half by half.
    const tails = ['nya', 'ku', 'mu', 'lah', 'kah', 'pun']
    for (let k = 0; k < 4_000; k++) {
      const root = roots[r(roots.length)]!.replace(/-/g, '')
      const other = r(2) ? root : roots[r(roots.length)]!.replace(/-/g, '')
      const p = pre[r(pre.length)]!
      const s = suf[r(suf.length)]!
      const forms = [`${root}-${other}`, `${p}${root}-${other}${s}`, `${root}-${p}${other}${s}`, `${root}-${other}-${tails[r(6)]}`, `${p}${root}-${tails[r(6)]}`, `${root.slice(0, 2)}-${root}`]
      words.add(forms[r(forms.length)]!)
    }
    // Letters at random, where no rule is expected to find a root (the slow case for natural).
    for (let k = 0; k < 2_000; k++) words.add(Array.from({ length: 4 + r(9) }, () => 'abcdeghiklmnoprstuy'[r(19)]).join(''))
    expect(disagreements(words, fast, natural.stem)).toEqual([])
  })

  it('reads reduplicated words half by half, as natural does', () => {
    // Plurals, reciprocals, a possessive after the pair; masing-masing has no root in the dictionary and stays whole.
    expectStems({ 'negara-negara': 'negara', 'berbalas-balasan': 'balas', 'masing-masing': 'masing-masing', 'buku-buku-nya': 'buku', 'buku-nya': 'buku', 'meniru-nirukan': 'tiru' }, [fast, natural.stem])
  })

  it('leaves words with other characters to natural, and the pack stemmer still stems them', () => {
    for (const w of ['Xiaomi', 'kafé', 'rp10', 'buku--buku', '-nya', 'buku-']) expect(fast(w)).toBeNull()
    expect(id.stem!('kafé')).toBe(natural.stem('kafé'))
    expect(naturalStemmer('StemmerId')('Berbalas-Balasan')).toBe(natural.stem('Berbalas-Balasan'))
  })
})
