/**
 * findDuplicates(): exact, near, contained and cross-lingual duplicates of a collection, in clusters.
 * This module is the batch flow; each step's rules live with their kind:
 *
 * 1. Read every document (features.ts), sorted by id so that the result never depends on input order.
 * 2. Boilerplate lines out (boilerplate.ts); paragraphs a document repeats reported.
 * 3. Exact duplicates: equal normalized token streams (judge.ts).
 * 4. Near and contained: MinHash over k-word shingles, LSH banding (lsh.ts), then every candidate
 *    verified by exact Jaccard and containment over the shingle sets (judge.ts).
 * 5. Translations: an inverted index over the pivot concepts of documents in different languages
 *    (translations.ts), candidates verified by translationScore() (cross-match.ts).
 * 6. Union-find over the verified links gives the clusters (clusters.ts).
 */
import { PadananError } from '../errors.js'
import { boilerplateFlags, contentTokens, defaultMinDocs, findRepeats, frequentLines, lineKeys, reportBoilerplate, type BoilerplateLine, type RepeatedParagraph } from './boilerplate.js'
import { assemble, ContainedLinks, UnionFind, type DuplicateCluster, type DuplicateLink } from './clusters.js'
import { matchTranslations } from './cross-match.js'
import { readFeatures, shingles, type DedupInput, type DocFeatures } from './features.js'
import { key53 } from './hash.js'
import { judgeOverlap, sameTokens } from './judge.js'
import { forEachCandidate } from './lsh.js'
import { overlap, signature } from './minhash.js'
import { resolveOptions, type DedupOptions } from './options.js'
import { cmp, round } from '../core/order.js'
import { Vocab } from './vocab.js'

/** The result of {@link findDuplicates}: every input id is in exactly one cluster or in `unique`. */
export interface DedupResult {
  readonly clusters: readonly DuplicateCluster[]
  readonly unique: readonly string[]
  readonly boilerplate: readonly BoilerplateLine[]
  readonly repeats: readonly RepeatedParagraph[]
}

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
  // With every document naming one and the same language there is no translation to find: no words to record.
  const record = o.translation !== false && !oneNamedLanguage(docs)
  docs.forEach((d, i) => {
    const f = readFeatures(d, i, false, record ? vocabOf : undefined)
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
  const contained = new ContainedLinks()
  let verified = 0
  forEachCandidate(
    sigs,
    R,
    K,
    lshs,
    (x, y) => {
      verified++
      const ov = overlap(setOf(x), setOf(y))
      const ix = reps[x]!
      const iy = reps[y]!
      const kind = judgeOverlap(o, ov, sets[x]!.length, sets[y]!.length)
      if (kind === 'near') {
        uf.union(ix, iy)
        copies.union(ix, iy)
        links.push({ a: feats[ix]!.id, b: feats[iy]!.id, kind: 'near', similarity: round(ov.jaccard) })
      } else if (kind === 'contained') {
        // The smaller one is contained in the larger (equal sizes cannot be: Jaccard would be high).
        const [small, large] = sets[x]!.length <= sets[y]!.length ? [ix, iy] : [iy, ix]
        contained.note(small, large, ov.containment)
      }
    },
    (done, total) => progress('candidates', done, total),
  )
  progress('verify', verified, verified)
  contained.join(uf, links, (i) => feats[i]!.id)

  // 5. Translations, when the representatives are in more than one language.
  if (o.translation !== false) {
    matchTranslations(
      { feats, flags, content, reps, copyOf: (i) => copies.find(i), vocab: vocabOf, lexicon: o.lexicon, threshold: o.translation },
      {
        same: (x, y) => uf.same(x, y),
        accept: (x, y, score) => {
          uf.union(x, y)
          const [p, q] = cmp(feats[x]!.id, feats[y]!.id) <= 0 ? [x, y] : [y, x]
          links.push({ a: feats[p]!.id, b: feats[q]!.id, kind: 'translation', similarity: round(score) })
        },
        onCandidates: options.onTranslationCandidates,
        progress: (done, total) => progress('translation', done, total),
      },
    )
  }

  return { ...assemble(feats, links, uf), boilerplate, repeats }
}

/** Whether every document names its language, and all the same one (the same code, or the same pack). */
function oneNamedLanguage(docs: readonly DedupInput[]): boolean {
  let first: unknown
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as { lang?: unknown } | null
    const lang = typeof d === 'object' && d !== null ? d.lang : undefined
    if (lang === undefined || lang === null) return false
    const key = typeof lang === 'string' ? lang : typeof lang === 'object' ? (lang as { code?: unknown }).code : undefined
    if (typeof key !== 'string') return false
    if (i === 0) first = key
    else if (key !== first) return false
  }
  return docs.length > 0
}
