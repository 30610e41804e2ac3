// The German → English lexicon that padanan ships: 13,614 lines, 8,677 German headwords.
// Written by hand for padanan (MIT, like the rest of the package). Which words to include was chosen from knowledge of
// general written German, news and mountaineering prose, and by counting word frequencies in the development document
// of the Bleualign German–French set (counted only, never copied). No gloss was taken from a dictionary. See ./LEXICON.md.
//
// Format: one entry per line, `german<TAB>english`, sorted by the German side (lowercase). The German side is a word, an
// inflected form the stemmer keys differently (`ging`, `gestiegen`, `machte`), a compound (`gipfelgrat`) or a fixed
// expression (`zum beispiel`); the English side is one short gloss, several lines give several senses, the most common
// first. The entries are ./lexicon-en.tsv (data only); this module gives it as text: ./lexicon.ts parses it on first use.

import tsv from './lexicon-en.tsv'

/** The German → English lexicon as TSV text (`german<TAB>english` per line). Parsed on first use by `deEnLexicon()` in ./lexicon.ts. */
export const lexiconEnTsv: string = tsv
