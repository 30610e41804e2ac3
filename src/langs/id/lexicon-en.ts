// The Indonesian → English lexicon that padanan ships: 13,847 lines, 11,611 Indonesian headwords.
// Written by hand for padanan (MIT, like the rest of the package). Which words to include was chosen by counting word
// frequencies in Indonesian news and talk corpora (PANL-BPPT, Guntara news, IWSLT17 TED, NusaX); those corpora were only
// counted, never copied, and no gloss was taken from them or from any other dictionary. See ./README.md.
//
// Format: one entry per line, `indonesian<TAB>english`, sorted by the Indonesian side. The Indonesian side is a word or a
// fixed expression (`kecerdasan buatan`); the English side is one short gloss, several lines give several senses, the most
// common first. The entries are ./lexicon-en.tsv (data only); this module gives it as text: ./lexicon.ts parses it on first use.

import tsv from './lexicon-en.tsv'

/** The Indonesian → English lexicon as TSV text (`indonesian<TAB>english` per line). Parsed on first use by `idEnLexicon()` in ./lexicon.ts. */
export const lexiconEnTsv: string = tsv
