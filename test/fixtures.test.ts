// The seed corpus against its hand-made gold labels.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractNumbers, prepare, detectLanguage } from '../src/index.js'

const dir = new URL('../fixtures/npc/', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8'))
const text = (id: string) => readFileSync(new URL(`${id}.txt`, dir), 'utf8')
const ids = Object.keys(gold.documents)

describe('fixtures/npc', () => {
  it('every number mention of 001 and 002 matches the gold file', () => {
    for (const [id, mentions] of Object.entries(gold.numbers) as [string, unknown[]][]) {
      expect(extractNumbers(text(id), gold.documents[id].lang)).toEqual(mentions)
    }
  })

  it('the Indonesian and English mentions agree pairwise by key', () => {
    const [a, b] = Object.values(gold.numbers) as { key: string; text: string }[][]
    expect(a!.length).toBe(8)
    expect(a!.map((m) => m.key)).toEqual(b!.map((m) => m.key))
    expect(gold.numberPairs).toContainEqual(['seperempat', 'one-quarter'])
    expect(gold.numberPairs).toContainEqual(['ke -14', '14th'])
  })

  it('the language of every seed is detected', () => {
    for (const id of ids) expect(detectLanguage(text(id)).lang, id).toBe(gold.documents[id].lang)
  })

  it('001 and 002 segment into the ten sentences of the gold ladder', () => {
    const a = prepare(text(gold.ladder.a), 'id')
    const b = prepare(text(gold.ladder.b), 'en')
    expect(a.sentences).toHaveLength(gold.ladder.beads.length)
    expect(b.sentences).toHaveLength(gold.ladder.beads.length)
    // The sentences that hold the seed's numbers line up one to one.
    for (const bead of gold.ladder.beads) {
      const ka = a.sentences[bead.a[0]]!.numbers.map((m) => m.key)
      const kb = b.sentences[bead.b[0]]!.numbers.map((m) => m.key)
      expect(ka).toEqual(kb)
    }
  })

  it('boilerplate and repeated-paragraph labels point at the lines they name', () => {
    for (const [id, lines] of Object.entries(gold.boilerplate) as [string, { line: number; text: string }[]][]) {
      const L = text(id).split('\n')
      for (const l of lines) expect(L[l.line - 1]!.trim()).toBe(l.text)
    }
    const [[first, second]] = gold.repeatedParagraphs['000_bc3c1629cbba4fa2']
    expect(first.text.startsWith(second.text)).toBe(true)
  })

  it('prepare finds names and keeps offsets into the original text', () => {
    const d = prepare(text('002_8b5633673b5c9d83'), 'en')
    expect(d.names).toEqual(expect.arrayContaining(['Lei Jun', 'Xiaomi Group', 'Xiaomi', 'R&D']))
    for (const s of d.sentences) {
      expect(d.text.slice(s.start, s.end)).toBe(s.text)
      for (const t of s.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text)
    }
    const id = prepare(text('001_08d4fc09aac09c03'), 'id')
    const stems = new Set(id.sentences.flatMap((s) => s.tokens.map((t) => t.stem)))
    for (const s of ['kembang', 'investasi', 'teliti', 'cerdas']) expect(stems).toContain(s)
  })
})
