/**
 * padanan: find the same content across languages.
 * Public API only; everything here is documented where it is declared.
 */
export { PadananError, isPadananError, type PadananErrorCode } from './errors.js'
export type { Doc, LanguageCode, LanguagePack, NumberGrammar, NumberKind, NumberMention, Paragraph, Sentence, Token } from './types.js'
export { defineLanguagePack } from './define.js'
export { naturalStemmer, type NaturalStemmerName } from './stem/natural.js'
export { builtins, knownLanguages, resolveLanguage, type LanguageInput } from './langs/index.js'
export { id, idEnLexicon } from './langs/id/index.js'
export { en } from './langs/en/index.js'
export { prepare, type PrepareOptions } from './core/prepare.js'
export { detectLanguage, type Detection } from './core/detect.js'
export { extractNumbers } from './numbers/index.js'
export { compareNumbers, type CompareNumbersOptions, type NumberChange, type NumberComparison } from './numbers/compare.js'
export { checkTranslation, type CheckedBead, type CheckTranslationOptions, type TranslationCheck } from './check/index.js'
export { mentionKey, formatNumber } from './numbers/canonical.js'
export { MAX_TEXT_LENGTH } from './core/limits.js'
export { alignSentences, type AlignInput, type AlignOptions, type Alignment, type AlignWeights, type Bead } from './align/index.js'
export { createLexicon, type CreateLexiconOptions, type Lexicon } from './lexicon/lexicon.js'
export { pairDocuments, translationScore, type DocPair, type PairEvidence, type PairInput, type PairOptions, type PairResult, type TranslationGroup, type GroupEvidence } from './pair/index.js'
export { loadLexicon, parseLexicon, LEXICON_FORMATS, type LexiconFormat, type LoadLexiconOptions, type ParseLexiconOptions } from './lexicon/load.js'
export { CognateIndex, createCognateIndex, type CognateMatch, type CognateIndexOptions } from './lexicon/cognates.js'
export {
  findDuplicates,
  createDedupIndex,
  loadDedupIndex,
  mergeDedupIndexes,
  openDedupIndex,
  createStorage,
  optimalLshParams,
  DEDUP_INDEX_VERSION,
  type DedupResult,
  type DuplicateCluster,
  type DuplicateLink,
  type DedupInput,
  type DedupOptions,
  type TranslationCandidate,
  type DuplicateKind,
  type BoilerplateLine,
  type RepeatedParagraph,
  type LshParams,
  type LshWeights,
  type DedupIndex,
  type DedupIndexOptions,
  type DedupMatch,
  type DedupMatches,
  type DedupStorage,
  type StoredDoc,
  type AsyncDedupIndex,
  type OpenDedupIndexOptions,
  type DedupStorageConfig,
  type IndexClusters,
} from './dedup/index.js'
