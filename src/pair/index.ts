/**
 * Pair documents that translate each other, in any two languages, and group the versions of one
 * story. Every document is projected into the pivot (English concepts, number keys, names), so a
 * German and a French document are compared as directly as a German and an English one. Candidates
 * come from an inverted index over rare features (never all pairs), are scored by concept similarity,
 * a quick sentence alignment (the WMT16 lesson) and length, and are merged into groups of at most one
 * document per language, strongest links first, so that related but untranslated documents stay apart.
 */
import { PadananError } from '../errors.js'
import { en } from '../langs/en/index.js'
import { knownLanguages, resolveAndRegister, resolveLanguage, type LanguageInput } from '../langs/index.js'
import { unionLexicon, type Lexicon } from '../lexicon/lexicon.js'
import { cognatesAmong } from '../pivot/index.js'
import { detectLanguage } from '../read/detect.js'
import { prepare } from '../read/prepare.js'
import type { Doc, LanguagePack } from '../types.js'
import { crossCandidates } from './candidates.js'
import { buildGroups, type Edge } from './groups.js'
import { alignmentQuality, ConceptSpace, cosine, evidence, lengthPrior, keepShared, pairScore, setNorms, sharedConcepts, toItem, type Item, type PairEvidence } from './project.js'
import { cmp, round } from '../core/order.js'

export type { PairEvidence } from './project.js'

/** A document to pair: an id and a text (language detected when missing), or a prepared Doc with an id. */
export type PairInput = { readonly id: string; readonly text: string; readonly lang?: LanguageInput } | Doc

/** Options of {@link pairDocuments}. */
export interface PairOptions {
  /**
   * Lexicons into English to use instead of the packs' own: each serves the documents of its `from`
   * language (one that names no language of the input serves every non-English document). Default:
   * each pack's own; `null`: none.
   */
  readonly lexicon?: Lexicon | readonly Lexicon[] | null
  /** The lowest score a pair may have, and the lowest mean score of the links that merge two groups. Default 0.25 (bench/results/pair.md, xling.md). */
  readonly minScore?: number
  /** Candidates per document and other language taken from the inverted index. Default 8. */
  readonly candidates?: number
  /** Candidates per document and other language re-scored by a sentence alignment. Default 3. */
  readonly rescore?: number
  /**
   * Languages (codes or packs) that detection chooses among for documents without `lang`. Default: the packs
   * known so far ({@link knownLanguages}: Indonesian, English and every registered pack). Pass
   * `languages` from `padanan/langs` to detect every built-in language.
   */
  readonly languages?: readonly LanguageInput[]
  /** Called as work progresses: phase, items done, items in the phase. */
  readonly onProgress?: (phase: 'prepare' | 'candidates' | 'score', done: number, total: number) => void
}

/**
 * Two documents that translate each other. When one of them is English, `b` is the English one;
 * otherwise `a` is the one whose language code comes first (`de` before `fr`).
 */
export interface DocPair {
  readonly a: string
  readonly b: string
  /** The languages of `a` and `b`. */
  readonly languages: readonly [string, string]
  readonly score: number
  readonly evidence: PairEvidence
}

/** Documents that are translations of one another, at most one per language. */
export interface TranslationGroup {
  /** Ids, in the order of `languages`. */
  readonly members: readonly string[]
  /** The language of each member, in code-unit order (English, the pivot, included like any other). */
  readonly languages: readonly string[]
  /** Mean score of the group's links. */
  readonly score: number
  readonly evidence: GroupEvidence
}

/** Why a group holds together. */
export interface GroupEvidence {
  /** Every pair of members with its score (the pairs of `PairResult.pairs` inside this group). */
  readonly links: readonly { readonly a: string; readonly b: string; readonly score: number }[]
  /** Number keys that every member states. */
  readonly numbers: readonly string[]
  /** Names that every member writes the same way (lowercased). */
  readonly names: readonly string[]
}

/**
 * The result of {@link pairDocuments}. Every input id appears exactly once, in one group or in
 * `unpaired`; `pairs` lists every pair of documents inside a group, so with two languages each
 * document is in at most one pair, and with more, a document is in one pair per other member of its group.
 */
export interface PairResult {
  /** Every pair of translated documents (the links of the groups), best first. */
  readonly pairs: readonly DocPair[]
  /** Sets of translated documents, at most one per language; with two languages each group is one pair. Best first. */
  readonly groups: readonly TranslationGroup[]
  /** Ids in no group, in code-unit order. */
  readonly unpaired: readonly string[]
}

/**
 * The lowest score of a pair whose documents may share a language (FLORES-200: different Indonesian
 * articles on one subject score up to 0.37 as if one were Malay; Indonesian–Malay translations score
 * from 0.36 at the 1st percentile, 0.47 at the 5th).
 */
const CLOSE_MIN_SCORE = 0.4

/** Whether two documents may be in the same language. */
function maySame(a: readonly string[], b: readonly string[]): boolean {
  return a.some((l) => b.includes(l))
}

/** Detection between two packs this close (the runner-up has at least this share of the winner's marker hits) leaves both open. */
const UNSURE_DETECTION = 0.8

/**
 * Find which documents translate which, in any two languages present: `{ pairs, groups, unpaired }`
 * with a score and evidence per pair and per group. Documents in the same language are never paired.
 *
 * @param docs - documents in two or more languages; ids must be unique
 * @returns pairs and groups (best first) and the ids left unpaired (in code-unit order); the same whatever the input order
 * @throws PadananError `BAD_INPUT` for a malformed document or a repeated id, `BAD_OPTIONS`, `UNKNOWN_LANGUAGE`
 *
 * @example
 * import { de } from 'padanan/langs/de'
 * import { fr } from 'padanan/langs/fr'
 * pairDocuments([
 *   { id: 'de/1', text: 'Der Umsatz stieg um 5 Prozent auf 105 Milliarden Yuan …', lang: de },
 *   { id: 'fr/1', text: "Le chiffre d'affaires a augmenté de 5 % à 105 milliards de yuans …", lang: fr },
 *   { id: 'fr/2', text: 'Une autre histoire …', lang: fr },
 * ])
 * //=> { pairs: [{ a: 'de/1', b: 'fr/1', languages: ['de', 'fr'], score: 0.71, evidence: { numbers: [{ key: 'percent:5', … }], … } }],
 * //     groups: [{ members: ['de/1', 'fr/1'], languages: ['de', 'fr'], score: 0.71, … }], unpaired: ['fr/2'] }
 */
export function pairDocuments(docs: readonly PairInput[], options: PairOptions = {}): PairResult {
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array', { field: 'docs' })
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'options must be an object', { field: 'options' })
  const minScore = options.minScore ?? 0.25
  const K = options.candidates ?? 8
  const R = options.rescore ?? 3
  for (const [name, v] of [['minScore', minScore], ['candidates', K], ['rescore', R]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new PadananError('BAD_OPTIONS', `${name} must be a number ≥ 0`, { field: name })
  }
  const lexicons = checkLexicons(options.lexicon)
  if (options.languages !== undefined && (!Array.isArray(options.languages) || options.languages.length === 0)) {
    throw new PadananError('BAD_OPTIONS', 'languages must be a non-empty array of language codes or packs', { field: 'languages' })
  }
  const candidatesPacks = options.languages ? options.languages.map((l) => resolveAndRegister(l)) : knownLanguages()
  const progress = options.onProgress ?? (() => {})
  const seen = new Set<string>()
  const read = docs.map((d, i) => {
    const r = readDoc(d, i, candidatesPacks)
    if (seen.has(r.doc.id)) throw new PadananError('BAD_INPUT', `document id "${r.doc.id}" appears twice`, { field: `docs[${i}].id` })
    seen.add(r.doc.id)
    if (i % 100 === 0) progress('prepare', i, docs.length)
    return r
  })
  progress('prepare', docs.length, docs.length)
  // Id order from here on: the result must not depend on the order of the input.
  read.sort((a, b) => cmp(a.doc.id, b.doc.id))

  const space = new ConceptSpace()
  const langs = [...new Set(read.map((r) => r.doc.lang))].sort(cmp)
  // One cognate index over every English document's words serves each other language.
  const english = read.filter((r) => r.doc.lang === en.code).flatMap((r) => r.doc.sentences)
  const cognates = new Map(langs.map((l) => [l, english.length ? cognatesAmong(english, en, l) : undefined]))
  // A document read as one of two close languages is read with both lexicons, so that its concepts do not hang on the detector's choice.
  const lexiconOf = (r: ReadDoc): Lexicon | null => {
    const own = r.slots.map((l) => lexiconFor(l, lexicons, langs)).filter((l): l is Lexicon => l !== null)
    return own.length === 0 ? null : unionLexicon([...new Set(own)])
  }
  const items = read.map((r) => toItem(r.doc, space, { lexicon: lexiconOf(r), cognates: cognates.get(r.doc.lang) }))
  const slots = read.map((r) => r.slots)

  keepShared(items, sharedConcepts(items, slots))
  // Document frequency over all documents; idf weights make shared rare concepts count.
  const df = new Map<number, number>()
  for (const it of items) for (const c of it.tf.keys()) df.set(c, (df.get(c) ?? 0) + 1)
  const N = items.length
  const idf = (c: number) => Math.log(1 + N / (df.get(c) ?? 1))
  setNorms(items, idf)

  // Every scored pair, by key x * N + y (x < y), so a pair met from both sides is aligned once.
  const scores = new Map<number, { score: number; sim: number; q: number; aligned: number }>()
  const score = (x: number, y: number) => {
    const key = x < y ? x * N + y : y * N + x
    let s = scores.get(key)
    if (!s) {
      const a = items[x]!
      const b = items[y]!
      const sim = cosine(a, b, idf)
      const { q, aligned } = alignmentQuality(a.sents, b.sents)
      s = { score: pairScore(sim, q, lengthPrior(a, b)), sim, q, aligned }
      scores.set(key, s)
    }
    return s
  }

  const cands = crossCandidates(items, slots, df, { perLanguage: K, rescore: R, idf, onProgress: (done, total) => progress('candidates', done, total) })
  // Two documents that may be in one language (one of them read as Indonesian or Malay, say) share
  // their words as much as a translation does: their score counts less by the margin that two texts
  // of one language on one subject do not clear, in pairs and in the links that merge groups alike.
  const handicap = Math.max(0, CLOSE_MIN_SCORE - minScore)
  const effective = (x: number, y: number) => score(x, y).score - (maySame(slots[x]!, slots[y]!) ? handicap : 0)
  const edges: Edge[] = []
  cands.forEach(([x, y], k) => {
    if (k % 500 === 0) progress('score', k, cands.length)
    const s = effective(x, y)
    if (s >= minScore) edges.push({ x, y, score: s })
  })
  progress('score', cands.length, cands.length)

  const groups = buildGroups(items.length, slots, edges, effective, minScore)
  const pairs: DocPair[] = []
  const outGroups: TranslationGroup[] = []
  for (const g of groups) {
    const links: { a: string; b: string; score: number }[] = []
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) {
        const pair = orient(g.members[i]!, g.languages[i]!, g.members[j]!, g.languages[j]!)
        const s = score(pair.x, pair.y)
        const a = items[pair.x]!
        const b = items[pair.y]!
        const p = { a: a.id, b: b.id, languages: [pair.lx, pair.ly] as const, score: round(s.score), evidence: evidence(a, b, s.sim, s.q, s.aligned) }
        pairs.push(p)
        links.push({ a: p.a, b: p.b, score: p.score })
      }
    }
    const members = g.members.map((i) => items[i]!)
    outGroups.push({
      members: members.map((m) => m.id),
      languages: g.languages,
      score: round(links.reduce((s, l) => s + l.score, 0) / links.length),
      evidence: { links, numbers: shared(members.map((m) => m.keys)), names: shared(members.map((m) => new Set(m.doc.names.map((n) => n.toLowerCase())))) },
    })
  }
  pairs.sort((p, q) => q.score - p.score || cmp(p.a, q.a) || cmp(p.b, q.b))
  outGroups.sort((p, q) => q.score - p.score || cmp(p.members[0]!, q.members[0]!))
  const grouped = new Set(outGroups.flatMap((g) => g.members))
  return { pairs, groups: outGroups, unpaired: items.map((it) => it.id).filter((id) => !grouped.has(id)) }
}

/**
 * How likely two prepared documents translate each other, with the evidence: the score
 * {@link pairDocuments} uses, for one pair in any two languages (dedup verifies cross-lingual
 * candidates with it). Concept similarity is computed against these two documents only.
 *
 * @example
 * translationScore(prepare(idText, 'id'), prepare(enText, 'en')).score //=> 0.62
 * translationScore(prepare(deText, de), prepare(frText, fr)).score //=> 0.55
 */
export function translationScore(a: Doc, b: Doc, options: { lexicon?: Lexicon | readonly Lexicon[] | null } = {}): { score: number; evidence: PairEvidence } {
  const lexicons = checkLexicons(options.lexicon)
  const space = new ConceptSpace()
  const langs = [...new Set([a.lang, b.lang])].sort(cmp)
  const english = [a, b].filter((d) => d.lang === en.code)
  const cognatesFor = (d: Doc) => (english.length === 1 && d.lang !== en.code ? cognatesAmong(english[0]!.sentences, en, d.lang) : undefined)
  const x = toItem(a, space, { lexicon: lexiconFor(a.lang, lexicons, langs), cognates: cognatesFor(a) })
  const y = toItem(b, space, { lexicon: lexiconFor(b.lang, lexicons, langs), cognates: cognatesFor(b) })
  // With two documents, idf cannot tell rare from common: weigh every concept alike.
  const idf = () => 1
  setNorms([x, y], idf)
  const sim = cosine(x, y, idf)
  const { q, aligned } = alignmentQuality(x.sents, y.sents)
  return { score: round(pairScore(sim, q, lengthPrior(x, y))), evidence: evidence(x, y, sim, q, aligned) }
}

interface ReadDoc {
  readonly doc: Doc
  /** The languages the document may be in: the one read, and a close runner-up when detection could not tell them apart. */
  readonly slots: readonly string[]
}

function readDoc(d: PairInput, i: number, candidates: readonly LanguagePack[]): ReadDoc {
  if (typeof d !== 'object' || d === null) throw new PadananError('BAD_INPUT', `docs[${i}] must be an object { id, text, lang? } or a Doc`, { field: `docs[${i}]` })
  if (typeof (d as { id?: unknown }).id !== 'string' || (d as { id: string }).id === '') {
    throw new PadananError('BAD_INPUT', `docs[${i}].id must be a non-empty string`, { field: `docs[${i}].id` })
  }
  if (Array.isArray((d as Doc).sentences)) return { doc: d as Doc, slots: [(d as Doc).lang] }
  const { id, text, lang } = d as { id: string; text: unknown; lang?: LanguageInput }
  if (typeof text !== 'string') throw new PadananError('BAD_INPUT', `docs[${i}].text must be a string`, { field: `docs[${i}].text` })
  if (lang !== undefined) return { doc: prepare(text, { id, lang }), slots: [resolveLanguage(lang).code] }
  const det = detectLanguage(text, candidates)
  const best = candidates.find((p) => p.code === det.lang)!
  const doc = prepare(text, { id, lang: best })
  // Close languages (Indonesian and Malay share most function words): a near tie leaves the
  // document free to stand for either, so pairing does not hang on the detector's choice.
  const top = det.scores[det.lang] ?? 0
  const runnerUp = Object.entries(det.scores)
    .filter(([code, n]) => code !== det.lang && top > 0 && n >= top * UNSURE_DETECTION)
    .sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))[0]
  return { doc, slots: runnerUp ? [det.lang, runnerUp[0]] : [det.lang] }
}

function checkLexicons(lexicon: Lexicon | readonly Lexicon[] | null | undefined): readonly Lexicon[] | null | undefined {
  if (lexicon === undefined || lexicon === null) return lexicon
  const list = Array.isArray(lexicon) ? (lexicon as readonly Lexicon[]) : [lexicon as Lexicon]
  list.forEach((l, i) => {
    if (typeof l !== 'object' || l === null || typeof l.concepts !== 'function') throw new PadananError('BAD_OPTIONS', `lexicon${Array.isArray(lexicon) ? `[${i}]` : ''} must be a Lexicon`, { field: 'lexicon' })
  })
  return list
}

/** The lexicon a document of `lang` is read with: a given one for its language, else its pack's own. */
function lexiconFor(lang: string, given: readonly Lexicon[] | null | undefined, present: readonly string[]): Lexicon | null {
  if (lang === en.code) return null
  if (given === null) return null
  if (given) {
    const own = given.find((l) => l.from === lang)
    if (own) return own
    // A lexicon for no language of the input (a user's own code, say) serves every non-English document.
    const stray = given.find((l) => !present.includes(l.from))
    if (stray) return stray
  }
  return resolveLanguage(lang).lexicon?.() ?? null
}

/** Order a pair as DocPair documents it: English second, otherwise by language code. */
function orient(x: number, lx: string, y: number, ly: string): { x: number; lx: string; y: number; ly: string } {
  const swap = lx === en.code || (ly !== en.code && lx > ly)
  return swap ? { x: y, lx: ly, y: x, ly: lx } : { x, lx, y, ly }
}

/** The values every set holds, sorted. */
function shared(sets: readonly ReadonlySet<string>[]): string[] {
  const [first, ...rest] = sets
  if (!first) return []
  return [...first].filter((v) => rest.every((s) => s.has(v))).sort(cmp)
}
