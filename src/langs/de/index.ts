import { defineLanguagePack } from '../define.js'
import { stemGerman } from '../../stem/stemmers.js'
import { deEnLexicon } from './lexicon.js'
import { numbers } from './numbers.js'
import { abbreviations, markers, stopwords } from './words.js'

/**
 * The German language pack (Germany, Austria, Switzerland): `1.000,5`, Swiss `1'000`, `Mio.`/`Mrd.`,
 * number words written as one word (`dreiundzwanzig`), ordinals with a dot (`der 3. Platz`).
 * Not in the core's built-ins: import it from `padanan/langs/de` and pass it.
 *
 * @example
 * import { de } from 'padanan/langs/de'
 * extractNumbers('Der Umsatz stieg um 12,5 Prozent.', de) //=> [{ text: '12,5 Prozent', kind: 'percent', value: 12.5, … }]
 */
export const de = /* @__PURE__ */ defineLanguagePack({
  code: 'de',
  name: 'German',
  segmentation: { locale: 'de', abbreviations },
  stopwords,
  numbers,
  stem: stemGerman,
  detect: { markers },
  lexicon: deEnLexicon,
  // Closed compounds (Gletscher·spalte, Bergführer·verband, Arbeit·s·platz): joints from German grammar.
  compounds: { linking: ['es', 's', 'en', 'n', 'er', 'e'], minPart: 3, minHead: 4 },
})

export { deEnLexicon }
