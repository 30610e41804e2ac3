import { detectAmong, type Detection } from '../core/detect.js'
import { knownLanguages } from '../langs/index.js'
import type { LanguagePack } from '../types.js'

export type { Detection }

/**
 * Detect the language of a text from each pack's frequent function words (`yang`, `dan` / `the`, `of`).
 * Pack-driven, so a new pack is detected without code changes; a pack with a script of its own (zh `Han`)
 * also scores its characters, one marker for two. Text with no marker word at all
 * gets confidence 0 and the first candidate pack.
 *
 * @example
 * detectLanguage('Xiaomi berencana berinvestasi dalam penelitian dan pengembangan').lang //=> 'id'
 */
export function detectLanguage(text: string, candidates: readonly LanguagePack[] = knownLanguages()): Detection {
  return detectAmong(text, candidates)
}
