// The German Snowball stemmer exactly as natural's PorterStemmerDe runs it, written for padanan
// with plain character tests instead of natural's twenty-odd regular expressions per word. It is a
// complete replacement: every string gets natural's stem, so natural is not needed at run time.
// test/langs/de-stemmer.test.ts checks both give the same stem on real and generated words
// (natural is the oracle). natural's particulars are kept on purpose:
// - u and y between vowels are marked (made non-vowels) one match after another, never
//   overlapping, and y is marked only after u: a marked U is no longer a vowel next to a y;
// - ß becomes ss after that marking; ae, oe, ue are not folded into umlauts;
// - vowels are only lowercase a e i o u y ä ö ü: anything else (digits, hyphens, uppercase
//   letters, accented letters such as é) is a non-vowel, and the st-ending's three letters before
//   may be any characters but a line break;
// - the umlauts are folded (ä → a, ö → o, ü → u) on output, and every uppercase U and Y, marked or
//   in the input, comes out lowercase.

const E = 101
const M = 109
const N = 110
const R = 114
const S = 115
const T = 116
const UPPER_U = 85
const UPPER_Y = 89

/** Lowercase a e i o u y ä ö ü: natural's only vowels. */
const VOWEL = new Uint8Array(256)
for (const c of 'aeiouyäöü') VOWEL[c.charCodeAt(0)] = 1
/** Letters that may stand before an s that step 1 removes. */
const S_ENDING = new Uint8Array(128)
for (const c of 'bdfghklmnrt') S_ENDING[c.charCodeAt(0)] = 1
/** Letters that may stand before an st that step 2 removes (the s-endings without r). */
const ST_ENDING = new Uint8Array(128)
for (const c of 'bdfghklmnt') ST_ENDING[c.charCodeAt(0)] = 1

const isVowel = (c: number): boolean => c < 256 && VOWEL[c] === 1
// natural's `.` does not match these, so they cannot be among the st-ending's three characters.
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029

/**
 * `target` (u or y) between two vowels replaced by `upper`, taking the matches left to right
 * without overlap: after a match the search goes on behind its second vowel, as a global regex
 * replace does, so in "aueue" only the first u is marked.
 */
function markBetweenVowels(w: string, target: number, upper: string): string {
  let out = ''
  let from = 0
  let i = 0
  while (i + 2 < w.length) {
    if (w.charCodeAt(i + 1) === target && isVowel(w.charCodeAt(i)) && isVowel(w.charCodeAt(i + 2))) {
      out += w.slice(from, i + 1) + upper
      from = i + 2
      i += 3
    } else i++
  }
  return from === 0 ? w : out + w.slice(from)
}

/** The start of the first vowel followed by a non-vowel at or after `from`, plus 2; -1 if none. */
function regionAfter(w: string, from: number): number {
  for (let i = from; i + 1 < w.length; i++) {
    if (isVowel(w.charCodeAt(i)) && !isVowel(w.charCodeAt(i + 1))) return i + 2
  }
  return -1
}

/** Whether w[0..n) ends with `suffix`. */
function endsAt(w: string, n: number, suffix: string): boolean {
  const k = n - suffix.length
  return k >= 0 && w.startsWith(suffix, k)
}

/** Whether a character other than e stands before k: ig, ik and isch count only there. */
const afterNonE = (w: string, k: number): boolean => k >= 1 && w.charCodeAt(k - 1) !== E

// Step 3 endings, by the action taken after their removal.
const D_END = 1
const D_IG = 2
const D_LICH = 3
const D_KEIT = 4

/** The output form of a marked U/Y (lowercased) or an umlaut (folded). */
function folded(c: number): string {
  if (c === UPPER_U || c === 252) return 'u'
  if (c === UPPER_Y) return 'y'
  if (c === 228) return 'a'
  if (c === 246) return 'o'
  return ''
}

/** w[0..n) in its output form; a plain slice when nothing needs folding (most words). */
function unmark(w: string, n: number): string {
  let out = ''
  let from = 0
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i)
    if (c !== UPPER_U && c !== UPPER_Y && c !== 228 && c !== 246 && c !== 252) continue
    out += w.slice(from, i) + folded(c)
    from = i + 1
  }
  return from === 0 ? w.slice(0, n) : out + w.slice(from, n)
}

/**
 * natural's PorterStemmerDe stem of a word (meant for lowercased tokens, but any string works):
 * the German Snowball steps with natural's handling of ß, umlauts, u/y between vowels, and of
 * characters that are not German letters, which are kept and count as non-vowels.
 *
 * @example
 * germanStem('bedürfnissen') //=> 'bedurfnis'
 * germanStem('möglichkeiten') //=> 'moglich'
 * germanStem('straße') //=> 'strass'
 */
export function germanStem(word: string): string {
  let w = markBetweenVowels(markBetweenVowels(word, 117, 'U'), 121, 'Y')
  if (w.includes('ß')) w = w.replaceAll('ß', 'ss')
  let n = w.length

  // R1 and R2 of the whole word; R1 then starts no earlier than the fourth character.
  let r1 = regionAfter(w, 0)
  const r2 = r1 === -1 ? -1 : regionAfter(w, r1)
  if (r1 !== -1 && r1 < 3) r1 = 3

  if (r1 !== -1) {
    // Step 1: the longest of ern; em, er, en, es; e; s after a valid s-ending, removed in R1.
    // (charCodeAt before the start is NaN, which matches nothing.)
    let p = -1
    let plural = false // e, en, es: a niss left before them loses its s
    const c1 = w.charCodeAt(n - 1)
    const c2 = w.charCodeAt(n - 2)
    if (c1 === N && c2 === R && w.charCodeAt(n - 3) === E) p = n - 3
    else if ((c1 === M || c1 === R) && c2 === E) p = n - 2
    else if ((c1 === N || c1 === S) && c2 === E) {
      p = n - 2
      plural = true
    } else if (c1 === E) {
      p = n - 1
      plural = true
    } else if (c1 === S && c2 < 128 && S_ENDING[c2] === 1) p = n - 1
    if (p >= r1) {
      n = p
      if (plural && endsAt(w, n, 'niss')) n--
    }

    // Step 2: the longest of est; en, er; st after a valid st-ending with three characters before it.
    p = -1
    const d1 = w.charCodeAt(n - 1)
    const d2 = w.charCodeAt(n - 2)
    const d3 = w.charCodeAt(n - 3)
    if (d1 === T && d2 === S && d3 === E) p = n - 3
    else if ((d1 === N || d1 === R) && d2 === E) p = n - 2
    else if (d1 === T && d2 === S && d3 < 128 && ST_ENDING[d3] === 1 && n >= 6 && !isLineBreak(w.charCodeAt(n - 4)) && !isLineBreak(w.charCodeAt(n - 5)) && !isLineBreak(w.charCodeAt(n - 6))) p = n - 2
    if (p >= r1) n = p
  }

  if (r2 !== -1) {
    // Step 3: derivational endings, removed in R2, then what may stand before them.
    let p = -1
    let kind = 0
    if (endsAt(w, n, 'end') || endsAt(w, n, 'ung')) {
      p = n - 3
      kind = D_END
    } else if ((endsAt(w, n, 'ig') || endsAt(w, n, 'ik')) && afterNonE(w, n - 2)) {
      p = n - 2
      kind = D_IG
    } else if (endsAt(w, n, 'isch') && afterNonE(w, n - 4)) {
      p = n - 4
      kind = D_IG
    } else if (endsAt(w, n, 'lich') || endsAt(w, n, 'heit')) {
      p = n - 4
      kind = D_LICH
    } else if (endsAt(w, n, 'keit')) {
      p = n - 4
      kind = D_KEIT
    }
    if (p !== -1 && p >= r2) {
      n = p
      if (kind === D_END) {
        if (endsAt(w, n, 'ig') && afterNonE(w, n - 2) && n - 2 >= r2) n -= 2
      } else if (kind === D_LICH) {
        if ((endsAt(w, n, 'er') || endsAt(w, n, 'en')) && n - 2 >= r1) n -= 2
      } else if (kind === D_KEIT) {
        if (endsAt(w, n, 'lich')) {
          if (n - 4 >= r2) n -= 4
        } else if (endsAt(w, n, 'ig') && n - 2 >= r2) n -= 2
      }
    }
  }
  return unmark(w, n)
}
