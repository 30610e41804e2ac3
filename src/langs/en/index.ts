import { defineLanguagePack } from '../define.js'
import { stemEnglish } from '../../stem/stemmers.js'
import { lemmas } from './lemmas.js'
import { numbers } from './numbers.js'
import { abbreviations, markers, stopwords } from './words.js'

/**
 * The English language pack.
 *
 * @example
 * import { en } from 'padanan/langs/en'
 * extractNumbers('up 12.5 percent', en) //=> [{ text: '12.5 percent', kind: 'percent', value: 12.5, … }]
 */
export const en = /* @__PURE__ */ defineLanguagePack({
  code: 'en',
  name: 'English',
  segmentation: { locale: 'en', abbreviations },
  stopwords,
  numbers,
  lemmas,
  stem: stemEnglish,
  detect: { markers },
})
