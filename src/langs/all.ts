import type { LanguagePack } from '../types.js'
import { de } from './de/index.js'
import { en } from './en/index.js'
import { fr } from './fr/index.js'
import { id } from './id/index.js'
import { ms } from './ms/index.js'
import { zh } from './zh/index.js'

/**
 * Every language pack that ships with padanan, for the CLI, the spec runner and users who want them
 * all (`import { languages } from 'padanan/langs'`). A new built-in language adds two lines here: its
 * import and its entry in the list (docs/adding-a-language.md).
 *
 * @example
 * import { languages } from 'padanan/langs'
 * languages.map((p) => p.code) //=> ['id', 'en', …]
 */
export const languages: readonly LanguagePack[] = [
  id,
  en,
  ms,
  fr,
  de,
  zh,
]

