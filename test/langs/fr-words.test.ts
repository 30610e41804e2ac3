// The French pack's function words, as prepare() reads them in real sentences (FLORES-200 style news, and
// Text+Berg as tokenized corpora write it).
import { describe, expect, it } from 'vitest'
import { fr } from '../../src/langs/fr/index.js'
import { prepare } from '../../src/read/prepare.js'

const content = (text: string) => prepare(text, { lang: fr }).sentences.flatMap((s) => s.tokens.filter((t) => !t.isStopword).map((t) => t.norm))

describe('fr function words', () => {
  it('reads every form of être and avoir as a function word, not as the noun it looks like', () => {
    // `sommes` is not "sums", `suis` not "follow", `eus` and `ayant` carry no content.
    expect(content('Je comprends alors que nous autres alpinistes sommes des drogués.')).toEqual(['comprends', 'alpinistes', 'drogués'])
    expect(content("Je suis certain qu'ils auraient eu raison, ayant vu la paroi.")).toEqual(['certain', 'raison', 'vu', 'paroi'])
    // `avions` is the noun far more often than the verb.
    expect(content('Les avions de ligne.')).toEqual(['avions', 'ligne'])
  })

  it('keeps the adverbs English and German say with content words (already, always, never: schon, immer, nie)', () => {
    expect(content("Nous avions déjà atteint le col, toujours encordés, sans jamais voir le sommet.")).toEqual(['avions', 'déjà', 'atteint', 'col', 'toujours', 'encordés', 'jamais', 'voir', 'sommet'])
  })

  it('reads an elided word written apart from the next one as the elided word', () => {
    expect(content("De là , le regard plonge sur la gorge du Limmerenbach , d' où surgissent les parois .")).toEqual(['regard', 'plonge', 'gorge', 'limmerenbach', 'surgissent', 'parois'])
    expect(content("l'économie et l' économie")).toEqual(['économie', 'économie'])
  })
})
