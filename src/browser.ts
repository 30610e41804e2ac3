/**
 * padanan's core: everything that runs in any JavaScript runtime (browsers, workers, Deno, Node),
 * with no Node built-in and no file, worker or network access. Bundlers that target browsers get
 * this entry for `padanan` (the `browser` condition); in Node, `padanan` is this plus padanan/node.
 */
export { PadananError, isPadananError, type PadananErrorCode } from './errors.js'
export type { Doc, LanguageCode, LanguagePack, NumberGrammar, NumberKind, NumberMention, Paragraph, Sentence, Token } from './types.js'
export { defineLanguagePack } from './langs/define.js'
export { builtins, knownLanguages, registerLanguage, resolveLanguage, type LanguageInput } from './langs/index.js'
export { id, idEnLexicon } from './langs/id/index.js'
export { en } from './langs/en/index.js'
export { prepare, type PrepareOptions } from './read/prepare.js'
export { detectLanguage, type Detection } from './read/detect.js'
export { extractNumbers } from './numbers/index.js'
export { compareNumbers, type CompareNumbersOptions, type NumberChange, type NumberComparison } from './numbers/compare.js'
export { checkTranslation, type CheckedBead, type CheckTranslationOptions, type TranslationCheck } from './check/index.js'
export { mentionKey, formatNumber } from './numbers/canonical.js'
export { MAX_TEXT_LENGTH } from './core/limits.js'
export { alignSentences, type AlignInput, type AlignOptions, type Alignment, type AlignWeights, type Bead } from './align/index.js'
export { createLexicon, type CreateLexiconOptions, type Lexicon } from './lexicon/lexicon.js'
export { pairDocuments, translationScore, type DocPair, type PairEvidence, type PairInput, type PairOptions, type PairResult, type TranslationGroup, type GroupEvidence } from './pair/index.js'
export { parseLexicon, LEXICON_FORMATS, type LexiconFormat, type LoadLexiconOptions, type ParseLexiconOptions } from './lexicon/parse.js'
export { CognateIndex, createCognateIndex, type CognateMatch, type CognateIndexOptions } from './lexicon/cognates.js'
export { findDuplicates, type DedupResult, type DuplicateCluster, type DuplicateLink } from './dedup/find.js'
export type { DedupInput } from './dedup/features.js'
export type { DedupOptions, DuplicateKind, TranslationCandidate } from './dedup/options.js'
export type { BoilerplateLine, RepeatedParagraph } from './dedup/boilerplate.js'
export { optimalLshParams, type LshParams, type LshWeights } from './dedup/lsh.js'
export { renderReport, type CorpusReportInput, type PairPage, type PairReportInput, type ReportDoc, type ReportInput, type ReportOptions } from './report/index.js'
