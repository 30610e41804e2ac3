import { defineLanguagePack } from '../define.js'
import { zhEnLexicon } from './lexicon.js'
import { numbers } from './numbers.js'
import { abbreviations, markers, stopwords } from './words.js'

/**
 * The Chinese language pack (simplified, and traditional where the forms differ): sentences end at `。！？；`,
 * words come from Intl.Segmenter, numbers in digits, full-width digits and Chinese numerals with myriad scales
 * (`1050亿元`, `一百零五`, `1.05万亿`, `百分之二十五`, `第十四届`), a zh→en lexicon from CC-CEDICT (CC BY-SA 4.0)
 * for the pivot. Detected by its script (Han).
 * Not in the core's built-ins: import it from `padanan/langs/zh` and pass it.
 *
 * @example
 * import { zh } from 'padanan/langs/zh'
 * extractNumbers('小米计划投资1050亿元。', zh)[0].key //=> 'currency:105000000000:CNY'
 */
export const zh = /* @__PURE__ */ defineLanguagePack({
  code: 'zh',
  name: 'Chinese',
  segmentation: { locale: 'zh', abbreviations, sentenceEnds: ['；', ';'] },
  stopwords,
  numbers,
  // Chinese words do not inflect: a word is its own stem.
  stem: (w: string) => w,
  lexicon: zhEnLexicon,
  // FLORES-200 dev: 0.341 of English's characters (devtest 0.331).
  charsPerEnglishChar: 0.34,
  detect: { markers, script: 'Han' },
})
export { zhEnLexicon }
