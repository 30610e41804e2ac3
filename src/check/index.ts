/**
 * Checking a translation: the two documents aligned sentence by sentence, and the numbers of each
 * bead compared, so that a problem points at the sentences where it is.
 */
import { alignSentences, type AlignOptions } from '../align/index.js'
import { compareMentions, settings, type CompareNumbersOptions, type NumberComparison } from '../numbers/compare.js'
import { relativeYearCount } from '../numbers/index.js'
import { prepare } from '../read/prepare.js'
import type { Doc } from '../types.js'

/** One bead of {@link checkTranslation}: its sentences (indices) and their numbers compared. */
export interface CheckedBead {
  readonly a: readonly number[]
  readonly b: readonly number[]
  /** The aligner's score of the bead (0 for 1-0 and 0-1 beads). */
  readonly score: number
  readonly numbers: NumberComparison
}

/** The result of {@link checkTranslation}. */
export interface TranslationCheck {
  /** No bead with a number missing, extra or changed. */
  readonly ok: boolean
  /** Every bead of the alignment, in order. */
  readonly beads: readonly CheckedBead[]
  /** The beads whose numbers disagree. */
  readonly problems: readonly CheckedBead[]
  /** The two documents as read (sentences, numbers with their spans), to show the problems in context. */
  readonly docA: Doc
  readonly docB: Doc
}

export interface CheckTranslationOptions extends CompareNumbersOptions {
  /** A lexicon for the alignment (see alignSentences). */
  readonly lexicon?: AlignOptions['lexicon']
}

/**
 * Check a translation sentence by sentence: the two documents are aligned (alignSentences) and the
 * numbers of each bead compared (compareNumbers), so a problem points at the sentences where it is.
 *
 * @throws PadananError `BAD_INPUT`, `BAD_OPTIONS`, `UNKNOWN_LANGUAGE`
 * @example
 * const r = checkTranslation(englishArticle, indonesianArticle, { langA: 'en', langB: 'id' })
 * r.problems.map((p) => p.numbers.changed.map((c) => `${c.a.text} → ${c.b.text}: ${c.why}`))
 * //=> [ [ '105 billion yuan → 105 juta yuan: scale' ] ]
 */
export function checkTranslation(a: string | Doc, b: string | Doc, options: CheckTranslationOptions = {}): TranslationCheck {
  const { tolerance, ignore, strictOne, relativeYears } = settings(options)
  const docA = typeof a === 'string' ? prepare(a, options.langA === undefined ? {} : { lang: options.langA }) : a
  const docB = typeof b === 'string' ? prepare(b, options.langB === undefined ? {} : { lang: options.langB }) : b
  const al = alignSentences(docA, docB, options.lexicon === undefined ? {} : { lexicon: options.lexicon })
  const beads = al.beads.map((bead) => ({
    a: bead.a,
    b: bead.b,
    score: bead.score,
    numbers: compareMentions(
      bead.a.flatMap((i) => docA.sentences[i]!.numbers),
      bead.b.flatMap((j) => docB.sentences[j]!.numbers),
      tolerance,
      ignore,
      strictOne,
      relativeYears
        ? {
            a: () => relativeYearCount(bead.a.map((i) => docA.sentences[i]!.text).join(' '), docA.lang),
            b: () => relativeYearCount(bead.b.map((j) => docB.sentences[j]!.text).join(' '), docB.lang),
          }
        : undefined,
    ),
  }))
  const problems = beads.filter((x) => !x.numbers.ok)
  return { ok: problems.length === 0, beads, problems, docA, docB }
}

