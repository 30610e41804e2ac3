// Shipped lexicons are loaded from stem tables (src/langs/<code>/lexicon-en.stemmed.ts) written by
// scripts/lexicon-stems.mjs: each table must be exactly its word list read with the pack's stemmers.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { languages } from '../../src/langs/all.js'
import { createLexicon, type CreateLexiconOptions } from '../../src/lexicon/lexicon.js'
import { lexiconFromStemmed, patchStemmedTable, stemmedTable, stemmedTablePatch } from '../../src/lexicon/stemmed.js'
import { tsvPairs } from '../../src/lexicon/tsv.js'

const shipped = languages
  .filter((p) => existsSync(new URL(`../../src/langs/${p.code}/lexicon-en.ts`, import.meta.url)))
  .map((pack) => ({ code: pack.code, pack }))

describe.each(shipped)('$code→en stem table', ({ code, pack }) => {
  it('is the word list read with the pack\'s stemmers (else run npm run lexicons)', async () => {
    const { lexiconEnTsv } = (await import(`../../src/langs/${code}/lexicon-en.ts`)) as { lexiconEnTsv: string }
    const mod = (await import(`../../src/langs/${code}/lexicon.ts`)) as Record<string, unknown>
    const options = mod[`${code.toUpperCase()}_EN_LEXICON_OPTIONS`] as CreateLexiconOptions
    // A lexicon based on another (Malay on Indonesian) ships the difference from that one's table.
    const base = mod[`${code.toUpperCase()}_EN_LEXICON_BASE`] as string | undefined
    const shippedTable = (await import(`../../src/langs/${code}/lexicon-en.stemmed.ts`)) as { lexiconEnStemmed?: string; lexiconEnStemmedPatch?: string }
    const lexiconEnStemmed = base
      ? patchStemmedTable(((await import(`../../src/langs/${base}/lexicon-en.stemmed.ts`)) as { lexiconEnStemmed: string }).lexiconEnStemmed, shippedTable.lexiconEnStemmedPatch!)
      : shippedTable.lexiconEnStemmed!
    const fromWords = createLexicon(tsvPairs(lexiconEnTsv), options)
    expect(lexiconEnStemmed).toBe(stemmedTable(fromWords))
    // The pack's lexicon answers as the one built from words, entry for entry and in the same order.
    expect([...pack.lexicon!().entries()]).toEqual([...fromWords.entries()])
    expect(pack.lexicon!().size).toBe(fromWords.size)
  })
})

describe('stem tables', () => {
  const words = createLexicon(
    [
      ['kecerdasan buatan', 'artificial intelligence'],
      ['investasi', 'investment'],
      ['investasi', 'invest'],
      ['dan', 'a'],
    ],
    { from: 'id', to: 'en', source: 'test', stemTo: (w) => w.replace(/ment$/, '') },
  )

  it('round-trips entries with several words, several stems and none', () => {
    const table = stemmedTable(words)
    expect(table).toBe('kecerdasan buatan\tartificial\tintelligence\ninvestasi\tinvest\ndan\n')
    const lex = lexiconFromStemmed(table, { from: 'id', to: 'en', source: 'test' })()
    expect([...lex.entries()]).toEqual([...words.entries()])
    expect(lex.concepts('dan')).toEqual([])
    expect(lex.has('dan')).toBe(true)
    expect(lex.concepts('tidak ada')).toEqual([])
    expect([lex.from, lex.to, lex.source, lex.size]).toEqual(['id', 'en', 'test', 3])
  })

  it('writes a table as its difference from another and reads it back', () => {
    const base = 'abang\tbrother\nabu\tash\nacak\trandom\n'
    const table = 'abah\tfather\nabang\tbrother\nacak\trandom\n'
    const patch = stemmedTablePatch(base, table)
    expect(patch).toBe('+abah\tfather\n=1\n-1\n')
    expect(patchStemmedTable(base, patch)).toBe(table)
    // Edge cases: empty sides, reordered lines, a dropped tail, a base without its last line break.
    for (const [a, b] of [['', 'a\n'], ['a\n', ''], ['a\nb\n', 'b\na\n'], ['a\nb\nc\n', 'a\n'], ['a\nb', 'a\nb\n'], ['a\nb\nc\n', 'x\nc\ny\n']]) {
      expect(patchStemmedTable(a!, stemmedTablePatch(a!, b!))).toBe(b)
    }
    expect(() => patchStemmedTable(base, '*3\n')).toThrowError(expect.objectContaining({ code: 'BAD_LEXICON' }))
  })

  it('refuses a stem holding a tab or a line break, which a table cannot hold', () => {
    // A user's stemmer can return anything; the table must not write a stem it could not read back.
    const bad = createLexicon([['ab', 'x']], { from: 'id', to: 'en', source: 'test', stemFrom: (w) => `${w}\t` })
    expect(() => stemmedTable(bad)).toThrowError(expect.objectContaining({ code: 'BAD_LEXICON' }))
  })
})
