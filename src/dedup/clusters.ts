/**
 * Clusters: union-find over verified links, and the clusters and unique ids it gives, for
 * findDuplicates and for the streaming index. An index's clusters are a function of its set of
 * documents: what one in-memory run, two processes sharing a Redis index, or merged shards all agree
 * on. add() reports matches against what came before, so its answers depend on the order of adding;
 * these do not.
 */
import { judgeCross } from './cross-match.js'
import { judgeWord, KIND_RANK } from './judge.js'
import { forEachCandidate } from './lsh.js'
import type { DuplicateKind } from './options.js'
import { cmp, round } from '../core/order.js'
import { indexable } from './record.js'
import type { Settings } from './settings.js'
import type { StoredDoc } from './storage.js'

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

/** The clusters of an index: every id is in exactly one cluster or in `unique`. */
export interface IndexClusters {
  /** Ordered by first member; members and links in code-unit order of ids. */
  readonly clusters: readonly DuplicateCluster[]
  readonly unique: readonly string[]
}

/**
 * Union-find over document indexes, the smaller index always the root.
 *
 * @example
 * const uf = new UnionFind(3)
 * uf.union(2, 1)
 * uf.find(2) //=> 1
 */
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
 * The `contained` links of a clustering: an excerpt is linked only to the one document it is most
 * contained in (the lowest index on a tie), so that a short text found in two unrelated stories (a
 * shared background paragraph) does not chain them into one cluster.
 *
 * @example
 * const contained = new ContainedLinks()
 * contained.note(small, large, 0.93)
 * contained.join(uf, links, (i) => docs[i]!.id)
 */
export class ContainedLinks {
  private readonly best = new Map<number, { large: number; c: number }>()

  /** `small` is contained in `large` by `c`. */
  note(small: number, large: number, c: number): void {
    const best = this.best.get(small)
    if (!best || c > best.c || (c === best.c && large < best.large)) this.best.set(small, { large, c })
  }

  /** Join each excerpt to its source and add their links, in index order of the excerpts. */
  join(uf: UnionFind, links: DuplicateLink[], idOf: (i: number) => string): void {
    for (const [small, { large, c }] of [...this.best].sort((p, q) => p[0] - q[0])) {
      uf.union(small, large)
      links.push({ a: idOf(small), b: idOf(large), kind: 'contained', similarity: round(c) })
    }
  }
}

/**
 * The clusters of documents joined by union-find, with their links, and the ids left unique.
 *
 * @example
 * assemble([{ id: 'a' }, { id: 'b' }, { id: 'c' }], links, uf) //=> { clusters: [{ members: ['a', 'b'], kind: 'near', links }], unique: ['c'] }
 */
export function assemble(feats: readonly { readonly id: string }[], links: DuplicateLink[], uf: UnionFind): IndexClusters {
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
  const contained = new ContainedLinks()
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
    contained.note(small, large, v.similarity)
  })
  contained.join(uf, links, (i) => docs[i]!.id)
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
