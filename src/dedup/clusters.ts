/**
 * The clusters of a streaming index as a function of its set of documents: what one in-memory
 * run, two processes sharing a Redis index, or merged shards all agree on. add() reports matches
 * against what came before, so its answers depend on the order of adding; these do not.
 */
import { assemble, cmp, forEachCandidate, round, UnionFind, type DuplicateCluster, type DuplicateLink } from './find.js'
import type { StoredDoc } from './storage.js'
import { indexable, judgeCross, judgeWord, type Settings } from './stream.js'

/** The clusters of an index: every id is in exactly one cluster or in `unique`. */
export interface IndexClusters {
  /** Ordered by first member; members and links in code-unit order of ids. */
  readonly clusters: readonly DuplicateCluster[]
  readonly unique: readonly string[]
}

/**
 * Cluster stored records (any order: they are sorted by id first).
 *
 * 1. Exact: equal content keys; the first id of each group stands for it.
 * 2. Word candidates among those: pairs equal in one LSH band (forEachCandidate checks the slots,
 *    so neither bucket-key collisions nor the backend's bucket layout matter), judged as add()
 *    judges them; a `contained` document is linked only to the one it is most contained in (as
 *    findDuplicates does), so an excerpt shared by two stories does not chain them.
 * 3. Concept candidates (when translations are on), judged as add() does.
 * 4. Union-find over the links.
 *
 * @example
 * clusterRecords([...index.records()], index.s) //=> { clusters: [{ members: ['a', 'b'], kind: 'near', links: […] }], unique: ['c'] }
 */
export function clusterRecords(records: readonly StoredDoc[], s: Settings): IndexClusters {
  const docs = [...records].sort((a, b) => cmp(a.id, b.id))
  const N = docs.length
  const uf = new UnionFind(N)
  const links: DuplicateLink[] = []
  const groups = new Map<number, number>()
  const reps: number[] = []
  for (let i = 0; i < N; i++) {
    const d = docs[i]!
    if (!indexable(d)) continue
    const g = groups.get(d.exact)
    if (g !== undefined) {
      uf.union(g, i)
      links.push({ a: docs[g]!.id, b: d.id, kind: 'exact', similarity: 1 })
    } else {
      groups.set(d.exact, i)
      reps.push(i)
    }
  }
  const R = reps.length
  const K = s.o.numPerm
  const sigs = new Uint32Array(R * K)
  reps.forEach((i, r) => sigs.set(docs[i]!.sig, r * K))
  const source = new Map<number, { large: number; c: number }>()
  forEachCandidate(sigs, R, K, s.o.word, (x, y) => {
    const ix = reps[x]!
    const iy = reps[y]!
    const v = judgeWord(s, docs[ix]!, docs[iy]!)
    if (!v) return
    if (v.kind === 'near') {
      uf.union(ix, iy)
      links.push({ a: docs[ix]!.id, b: docs[iy]!.id, kind: 'near', similarity: v.similarity })
      return
    }
    const [small, large] = v.contained === 'self' ? [ix, iy] : [iy, ix]
    const best = source.get(small)
    if (!best || v.similarity > best.c || (v.similarity === best.c && large < best.large)) source.set(small, { large, c: v.similarity })
  })
  for (const [small, { large, c }] of [...source].sort((p, q) => p[0] - q[0])) {
    uf.union(small, large)
    links.push({ a: docs[small]!.id, b: docs[large]!.id, kind: 'contained', similarity: round(c) })
  }
  if (s.o.cross) {
    const withC = reps.filter((i) => docs[i]!.csig !== null && docs[i]!.concepts > 0)
    const csigs = new Uint32Array(withC.length * K)
    withC.forEach((i, r) => csigs.set(docs[i]!.csig!, r * K))
    forEachCandidate(csigs, withC.length, K, [s.o.cross], (x, y) => {
      const ix = withC[x]!
      const iy = withC[y]!
      const v = judgeCross(s, docs[ix]!, docs[iy]!)
      if (!v) return
      uf.union(ix, iy)
      links.push({ a: docs[ix]!.id, b: docs[iy]!.id, kind: 'translation', similarity: v.similarity })
    })
  }
  return assemble(docs, links, uf)
}
