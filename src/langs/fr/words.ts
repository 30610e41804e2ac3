// French word lists, written for padanan from news usage (facts of the language, no copied list).

/**
 * Elided words: the tokenizer splits them off the word they are glued to (`l'économie` → `l'`,
 * `économie`; `jusqu'à` → `jusqu'`, `à`). Written with `'`; `’` in text matches too.
 */
export const elisions: readonly string[] = [
  "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "ç'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "quelqu'", "presqu'",
]

/**
 * Function words: left out of similarity, kept in the text. Elided forms are listed with both apostrophes.
 * Every form of `être` and `avoir` but `avions`, which news uses far more as the noun (aeroplanes). The
 * adverbs English and German say with content words (`déjà` already, `toujours` always, `jamais` never)
 * are content words here too, so that the two sides of a translation keep the same words.
 */
export const stopwords: readonly string[] = [
  ...`
le la les l' un une des du de d' au aux ce cet cette ces c' ça cela ceci celui celle ceux celles
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
je j' tu il elle on nous vous ils elles me m' te t' se s' lui y en moi toi soi eux
qui que qu' quoi dont où lequel laquelle lesquels lesquelles auquel auxquels duquel desquels
et ou ni mais or donc car puis ensuite alors ainsi aussi si comme quand lorsque lorsqu' puisque puisqu' parce quoique
à dans par pour sur sous avec sans chez entre vers contre depuis pendant avant après selon malgré parmi via dès envers hors outre
jusqu' jusque afin auprès près loin face
ne n' pas plus moins non très trop peu bien encore rien tout tous toute toutes même mêmes autre autres
aucun aucune chaque certains certaines plusieurs tel telle tels telles quelque quelques quel quelle quels quelles
suis es est sommes êtes sont étais était étions étiez étaient été être étant fus fut fûmes fûtes furent
serai seras sera serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient fusse fût
ai as a avons avez ont avais avait aviez avaient avoir ayant eu eus eut eûmes eûtes eurent
aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eusse eût
fait faire peut peuvent pourrait doit doivent
ici là cependant toutefois néanmoins notamment également surtout seulement environ
`
    .trim()
    .split(/\s+/),
].flatMap((w) => (w.includes("'") ? [w, w.replace("'", '’')] : [w]))

/**
 * Abbreviations that end in a dot inside a sentence (without the dot, compared case-insensitively).
 * The segmenter splits after them when a capital or digit follows; prepare() joins the pieces again.
 * Single capitals (`M.` for Monsieur, initials) are joined without being listed. Left out on purpose,
 * because before a capital they usually end the sentence: `etc.`, `J.-C.`, and the words that are also
 * plain words (`sept.` seven, `vol.` flight, `art.` art, `col.` mountain pass). Before digits the
 * segmenter does not split anyway (`art. 5`, `vol. 3`).
 */
export const abbreviations: readonly string[] = `
mm mme mmes mlle mlles dr drs pr prof mgr st ste sts stes
av apr env cf ex p pp éd al chap fig no nos tél
janv févr fév avr juil oct nov déc
fr frs
gén cdt lt cne sgt adj
inc ltd cie
`
  .trim()
  .split(/\s+/)

/** Frequent function words that mark French text (language detection). */
export const markers: readonly string[] = [
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'par', 'avec', 'au', 'aux',
  'ont', 'été', 'cette', 'mais', 'selon', 'sont', 'leur', 'ses', 'ce', 'il', 'elle',
]
