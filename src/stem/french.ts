// The French Snowball (Porter) stemmer exactly as natural's PorterStemmerFr runs it, written for
// padanan so that stemming French needs no `natural` at run time. natural stays the oracle:
// test/langs/fr-stemmer.test.ts checks that both give the same stem on real and generated words.
// natural slices a fresh string out of the word for every region and every candidate ending; here
// the regions are offsets, an ending is looked up among the few that share its last letter, and a
// string is only made when the word changes.
//
// natural's particulars are kept on purpose, as they decide stems:
// - the prelude reads the original letters, so a marked u or y does not stop the i after it from
//   being marked too (`expliquions` → expliqUIons, kept whole as `expliquion`; Snowball marks
//   qUions and gives `expliqu`; likewise `envoyions` → `envoyion`);
// - RV of a three-letter word starting with two vowels begins after its second letter, not its
//   third (`aïe` → `aï`);
// - step 1 is one chain of tests in natural's order, the first matching test ends it even when it
//   changes nothing; -ication/-icateur/-icatrice become iqU whenever the whole ending is not in R2,
//   even when -ation is not in R2 either (`fication` → `fiqu`);
// - step 4's rules follow one another, so e then ë can both go (`aiguëe` → `aigu`);
// - step 6 never unaccents the first letter;
// - '' is stemmed as the word 'undefined' (natural's prelude appends token[0], undefined).
// Apostrophes, hyphens, digits and any other character are simply non-vowels: natural has no
// elision rule, `l'homme` is stemmed as one word.

/** The vowels of French Snowball; all are Latin-1. Marked U, I, Y are not vowels. */
const VOWEL = new Uint8Array(256)
for (const c of 'aeiouyâàëéêèïîôûù') VOWEL[c.charCodeAt(0)] = 1

/** Whether t[i] is a vowel; false past either end. */
function isVowel(t: string, i: number): boolean {
  const c = t.charCodeAt(i)
  return c < 256 && VOWEL[c] === 1
}

const LOWER_I = 105
const LOWER_U = 117
const LOWER_Y = 121
const LOWER_Q = 113
const UPPER_I = 73
const UPPER_U = 85
const UPPER_Y = 89

/** A list of endings grouped by last letter, longest first, so a word is compared with few of them. */
type Endings = readonly (readonly string[] | undefined)[]

function endings(list: string): Endings {
  const byLast: string[][] = []
  for (const s of list.split(' ')) {
    const c = s.charCodeAt(s.length - 1)
    if (c >= 256) throw new Error(`ending ${s} does not end in Latin-1`)
    const group = byLast[c] ?? (byLast[c] = [])
    group.push(s)
  }
  for (const g of byLast) g?.sort((a, b) => b.length - a.length)
  return byLast
}

/**
 * The longest of `set` that ends t and starts at or after offset `from` (its region), or ''.
 * natural takes the longest ending found inside the region, so a shorter one can win when the
 * longer one reaches out of the region.
 */
function longest(t: string, set: Endings, from: number): string {
  const group = set[t.charCodeAt(t.length - 1)]
  if (group === undefined) return ''
  for (const s of group) if (t.length - s.length >= from && t.endsWith(s)) return s
  return ''
}

/** Whether t ends with s starting at or after offset `from`. */
function endsIn(t: string, s: string, from: number): boolean {
  return t.length - s.length >= from && t.endsWith(s)
}

/** t without its last n characters. */
function cut(t: string, n: number): string {
  return t.slice(0, t.length - n)
}

// Step 1, in natural's order.
const DELETE_R2 = /* @__PURE__ */ endings('ance iqUe isme able iste eux ances iqUes ismes ables istes')
const ICATEUR = /* @__PURE__ */ endings('icatrice icateur ication icatrices icateurs ications')
const ATEUR = /* @__PURE__ */ endings('atrice ateur ation atrices ateurs ations')
const LOGIE = /* @__PURE__ */ endings('logie logies')
const UTION = /* @__PURE__ */ endings('usion ution usions utions')
const ENCE = /* @__PURE__ */ endings('ence ences')
const ISSEMENT = /* @__PURE__ */ endings('issement issements')
const ATIVEMENT = /* @__PURE__ */ endings('ativement ativements')
const IVEMENT = /* @__PURE__ */ endings('ivement ivements')
const EUSEMENT = /* @__PURE__ */ endings('eusement eusements')
const ABLEMENT = /* @__PURE__ */ endings('ablement ablements iqUement iqUements')
const IEREMENT = /* @__PURE__ */ endings('ièrement ièrements Ièrement Ièrements')
const EMENT = /* @__PURE__ */ endings('ement ements')
const ICITE = /* @__PURE__ */ endings('icité icités')
const ABILITE = /* @__PURE__ */ endings('abilité abilités')
const ITE = /* @__PURE__ */ endings('ité ités')
const ICATIF = /* @__PURE__ */ endings('icatif icative icatifs icatives')
const ATIF = /* @__PURE__ */ endings('atif ative atifs atives')
const IF = /* @__PURE__ */ endings('if ive ifs ives')
const EUSE = /* @__PURE__ */ endings('euse euses')
const MENT = /* @__PURE__ */ endings('ment ments')
/** Last letters of step 1's endings: a word ending in any other letter skips the whole chain. */
const STEP1_LAST = new Uint8Array(256)
for (const set of [DELETE_R2, ICATEUR, ATEUR, LOGIE, UTION, ENCE, ISSEMENT, ATIVEMENT, IVEMENT, EUSEMENT, ABLEMENT, IEREMENT, EMENT, ICITE, ABILITE, ITE, ICATIF, ATIF, IF, EUSE, MENT]) {
  set.forEach((group, c) => {
    if (group) STEP1_LAST[c] = 1
  })
}
for (const s of ['eaux', 'aux', 'amment', 'emment']) STEP1_LAST[s.charCodeAt(s.length - 1)] = 1
// Steps 2a and 2b: verb endings.
const VERB_I = /* @__PURE__ */ endings(
  'îmes ît îtes i ie Ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it',
)
const VERB_E = /* @__PURE__ */ endings('é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez Iez')
const VERB_A = /* @__PURE__ */ endings('âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions')
// Step 4.
const IER = /* @__PURE__ */ endings('ier ière Ier Ière')

/** Set by step 1 when it removed -amment, -emment or -ment: the verb steps then run on what is left. */
let verbsAfterStep1 = false

/**
 * The prelude: u and i between vowels, y next to a vowel and u after q become U, I, Y (non-vowels).
 * Neighbours are read in w, before any marking, as natural does.
 */
function mark(w: string): string {
  let out = ''
  let copied = 0
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    let m = 0
    if (c === LOWER_Y) {
      // At the start only a following vowel counts.
      if (isVowel(w, i + 1) || (i > 0 && isVowel(w, i - 1))) m = UPPER_Y
    } else if (i > 0 && (c === LOWER_U || c === LOWER_I)) {
      if (isVowel(w, i - 1) && isVowel(w, i + 1)) m = c - 32
      else if (c === LOWER_U && w.charCodeAt(i - 1) === LOWER_Q) m = UPPER_U
    }
    if (m !== 0) {
      out += w.slice(copied, i) + String.fromCharCode(m)
      copied = i + 1
    }
  }
  return copied === 0 ? w : out + w.slice(copied)
}

/** The offset after the first non-vowel that follows a vowel, from offset `from` on; t.length if none. */
function afterVowelConsonant(t: string, from: number): number {
  for (let i = from; i < t.length - 1; i++) if (isVowel(t, i) && !isVowel(t, i + 1)) return i + 2
  return t.length
}

/** The start of RV. */
function rvStart(t: string): number {
  if (t.startsWith('par') || t.startsWith('col') || t.startsWith('tap')) return 3
  // Two leading vowels: after the third letter, except in a three-letter word (natural then falls
  // through to the general rule, which gives 2).
  if (isVowel(t, 0) && isVowel(t, 1) && t.length !== 3) return 3
  // After the first vowel that is not the first letter; the last letter never counts (RV would be empty anyway).
  for (let i = 1; i < t.length - 1; i++) if (isVowel(t, i)) return i + 1
  return t.length
}

/** Standard suffix removal. Returns t itself when the chain's first matching test changed nothing. */
function step1(t: string, r1: number, r2: number, rv: number): string {
  const last = t.charCodeAt(t.length - 1)
  if (!(last < 256 && STEP1_LAST[last] === 1)) return t
  let s: string
  if ((s = longest(t, DELETE_R2, r2))) return cut(t, s.length)
  if ((s = longest(t, ICATEUR, 0))) return t.length - s.length >= r2 ? cut(t, s.length) : cut(t, s.length) + 'iqU'
  if ((s = longest(t, ATEUR, r2))) return cut(t, s.length)
  if ((s = longest(t, LOGIE, r2))) return cut(t, s.length) + 'log'
  if ((s = longest(t, UTION, r2))) return cut(t, s.length) + 'u'
  if ((s = longest(t, ENCE, r2))) return cut(t, s.length) + 'ent'
  if ((s = longest(t, ISSEMENT, r1))) return isVowel(t, t.length - s.length - 1) ? t : cut(t, s.length)
  if ((s = longest(t, ATIVEMENT, r2))) return cut(t, s.length)
  if ((s = longest(t, IVEMENT, r2))) return cut(t, s.length)
  if ((s = longest(t, EUSEMENT, 0))) {
    const at = t.length - s.length
    if (at >= r2) return cut(t, s.length)
    if (at >= r1) return cut(t, s.length) + 'eux'
    // Only -ement of it, when that is in RV.
    return at + 3 >= rv ? cut(t, s.length - 3) : t
  }
  if ((s = longest(t, ABLEMENT, r2))) return cut(t, s.length)
  if ((s = longest(t, IEREMENT, rv))) return cut(t, s.length) + 'i'
  if ((s = longest(t, EMENT, rv))) return cut(t, s.length)
  if ((s = longest(t, ICITE, 0))) return t.length - s.length >= r2 ? cut(t, s.length) : cut(t, s.length) + 'iqU'
  if ((s = longest(t, ABILITE, 0))) return t.length - s.length >= r2 ? cut(t, s.length) : cut(t, s.length) + 'abl'
  if ((s = longest(t, ITE, r2))) return cut(t, s.length)
  if ((s = longest(t, ICATIF, 0))) {
    if (t.length - s.length >= r2) t = cut(t, s.length)
    // On what is left (the word itself when icatif was not all in R2): -atif in R2 and the two
    // letters before it become iqU. (R2 starts at 4 or later, so the cut is never negative.)
    const a = longest(t, ATIF, r2)
    return a ? cut(t, a.length + 2) + 'iqU' : t
  }
  if ((s = longest(t, ATIF, r2))) return cut(t, s.length)
  if ((s = longest(t, IF, r2))) return cut(t, s.length)
  if (t.endsWith('eaux')) return cut(t, 1)
  if (endsIn(t, 'aux', r1)) return cut(t, 3) + 'al'
  if ((s = longest(t, EUSE, r2))) return cut(t, s.length)
  if ((s = longest(t, EUSE, r1))) return cut(t, s.length) + 'eux'
  if (endsIn(t, 'amment', rv)) {
    verbsAfterStep1 = true
    return cut(t, 6) + 'ant'
  }
  if (endsIn(t, 'emment', rv)) {
    verbsAfterStep1 = true
    return cut(t, 6) + 'ent'
  }
  if ((s = longest(t, MENT, rv))) {
    // Only after a vowel that is itself in RV.
    const before = t.length - s.length - 1
    if (before < rv || !isVowel(t, before)) return t
    verbsAfterStep1 = true
    return cut(t, s.length)
  }
  return t
}

/** Verb endings beginning with i: removed after a non-vowel in RV. */
function step2a(t: string, rv: number): string {
  const s = longest(t, VERB_I, rv)
  if (!s) return t
  const before = t.length - s.length - 1
  return before >= rv && !isVowel(t, before) ? cut(t, s.length) : t
}

/** Other verb endings, when step 2a removed nothing. */
function step2b(t: string, r2: number, rv: number): string {
  let s: string
  if ((s = longest(t, VERB_E, rv))) return cut(t, s.length)
  if (endsIn(t, 'ions', rv) && endsIn(t, 'ions', r2)) return cut(t, 4)
  if ((s = longest(t, VERB_A, rv))) {
    t = cut(t, s.length)
    // An e before the ending goes too, when it was in RV.
    return t.endsWith('e') && t.length - 1 >= rv ? cut(t, 1) : t
  }
  return t
}

/** Residual suffixes, only when steps 1 and 2 changed nothing; each rule sees what the last one left. */
function step4(t: string, r2: number, rv: number): string {
  const n = t.length
  if (t.charCodeAt(n - 1) === 115 /* s */) {
    const p = t[n - 2]
    if (p !== 'a' && p !== 'i' && p !== 'o' && p !== 'u' && p !== 'è' && p !== 's') t = cut(t, 1)
  }
  if (endsIn(t, 'ion', r2)) {
    const p = t[t.length - 4]
    if (p === 's' || p === 't') t = cut(t, 3)
  }
  const s = longest(t, IER, rv)
  if (s) t = cut(t, s.length) + 'i'
  if (endsIn(t, 'e', rv)) t = cut(t, 1)
  if (endsIn(t, 'ë', rv) && t.length >= 3 && t[t.length - 3] === 'g' && t[t.length - 2] === 'u') t = cut(t, 1)
  return t
}

/** Step 5: enn, onn, ett, ell, eill lose their last letter. */
function undouble(t: string): string {
  const last = t.charCodeAt(t.length - 1)
  if (last === 110 /* n */) return t.endsWith('enn') || t.endsWith('onn') ? cut(t, 1) : t
  if (last === 116 /* t */) return t.endsWith('ett') ? cut(t, 1) : t
  if (last === 108 /* l */) return t.endsWith('ell') || t.endsWith('eill') ? cut(t, 1) : t
  return t
}

/** Step 6: é or è before the final non-vowels becomes e (never the first letter). */
function unaccent(t: string): string {
  let i = t.length - 1
  while (i > 0 && !isVowel(t, i)) i--
  if (i <= 0 || i === t.length - 1) return t
  const c = t[i]
  return c === 'é' || c === 'è' ? t.slice(0, i) + 'e' + t.slice(i + 1) : t
}

const MARKED = /[UIY]/g

/** U, I, Y back to lowercase; the only capitals left in a lowercased word. */
function unmark(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === UPPER_U || c === UPPER_I || c === UPPER_Y) return t.replace(MARKED, (m) => m.toLowerCase())
  }
  return t
}

/**
 * French Snowball stem of a word, exactly natural's `PorterStemmerFr.stem(word)`, for any string:
 * it is lowercased first, and characters that are not French letters count as non-vowels.
 *
 * @example
 * frenchStem('gouvernements') //=> 'gouvern'
 * frenchStem('nationales') //=> 'national'
 * frenchStem("l'homme") //=> "l'homm"
 */
export function frenchStem(word: string): string {
  const lower = word.toLowerCase()
  let t = mark(lower === '' ? 'undefined' : lower)
  if (t.length === 1) return t
  const r1 = afterVowelConsonant(t, 0)
  const r2 = afterVowelConsonant(t, r1)
  const rv = rvStart(t)
  const original = t

  verbsAfterStep1 = false
  t = step1(t, r1, r2, rv)
  if (t === original || verbsAfterStep1) {
    const before = t
    t = step2a(t, rv)
    if (t === before) t = step2b(t, r2, rv)
  }

  if (t !== original) {
    // Step 3: a final Y or ç left by steps 1–2.
    const last = t.charCodeAt(t.length - 1)
    if (last === UPPER_Y) t = cut(t, 1) + 'i'
    else if (last === 231 /* ç */) t = cut(t, 1) + 'c'
  } else {
    t = step4(t, r2, rv)
  }
  return unmark(unaccent(undouble(t)))
}
