// The French → English lexicon that padanan ships: 12,462 lines, 7,483 French headwords.
// Written by hand for padanan (MIT, like the rest of the package). Which words to include was chosen from knowledge of
// general written French, news and Alpine prose, with word frequencies counted (never copied) in the development
// document of the Bleualign German–French set; no gloss was taken from any corpus or dictionary. See ./LEXICON.md.
//
// Format: one entry per line, `french<TAB>english`, sorted by the French side. The French side is a word, an inflected
// form the stemmer keys differently from its lemma (`fut`, `pris`, `belle`), or a fixed expression (`chemin de fer`);
// the English side is one short gloss, several lines give several senses, the most common first. This module only
// holds the text: ./lexicon.ts parses it on first use.

import tsv from './lexicon-en.tsv'

/** The French → English lexicon as TSV text (`french<TAB>english` per line). Parsed on first use by `frEnLexicon()` in ./lexicon.ts. */
export const lexiconEnTsv: string = tsv
