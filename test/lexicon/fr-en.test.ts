// The shipped French → English lexicon: stemmer keys, and coverage on real French (format and lazy parsing: shipped.test.ts).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normalizeToken, tokenize } from '../../src/core/tokenize.js'
import { elisions, stopwords } from '../../src/langs/fr/words.js'
import { stemEnglish, stemFrench, stemGerman } from '../../src/stem/stemmers.js'

// The Bleualign files are GPL evaluation data outside the package: read here to count, never copied.
const bleualign = fileURLToPath(new URL('../../../shared/data/bleualign-defr/', import.meta.url))
const hasBleualign = existsSync(`${bleualign}dev.fr`)
// The files are pre-tokenized (`d' altitude`), so the elided words also occur without their apostrophe.
const STOP = new Set([...stopwords, ...elisions.map((e) => e.slice(0, -1))])
const contentWords = (text: string): string[] =>
  tokenize(text, 0, new Set(elisions))
    .filter((t) => !/^\p{N}/u.test(t.text))
    .map((t) => normalizeToken(t.text))
    .filter((w) => !STOP.has(w))

describe('frEnLexicon()', () => {
  it('keys entries by the French stemmer and gives English Porter concepts, irregular forms included', async () => {
    const { frEnLexicon } = await import('../../src/langs/fr/lexicon.js')
    const lex = frEnLexicon()
    const has = (fr: string, en: string): boolean => lex.concepts(stemFrench(fr)).includes(stemEnglish(en.toLowerCase()))
    const pairs: [string, string][] = [
      ['sommets', 'summit'],
      ['arête', 'ridge'],
      ['glaciers', 'glacier'],
      ['cabane', 'hut'],
      ['cordée', 'rope'],
      ['piolet', 'axe'],
      ['gouvernement', 'government'],
      ['entreprises', 'company'],
      ['cervin', 'Matterhorn'],
      ['genève', 'Geneva'],
      ['grisons', 'Grisons'],
      ['berne', 'Bern'],
      // Forms the stemmer keys apart from their lemma.
      ['fut', 'was'],
      ['prirent', 'took'],
      ['belle', 'beautiful'],
      ['montent', 'climb'],
      ['atteignîmes', 'reach'],
      ['yeux', 'eye'],
      ['travaux', 'work'],
      ['juillet', 'July'],
      ['mais', 'but'],
    ]
    expect(pairs.filter(([f, e]) => !has(f, e))).toEqual([])
    // Both spellings of the ligature.
    expect(lex.concepts(stemFrench('oeuvre'))).toEqual(lex.concepts(stemFrench('œuvre')))
    const key = 'chemin de fer'.split(' ').map(stemFrench).join(' ')
    expect(lex.concepts(key)).toEqual(expect.arrayContaining([stemEnglish('railway')]))
    expect(lex.concepts('no-such-stem')).toEqual([])
  })

  it('gives ≥ 90% of the content words of a French mountain paragraph a concept', async () => {
    const { frEnLexicon } = await import('../../src/langs/fr/lexicon.js')
    const lex = frEnLexicon()
    // Written for this test (not taken from any corpus); no names, so every content word should be known.
    const text =
      "Le lendemain matin, nous avons quitté la cabane à quatre heures. Le ciel était clair, mais un vent froid soufflait sur l'arête. " +
      "Après avoir traversé le glacier, encordés, nous avons gravi un couloir de neige dure jusqu'au col. " +
      "La paroi rocheuse au-dessus de nous paraissait raide; les prises étaient rares et la glace couvrait les dalles. " +
      "Vers midi, le brouillard monta de la vallée et nous dûmes renoncer au sommet. " +
      "La descente fut longue et pénible; les chutes de pierres menaçaient les cordées qui redescendaient vers le refuge. " +
      "Le gouvernement fédéral a annoncé une nouvelle loi sur la protection des forêts de montagne et du paysage."
    const words = contentWords(text)
    const missed = words.filter((w) => lex.concepts(stemFrench(w)).length === 0 && lex.concepts(w).length === 0)
    expect(words.length).toBeGreaterThan(50)
    expect(1 - missed.length / words.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(0.9)
  })

  it.skipIf(!hasBleualign)('gives ≥ 77% of the content tokens of the Bleualign dev.fr document a concept', async () => {
    const { frEnLexicon } = await import('../../src/langs/fr/lexicon.js')
    const lex = frEnLexicon()
    const words = contentWords(readFileSync(`${bleualign}dev.fr`, 'utf8'))
    const covered = words.filter((w) => lex.concepts(stemFrench(w)).length > 0 || lex.concepts(w).length > 0)
    expect(words.length).toBeGreaterThan(4000)
    expect(covered.length / words.length).toBeGreaterThanOrEqual(0.77)
  })

  it.skipIf(!hasBleualign)('meets a concept of the German sentence for ≥ 50% of French content tokens in the gold 1-1 beads of dev', async () => {
    const { frEnLexicon } = await import('../../src/langs/fr/lexicon.js')
    const { deEnLexicon } = await import('../../src/langs/de/lexicon.js')
    const { stopwords: deStopwords } = await import('../../src/langs/de/words.js')
    const fr = frEnLexicon()
    const de = deEnLexicon()
    const deStop = new Set(deStopwords)
    const deLines = readFileSync(`${bleualign}dev.de`, 'utf8').split('\n')
    const frLines = readFileSync(`${bleualign}dev.fr`, 'utf8').split('\n')
    // As the pivot does it: lexicon concepts of the stem and of the word, plus the word itself as an English stem.
    const frConcepts = (w: string) => [...fr.concepts(stemFrench(w)), ...fr.concepts(w), stemEnglish(w)]
    const deConcepts = (w: string) => [...de.concepts(stemGerman(w)), ...de.concepts(w), stemEnglish(w)]
    let tokens = 0
    let met = 0
    for (const bead of readFileSync(`${bleualign}dev.defr`, 'utf8').trim().split('\n')) {
      const m = /^\[(\d+)\]:\[(\d+)\]$/.exec(bead.trim())
      if (!m) continue
      const deWords = tokenize(deLines[Number(m[1])] ?? '').filter((t) => !/^\p{N}/u.test(t.text)).map((t) => normalizeToken(t.text)).filter((w) => !deStop.has(w))
      const deSet = new Set(deWords.flatMap(deConcepts))
      for (const w of contentWords(frLines[Number(m[2])] ?? '')) {
        tokens++
        if (frConcepts(w).some((c) => deSet.has(c))) met++
      }
    }
    expect(tokens).toBeGreaterThan(2000)
    expect(met / tokens).toBeGreaterThanOrEqual(0.5)
  })
})
