import { defineLanguagePack } from '../define.js'
import { stemIndonesian } from '../../stem/stemmers.js'
import { idEnLexicon } from './lexicon.js'
import { numbers } from './numbers.js'
import { abbreviations, markers, stopwords } from './words.js'

/**
 * The Indonesian language pack.
 *
 * @example
 * import { id } from 'padanan/langs/id'
 * extractNumbers('naik 12,5 persen', id) //=> [{ text: '12,5 persen', kind: 'percent', value: 12.5, … }]
 */
export const id = /* @__PURE__ */ defineLanguagePack({
  code: 'id',
  name: 'Indonesian',
  segmentation: { locale: 'id', abbreviations },
  stopwords,
  numbers,
  stem: stemIndonesian,
  detect: { markers },
  lexicon: idEnLexicon,
})

export { idEnLexicon }
