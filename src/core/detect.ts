// Language detection by each candidate's marker words (and script), below the packs: the number reader
// detects with it too.
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
 * The language of a text among candidates that have a code and detection markers, scored as
 * `detectLanguage` (src/read/detect.ts) describes: it detects among the packs, the number reader among
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
