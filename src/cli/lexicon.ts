// `--lexicon FILE` for align and pair: a bilingual word list read with the library's loader.
import { PadananError } from '../errors.js'
import { resolveLanguage } from '../langs/index.js'
import { LEXICON_FORMATS, loadLexicon, type LexiconFormat } from '../lexicon/load.js'
import type { Lexicon } from '../lexicon/lexicon.js'

/** The parseArgs options of the lexicon flags. */
export const LEXICON_OPTIONS = {
  lexicon: { type: 'string' },
  'lexicon-format': { type: 'string' },
  'lexicon-from': { type: 'string' },
  'lexicon-to': { type: 'string' },
} as const

/** The lexicon flags' values as parseArgs gives them. */
export interface LexiconFlags {
  readonly lexicon?: string | undefined
  readonly 'lexicon-format'?: string | undefined
  readonly 'lexicon-from'?: string | undefined
  readonly 'lexicon-to'?: string | undefined
}

/** The format a file's name suggests: dictd files are FreeDict, `.dic` is hunalign's, anything else TSV. */
function guessFormat(path: string): LexiconFormat {
  if (/\.(index|dict|dict\.dz)$/i.test(path)) return 'freedict'
  if (/\.dic$/i.test(path)) return 'hunalign'
  return 'tsv'
}

/** A known code in its pack's spelling (`id-ID` → `id`); a code no pack has is kept, as the library allows. */
function langCode(code: string): string {
  try {
    return resolveLanguage(code).code
  } catch {
    return code
  }
}

/**
 * The lexicon the flags name, or `undefined` without `--lexicon`. `--lexicon-from` and
 * `--lexicon-to` are the languages of the file's source words and their translations (default
 * `defaults`). English is the pivot of every comparison, so a file from English into another
 * language is read the other way round (FreeDict's eng-ind gives an id → en lexicon).
 *
 * @throws PadananError `BAD_OPTIONS` for a stray or missing flag, `BAD_INPUT` / `BAD_LEXICON` for the file
 * @example
 * const lex = lexiconFromFlags({ lexicon: 'id-en.tsv' }, { from: 'id', to: 'en' })
 * lex?.concepts('rumah') //=> ['hous'] when the file holds "rumah<TAB>house"
 */
export function lexiconFromFlags(flags: LexiconFlags, defaults: { from?: string; to?: string }): Lexicon | undefined {
  const path = flags.lexicon
  if (path === undefined) {
    for (const f of ['lexicon-format', 'lexicon-from', 'lexicon-to'] as const) {
      if (flags[f] !== undefined) throw new PadananError('BAD_OPTIONS', `--${f} goes with --lexicon FILE`, { field: f })
    }
    return undefined
  }
  if (path === '') throw new PadananError('BAD_OPTIONS', '--lexicon needs a file name', { field: 'lexicon' })
  const format = flags['lexicon-format'] ?? guessFormat(path)
  if (!(LEXICON_FORMATS as readonly string[]).includes(format)) {
    throw new PadananError('BAD_OPTIONS', `--lexicon-format must be one of ${LEXICON_FORMATS.join(', ')}, not ${JSON.stringify(format)}`, { field: 'lexicon-format' })
  }
  const fromFlag = flags['lexicon-from'] ?? defaults.from
  const toFlag = flags['lexicon-to'] ?? defaults.to
  if (!fromFlag) throw new PadananError('BAD_OPTIONS', '--lexicon needs --lexicon-from CODE, the language of its source words', { field: 'lexicon-from' })
  if (!toFlag) throw new PadananError('BAD_OPTIONS', '--lexicon needs --lexicon-to CODE, the language of its translations', { field: 'lexicon-to' })
  const from = langCode(fromFlag)
  const to = langCode(toFlag)
  if (from === to) throw new PadananError('BAD_OPTIONS', `--lexicon-from and --lexicon-to are both ${from}: a lexicon joins two languages`, { field: 'lexicon-to' })
  const f = format as LexiconFormat
  return from === 'en' ? loadLexicon(path, { format: f, from: to, to: 'en', reverse: true }) : loadLexicon(path, { format: f, from, to })
}
