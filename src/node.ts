/**
 * padanan/node: the parts of padanan that need Node: lexicons read from files, the streaming dedup
 * index (saved to and loaded from files, shared through Redis, fed by worker threads) and natural's
 * stemmers. `padanan` in Node exports these too; this entry names them for code that also runs
 * elsewhere and keeps its Node-only imports apart.
 */
export { naturalStemmer, type NaturalStemmerName } from './stem/natural.js'
export { loadLexicon } from './lexicon/load.js'
export { createDedupIndex, loadDedupIndex, mergeDedupIndexes, type DedupIndex } from './dedup/stream.js'
export { DEDUP_INDEX_VERSION } from './dedup/index-file.js'
export type { DedupIndexOptions } from './dedup/settings.js'
export type { DedupMatch, DedupMatches } from './dedup/match.js'
export { openDedupIndex, type AsyncDedupIndex, type OpenDedupIndexOptions, type DedupStorageConfig } from './dedup/async.js'
export type { IndexClusters } from './dedup/clusters.js'
export { createStorage, type DedupStorage, type StoredDoc } from './dedup/storage.js'
