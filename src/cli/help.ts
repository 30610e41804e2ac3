// The usage texts: `padanan --help` (every command in a line or two) and `padanan <command> --help`
// (one command: its options, one line each, and examples that run from a clone of the repository).
import { LEXICON_FORMATS } from '../lexicon/load.js'
import { BUILTIN_LANGUAGES } from './packs.js'

const CODES = BUILTIN_LANGUAGES.map((p) => p.code).join(', ')

/** The lexicon flags, shared by align and pair; the defaults of the two language flags differ. */
const lexiconLines = (fromDefault: string, toDefault: string) => `  --lexicon FILE              a bilingual word list, used instead of the built-in one for its language
  --lexicon-format F          ${LEXICON_FORMATS.join(' | ')} (default from the name: .dic hunalign,
                              .index/.dict/.dict.dz freedict, else tsv); muse is MUSE's "src tgt"
  --lexicon-from CODE         language of the lexicon's source words (tsv/muse: first column;
                              hunalign: after " @ "; freedict: headwords); ${fromDefault}
  --lexicon-to CODE           language of their translations; ${toDefault}; a lexicon from
                              English is read the other way round (English is the pivot)
`

const HELP_LINE = `  -h, --help                  this help
`

/** `padanan numbers --help`. */
export const NUMBERS_USAGE = `Usage: padanan numbers [TEXT…] [options]
       padanan numbers --jsonl [--skip-bad] < in.jsonl

Number mentions with canonical keys (12,5 persen = 12.5 percent = percent:12.5). TEXT comes from
the arguments, else from stdin.

Options:
  --lang CODE                 language of the text (${CODES}; default: detected)
  --json                      one JSON object {"lang","mentions":[…]} instead of a table
  --jsonl                     batch: stdin lines {"id","text","lang"?} → lines {"id","lang","mentions":[…]}
  --skip-bad                  with --jsonl: skip and count malformed lines instead of failing
${HELP_LINE}
Examples:
  padanan numbers --lang id "naik 12,5 persen menjadi Rp 2,3 triliun"
  echo "The 14th NPC approved 105 billion yuan" | padanan numbers --json
`

/** `padanan align --help`. */
export const ALIGN_USAGE = `Usage: padanan align A B [options]

Sentence alignment of two files that translate each other: beads 1-1, 1-2, 2-1, 2-2, 3-1, 1-3,
1-0 and 0-1 in order, each with a score from 0 to 1.

Options:
  --lang-a CODE, --lang-b CODE  languages of A and B (${CODES}; default: detected)
  --presegmented              one sentence per line, blank lines between paragraphs
  --format F                  text | json | jsonl | tsv (default text: side by side)
                                json: {"langA","langB","method","beads":[…]}; jsonl: one bead a line;
                                a bead is {"a","b","shape","score","sentencesA","sentencesB","spansA",
                                "spansB"}: indices, texts and [start, end) offsets in the file (UTF-16
                                code units, as JavaScript strings count)
                                tsv: as hunalign -text, "A<TAB>B<TAB>score", the sentences of a side
                                joined with " ~~~ ", tabs and line breaks in them made spaces
  --json                      the same as --format json
  --out-a FILE, --out-b FILE  also write the bitext: one line per bead in each file, its sentences
                              joined with a space (stdout then stays empty unless --format is given)
  --keep-empty                with --out-a/--out-b: keep 1-0 and 0-1 beads as empty lines
  --min-score N               leave out beads that score below N (0 to 1) from every output
${lexiconLines("default A's language", "default B's language")}${HELP_LINE}
Examples:
  padanan align fixtures/flores/id/devtest-281.txt fixtures/flores/en/devtest-281.txt --presegmented
  padanan align fixtures/flores/de/devtest-293.txt fixtures/flores/fr/devtest-293.txt --format tsv
  padanan align fixtures/flores/ms/devtest-308.txt fixtures/flores/en/devtest-308.txt \\
    --min-score 0.2 --out-a ms.txt --out-b en.txt
`

/** `padanan pair --help`. */
export const PAIR_USAGE = `Usage: padanan pair PATH… [options]

Which documents translate which, in any languages: groups of the versions of one story, then pairs
with their evidence. PATH is a file, a folder of .txt/.md (subfolders too: en/, de/ … give their
files that language; ids are paths under the folder) or a .jsonl file of lines {"id","text","lang"?}.

Options:
  --json                      the result as one JSON object {"pairs","groups","unpaired"}
  --min-score N               the least score of a pair (default 0.25)
  --skip-bad                  skip and count malformed JSONL lines instead of failing
${lexiconLines('required', 'default en')}${HELP_LINE}
Examples:
  padanan pair fixtures/npc
  padanan pair fixtures/flores/de fixtures/flores/fr --json
`

/** `padanan dedup --help`. */
export const DEDUP_USAGE = `Usage: padanan dedup PATH… [options]
       padanan dedup --jsonl [options] < in.jsonl
       padanan dedup merge A.dedup B.dedup… -o OUT.dedup
       padanan dedup clusters A.dedup… [--json]

Duplicates: exact, near (edited copies), contained (excerpts) and translations; boilerplate lines
and paragraphs repeated inside a document. PATH as in padanan pair.

Options:
  --json                      the result as one JSON object {"clusters","unique","boilerplate","repeats"}
  --threshold N               word-shingle Jaccard from which documents are near duplicates
                              (0.01 to 0.99, default 0.5)
  --seed N                    seed of the MinHash signatures (0 to 4294967295, default 1)
  --num-perm N                signature length (8 to 1024, default 128); indexes merge only when
                              built with the same threshold, seed and length
  --skip-bad                  skip and count malformed JSONL lines instead of failing
  --jsonl                     streaming: stdin lines {"id","text","lang"?} → one line
                              {"id","matches":[{"id","kind","similarity"}]} per document
  --workers N                 with --jsonl: signatures in N threads (default one per core); the
                              output is the same as with --workers 1
  --save FILE                 with --jsonl: write the index (atomically), for merge and clusters
  --redis URL                 with --jsonl: an index kept in Redis that other processes may share
                              (ids must not repeat); a batch is stored whole or not at all and the
                              output lists exactly what was stored
  --prefix P                  with --redis: the key prefix of the index
  --redis-timeout S           with --redis: end with STORAGE_UNAVAILABLE when the server answers
                              nothing for S seconds while replies are awaited (default 30)
  --resume                    with --redis: skip (do not print) documents the index holds already,
                              to finish a failed run
${HELP_LINE}
Examples:
  padanan dedup fixtures/npc
  padanan dedup fixtures/npc --json --threshold 0.6 --seed 7
  padanan dedup --jsonl --workers 2 --save a.dedup < docs.jsonl > matches.jsonl
`

/** `padanan dedup merge --help`. */
export const MERGE_USAGE = `Usage: padanan dedup merge A.dedup B.dedup… -o OUT.dedup

One index from shards saved by padanan dedup --jsonl --save, built with the same options.

Options:
  -o, --output FILE           the merged index (written atomically)
${HELP_LINE}
Example:
  padanan dedup merge a.dedup b.dedup -o all.dedup
`

/** `padanan dedup clusters --help`. */
export const CLUSTERS_USAGE = `Usage: padanan dedup clusters A.dedup… [--json]
       padanan dedup clusters --redis URL [--prefix P] [--json]

The clusters of saved indexes (merged first), or of an index kept in Redis.

Options:
  --json                      {"clusters":[…],"unique":[…]} instead of the readable report
  --redis URL                 read the index kept in Redis (it must exist)
  --prefix P                  with --redis: the key prefix of the index
  --redis-timeout S           with --redis: seconds without any reply before STORAGE_UNAVAILABLE
                              (default 30)
${HELP_LINE}
Example:
  padanan dedup clusters all.dedup --json
`

/** `padanan demo --help`. */
export const DEMO_USAGE = `Usage: padanan demo [DIR]

The seed corpus (fixtures/npc in a clone of the repository, the package's demo/ corpus when
installed, or the .txt files of DIR) read, its numbers normalized, its translations paired and
aligned, its duplicates found: a tour of every command.

Options:
${HELP_LINE}
Example:
  padanan demo fixtures/npc
`

/** The flags of the number comparison, shared by check and report. */
const NUMBER_LINES = `  --ignore KINDS                 kinds left out, comma-separated (year,ordinal,…)
  --tolerance N                  relative difference accepted as rounding (0.01: 1.49 million = 1,5 juta)
  --strict-one                   count a "one" in words with no counterpart as a problem (by default it
                                 is not: other languages say an article there, "one man" / "ein Mann")
  --strict-years                 count a year with no counterpart as a problem even where the other side
                                 says "this year", "tahun lalu" (by default such a year is uncertain)
`

/** The usage of `padanan check`. */
export const CHECK_USAGE = `Usage: padanan check A B [options]
       padanan check --tsv [options] < bitext.tsv

Does a translation keep its numbers? Every number of both sides is read to one key in any language
(105 miliar yuan = 105 billion yuan); what differs is shown: a changed value (105 → 150), scale
(billion → juta), unit ($ → €) or kind, a number missing or added.

Options:
  --lang-a CODE, --lang-b CODE   languages of the two sides (detected when not given)
  --json                         A B: the result object (beads, problems, mentions with spans)
  --tsv                          read source<TAB>target lines from stdin; one JSONL line per input
                                 line: {"line","ok","missing","extra","changed"}
  --filter                       with --tsv: write only the lines that pass, unchanged; the number
                                 rejected goes to stderr
  --skip-bad                     with --tsv: skip lines without exactly one tab (counted on stderr)
${NUMBER_LINES}${HELP_LINE}
Examples:
  padanan check fixtures/npc/001_08d4fc09aac09c03.txt fixtures/npc/002_8b5633673b5c9d83.txt
  padanan check --tsv --lang-a en --lang-b id --filter < bitext.tsv > clean.tsv
`

/** The usage of `padanan report`. */
export const REPORT_USAGE = `Usage: padanan report A B [options] [-o FILE]
       padanan report PATH… [options] [-o FILE]

A review page in one HTML file (style and script inline, nothing loaded from the network: it
opens from disk or from an e-mail attachment). Two text files: side by side, sentence pair by
sentence pair (bead), with each bead's shape and score, every number marked and linked to its
counterpart, and the beads to look at (a low score, no counterpart, numbers that disagree)
flagged and listed at the top. Anything else (folders, .jsonl files, PATH as in padanan pair): the
corpus: pairs and groups, unpaired documents, duplicate clusters, boilerplate lines, and the best
pairs side by side.

Options:
  -o, --output FILE              the page, written whole or not at all (default, or -: stdout)
  --title TEXT                   the page's title
  --low N                        flag beads scoring below N (0 to 1, default 0.3)
  --lang-a CODE, --lang-b CODE   A B: languages of the two files (default: detected)
  --presegmented                 A B: one sentence per line, blank lines between paragraphs
${NUMBER_LINES}  --min-score N                  PATH: the least score of a pair, as in padanan pair (default 0.25)
  --threshold N                  PATH: near-duplicate Jaccard, as in padanan dedup (default 0.5)
  --sections N                   PATH: pairs shown side by side in the page, best first (default 50)
  --pairs-dir DIR                PATH: write a page per pair into DIR (pair-0.html … numbered as in
                                 padanan pair --json), linked from the corpus page, instead of
                                 sections: for corpora with many pairs
  --max-rows N                   PATH: rows per list (default 1000); the rest are counted
  --skip-bad                     PATH: skip and count malformed JSONL lines instead of failing
${HELP_LINE}
Keys in the page: j / k go to the next / previous flagged bead; "only problems" hides the rest.
Bead and sentence numbers are those of padanan check --json and align --json, from 0.

Examples:
  padanan report fixtures/npc/001_08d4fc09aac09c03.txt fixtures/npc/002_8b5633673b5c9d83.txt -o review.html
  padanan report fixtures/npc -o corpus.html
  padanan report fixtures/flores --pairs-dir pairs -o corpus.html
`

/** `padanan --help`: every command in a line or two. */
export const HELP = `padanan: find the same content across languages (${BUILTIN_LANGUAGES.map((p) => p.name).join(', ')})

Usage:
  padanan numbers [TEXT…] [--lang CODE] [--json]     number mentions with canonical keys
  padanan numbers --jsonl [--skip-bad] < in.jsonl    batch: lines {"id","text","lang"?} in, one line out each
  padanan align A B [--format text|json|jsonl|tsv] [--out-a FILE --out-b FILE]
                                                     sentence alignment of two files
  padanan pair PATH… [--json] [--min-score N]        which documents translate which (files, folders, .jsonl)
  padanan dedup PATH… [--json] [--threshold N] [--seed N] [--num-perm N]
                                                     exact, near, contained and translated duplicates
  padanan dedup --jsonl [--workers N] [--save FILE | --redis URL] < in.jsonl
                                                     streaming: one line of matches per document
  padanan dedup merge A.dedup B.dedup… -o OUT.dedup  one index from shards
  padanan dedup clusters A.dedup… [--json]           the clusters of saved indexes
  padanan check A B [--json]                         does a translation keep its numbers? sentence pairs
                                                     whose numbers disagree, with what changed
  padanan check --tsv [--filter] < bitext.tsv        the same per source<TAB>target line (JSONL, or the
                                                     lines that pass)
  padanan report A B [-o FILE]                       a review page (HTML): two documents side by side,
                                                     numbers checked, beads to look at flagged
  padanan report PATH… [-o FILE]                     the same for a corpus: pairs, duplicates, boilerplate
  padanan demo [DIR]                                 the seed corpus (fixtures/npc) read and normalized
  padanan --help | --version

padanan <command> --help shows a command's options and examples.
Languages (CODE): ${CODES}; detected from the text when not given.
Errors: one line on stderr, exit code 2 for bad input, 1 for an internal error.
`

/** The usage of a command named on the line (`align`, `dedup merge`), for `padanan help <command>`. */
export const USAGES: Readonly<Record<string, string>> = {
  numbers: NUMBERS_USAGE,
  align: ALIGN_USAGE,
  pair: PAIR_USAGE,
  dedup: DEDUP_USAGE,
  'dedup merge': MERGE_USAGE,
  'dedup clusters': CLUSTERS_USAGE,
  check: CHECK_USAGE,
  report: REPORT_USAGE,
  demo: DEMO_USAGE,
}
