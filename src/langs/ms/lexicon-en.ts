// The Malay → English lexicon that padanan ships, written as the Indonesian one plus a Malay difference.
// Written by hand for padanan (MIT, like the rest of the package): Malay entries (Malay words, Malay senses of words
// Indonesian uses differently, Malaysian institutions, places and spellings) over the vocabulary Malay shares with
// padanan's own Indonesian lexicon (../id/lexicon-en.ts, MIT), less the Indonesian-only words and spellings. No
// dictionary or corpus was copied. See ./README.md.
//
// Format: one entry per line, `malay<TAB>english`. The Malay side is a word or a fixed expression (`bola sepak`); the
// English side is one short gloss, several lines give several senses, the most common first. `notInMalay` lists the
// Indonesian lines Malay leaves out, exactly as ../id/lexicon-en.ts has them; `malayLines` holds Malay's own. A line
// of `notInMalay` the Indonesian lexicon no longer has is an error (npm test and npm run lexicons say so). A word
// whose senses Malay orders otherwise is in both lists. The lists are ./lexicon-en.not-in-malay.tsv and ./lexicon-en.malay.tsv (data only); this module gives them as text: ./lexicon.ts reads the
// stemmed table made from it.
import { lexiconEnTsv as indonesian } from '../id/lexicon-en.js'
import { patchTsv } from '../../lexicon/tsv.js'
import malayTsv from './lexicon-en.malay.tsv'
import notInMalayTsv from './lexicon-en.not-in-malay.tsv'

/** Lines of the Indonesian lexicon that Malay leaves out (Indonesian-only words, spellings and senses). */
export const notInMalay: string = notInMalayTsv

/** Malay's own lines: Malay words, spellings and senses, and words whose senses Malay orders otherwise. */
export const malayLines: string = malayTsv

export const lexiconEnTsv: string = patchTsv(indonesian, { remove: notInMalay, add: malayLines })
