import type { LanguagePack } from '../types.js'
import { en } from './en/index.js'
import { id } from './id/index.js'

/**
 * Every language pack that ships with padanan, for the CLI, the spec runner and users who want them
 * all (`import { languages } from 'padanan/langs'`). A new built-in language adds one line here.
 *
 * @example
 * import { languages } from 'padanan/langs'
 * languages.map((p) => p.code) //=> ['id', 'en', …]
 */
export const languages: readonly LanguagePack[] = [
  id,
  en,
]

export { id, en }
