import { knownLanguages } from '../langs/index.js'
import type { LanguageCode, LanguagePack } from '../types.js'
import { normalizeToken, tokenize } from './tokenize.js'

/** The detected language and how sure the detector is (share of marker hits won by the best pack, 0–1). */
export interface Detection {
  readonly lang: LanguageCode
  readonly confidence: number
  readonly scores: Readonly<Record<string, number>>
}

const markerSets = new WeakMap<object, Set<string>>()
const scriptRes = new Map<string, RegExp>()

/** Characters of a Unicode script (zh `Han`) in the text, halved: about one word in a script without spaces. */
function scriptScore(text: string, script: string): number {
  let re = scriptRes.get(script)
  if (!re) scriptRes.set(script, (re = new RegExp(`\\p{Script=${script}}`, 'gu')))
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) !== null) n++
  return Math.ceil(n / 2)
}

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

/**
 * {@link detectLanguage} among anything with a code and markers: the number reader detects among
 * the core's grammars without loading the packs.
 *
 * @example
 * detectAmong('the price rose', [{ code: 'en', detect: { markers: ['the'] } }]).lang //=> 'en'
 */
export function detectAmong(text: string, candidates: readonly Pick<LanguagePack, 'code' | 'detect'>[]): Detection {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text
  const toks = tokenize(head).map((t) => normalizeToken(t.text))
  const scores: Record<string, number> = {}
  let best = candidates[0]!
  let bestScore = -1
  let total = 0
  for (const p of candidates) {
    let set = markerSets.get(p)
    if (!set) markerSets.set(p, (set = new Set(p.detect?.markers ?? [])))
    let n = 0
    for (const t of toks) if (set.has(t)) n++
    if (p.detect?.script) n += scriptScore(head, p.detect.script)
    scores[p.code] = n
    total += n
    if (n > bestScore) {
      best = p
      bestScore = n
    }
  }
  return { lang: best.code, confidence: total === 0 ? 0 : bestScore / total, scores }
}
