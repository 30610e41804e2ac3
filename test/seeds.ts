// The seed corpus (fixtures/npc) and its gold labels, as the tests read them.
import { readFileSync, readdirSync } from 'node:fs'

export const seedDir = new URL('../fixtures/npc/', import.meta.url)

/** gold.json: pairs, unpaired, boilerplate, repeated paragraphs, numbers. */
export const gold = JSON.parse(readFileSync(new URL('gold.json', seedDir), 'utf8'))

/** The five seed texts as `{ id, text }`, id = file name without `.txt`, in id order. */
export const seeds: { id: string; text: string }[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, seedDir), 'utf8') }))

/** Every distinct lowercased [a-z] word of the seed texts (both languages), for the stemmer checks. */
export function seedWords(): Set<string> {
  return new Set(seeds.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? []))
}
