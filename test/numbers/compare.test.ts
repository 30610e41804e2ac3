// compareNumbers on real sentences: the seed pair (Indonesian ↔ English news) and FLORES-200
// sentences (CC BY-SA 4.0, fixtures/flores), faithful and with one number error put in by hand.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkTranslation, compareNumbers, isPadananError, prepare } from '../../src/index.js'
import { de } from '../../src/langs/de/index.js'
import { fr } from '../../src/langs/fr/index.js'
import { ms } from '../../src/langs/ms/index.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const seed = (n: string) => readFileSync(join(root, 'fixtures', 'npc', readdirSync(join(root, 'fixtures', 'npc')).find((f) => f.startsWith(n))!), 'utf8')
const flores = (lang: string, doc: string) => readFileSync(join(root, 'fixtures', 'flores', lang, `${doc}.txt`), 'utf8').split('\n')

const texts = (r: ReturnType<typeof compareNumbers>) => ({
  matched: r.matched.map((m) => m.key),
  missing: r.missing.map((m) => m.text),
  extra: r.extra.map((m) => m.text),
  changed: r.changed.map((c) => [c.a.text, c.b.text, c.why]),
})

// The seed pair's sentence: "… investasi Xiaomi … mencapai 105 miliar yuan dari tahun 2021 hingga 2025".
const en = 'Xiaomi will invest 105 billion yuan in research and development from 2021 to 2025.'
const id = 'Xiaomi akan menginvestasikan 105 miliar yuan untuk riset dan pengembangan dari tahun 2021 hingga 2025.'

describe('compareNumbers', () => {
  it('a faithful translation: every mention matched by key, ok', () => {
    const r = compareNumbers(en, id, { langA: 'en', langB: 'id' })
    expect(r.ok).toBe(true)
    expect(texts(r).matched).toEqual(['currency:105000000000:CNY', 'range:2021..2025'])
  })

  it('says what changed: scale, value (digits permuted), unit, a number dropped or added', () => {
    expect(texts(compareNumbers(en, id.replace('miliar', 'juta'), { langA: 'en', langB: 'id' })).changed).toEqual([['105 billion yuan', '105 juta yuan', 'scale']])
    expect(texts(compareNumbers(en, id.replace('105', '150'), { langA: 'en', langB: 'id' })).changed).toEqual([['105 billion yuan', '150 miliar yuan', 'value']])
    expect(texts(compareNumbers(en, id.replace('yuan', 'dolar AS'), { langA: 'en', langB: 'id' })).changed).toEqual([['105 billion yuan', '105 miliar dolar AS', 'unit']])
    const dropped = compareNumbers(en, id.replace(' dari tahun 2021 hingga 2025', ''), { langA: 'en', langB: 'id' })
    expect(texts(dropped)).toMatchObject({ missing: ['2021 to 2025'], extra: [], changed: [] })
    expect(dropped.ok).toBe(false)
    const added = compareNumbers(en, `${id} Sebanyak 3 pabrik baru akan dibangun.`, { langA: 'en', langB: 'id' })
    expect(texts(added)).toMatchObject({ missing: [], extra: ['3'], changed: [] })
  })

  it('mentions keep their spans in the input, so they can be highlighted', () => {
    const b = id.replace('105', '150')
    const r = compareNumbers(en, b, { langA: 'en', langB: 'id' })
    const c = r.changed[0]!
    expect(en.slice(c.a.start, c.a.end)).toBe(c.a.text)
    expect(b.slice(c.b.start, c.b.end)).toBe(c.b.text)
  })

  it('the seed documents: prepared Docs compare as texts do, and the translation keeps every number', () => {
    const a = prepare(seed('001'), { lang: 'id' })
    const b = prepare(seed('002'), { lang: 'en' })
    const r = compareNumbers(a, b)
    expect(r.matched.length).toBe(8)
    expect(r.ok).toBe(true)
    expect(compareNumbers(seed('001'), seed('002'), { langA: 'id', langB: 'en' }).matched.map((m) => m.key)).toEqual(r.matched.map((m) => m.key))
  })

  it('any two languages: FLORES-200 sentences in German, French and Malay against English', () => {
    const [enLine] = flores('en', 'devtest-281').filter((l) => l.includes('4-month-old'))
    for (const [pack, code] of [[de, 'de'], [fr, 'fr'], [ms, 'ms']] as const) {
      const line = flores(code, 'devtest-281').find((l) => /\b4\b/.test(l))!
      expect(compareNumbers(enLine!, line, { langA: 'en', langB: pack }).ok, code).toBe(true)
      const wrong = compareNumbers(enLine!, line.replace(/\b4\b/, '5'), { langA: 'en', langB: pack })
      expect(wrong.changed.map((c) => c.why), code).toEqual(['value'])
    }
  })

  it('a fraction said as a percent is a change of kind, a rounded figure matches within tolerance', () => {
    expect(texts(compareNumbers('A quarter of the users agree.', 'Sebanyak 25 persen pengguna setuju.', { langA: 'en', langB: 'id' })).changed).toEqual([['A quarter', '25 persen', 'kind']])
    const a = 'Revenue was 1.49 million dollars.'
    const b = 'Pendapatan mencapai 1,5 juta dolar.'
    expect(compareNumbers(a, b, { langA: 'en', langB: 'id' }).changed.map((c) => c.why)).toEqual(['value'])
    expect(compareNumbers(a, b, { langA: 'en', langB: 'id', tolerance: 0.01 }).ok).toBe(true)
  })

  it('an unmatched "one" in words is uncertain, not a problem, unless strictOne', () => {
    // FLORES-style: English says "one", German an article.
    const a = 'One of the ministers resigned on Monday.'
    const b = 'Einer der Minister trat am Montag zurück.'
    const r = compareNumbers(a, b, { langA: 'en', langB: de })
    expect(r.ok).toBe(true)
    expect(r.uncertain.map((m) => m.text)).toEqual(['One'])
    expect(compareNumbers(a, b, { langA: 'en', langB: de, strictOne: true }).missing.map((m) => m.text)).toEqual(['One'])
    // A "one" that became "two" is still a change.
    expect(compareNumbers('One minister resigned.', 'Dua menteri mengundurkan diri.', { langA: 'en', langB: 'id' }).ok).toBe(false)
  })

  it('a "one" in words with a currency or unit is uncertain too (French says it with an article)', () => {
    // FLORES-200: "equivalent to that of one British pound" / "équivalente à une livre sterling".
    const a = 'Its value is set equivalent to that of one British pound (GBP).'
    const b = 'Sa valeur est équivalente à une livre sterling (GBP).'
    const r = compareNumbers(a, b, { langA: 'en', langB: fr })
    expect(r.ok).toBe(true)
    expect(r.uncertain.map((m) => m.key)).toEqual(['currency:1:GBP'])
    expect(compareNumbers(a, b, { langA: 'en', langB: fr, strictOne: true }).missing.map((m) => m.text)).toEqual(['one British pound'])
    // Digits are no article: `1 British pound` unmatched is missing.
    expect(compareNumbers(a.replace('one', '1'), b, { langA: 'en', langB: fr }).ok).toBe(false)
  })

  it('a year the other side says as "this year" is uncertain, as many as it says so, unless relativeYears is false', () => {
    const a = 'The bank plans to lend up to Rp10 trillion this year, after Rp8 trillion in 2006.'
    const b = 'Bank itu menargetkan kredit Rp10 triliun pada tahun 2007, setelah Rp8 triliun pada 2006.'
    const r = compareNumbers(a, b, { langA: 'en', langB: 'id' })
    expect(r.ok).toBe(true)
    expect(r.uncertain.map((m) => m.text)).toEqual(['2007'])
    expect(compareNumbers(a, b, { langA: 'en', langB: 'id', relativeYears: false }).extra.map((m) => m.text)).toEqual(['2007'])
    // One "this year" excuses one year, not two; without a relative phrase nothing is excused.
    expect(compareNumbers(a, b.replace('setelah Rp8 triliun pada 2006', 'setelah Rp8 triliun pada 2005'), { langA: 'en', langB: 'id' }).ok).toBe(false)
    expect(compareNumbers(a.replace('this year', 'soon'), b, { langA: 'en', langB: 'id' }).extra.map((m) => m.text)).toEqual(['2007'])
    // Either direction, in every pack: the year on the English side, `l'an dernier` on the French one.
    const c = compareNumbers('Sales fell by 5% in 2006.', "Les ventes ont baissé de 5 % l'an dernier.", { langA: 'en', langB: fr })
    expect([c.ok, c.uncertain.map((m) => m.text)]).toEqual([true, ['2006']])
    expect(compareNumbers('Der Umsatz stieg im Vorjahr um 5 %.', 'Sales rose by 5% in 2006.', { langA: de, langB: 'en' }).ok).toBe(true)
  })

  it('ignore leaves kinds out on both sides', () => {
    const r = compareNumbers(en, id.replace(' dari tahun 2021 hingga 2025', ''), { langA: 'en', langB: 'id', ignore: ['range'] })
    expect(r.ok).toBe(true)
  })

  it('every mention of either side is in exactly one list, whatever the input order', () => {
    const a = 'In 2024, 3 of the 14 plants made 1.5 million cars, up 12%.'
    const b = 'Pada 2023, 4 dari 14 pabrik membuat 1,5 miliar mobil, naik 21 persen.'
    const r = compareNumbers(a, b, { langA: 'en', langB: 'id' })
    const as = [...r.matched.map((m) => m.a), ...r.missing, ...r.changed.map((c) => c.a)].map((m) => m.start).sort((x, y) => x - y)
    const bs = [...r.matched.map((m) => m.b), ...r.extra, ...r.changed.map((c) => c.b)].map((m) => m.start).sort((x, y) => x - y)
    expect(as).toHaveLength(new Set(as).size)
    expect(bs).toHaveLength(new Set(bs).size)
    expect(texts(r).changed).toEqual([
      ['2024', '2023', 'value'],
      ['3', '4', 'value'],
      ['1.5 million', '1,5 miliar', 'scale'],
      ['12%', '21 persen', 'value'],
    ])
  })

  it('two long number tables that disagree everywhere: every mention accounted for', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => String(i + 200_001)).join(' ')
    const b = Array.from({ length: 20_000 }, (_, i) => String(i + 500_001)).join(' ')
    const r = compareNumbers(a, b, { langA: 'en', langB: 'en' })
    expect(r.changed).toHaveLength(20_000)
    expect(r.changed.every((c) => c.why === 'value')).toBe(true)
    const same = compareNumbers(a, `${a} ${a}`, { langA: 'en', langB: 'en' })
    expect([same.matched.length, same.extra.length]).toEqual([20_000, 20_000])
  })

  it('bad options and inputs are typed errors', () => {
    for (const bad of [() => compareNumbers(en, id, { tolerance: 2 }), () => compareNumbers(en, 7 as unknown as string), () => compareNumbers(en, id, { langA: 'xx' })]) {
      let err: unknown
      try {
        bad()
      } catch (e) {
        err = e
      }
      expect(isPadananError(err)).toBe(true)
    }
  })
})

describe('checkTranslation', () => {
  const idDoc = seed('001')
  const enDoc = seed('002')

  it('the seed translation keeps its numbers, bead by bead; every sentence of both sides is in one bead', () => {
    const r = checkTranslation(idDoc, enDoc, { langA: 'id', langB: 'en' })
    expect(r.ok).toBe(true)
    expect(r.beads.flatMap((b) => b.a)).toEqual(r.docA.sentences.map((_, i) => i))
    expect(r.beads.flatMap((b) => b.b)).toEqual(r.docB.sentences.map((_, i) => i))
    expect(r.beads.reduce((n, b) => n + b.numbers.matched.length, 0)).toBe(8)
  })

  it('a year said as "this year" is excused within its bead only', () => {
    const en = 'Sales reached Rp5 trillion this year. Profit was flat.'
    const idText = 'Penjualan mencapai Rp5 triliun pada 2007. Laba tidak berubah pada 2007.'
    const r = checkTranslation(en, idText, { langA: 'en', langB: 'id' })
    expect(r.problems.map((p) => p.numbers.extra.map((m) => m.text))).toEqual([['2007']])
    expect(r.beads[0]!.numbers.uncertain.map((m) => m.text)).toEqual(['2007'])
  })

  it('an error points at its sentence pair, with the spans in the document', () => {
    const wrong = idDoc.replace('105 miliar yuan', '105 juta yuan')
    const r = checkTranslation(wrong, enDoc, { langA: 'id', langB: 'en' })
    expect(r.ok).toBe(false)
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect(p.numbers.changed.map((c) => [c.a.text, c.b.text, c.why])).toEqual([['105 juta yuan', '105 billion yuan', 'scale']])
    expect(p.a.map((i) => r.docA.sentences[i]!.text).join(' ')).toContain('105 juta yuan')
    expect(wrong.slice(p.numbers.changed[0]!.a.start, p.numbers.changed[0]!.a.end)).toBe('105 juta yuan')
  })
})
