/**
 * A spelling skeleton shared by cognates across languages: a word with its accents dropped, written
 * by one set of sound-alike rules (ph f, th t, c q k, y i, x ks, z s, doubled letters once) and cut
 * to its first six letters, so `Olympischen`, `olympiques`, `olympic` and `olimpik` share `olimpi`
 * and `Irak`, `Iraq` share `irak`. Language-free: it serves any two languages that borrow words from
 * one another (European languages, and Malay and Indonesian loans from them), with no lexicon.
 */

/** Letters kept in a skeleton: words shorter than this have none (short words collide by chance). */
export const SKELETON_MIN = 4
/** Letters of the skeleton kept: the stem of most cognates, before the languages' endings differ. */
export const SKELETON_LENGTH = 6

const PLAIN = /^[a-z]+$/

/**
 * The skeleton of a lowercased word, or null for a word that has none (shorter than four letters,
 * or holding other than letters). Not cached: its caller (the pivot) caches the concept made from it.
 *
 * @example
 * skeleton('olympischen') //=> 'olimpi'
 * skeleton('olympiques') //=> 'olimpi'
 * skeleton('irak') === skeleton('iraq') //=> true
 * skeleton('ab') //=> null
 */
export function skeleton(word: string): string | null {
  // Most words are plain a–z already: the normalization is the costliest step, and changes nothing there.
  let plain = word
  if (!PLAIN.test(word)) {
    plain = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe')
    if (!PLAIN.test(plain)) return null
  }
  let out = ''
  for (let i = 0; i < plain.length && out.length < SKELETON_LENGTH; i++) {
    const c = plain[i]!
    const next = plain[i + 1]
    let w: string
    if ((c === 'p' || c === 't') && next === 'h') {
      w = c === 'p' ? 'f' : 't'
      i++
    } else if (c === 'q' && next === 'u') {
      w = 'k'
      i++
    } else if (c === 'c' || c === 'q') w = 'k'
    else if (c === 'y') w = 'i'
    else if (c === 'z') w = 's'
    else if (c === 'x') w = 'ks'
    else w = c
    // Doubled letters once: the languages double different ones (commission, Kommission, komisi).
    if (out.length && out[out.length - 1] === w[0]) w = w.slice(1)
    out += w
  }
  out = out.slice(0, SKELETON_LENGTH)
  return out.length >= SKELETON_MIN ? out : null
}
