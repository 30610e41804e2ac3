// The shipped German → English lexicon: stems on both sides, and coverage on real text (format and lazy parsing: shipped.test.ts).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/read/prepare.js'
import { de } from '../../src/langs/de/index.js'
import { en } from '../../src/langs/en/index.js'
import { frEnLexicon } from '../../src/langs/fr/lexicon.js'
import { stemFrench } from '../../src/stem/stemmers.js'

// Written for this test (not taken from any corpus): news and mountain prose, the two registers the lexicon aims at.
const SAMPLE = `Die Regierung hat am Dienstag neue Massnahmen gegen die steigenden Preise beschlossen. Der Finanzminister erklärte
vor dem Parlament, die Wirtschaft wachse langsamer als erwartet, und die Arbeitslosigkeit sei im letzten Jahr gestiegen.
Die Opposition kritisierte den Plan scharf und forderte höhere Löhne für die Arbeiter. Am frühen Morgen verliessen wir die
Hütte und stiegen über den Gletscher zum Sattel hinauf. Die Spalten waren vom frischen Schnee verdeckt, deshalb gingen wir am
Seil. Nach drei Stunden erreichten wir den Grat; der Wind war stark und kalt, doch das Wetter blieb schön. Der Bergführer
fand eine sichere Route durch die Felsen, und gegen Mittag standen wir auf dem Gipfel. Die Aussicht auf die Berge des Wallis
und auf den Genfersee war herrlich. Beim Abstieg mussten wir wegen der Lawinengefahr einen anderen Weg wählen.`

// The Bleualign development document (GPL evaluation data, not in the repository): used when present on this machine.
const DATA = fileURLToPath(new URL('../../../shared/data/bleualign-defr/', import.meta.url))
const hasData = existsSync(`${DATA}dev.de`) && existsSync(`${DATA}dev.fr`) && existsSync(`${DATA}dev.defr`)

describe('deEnLexicon()', () => {
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

describe('German compounds the lexicon does not list', () => {
  it('reads them as known parts, head first, but not with a head shorter than four letters', async () => {
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const { compoundParts } = await import('../../src/lexicon/compounds.js')
    const parts = compoundParts(de, deEnLexicon())
    expect(parts('gletscherspalte')).toEqual([de.stem!('spalte'), de.stem!('gletscher')])
    expect(parts('verkehrslage')[0]).toBe(de.stem!('lage'))
    expect(parts('expeditionsdauer')[0]).toBe(de.stem!('dauer'))
    // Names and words that end in a short word are not compounds of it: Hel·mut (courage), Par·bat (bath), Guin·ness.
    expect(parts('helmut')).toEqual([])
    expect(parts('parbat')).toEqual([])
    expect(parts('guinness')).toEqual([])
  })
})
