/**
 * findDuplicates(): exact, near, contained and cross-lingual duplicates of a collection, in clusters.
 *
 * 1. Read every document (features.ts), sorted by id so that the result never depends on input order.
 * 2. Boilerplate lines out (boilerplate.ts); paragraphs a document repeats reported.
 * 3. Exact duplicates: equal normalized token streams.
 * 4. Near and contained: MinHash over k-word shingles, LSH banding, then every candidate verified
 *    by exact Jaccard and containment over the shingle sets.
 * 5. Translations: an inverted index over the pivot concepts of documents in different languages,
 *    candidates verified by translationScore() (translations.ts).
 * 6. Union-find over the verified links gives the clusters.
 */
import { prepare } from '../core/prepare.js'
import { PadananError } from '../errors.js'
import type { Doc } from '../types.js'
import { boilerplateFlags, contentTokens, defaultMinDocs, findRepeats, frequentLines, type BoilerplateLine, type RepeatedParagraph } from './boilerplate.js'
import { makeNumberReader, readFeatures, shingles, paragraphTokens, type DedupInput, type DocFeatures } from './features.js'
import { Sink } from './scan.js'
import { key53 } from './hash.js'
import { bandHash, type LshParams } from './lsh.js'
import { overlap, signature } from './minhash.js'
import { resolveOptions, type DedupOptions, type DuplicateKind } from './options.js'
import { resolveLanguage } from '../langs/index.js'
import { crossCandidates, verifyCandidates } from './translations.js'
import { Vocab } from './vocab.js'

/** A verified link between two documents of a cluster. */
export interface DuplicateLink {
  /** For `contained`, the contained (smaller) document; otherwise the first id in code-unit order. */
  readonly a: string
  readonly b: string
  readonly kind: DuplicateKind
  /** exact: 1; near: shingle Jaccard; contained: containment of a in b; translation: translationScore. */
  readonly similarity: number
}

/** Documents with the same content. `kind` is the loosest kind among its links (exact < near < contained < translation). */
export interface DuplicateCluster {
  /** Ids, in code-unit order. */
  readonly members: readonly string[]
  readonly kind: DuplicateKind
  readonly links: readonly DuplicateLink[]
}

/** The result of {@link findDuplicates}: every input id is in exactly one cluster or in `unique`. */
export interface DedupResult {
  readonly clusters: readonly DuplicateCluster[]
  readonly unique: readonly string[]
  readonly boilerplate: readonly BoilerplateLine[]
  readonly repeats: readonly RepeatedParagraph[]
}

const KIND_RANK: Record<DuplicateKind, number> = { exact: 0, near: 1, contained: 2, translation: 3 }
/** Containment needs this many shingles in the smaller document: below, a shared phrase is not an excerpt. */
export const MIN_CONTAINED_SHINGLES = 20
/** Candidate runs longer than this (many documents equal in one band) are compared within a window. */
const RUN_WINDOW = 64
/**
 * A translation also needs this share of its sentences aligned (weighted by bead score): the
 * translation of a same-story rewrite (half the sentences shared) scores up to 0.47 overall but
 * aligns at most 0.47, real translations from 0.49 (bench, chrome removed).
 */
const MIN_ALIGNMENT = 0.45
/**
 * Two documents that are each other's best candidate (translations.ts) need less: short translations
 * between languages far apart (one to five sentences, German–Malay) score from 0.18 and align from 0.25
 * (FLORES-200, 1st percentile); on the PANL-BPPT dedup corpus (20k) 6–10 such pairs are not translations.
 */
const MUTUAL_SCORE = 0.18
const MUTUAL_ALIGNMENT = 0.25

/**
 * Find duplicates in a collection of documents: exact copies (after normalization), near
 * duplicates (edited copies), documents contained in others (truncations, excerpts) and
 * translations (documents in different languages with the same content), with the boilerplate
 * lines left out of similarity and the paragraphs each document repeats.
 *
 * @param docs - `{ id, text, lang? }` (language detected when missing) or prepared Docs; ids unique
 * @returns clusters (ordered by first member), unique ids, boilerplate lines and repeated paragraphs,
 *   the same whatever the input order
 * @throws PadananError `BAD_INPUT` for a malformed document or a repeated id, `BAD_OPTIONS`, `UNKNOWN_LANGUAGE`
 *
 * @example
 * findDuplicates([
 *   { id: 'a', text: 'Xiaomi akan berinvestasi 1,5 juta yuan dalam riset kecerdasan buatan tahun ini.' },
 *   { id: 'b', text: 'XIAOMI akan berinvestasi 1.5 juta yuan dalam riset kecerdasan buatan tahun ini!' },
 *   { id: 'c', text: 'Harga beras naik lagi di pasar tradisional Jakarta pekan ini.' },
 * ])
 * //=> { clusters: [{ members: ['a', 'b'], kind: 'exact', links: [{ a: 'a', b: 'b', kind: 'exact', similarity: 1 }] }],
 * //     unique: ['c'], boilerplate: [], repeats: [] }
 */
export function findDuplicates(docs: readonly DedupInput[], options: DedupOptions = {}): DedupResult {
  if (!Array.isArray(docs)) throw new PadananError('BAD_INPUT', 'docs must be an array', { field: 'docs' })
  const o = resolveOptions(options)
  const progress = options.onProgress ?? (() => {})

  // 1. Read, check ids, sort by id. The words behind the token hashes are recorded for the translation pass.
  const seen = new Map<string, number>()
  const read: DocFeatures[] = []
  const vocabs = new Map<string, Vocab>()
  const vocabOf = (lang: string) => {
    let v = vocabs.get(lang)
    if (!v) vocabs.set(lang, (v = new Vocab()))
    return v
  }
  docs.forEach((d, i) => {
    const f = readFeatures(d, i, false, o.translation !== false ? vocabOf : undefined)
    if (seen.has(f.id)) throw new PadananError('BAD_INPUT', `document id "${f.id}" appears twice (docs[${seen.get(f.id)}] and docs[${i}])`, { field: `docs[${i}].id` })
    seen.set(f.id, i)
    read.push(f)
    if (i % 500 === 0) progress('read', i, docs.length)
  })
  progress('read', docs.length, docs.length)
  const feats = read.sort((a, b) => cmp(a.id, b.id))
  const N = feats.length

  // 2. Boilerplate and repeats.
  const frequent = o.boilerplate ? frequentLines(feats, o.minDocs ?? defaultMinDocs(N)) : null
  const given = o.lines.length ? lineKeys(o.lines) : null
  const flags = feats.map((f) => boilerplateFlags(f, frequent, given, o.shape && o.boilerplate))
  const boilerplate = reportBoilerplate(feats, flags)
  const repeats = feats.flatMap((f, i) => findRepeats(f, flags[i]!))

  // 3. Exact duplicates: one representative (the first id) per group of equal content.
  const content = feats.map((f, i) => contentTokens(f, flags[i]!))
  const groups = new Map<number, number[]>()
  const reps: number[] = []
  const links: DuplicateLink[] = []
  const uf = new UnionFind(N)
  // Representatives joined by near links: near copies are one text for the translation pass (exact
  // copies are already one representative).
  const copies = new UnionFind(N)
  for (let i = 0; i < N; i++) {
    if (content[i]!.length === 0) continue // nothing to compare: unique
    const k = key53(content[i]!)
    const g = groups.get(k)
    if (g && sameTokens(content[g[0]!]!, content[i]!)) {
      g.push(i)
      uf.union(g[0]!, i)
      links.push({ a: feats[g[0]!]!.id, b: feats[i]!.id, kind: 'exact', similarity: 1 })
    } else {
      if (!g) groups.set(k, [i])
      reps.push(i)
    }
  }

  // 4. Near and contained among representatives.
  const R = reps.length
  const K = o.numPerm
  const sets: Uint32Array[] = new Array(R)
  // Sets are sorted when first verified (overlap() merges sorted arrays); most never are.
  const sorted = new Uint8Array(R)
  const setOf = (r: number): Uint32Array => {
    if (!sorted[r]) {
      sets[r]!.sort()
      sorted[r] = 1
    }
    return sets[r]!
  }
  const sigs = new Uint32Array(R * K)
  for (let r = 0; r < R; r++) {
    sets[r] = shingles(content[reps[r]!]!, o.shingleSize, o.seed)
    sigs.set(signature(sets[r]!, K, o.seed, o.method), r * K)
    if (r % 1000 === 0) progress('signatures', r, R)
  }
  progress('signatures', R, R)
  const lshs = o.word
  // An excerpt is linked to the one document it is most contained in: a short text found in two
  // unrelated stories (a shared background paragraph) must not chain them into one cluster.
  const source = new Map<number, { large: number; c: number }>()
  let verified = 0
  forEachCandidate(
    sigs,
    R,
    K,
    lshs,
    (x, y) => {
      verified++
      const { jaccard, containment, inter } = overlap(setOf(x), setOf(y))
      const ix = reps[x]!
      const iy = reps[y]!
      if (jaccard >= o.threshold) {
        uf.union(ix, iy)
        copies.union(ix, iy)
        links.push({ a: feats[ix]!.id, b: feats[iy]!.id, kind: 'near', similarity: round(jaccard) })
      } else if (o.containment !== false && containment >= o.containment && Math.min(sets[x]!.length, sets[y]!.length) >= MIN_CONTAINED_SHINGLES && inter > 0) {
        // The smaller one is contained in the larger (equal sizes cannot be: Jaccard would be high).
        const [small, large] = sets[x]!.length <= sets[y]!.length ? [ix, iy] : [iy, ix]
        const best = source.get(small)
        if (!best || containment > best.c || (containment === best.c && large < best.large)) source.set(small, { large, c: containment })
      }
    },
    (done, total) => progress('candidates', done, total),
  )
  progress('verify', verified, verified)
  for (const [small, { large, c }] of [...source].sort((p, q) => p[0] - q[0])) {
    uf.union(small, large)
    links.push({ a: feats[small]!.id, b: feats[large]!.id, kind: 'contained', similarity: round(c) })
  }

  // 5. Translations, when the representatives are in more than one language.
  if (o.translation !== false) {
    const threshold = o.translation
    const cands = crossCandidates({ feats, content, docs: fullestCopies(reps, content, feats, copies), vocab: vocabOf, lexicon: o.lexicon }, (done, total) => progress('translation', done, total))
    options.onTranslationCandidates?.(cands.map(({ x, y, sim, cover }) => ({ a: feats[x]!.id, b: feats[y]!.id, similarity: round(sim), coverage: round(cover) })))
    verifyCandidates(
      cands,
      // Verified on the content only: chrome would lower the alignment share of real translations.
      (i) => feats[i]!.doc ?? prepare(contentText(feats[i]!, flags[i]!), { lang: feats[i]!.lang, id: feats[i]!.id }),
      o.lexicon,
      (x, y) => uf.same(x, y),
      ({ x, y, mutual }, score, alignment) => {
        if ((score >= threshold && alignment >= MIN_ALIGNMENT) || (mutual && score >= Math.min(threshold, MUTUAL_SCORE) && alignment >= MUTUAL_ALIGNMENT)) {
          uf.union(x, y)
          const [p, q] = cmp(feats[x]!.id, feats[y]!.id) <= 0 ? [x, y] : [y, x]
          links.push({ a: feats[p]!.id, b: feats[q]!.id, kind: 'translation', similarity: round(score) })
        }
      },
      (done, total) => progress('translation', done, total),
    )
  }

  return { ...assemble(feats, links, uf), boilerplate, repeats }
}

/**
 * The documents that take part in the translation pass: of each set of near copies in one language
 * (exact copies are already one representative), the one with the most content (the lowest index on a tie). A translation of one copy is a
 * translation of the set, and the set is one cluster already: searching each copy again would cost
 * in proportion to the copies, not to the texts (a news feed is mostly copies).
 */
function fullestCopies(reps: readonly number[], content: readonly Uint32Array[], feats: readonly DocFeatures[], copies: UnionFind): number[] {
  // Keyed by set and language (near copies in two languages are rare, but each language searches apart).
  const langs = new Map<string, number>()
  const best = new Map<number, number>()
  for (const i of reps) {
    if (content[i]!.length === 0) continue
    const lang = feats[i]!.lang
    let l = langs.get(lang)
    if (l === undefined) langs.set(lang, (l = langs.size))
    const key = l * feats.length + copies.find(i)
    const b = best.get(key)
    if (b === undefined || content[i]!.length > content[b]!.length) best.set(key, i)
  }
  return [...best.values()].sort((x, y) => x - y)
}

/** Code-unit order: locale-free, so output is the same on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

function sameTokens(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Keys of lines given as text, read as any paragraph is (so case and punctuation do not matter). */
export function lineKeys(lines: readonly string[]): Set<number> {
  const out = new Set<number>()
  const en = resolveLanguage('en')
  const sink = new Sink()
  const reader = makeNumberReader(en.numbers.decimal, new Map())
  for (const l of lines) {
    sink.n = 0
    const t = l.trim()
    paragraphTokens(t, reader, sink)
    if (sink.n > 0) out.add(key53(sink.buf, 0, sink.n))
  }
  return out
}

export class UnionFind {
  private readonly p: Int32Array
  constructor(n: number) {
    this.p = new Int32Array(n).map((_, i) => i)
  }
  find(x: number): number {
    let r = x
    while (this.p[r] !== r) r = this.p[r]!
    while (this.p[x] !== r) {
      const n = this.p[x]!
      this.p[x] = r
      x = n
    }
    return r
  }
  union(a: number, b: number): void {
    const x = this.find(a)
    const y = this.find(b)
    // The smaller index is the root, so roots do not depend on the order of unions.
    if (x < y) this.p[y] = x
    else if (y < x) this.p[x] = y
  }
  same(a: number, b: number): boolean {
    return this.find(a) === this.find(b)
  }
}

/**
 * Candidate pairs from LSH banding, each reported once (x < y). Per band, documents are sorted by
 * band hash and runs of equal hashes give the pairs: no hash table of buckets, and no set of pairs
 * (a pair is reported in the first band where its slots are equal, which is checked on the two
 * signatures), so memory stays at two typed arrays of R entries however many pairs there are.
 */
export function forEachCandidate(sigs: Uint32Array, R: number, K: number, lshs: readonly LshParams[], visit: (x: number, y: number) => void, progress: (done: number, total: number) => void = () => {}): void {
  if (R < 2) return
  const totalBands = lshs.reduce((n, l) => n + l.bands, 0)
  const keys = new Float64Array(R)
  const exactKeys = R <= 2 ** 21
  // Equal in an earlier band (of this or an earlier LSH): the pair was reported there.
  const earlier = (x: number, y: number, li: number, band: number): boolean => {
    for (let l = 0; l <= li; l++) {
      const { rows } = lshs[l]!
      const nb = l === li ? band : lshs[l]!.bands
      for (let b = 0; b < nb; b++) {
        let eq = true
        for (let i = b * rows, e = i + rows; i < e; i++) {
          if (sigs[x * K + i] !== sigs[y * K + i]) {
            eq = false
            break
          }
        }
        if (eq) return true
      }
    }
    return false
  }
  let done = 0
  lshs.forEach(({ bands, rows }, li) => {
    for (let b = 0; b < bands; b++) {
      // Bands of a second LSH read the same slots with another row count; the tag keeps their hashes apart.
      const tag = done
      for (let r = 0; r < R; r++) {
        const h = bandHash(sigs, b, rows, r * K) ^ Math.imul(tag + 1, 0x27d4eb2d)
        // hash · 2^21 + index: a plain numeric sort groups equal hashes, in index order.
        keys[r] = exactKeys ? (h >>> 0) * 2097152 + r : (h >>> 0) + r / (R + 1)
      }
      keys.sort()
      let s = 0
      while (s < R) {
        const hs = Math.floor(keys[s]! / (exactKeys ? 2097152 : 1))
        let e = s + 1
        while (e < R && Math.floor(keys[e]! / (exactKeys ? 2097152 : 1)) === hs) e++
        for (let i = s; i < e; i++) {
          const x = idxOf(keys[i]!, exactKeys, R)
          for (let j = i + 1; j < e && j <= i + RUN_WINDOW; j++) {
            const y = idxOf(keys[j]!, exactKeys, R)
            // The slots themselves must be equal (a 32-bit band hash can collide).
            let eq = true
            for (let k = b * rows, end = k + rows; k < end; k++) {
              if (sigs[x * K + k] !== sigs[y * K + k]) {
                eq = false
                break
              }
            }
            if (eq && !earlier(x, y, li, b)) visit(Math.min(x, y), Math.max(x, y))
          }
        }
        s = e
      }
      progress(++done, totalBands)
    }
  })
}

function idxOf(key: number, exactKeys: boolean, R: number): number {
  if (exactKeys) return key % 2097152
  return Math.round((key - Math.floor(key)) * (R + 1))
}

/** The text of the paragraphs that are not boilerplate, one per line. */
export function contentText(f: DocFeatures, flags: Uint8Array): string {
  if (!flags.includes(1)) return f.text
  return f.paras
    .filter((_, i) => !flags[i])
    .map((p) => f.text.slice(p.start, p.end))
    .join('\n')
}

function reportBoilerplate(feats: DocFeatures[], flags: Uint8Array[]): BoilerplateLine[] {
  const byKey = new Map<number, { text: string; docs: number }>()
  feats.forEach((f, i) => {
    const mine = new Set<number>()
    f.paras.forEach((p, j) => {
      if (!flags[i]![j] || mine.has(p.key)) return
      mine.add(p.key)
      const e = byKey.get(p.key)
      if (e) e.docs++
      else byKey.set(p.key, { text: f.text.slice(p.start, p.end), docs: 1 })
    })
  })
  return [...byKey.values()].sort((a, b) => b.docs - a.docs || cmp(a.text, b.text))
}

export function assemble(feats: readonly { readonly id: string }[], links: DuplicateLink[], uf: UnionFind): Pick<DedupResult, 'clusters' | 'unique'> {
  const N = feats.length
  const byRoot = new Map<number, number[]>()
  for (let i = 0; i < N; i++) {
    const r = uf.find(i)
    let g = byRoot.get(r)
    if (!g) byRoot.set(r, (g = []))
    g.push(i)
  }
  const idIndex = new Map(feats.map((f, i) => [f.id, i]))
  const linksByRoot = new Map<number, DuplicateLink[]>()
  for (const l of links) {
    const r = uf.find(idIndex.get(l.a)!)
    let g = linksByRoot.get(r)
    if (!g) linksByRoot.set(r, (g = []))
    g.push(l)
  }
  const clusters: DuplicateCluster[] = []
  const unique: string[] = []
  for (const [root, members] of byRoot) {
    if (members.length === 1) {
      unique.push(feats[members[0]!]!.id)
      continue
    }
    const ls = (linksByRoot.get(root) ?? []).sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b) || KIND_RANK[x.kind] - KIND_RANK[y.kind])
    const kind = ls.reduce<DuplicateKind>((k, l) => (KIND_RANK[l.kind] > KIND_RANK[k] ? l.kind : k), 'exact')
    clusters.push({ members: members.map((i) => feats[i]!.id), kind, links: ls })
  }
  // Members are in index order, which is id order; clusters by their first member.
  clusters.sort((a, b) => cmp(a.members[0]!, b.members[0]!))
  unique.sort(cmp)
  return { clusters, unique }
}
