/**
 * Translation groups from scored pairs: the strongest links first, two groups merge when their
 * languages can be told apart (at most one document per language) and the links between all their
 * members are, on average, as strong as a pair must be. A single strong-looking link between two
 * stories therefore does not merge them: every other cross link of the merge must back it.
 */

/** A scored candidate pair (indexes of documents). */
export interface Edge {
  readonly x: number
  readonly y: number
  readonly score: number
}

/** A group: member indexes and the language each stands for, in language order. */
export interface Group {
  readonly members: readonly number[]
  readonly languages: readonly string[]
}

/**
 * Build groups of two or more documents.
 *
 * @param n - number of documents (indexed in id order)
 * @param slots - per document, the languages it may stand for (usually one)
 * @param edges - scored pairs at or above `minScore`
 * @param score - the score of any pair (computed on demand for pairs that were not candidates)
 * @returns groups, each with a language per member; documents in none are left out
 *
 * @example
 * buildGroups(3, [['de'], ['fr'], ['en']], [{ x: 0, y: 2, score: 0.8 }, { x: 1, y: 2, score: 0.7 }], () => 0.6, 0.3)
 * //=> [{ members: [0, 2, 1], languages: ['de', 'en', 'fr'] }]
 */
export function buildGroups(
  n: number,
  slots: readonly (readonly string[])[],
  edges: readonly Edge[],
  score: (x: number, y: number) => number,
  minScore: number,
): Group[] {
  // Documents are indexed in id order, so equal scores are taken in the same order whatever the input's.
  const order = [...edges].sort((p, q) => q.score - p.score || Math.min(p.x, p.y) - Math.min(q.x, q.y) || Math.max(p.x, p.y) - Math.max(q.x, q.y))
  // Each document starts alone; a group is its member list, owned by its first member's index.
  const groupOf = Int32Array.from({ length: n }, (_, i) => i)
  const members = new Map<number, number[]>()
  const assignment = new Map<number, string[]>()
  for (const e of order) {
    const gx = groupOf[e.x]!
    const gy = groupOf[e.y]!
    if (gx === gy) continue
    const mx = members.get(gx) ?? [e.x]
    const my = members.get(gy) ?? [e.y]
    const merged = [...mx, ...my]
    const langs = assignLanguages(merged.map((i) => slots[i]!))
    if (!langs) continue
    // Average linkage over every cross pair: the edge itself is one of them.
    let sum = 0
    for (const a of mx) for (const b of my) sum += a === e.x && b === e.y ? e.score : score(a, b)
    if (sum / (mx.length * my.length) < minScore) continue
    const root = Math.min(gx, gy)
    for (const i of merged) groupOf[i] = root
    members.delete(gx)
    members.delete(gy)
    members.set(root, merged)
    assignment.set(root, langs)
  }
  const out: Group[] = []
  for (const [root, ms] of members) {
    const langs = assignment.get(root)!
    const order = ms.map((m, k) => ({ m, l: langs[k]! })).sort((p, q) => (p.l < q.l ? -1 : p.l > q.l ? 1 : 0))
    out.push({ members: order.map((o) => o.m), languages: order.map((o) => o.l) })
  }
  return out
}

/**
 * A different language for every document, each from its own options (the first option preferred),
 * or null when there is none.
 *
 * @example
 * assignLanguages([['id', 'ms'], ['id'], ['en']]) //=> ['ms', 'id', 'en']
 * assignLanguages([['de'], ['de']]) //=> null
 */
export function assignLanguages(options: readonly (readonly string[])[]): string[] | null {
  const out: string[] = new Array(options.length)
  const used = new Set<string>()
  // Documents with one option first: they leave the others no choice.
  const order = options.map((o, i) => i).sort((a, b) => options[a]!.length - options[b]!.length || a - b)
  const place = (k: number): boolean => {
    if (k === order.length) return true
    const i = order[k]!
    for (const l of options[i]!) {
      if (used.has(l)) continue
      used.add(l)
      out[i] = l
      if (place(k + 1)) return true
      used.delete(l)
    }
    return false
  }
  return place(0) ? out : null
}
