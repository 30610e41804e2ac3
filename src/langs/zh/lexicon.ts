import type { Lexicon } from '../../lexicon/lexicon.js'
import { packLexicon } from '../../lexicon/pack.js'
import { lexiconEnStemmed } from './lexicon-en.stemmed.js'

/** What the lexicon says it is (`Lexicon.source`). Its table comes from scripts/zh-lexicon.mjs, not from a word list read with stemmers. */
export const ZH_EN_LEXICON_OPTIONS = {
  from: 'zh',
  to: 'en',
  source:
    'CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict), its 18,000 words most frequent in jieba\'s dictionary, glosses as English stems (scripts/zh-lexicon.mjs); CC BY-SA 4.0',
}

/**
 * The Chinese → English lexicon that ships with padanan: 18,000 simplified Chinese words from CC-CEDICT
 * (CC BY-SA 4.0), each with the English Porter stems of its first senses. Chinese words do not inflect,
 * so a word is its own key. The table is read on the first call only and the result is cached, so
 * importing this module costs nothing.
 *
 * @returns the shared lexicon (`from: 'zh'`, `to: 'en'`)
 *
 * @example
 * const lex = zhEnLexicon()
 * lex.concepts('投资') //=> ['invest']
 * lex.concepts('政府') //=> ['govern']
 */
export const zhEnLexicon: () => Lexicon = /* @__PURE__ */ packLexicon(lexiconEnStemmed, ZH_EN_LEXICON_OPTIONS)
