// The built-in language packs as the CLI loads them: a command that names its languages (align or check
// with --lang-a and --lang-b, numbers with --lang) reads only theirs; every other command, all of them.
import type { LanguagePack } from '../types.js'
import { registerLanguage } from '../langs/index.js'

/**
 * Every built-in pack's code, name and loader, in the order of `padanan/langs` (help texts read the
 * names without loading a pack).
 */
export const BUILTIN_LANGUAGES: readonly { readonly code: string; readonly name: string; readonly load: () => Promise<LanguagePack> }[] = [
  { code: 'id', name: 'Indonesian', load: async () => (await import('../langs/id/index.js')).id },
  { code: 'en', name: 'English', load: async () => (await import('../langs/en/index.js')).en },
  { code: 'ms', name: 'Malay', load: async () => (await import('../langs/ms/index.js')).ms },
  { code: 'fr', name: 'French', load: async () => (await import('../langs/fr/index.js')).fr },
  { code: 'de', name: 'German', load: async () => (await import('../langs/de/index.js')).de },
  { code: 'zh', name: 'Chinese', load: async () => (await import('../langs/zh/index.js')).zh },
]

let loaded: readonly LanguagePack[] = []

/**
 * Load and register built-in packs: those of `codes` when every one is a built-in code, else all of them.
 *
 * @example
 * await loadPacks(['id', 'en']) // the German, French, Malay and Chinese packs are not read
 * cliLanguages().map((p) => p.code) //=> ['id', 'en']
 */
export async function loadPacks(codes: readonly string[] | null): Promise<void> {
  const builtin = (c: string) => BUILTIN_LANGUAGES.some((l) => l.code === c)
  const wanted = codes && codes.every(builtin) ? BUILTIN_LANGUAGES.filter((l) => codes.includes(l.code)) : BUILTIN_LANGUAGES
  loaded = await Promise.all(wanted.map((l) => l.load()))
  for (const pack of loaded) registerLanguage(pack)
}

/**
 * The packs loadPacks() loaded, in the order of `padanan/langs`: the candidates of detection.
 *
 * @example
 * cliLanguages().map((p) => p.code) //=> ['id', 'en', 'ms', 'fr', 'de', 'zh']
 */
export function cliLanguages(): readonly LanguagePack[] {
  return loaded
}

/**
 * The languages a command line names, when it names all that the command reads: align and check with
 * --lang-a and --lang-b (files A B, not a report), numbers with --lang and text; null for the others.
 *
 * @example
 * namedLanguages(['align', 'a.txt', 'b.txt', '--lang-a', 'id', '--lang-b', 'en']) //=> ['id', 'en']
 * namedLanguages(['pair', 'corpus/']) //=> null
 */
export function namedLanguages(argv: readonly string[]): string[] | null {
  const [cmd, ...rest] = argv
  const flag = (name: string): string | undefined => {
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === `--${name}`) return rest[i + 1]
      if (rest[i]!.startsWith(`--${name}=`)) return rest[i]!.slice(name.length + 3)
    }
    return undefined
  }
  if (cmd === 'align' || cmd === 'check') {
    const a = flag('lang-a')
    const b = flag('lang-b')
    // A lexicon names its languages too (align --lexicon-from de).
    const more = [flag('lexicon-from'), flag('lexicon-to')].filter((c): c is string => c !== undefined)
    return a && b ? [a, b, ...more] : null
  }
  if (cmd === 'numbers' && !rest.includes('--jsonl')) {
    const l = flag('lang')
    return l ? [l] : null
  }
  return null
}
