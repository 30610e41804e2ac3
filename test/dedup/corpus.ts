// A small seeded corpus for the index tests, made from the seed texts' own sentences: stories of
// 6–10 sentences drawn from the pool (so unrelated stories share sentences, as syndicated news
// does: many LSH candidates that must be rejected), and copies of earlier stories: near (8–15% of
// the words replaced), exact (case and spacing changed), truncated (first 40–70% of the words).
import { seeds } from '../seeds.js'
import { mulberry32 } from '../random.js'

export interface TestDoc {
  readonly id: string
  readonly text: string
  /** For a copy: the id of its story, and how it was made. */
  readonly source?: string
  readonly kind: 'story' | 'near' | 'exact' | 'trunc'
}

/** `n` documents, the same for the same seed. */
export function testCorpus(n: number, seed = 7): TestDoc[] {
  const r = mulberry32(seed)
  const pool = seeds
    .flatMap((s) => s.text.split(/(?<=[.!?])\s+|\n+/))
    .map((x) => x.trim())
    .filter((x) => x.split(' ').length >= 8)
  const vocab = pool.join(' ').split(/\s+/)
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!
  const stories: TestDoc[] = []
  const out: TestDoc[] = []
  for (let i = 0; i < n; i++) {
    const x = r()
    if (stories.length < 5 || x < 0.6) {
      const len = 6 + Math.floor(r() * 5)
      const d: TestDoc = { id: `s${i}`, text: Array.from({ length: len }, () => pick(pool)).join('\n'), kind: 'story' }
      stories.push(d)
      out.push(d)
      continue
    }
    const src = pick(stories)
    const words = src.text.split(' ')
    if (x < 0.8) {
      const w = [...words]
      const edits = Math.max(1, Math.round(w.length * (0.08 + r() * 0.07)))
      for (let e = 0; e < edits; e++) w[Math.floor(r() * w.length)] = pick(vocab)
      out.push({ id: `n${i}`, text: w.join(' '), source: src.id, kind: 'near' })
    } else if (x < 0.9) {
      out.push({ id: `e${i}`, text: src.text.toUpperCase().replace(/ /g, '  '), source: src.id, kind: 'exact' })
    } else {
      out.push({ id: `t${i}`, text: words.slice(0, Math.round(words.length * (0.4 + r() * 0.3))).join(' '), source: src.id, kind: 'trunc' })
    }
  }
  return out
}

/** The same documents in another (seeded) order. */
export function shuffled<T>(a: readonly T[], seed: number): T[] {
  const r = mulberry32(seed)
  const b = [...a]
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[b[i], b[j]] = [b[j]!, b[i]!]
  }
  return b
}
