import { defineLanguagePack } from '../define.js'
import { stemIndonesian } from '../../stem/stemmers.js'
import { msEnLexicon } from './lexicon.js'
import { numbers } from './numbers.js'
import { abbreviations, markers, stopwords } from './words.js'

/**
 * The Malay (Malaysia) language pack. Malay shares its affixes with Indonesian, so it stems with padanan's
 * Indonesian stemmer (see README.md for the words it gets wrong); numbers, words and the lexicon are Malay.
 *
 * @example
 * import { ms } from 'padanan/langs/ms'
 * extractNumbers('Eksport meningkat 12.5 peratus kepada RM2.5 bilion', ms)
 * //=> [{ text: '12.5 peratus', kind: 'percent', value: 12.5, … }, { text: 'RM2.5 bilion', kind: 'currency', value: 2500000000, unit: 'MYR', … }]
 */
export const ms = /* @__PURE__ */ defineLanguagePack({
  code: 'ms',
  name: 'Malay',
  segmentation: { locale: 'ms', abbreviations },
  stopwords,
  numbers,
  stem: stemIndonesian,
  detect: { markers },
  lexicon: msEnLexicon,
})

export { msEnLexicon }
