// The shipped German → English lexicon: size, format, lazy parsing, stems on both sides, and coverage on real text.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { prepare } from '../../src/core/prepare.js'
import { de } from '../../src/langs/de/index.js'
import { en } from '../../src/langs/en/index.js'
import { lexiconEnTsv } from '../../src/langs/de/lexicon-en.js'
import { frEnLexicon } from '../../src/langs/fr/lexicon.js'
import { stemFrench } from '../../src/stem/natural.js'

// Wrap createLexicon in a counter so the test sees when (and how often) the TSV is turned into a lexicon.
const spy = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../../src/lexicon/lexicon.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/lexicon/lexicon.js')>()
  return {
    ...mod,
    createLexicon: (...args: Parameters<typeof mod.createLexicon>) => {
      spy.calls++
      return mod.createLexicon(...args)
    },
  }
})

const lines = lexiconEnTsv.replace(/\n$/, '').split('\n')

// Written for this test (not taken from any corpus): news and mountain prose, the two registers the lexicon aims at.
const SAMPLE = `Die Regierung hat am Dienstag neue Massnahmen gegen die steigenden Preise beschlossen. Der Finanzminister erklärte
vor dem Parlament, die Wirtschaft wachse langsamer als erwartet, und die Arbeitslosigkeit sei im letzten Jahr gestiegen.
Die Opposition kritisierte den Plan scharf und forderte höhere Löhne für die Arbeiter. Am frühen Morgen verliessen wir die
Hütte und stiegen über den Gletscher zum Sattel hinauf. Die Spalten waren vom frischen Schnee verdeckt, deshalb gingen wir am
Seil. Nach drei Stunden erreichten wir den Grat; der Wind war stark und kalt, doch das Wetter blieb schön. Der Bergführer
fand eine sichere Route durch die Felsen, und gegen Mittag standen wir auf dem Gipfel. Die Aussicht auf die Berge des Wallis
und auf den Genfersee war herrlich. Beim Abstieg mussten wir wegen der Lawinengefahr einen anderen Weg wählen.`

// The Bleualign development document (GPL evaluation data, not in the repository): used when present on this machine.
const DATA = '/work/shared/data/bleualign-defr/'
const hasData = existsSync(`${DATA}dev.de`) && existsSync(`${DATA}dev.fr`) && existsSync(`${DATA}dev.defr`)

describe('de→en lexicon text', () => {
  it('has at least 12,000 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(12_000)
  })

  it('has only well-formed lines: exactly one tab, both sides non-empty and trimmed', () => {
    const bad = lines.filter((l) => {
      const parts = l.split('\t')
      return parts.length !== 2 || parts.some((p) => p.length === 0 || p !== p.trim())
    })
    expect(bad).toEqual([])
  })

  it('is sorted by the German side and has no duplicate lines', () => {
    const heads = lines.map((l) => l.split('\t')[0]!)
    const unsorted = heads.filter((h, i) => i > 0 && heads[i - 1]! > h)
    expect(unsorted).toEqual([])
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('deEnLexicon()', () => {
  it('does not parse on import, parses once on the first call, then reuses the result', async () => {
    const before = spy.calls
    const mod = await import('../../src/langs/de/lexicon.js')
    expect(typeof mod.deEnLexicon).toBe('function')
    expect(spy.calls).toBe(before)
    const lex = mod.deEnLexicon()
    expect(spy.calls).toBe(before + 1)
    expect(mod.deEnLexicon()).toBe(lex)
    expect(spy.calls).toBe(before + 1)
    expect(lex.from).toBe('de')
    expect(lex.to).toBe('en')
    expect(lex.source).toMatch(/written for padanan/)
    expect(lex.source).toMatch(/MIT/)
  })

  it('covers at least 7,000 distinct German stems (single words, fixed expressions not counted)', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const lex = deEnLexicon()
    const single = [...lex.entries()].filter(([k]) => !k.includes(' '))
    expect(single.length).toBeGreaterThanOrEqual(7_000)
    expect(lex.size).toBeGreaterThanOrEqual(single.length)
  })

  it('keys entries by de.stem and gives en.stem concepts: inflections, compounds, Swiss names', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const lex = deEnLexicon()
    const has = (deWord: string, enWord: string): boolean => lex.concepts(de.stem!(deWord)).includes(en.stem!(enWord.toLowerCase()))
    const pairs: [string, string][] = [
      ['regierungen', 'government'],
      ['wirtschaft', 'economy'],
      ['gletscher', 'glacier'],
      ['hütten', 'hut'],
      ['gipfelgrat', 'ridge'],
      ['bergführer', 'guide'],
      ['gletscherspalte', 'crevasse'],
      ['gestiegen', 'climb'],
      ['ging', 'go'],
      ['erreichten', 'reach'],
      ['eingeführt', 'introduce'],
      ['höchste', 'highest'],
      ['genf', 'Geneva'],
      ['wallis', 'Valais'],
      ['graubünden', 'Grisons'],
      ['matterhorn', 'Matterhorn'],
      ['januar', 'January'],
      ['aber', 'but'],
      ['strasse', 'road'],
      ['straße', 'road'],
    ]
    expect(pairs.filter(([d, e]) => !has(d, e))).toEqual([])
    expect(lex.concepts('no-such-stem')).toEqual([])
  })

  it('gives ≥ 95% of the content tokens of a written German sample a concept', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const lex = deEnLexicon()
    const content = prepare(SAMPLE, de).sentences.flatMap((s) => s.tokens).filter((t) => !t.isStopword && !t.isNumber)
    const missed = content.filter((t) => !lex.has(t.stem) && !lex.has(t.norm)).map((t) => t.norm)
    expect(content.length).toBeGreaterThan(60)
    expect(1 - missed.length / content.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(0.95)
  })

  it.skipIf(!hasData)('gives ≥ 73% of the content tokens of Bleualign dev.de a concept', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const lex = deEnLexicon()
    const content = prepare(readFileSync(`${DATA}dev.de`, 'utf8'), de).sentences.flatMap((s) => s.tokens).filter((t) => !t.isStopword && !t.isNumber)
    const covered = content.filter((t) => lex.has(t.stem) || lex.has(t.norm)).length
    expect(content.length).toBeGreaterThan(4_000)
    expect(covered / content.length).toBeGreaterThanOrEqual(0.73)
  })

  it.skipIf(!hasData)('meets the French sentence through fr→en for ≥ 47% of German content tokens in gold 1-1 beads of dev', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const lex = deEnLexicon()
    const fl = frEnLexicon()
    const deLines = readFileSync(`${DATA}dev.de`, 'utf8').split('\n')
    const frLines = readFileSync(`${DATA}dev.fr`, 'utf8').split('\n')
    const beads = readFileSync(`${DATA}dev.defr`, 'utf8').trim().split('\n').map((l) => l.split(':').map((s) => JSON.parse(s) as number[]))
    let tokens = 0
    let met = 0
    for (const [a, b] of beads) {
      if (a!.length !== 1 || b!.length !== 1) continue
      // French words through fr→en; elided articles and pronouns (l', d', qu'…) split off the word.
      const frConcepts = new Set<string>()
      for (const m of frLines[b![0]!]!.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*/gu)) {
        const w = m[0].replace(/^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/, '')
        for (const c of fl.concepts(stemFrench(w))) frConcepts.add(c)
        for (const c of fl.concepts(w)) frConcepts.add(c)
      }
      for (const s of prepare(deLines[a![0]!]!, de).sentences) {
        for (const t of s.tokens) {
          if (t.isStopword || t.isNumber) continue
          tokens++
          if ([...lex.concepts(t.stem), ...lex.concepts(t.norm)].some((c) => frConcepts.has(c))) met++
        }
      }
    }
    expect(tokens).toBeGreaterThan(2_000)
    expect(met / tokens).toBeGreaterThanOrEqual(0.47)
  })
})
