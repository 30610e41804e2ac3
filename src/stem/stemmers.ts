// The stemmers of the built-in packs, all padanan's own code and data: natural (the reference they
// are checked against in test/langs/*-stemmer.test.ts) is not needed at run time.
import { cachedStemmer } from './cached.js'
import { frenchStem } from './french.js'
import { germanStem } from './german.js'
import { indonesianStem } from './indonesian.js'
import { porterStem } from './porter.js'

/** Indonesian and Malay stemmer (confix stripping over padanan's root list): `pengembangan` → `kembang`. */
export const stemIndonesian = /* @__PURE__ */ cachedStemmer(indonesianStem)
/** English Porter stemmer (the same stems as natural's PorterStemmer): `technologies` → `technolog`. */
export const stemEnglish = /* @__PURE__ */ cachedStemmer(porterStem)
/** German Snowball stemmer (the same stems as natural's PorterStemmerDe): `regierungen` → `regier`. */
export const stemGerman = /* @__PURE__ */ cachedStemmer(germanStem)
/** French Snowball stemmer (the same stems as natural's PorterStemmerFr): `gouvernements` → `gouvern`. */
export const stemFrench = /* @__PURE__ */ cachedStemmer(frenchStem)
