/**
 * The options of a streaming index (createDedupIndex, openDedupIndex, a saved file's header, a
 * worker thread's): checks, defaults, and the header that says which indexes agree.
 */
import { PadananError } from '../errors.js'
import type { LshParams } from './lsh.js'
import { resolveOptions, type DedupOptions, type Resolved } from './options.js'
import type { DedupStorage } from './storage.js'

/** Options of {@link createDedupIndex}: those of findDuplicates plus the storage. */
export interface DedupIndexOptions extends Omit<DedupOptions, 'onProgress'> {
  /** Storage backend by name. Default `'memory'`; an unknown name is `BAD_OPTIONS`. */
  readonly backend?: string
  /** A storage object to use instead of a named backend (must be empty). */
  readonly storage?: DedupStorage
  /**
   * Estimated concept Jaccard from which two documents in different languages are reported as
   * translations (unverified: the index keeps no text). Default 0.22 (bench: translations 0.2 at the
   * 5th percentile, unrelated pairs 0.1 at the 99.9th). Used only when `translation` is set: the
   * index finds no translations by default.
   */
  readonly crossAccept?: number
}

const DEFAULT_CROSS_ACCEPT = 0.22

/** Resolved options of an index, shared by the sync, async and worker code. */
export interface Settings {
  readonly o: Resolved
  readonly crossAccept: number
  readonly lines: readonly string[]
}

/**
 * Check index options and fill in defaults (translations off unless asked).
 *
 * @throws PadananError `BAD_OPTIONS`
 * @example
 * indexSettings({ threshold: 0.6 }).o.threshold //=> 0.6
 */
export function indexSettings(options: DedupIndexOptions): Settings {
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  // Translations are opt-in here: without corpus-wide concept frequencies (findDuplicates drops
  // concepts in > 2% of documents) unrelated news shares common concepts, so each add meets ~5% of
  // the index as translation candidates, and nothing verifies them.
  const o = resolveOptions({ ...options, translation: options.translation ?? false })
  const crossAccept = options.crossAccept ?? DEFAULT_CROSS_ACCEPT
  if (typeof crossAccept !== 'number' || !(crossAccept > 0 && crossAccept <= 1)) throw new PadananError('BAD_OPTIONS', 'crossAccept must be a number in (0, 1]', { field: 'crossAccept' })
  return { o, crossAccept, lines: o.lines }
}

/**
 * What defines an index's records and matches (all options but the lexicon and the storage): two
 * indexes merge, and processes share a Redis index, only when these agree.
 *
 * @example
 * settingsHeader(indexSettings({})).seed //=> 1
 */
export function settingsHeader(s: Settings): Record<string, unknown> {
  const o = s.o
  return {
    threshold: o.threshold,
    shingleSize: o.shingleSize,
    numPerm: o.numPerm,
    seed: o.seed,
    method: o.method,
    params: o.paramsGiven ? o.near : undefined,
    containment: o.containment,
    translation: o.translation,
    crossAccept: s.crossAccept,
    boilerplate: o.boilerplate ? { lines: s.lines, shape: o.shape } : false,
  }
}

/**
 * Index options from a header (a saved file's or a Redis index's).
 *
 * @example
 * indexSettings(headerOptions(settingsHeader(s))) // the same settings as s (but the lexicon)
 */
export function headerOptions(h: Record<string, unknown>): DedupIndexOptions {
  return {
    threshold: h.threshold as number,
    shingleSize: h.shingleSize as number,
    numPerm: h.numPerm as number,
    seed: h.seed as number,
    method: h.method as 'oph',
    params: h.params as LshParams,
    containment: h.containment as number | false,
    translation: h.translation as number | false,
    crossAccept: h.crossAccept as number,
    boilerplate: h.boilerplate as false,
  }
}

/**
 * The options that differ between two headers, for error messages.
 *
 * @example
 * describeDiff({ seed: 1 }, { seed: 2 }) //=> 'seed 1 vs 2'
 */
export function describeDiff(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${JSON.stringify(a[k]) ?? 'unset'} vs ${JSON.stringify(b[k]) ?? 'unset'}`)
    .join(', ')
}
