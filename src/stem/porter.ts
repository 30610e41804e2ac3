// The Porter stemmer exactly as natural's PorterStemmer runs it, without its regular expressions:
// natural rebuilds the consonant–vowel pattern of a word with three regex passes several times per
// word (~5 µs a word). English prepare() stems every distinct word, and alignment stems every
// distinct Indonesian word too (a name or loanword is the same concept in both languages), so this
// is a visible share of a first call. Like natural, any character but a e i o u y is a consonant.
// test/langs/en-stemmer.test.ts checks that both give the same stem on real and generated words.
// natural's particulars are kept on purpose: y after a consonant run is a vowel, a measure can be a
// half (a y-vowel next to a vowel run), step 2 and 3 patterns apply one after another.

const isAeiou = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117
const Y = 121

// natural's categorizeGroups(w): runs of consonants followed by y become "CV", runs of a e i o u
// become "V", runs of anything else "C". Only its length, first and last symbols and whether it
// has a V are ever used, so they are counted in one pass instead of built as a string.
let gCount = 0
let gFirstC = false
let gLastV = false
/** Number of V symbols. */
let gVowels = 0
const C = 1
const V_LETTERS = 2
const V_Y = 3

function scanGroups(w: string): void {
  let count = 0
  let last = 0
  let firstC = false
  let vowels = 0
  const n = w.length
  let i = 0
  while (i < n) {
    const c = w.charCodeAt(i)
    if (isAeiou(c)) {
      // A vowel run is one V, but not joined to a y read as a vowel just before it.
      if (last !== V_LETTERS) {
        count++
        vowels++
        last = V_LETTERS
      }
      i++
    } else if (c === Y) {
      // A y not right after a consonant run stays a consonant.
      if (last !== C) {
        if (count === 0) firstC = true
        count++
        last = C
      }
      i++
    } else {
      let j = i + 1
      while (j < n && !isAeiou(w.charCodeAt(j)) && w.charCodeAt(j) !== Y) j++
      if (last !== C) {
        if (count === 0) firstC = true
        count++
        last = C
      }
      if (j < n && w.charCodeAt(j) === Y) {
        // "CV": the run's C (joined to a C before it), then the y as a V of its own.
        count++
        vowels++
        last = V_Y
        i = j + 1
      } else i = j
    }
  }
  gCount = count
  gFirstC = firstC
  gLastV = last === V_LETTERS || last === V_Y
  gVowels = vowels
}

/** Whether natural's categorizeGroups(w) has a V. */
function hasVowelGroup(w: string): boolean {
  scanGroups(w)
  return gVowels > 0
}

/** natural's measure: the VC count, -1 for no word (null or ''); a half where a y-vowel meets a vowel run. */
function measure(w: string | null): number {
  if (!w) return -1
  scanGroups(w)
  let len = gCount
  if (gFirstC) len--
  // (A lone C group ends in C, so a V end never meets an empty rest.)
  if (gLastV) len--
  return len / 2
}

/** natural's categorizeChars(w)[k]: a e i o u and a y right after another consonant are V, the rest C. */
function isCharV(w: string, k: number): boolean {
  const c = w.charCodeAt(k)
  if (isAeiou(c)) return true
  if (c !== Y || k === 0) return false
  const p = w.charCodeAt(k - 1)
  return !isAeiou(p) && p !== Y
}

/** Whether categorizeChars(w) read from position k holds C, V, C. */
function cvcAt(w: string, k: number): boolean {
  return k >= 0 && k + 3 <= w.length && !isCharV(w, k) && isCharV(w, k + 1) && !isCharV(w, k + 2)
}

/** Replace `suffix` at the end of w by `by`; null when w does not end with it. */
function replaceEnd(w: string, suffix: string, by: string): string | null {
  return w.endsWith(suffix) ? w.slice(0, w.length - suffix.length) + by : null
}

/** Each [suffix, replacement] in turn, when the original word without the suffix measures over `min`. */
function replacePatterns(w: string, patterns: readonly (readonly [string, string])[], min: number): string {
  let out = w
  for (const [suffix, by] of patterns) {
    if (measure(replaceEnd(w, suffix, '')) > min) out = replaceEnd(out, suffix, by) || out
  }
  return out || w
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]
const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]
// Longest first: natural's lazy ^(.+?)(…)$ takes the longest of these endings.
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'al', 'er', 'ic', 'ou']
const STEP1B: readonly (readonly [string, string])[] = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
]

function step1a(w: string): string {
  if (w.endsWith('sses') || w.endsWith('ies')) return w.slice(0, -2)
  if (w.endsWith('s') && w[w.length - 2] !== 's' && w.length > 2) return w.slice(0, -1)
  return w
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w
  const r = w.endsWith('ed') ? w.slice(0, -2) : w.endsWith('ing') ? w.slice(0, -3) : null
  if (!r || !hasVowelGroup(r)) return w
  let out = r
  for (const [suffix, by] of STEP1B) out = replaceEnd(out, suffix, by) || out
  if (out !== r) return out
  const n = r.length
  const last = r.charCodeAt(n - 1)
  // A double consonant (y counts as one) other than ll, ss, zz loses a letter.
  if (n >= 2 && last === r.charCodeAt(n - 2) && !isAeiou(last) && last !== 108 && last !== 115 && last !== 122) return r.slice(0, -1)
  if (measure(r) === 1 && cvcAt(r, n - 3) && last !== 119 && last !== 120 && last !== Y) return r + 'e'
  return r
}

function step1c(w: string): string {
  if (!w.endsWith('y')) return w
  // A V among the groups before the last one: the groups have a V, and more than the last.
  scanGroups(w)
  return (gLastV ? gVowels > 1 : gVowels > 0) ? w.slice(0, -1) + 'i' : w
}

function step4(w: string): string {
  for (const suffix of STEP4) {
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const r = w.slice(0, w.length - suffix.length)
      if (measure(r) > 1) return r
      break
    }
  }
  if (w.length > 4 && (w.endsWith('sion') || w.endsWith('tion'))) {
    const r = w.slice(0, -3)
    if (measure(r) > 1) return r
  }
  return w
}

function step5a(w: string): string {
  const bare = w.endsWith('e') ? w.slice(0, -1) : w
  const m = measure(bare)
  if (m > 1) return bare
  if (m === 1) {
    // categorizeChars(w).substr(-4, 3) === 'CVC' and /[^wxy].$/.
    const beforeLast = w.charCodeAt(w.length - 2)
    const cvc = cvcAt(w, Math.max(0, w.length - 4)) && w.length >= 2 && beforeLast !== 119 && beforeLast !== 120 && beforeLast !== Y
    if (!cvc) return bare
  }
  return w
}

function step5b(w: string): string {
  return measure(w) > 1 && w.endsWith('ll') ? w.slice(0, -1) : w
}

/**
 * natural's PorterStemmer on any word, lowercased first: the same stem, without natural.
 *
 * @example
 * porterStem('technologies') //=> 'technolog'
 * porterStem('R&D') //=> 'r&d'
 */
export function porterStem(word: string): string {
  if (word.length < 3) return word
  // As natural: any character but a e i o u y is a consonant, and the word is lowercased first.
  word = word.toLowerCase()
  return step5b(step5a(step4(replacePatterns(replacePatterns(step1c(step1b(step1a(word))), STEP2, 0), STEP3, 0))))
}
