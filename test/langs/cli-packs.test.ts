// The CLI's list of built-in packs, kept without loading them, and the languages a command line names.
import { describe, expect, it } from 'vitest'
import { BUILTIN_LANGUAGES, cliLanguages, loadPacks, namedLanguages } from '../../src/cli/packs.js'
import { languages } from '../../src/langs/all.js'

describe('the CLI packs', () => {
  it('list every built-in pack by code and name, in the order of padanan/langs', () => {
    expect(BUILTIN_LANGUAGES.map(({ code, name }) => ({ code, name }))).toEqual(languages.map((p) => ({ code: p.code, name: p.name })))
  })

  it('load only the named languages when a command names all it reads, else all of them', async () => {
    await loadPacks(['de', 'fr'])
    expect(cliLanguages().map((p) => p.code)).toEqual(['fr', 'de'])
    await loadPacks(['de', 'xx'])
    expect(cliLanguages()).toEqual(languages)
    await loadPacks(null)
    expect(cliLanguages()).toEqual(languages)
  })

  it('read the languages from the flags that name them', () => {
    expect(namedLanguages(['align', 'a.txt', 'b.txt', '--lang-a', 'id', '--lang-b', 'en'])).toEqual(['id', 'en'])
    expect(namedLanguages(['check', '--tsv', '--lang-a=de', '--lang-b=fr'])).toEqual(['de', 'fr'])
    expect(namedLanguages(['align', 'a', 'b', '--lang-a', 'id', '--lang-b', 'en', '--lexicon', 'x.tsv', '--lexicon-from', 'ms'])).toEqual(['id', 'en', 'ms'])
    expect(namedLanguages(['align', 'a', 'b', '--lang-a', 'id'])).toBeNull()
    expect(namedLanguages(['numbers', '--lang', 'zh', '1050亿元'])).toEqual(['zh'])
    expect(namedLanguages(['numbers', '--jsonl', '--lang', 'zh'])).toBeNull()
    expect(namedLanguages(['pair', 'corpus/'])).toBeNull()
    expect(namedLanguages([])).toBeNull()
  })
})
