import { checkText } from '../core/limits.js'
import { detectAmong } from '../core/detect.js'
import { numberLanguage, numberLanguages } from '../langs/numbers.js'
import type { LanguageInput } from '../langs/registry.js'
import { compileGrammar } from './compile.js'
import { lex } from './lexer.js'
import { extractWithGrammar } from './reader.js'
import type { NumberGrammar, NumberMention } from './types.js'

/**
 * Every number mention in a text, with its canonical value, kind, unit and a `key` that is equal
 * for the same quantity in any language. Never throws on a string; spans always slice the input.
 * Without `lang`, the language is detected.
 *
 * @param text - any string
 * @param lang - a language code (`'id'`, `'en'`) or a LanguagePack
 * @returns the mentions in order of appearance
 * @throws PadananError `BAD_INPUT` if text is not a string, `UNKNOWN_LANGUAGE` for an unknown code
 *
 * @example
 * extractNumbers('Xiaomi berinvestasi hingga 105 miliar yuan dari tahun 2021 hingga 2025', 'id')
 * //=> [ { text: '105 miliar yuan', kind: 'currency', value: 105000000000, unit: 'CNY', approx: true, key: 'currency:105000000000:CNY', … },
 * //     { text: '2021 hingga 2025', kind: 'range', value: [2021, 2025], unit: null, key: 'range:2021..2025', … } ]
 */
export function extractNumbers(text: string, lang?: LanguageInput): NumberMention[] {
  checkText(text)
  return extractWithGrammar(text, grammarOf(text, lang))
}

/** The number grammar of a text's language, given or detected: through the grammars, not the packs (reading numbers needs no stemmer and no lexicon). */
function grammarOf(text: string, lang: LanguageInput | undefined): NumberGrammar {
  return numberLanguage(lang ?? detectAmong(text, numberLanguages()).lang).numbers
}

/**
 * How many times a text names a year by its distance from the text's date (the grammar's
 * `relativeYears`: en `this year`, `last year`; id `tahun ini`, `tahun lalu`).
 *
 * @example
 * relativeYearCount('Profits rose this year and fell last year.', 'en') //=> 2
 */
export function relativeYearCount(text: string, lang?: LanguageInput): number {
  checkText(text)
  const table = compileGrammar(grammarOf(text, lang)).relativeYears
  if (!table) return 0
  const tokens = lex(text)
  let n = 0
  for (let i = 0; i < tokens.length; ) {
    const m = tokens[i]!.type === 'word' ? table.match(tokens, i) : null
    if (m) n++
    i = m ? m.end : i + 1
  }
  return n
}
