// padanan's confix stripper (src/stem/confix.ts) must give exactly natural's StemmerId stems when
// both stop at the same roots: natural is the oracle of the rules. The built-in packs stop at
// padanan's own root list (src/langs/id/roots.ts), not natural's (Kateglo, CC BY-NC-SA): the second
// part checks that list, its agreement with natural on real text, and the differences it makes.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { id, naturalStemmer } from '../../src/index.js'
import { ms } from '../../src/langs/ms/index.js'
import { rootsText } from '../../src/langs/id/roots.js'
import { confixStemmer } from '../../src/stem/confix.js'
import { indonesianStem } from '../../src/stem/indonesian.js'
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

  it('leaves words with other characters to the caller: the pack keeps them as they are', () => {
    for (const w of ['Xiaomi', 'kafé', 'rp10', 'buku--buku', '-nya', 'buku-']) expect(fast(w)).toBeNull()
    expect(id.stem!('kafé')).toBe('kafé')
    expect(id.stem!("jum'at")).toBe("jum'at")
    expect(indonesianStem('Pengembangan')).toBe('kembang')
    // natural's own Indonesian stemmer (over its Kateglo roots) stays an explicit opt-in.
    expect(naturalStemmer('StemmerId')('Berbalas-Balasan')).toBe(natural.stem('Berbalas-Balasan'))
  })
})

const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))

/** Token-weighted share of the words (three letters or more) of `files` that `stem` and natural stem alike. */
function agreement(files: string[], stem: (w: string) => string): number {
  const counts = new Map<string, number>()
  for (const f of files) for (const w of readFileSync(data + f, 'utf8').toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  let all = 0
  let same = 0
  for (const [w, n] of counts) {
    if (w.length <= 2) continue
    all += n
    if (stem(w) === natural.stem(w)) same += n
  }
  return same / all
}

describe("padanan's Indonesian and Malay root list", () => {
  it('is what scripts/id-roots.mjs builds from its stated sources', () => {
    expect(execFileSync(process.execPath, ['scripts/id-roots.mjs', '--check'], { cwd: root, encoding: 'utf8' })).toMatch(/up to date/)
    const list = rootsText.split('\n')
    expect(list.length).toBeGreaterThan(9_000)
    expect([...list].sort()).toEqual(list)
    // Roots the seed and the lexicon rely on, and words that only look affixed.
    const mine = new Set(list)
    expect(['kembang', 'bangun', 'usaha', 'ekonomi', 'persen', 'kepada'].every((w) => mine.has(w))).toBe(true)
  })

  it('stems real news as natural does for about 98% of Indonesian words and 96% of Malay words', () => {
    // Measured: PANL-BPPT 98.4%, Guntara 98.5%, IWSLT17 TED 98.2%, FLORES id 98.2%, FLORES ms 96.6%.
    const panl = readdirSync(data + 'panl-bppt').filter((f) => f.includes('-ID-')).map((f) => 'panl-bppt/' + f)
    expect(agreement(panl, id.stem!)).toBeGreaterThan(0.978)
    expect(agreement(['guntara-news-enid/news_test.id', 'guntara-news-enid/news_valid.id'], id.stem!)).toBeGreaterThan(0.978)
    expect(agreement(['flores200/devtest/zsm_Latn.devtest'], ms.stem!)).toBeGreaterThan(0.955)
  })

  it('differs from natural where natural over-strips to an unrelated root, and where a word is its own root', () => {
    // [word, natural, padanan]: natural reaches a wrong root through a short word of its list; padanan
    // stops at the word the news means. The last rows: words that look affixed but are roots.
    const cases: [string, string, string][] = [
      ['gerakan', 'gera', 'gerak'],
      ['perbankan', 'perban', 'bank'],
      ['memasuki', 'pasuk', 'masuk'],
      ['memenangi', 'tang', 'menang'],
      ['penculikan', 'culi', 'culik'],
      ['perpajakan', 'paja', 'pajak'],
      ['pengembangan', 'kembang', 'kembang'],
      ['persen', 'persen', 'persen'],
      ['kepada', 'kepada', 'kepada'],
    ]
    for (const [w, nat, mine] of cases) {
      expect(natural.stem(w), w).toBe(nat)
      expect(id.stem!(w), w).toBe(mine)
    }
  })
})
