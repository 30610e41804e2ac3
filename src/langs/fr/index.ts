import { defineLanguagePack } from '../define.js'
import { stemFrench } from '../../stem/stemmers.js'
import { frEnLexicon } from './lexicon.js'
import { numbers } from './numbers.js'
import { abbreviations, elisions, markers, stopwords } from './words.js'

/**
 * The French language pack (France, Switzerland, Belgium): `1 000,5`, `1'000`, `vingt et un`,
 * `quatre-vingt-dix`, `septante`, `2 millions d'euros`, `14e`, `XXIe siècle`, `l'économie` split at the apostrophe.
 *
 * @example
 * import { fr } from 'padanan/langs/fr'
 * extractNumbers('105 milliards de yuans', fr) //=> [{ text: '105 milliards de yuans', kind: 'currency', value: 105000000000, unit: 'CNY', … }]
 */
export const fr = /* @__PURE__ */ defineLanguagePack({
  code: 'fr',
  name: 'French',
  segmentation: { locale: 'fr', abbreviations },
  elisions,
  stopwords,
  numbers,
  stem: stemFrench,
  detect: { markers },
  lexicon: frEnLexicon,
})

export { frEnLexicon }
