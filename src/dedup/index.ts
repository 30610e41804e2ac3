/**
 * Near-duplicate detection: the public surface of src/dedup. Exact, near, contained and
 * cross-lingual duplicates in one call (findDuplicates), or a streaming index that can be saved,
 * resumed and merged (createDedupIndex, loadDedupIndex, mergeDedupIndexes), in memory or shared
 * through Redis (openDedupIndex).
 */
export { findDuplicates, type DedupResult } from './find.js'
export type { DuplicateCluster, DuplicateLink, IndexClusters } from './clusters.js'
export type { DedupInput } from './features.js'
export type { DedupOptions, DuplicateKind, TranslationCandidate } from './options.js'
export type { BoilerplateLine, RepeatedParagraph } from './boilerplate.js'
export { optimalLshParams, type LshParams, type LshWeights } from './lsh.js'
export { createDedupIndex, loadDedupIndex, mergeDedupIndexes, type DedupIndex } from './stream.js'
export { DEDUP_INDEX_VERSION } from './index-file.js'
export type { DedupIndexOptions } from './settings.js'
export type { DedupMatch, DedupMatches } from './match.js'
export { openDedupIndex, type AsyncDedupIndex, type OpenDedupIndexOptions, type DedupStorageConfig } from './async.js'
export { createStorage, type DedupStorage, type StoredDoc } from './storage.js'

// Internal: what the padanan command line (src/cli) needs beyond the API above, for its JSONL
// streams and their worker threads. Not part of the package API: src/index.ts, src/browser.ts and
// src/node.ts do not export these.
export { alreadyAdded, SyncIndex } from './stream.js'
export { headerOptions, indexSettings, settingsHeader } from './settings.js'
export { Recorder } from './record.js'
export type { RedisStreamIndex } from './async.js'
