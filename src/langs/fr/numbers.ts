import type { NumberGrammar } from '../../numbers/types.js'

// French number grammar. Vocabulary checked against Unicode CLDR 48 (rbnf/fr: spellout-cardinal,
// spellout-ordinal, `virgule`, `billion` = 10^12, `billiard` = 10^15; rbnf/fr_CH and fr_BE for
// septante, huitante, nonante) and the fr number symbols Node's ICU carries (decimal `,`, group
// U+202F; compact `k`, `M`, `Md`). Usage notes come from French, Swiss and Belgian news style.

const units: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // Swiss and Belgian tens.
  septante: 70, huitante: 80, octante: 80, nonante: 90,
}
const digitWords: readonly [string, number][] = [
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
]
const teens: readonly [string, number][] = [
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['dix-sept', 17], ['dix-huit', 18], ['dix-neuf', 19],
]
// Tens that take "et un" and "-deux … -neuf" (soixante and quatre-vingt add the teens as well).
const plainTens: readonly [string, number][] = [
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
]

/**
 * The cardinals from 17 to 99 written as several words: `dix-sept`, `vingt et un`, `soixante-dix`,
 * `soixante et onze`, `quatre-vingts`, `quatre-vingt-dix-neuf`, Swiss `septante-cinq`. Spaces and
 * hyphens are interchangeable in the engine, so `vingt-et-un` (1990 spelling) matches too.
 */
function compounds(): Record<string, number> {
  const out: Record<string, number> = { 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, 'quatre-vingts': 80, 'quatre-vingt': 80 }
  for (const [t, tv] of plainTens) {
    out[`${t} et un`] = tv + 1
    out[`${t} et une`] = tv + 1
    for (const [d, dv] of digitWords) out[`${t}-${d}`] = tv + dv
  }
  // 70–79 and 90–99: soixante and quatre-vingt count on with the teens (soixante et onze).
  for (const [t, tv] of [['soixante', 60], ['quatre-vingt', 80]] as const) {
    for (const [d, dv] of teens) out[dv === 11 && t === 'soixante' ? `${t} et ${d}` : `${t}-${d}`] = tv + dv
  }
  out['quatre-vingt-un'] = 81
  out['quatre-vingt-une'] = 81
  return out
}

/** Ordinal of a cardinal word: cinq → cinquième, neuf → neuvième, quatre → quatrième. */
function ordinalOf(word: string): string {
  if (word === 'un' || word === 'une') return 'unième'
  if (word === 'cinq') return 'cinquième'
  if (word === 'neuf') return 'neuvième'
  if (word === 'vingts') return 'vingtième'
  if (word.endsWith('e')) return `${word.slice(0, -1)}ième`
  return `${word}ième`
}

/** Single ordinal words that can also end a longer number (deux cent unième, deux millième). */
function ordinalEnders(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [w, v] of Object.entries(units)) if (w !== 'zéro' && w !== 'une') out[ordinalOf(w)] = v
  Object.assign(out, { centième: 100, millième: 1000, millionième: 1e6, milliardième: 1e9, billionième: 1e12 })
  return out
}

/** Ordinal compounds: the last word of each cardinal compound in its ordinal form (dix-septième, vingt et unième). */
function ordinalCompounds(): Record<string, number> {
  const out: Record<string, number> = { ...ordinalEnders() }
  for (const [phrase, v] of Object.entries(compounds())) {
    const parts = phrase.split(/([ -])/)
    parts[parts.length - 1] = ordinalOf(parts[parts.length - 1]!)
    out[parts.join('')] = v
  }
  return out
}

/** Standalone ordinal words, singular and plural. */
function ordinalWords(): Record<string, number> {
  // Not the plural "secondes": it is nearly always the time unit (trente secondes).
  const out: Record<string, number> = { premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, seconds: 2 }
  // Enumerations count as en `First, …` `Second, …` do.
  Object.assign(out, { premièrement: 1, deuxièmement: 2, secondement: 2, troisièmement: 3, quatrièmement: 4, cinquièmement: 5 })
  for (const [w, v] of Object.entries(ordinalEnders())) {
    if (v === 1) continue // "unième" only ends a number (vingt et unième)
    out[w] = v
    out[`${w}s`] = v
  }
  return out
}

const denominators: Record<string, [number, string]> = {
  tiers: [3, 'tiers'], quart: [4, 'quarts'], cinquième: [5, 'cinquièmes'], sixième: [6, 'sixièmes'], septième: [7, 'septièmes'],
  huitième: [8, 'huitièmes'], neuvième: [9, 'neuvièmes'], dixième: [10, 'dixièmes'], centième: [100, 'centièmes'], millième: [1000, 'millièmes'],
}

/** un quart, trois quarts, un tiers, deux tiers, un cinquième … generated from the word lists. */
function fractions(): Record<string, number> {
  // No "un demi": it nearly always prefixes a noun (un demi-cercle, une demi-finale); halves are "la moitié" or "et demi".
  // Half of a span of time is the quantity, as `half an hour`, `eine halbe Stunde`, `setengah jam` are.
  const out: Record<string, number> = { moitié: 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }
  for (const unit of ['heure', 'journée', 'semaine', 'siècle']) out[`demi-${unit}`] = 0.5
  for (const [d, [dv, plural]] of Object.entries(denominators)) {
    out[`un ${d}`] = 1 / dv
    for (const [n, nv] of digitWords) if (nv < dv) out[`${n} ${plural}`] = nv / dv
  }
  return out
}

/** French writes both the straight and the typographic apostrophe: `jusqu'à`, `jusqu’à`. */
function apostrophes(list: readonly string[]): string[] {
  return [...new Set(list.flatMap((s) => (s.includes("'") ? [s, s.replaceAll("'", '’')] : [s])))]
}

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1)

export const numbers: NumberGrammar = {
  decimal: ',',
  // 1 000 (space, no-break space, narrow no-break space), Swiss 1'000 and 1’000; `.` groups through `decimal`.
  groupSeparators: [' ', '\u00a0', '\u202f', '\u2009', "'", '’'],
  units,
  compounds: compounds(),
  hyphenJoins: true,
  multipliers: {
    cent: 100, cents: 100, mille: 1e3, millier: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
    billion: 1e12, billions: 1e12, billiard: 1e15, billiards: 1e15,
    // Collective numerals after an article: une douzaine (12), une vingtaine (20), une centaine (100).
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
    soixantaine: 60, centaine: 100, dizaines: 10, douzaines: 12, centaines: 100,
  },
  bareMultipliers: ['cent', 'mille'],
  articles: ['un', 'une'],
  decimalWords: ['virgule'],
  scaleAbbreviations: { k: 1e3, K: 1e3, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, mio: 1e6, mios: 1e6, Mio: 1e6 },
  moneyScales: { M: 1e6 },
  scaleLinkers: apostrophes(['de', "d'"]),
  negative: ['moins'],
  ordinals: {
    words: ordinalWords(),
    compounds: ordinalCompounds(),
    // 14e, 14ème, 14ᵉ, 1er, 1re, 1ère, 2nd, 2nde, 3es, 1ers.
    digitSuffixes: ['e', 'è', 'ème', 'eme', 'ième', 'ᵉ', 'er', 'ᵉʳ', 're', 'ère', 'ʳᵉ', 'nd', 'nde', 'es', 'èmes', 'emes', 'ers', 'res', 'ères', 'nds', 'ndes'],
    romanSuffixes: ['e', 'è', 'ème', 'eme', 'ᵉ', 'er', 'ᵉʳ', 're', 'ère'],
    timeUnitWords: ['seconde'],
    dayMonths: months,
    timeUnitAfter: ['par', 'chaque', 'toutes', 'quelques', 'en'],
  },
  fractions: fractions(),
  fractionPeriodGuard: true,
  // `un cinquième de la population` is a fraction, `un cinquième homme` the fifth man (as en `a fifth of`, `a fifth man`).
  articleFractionFollowers: ['de', 'des', 'du', 'd'],
  andAHalf: ['et demi', 'et demie'],
  percent: ['%', 'pour cent', 'pourcent', 'pct'],
  currencies: {
    '€': 'EUR', euros: 'EUR', euro: 'EUR', EUR: 'EUR',
    CHF: 'CHF', 'Fr.': 'CHF', 'fr.': 'CHF', Frs: 'CHF', 'frs': 'CHF', 'francs suisses': 'CHF', 'franc suisse': 'CHF', francs: 'CHF', franc: 'CHF',
    'francs CFA': 'XOF', 'franc CFA': 'XOF', FCFA: 'XOF', XOF: 'XOF',
    'US$': 'USD', '$ US': 'USD', $: 'USD', USD: 'USD', 'dollars américains': 'USD', 'dollar américain': 'USD', 'dollars US': 'USD',
    dollars: 'USD', dollar: 'USD',
    'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', CAD: 'CAD', 'dollars australiens': 'AUD', AUD: 'AUD',
    'dollars de Hong Kong': 'HKD', HKD: 'HKD', 'dollars de Singapour': 'SGD', SGD: 'SGD',
    '£': 'GBP', 'livres sterling': 'GBP', 'livre sterling': 'GBP', GBP: 'GBP',
    yuans: 'CNY', yuan: 'CNY', renminbis: 'CNY', renminbi: 'CNY', RMB: 'CNY', CNY: 'CNY',
    '¥': 'JPY', yens: 'JPY', yen: 'JPY', JPY: 'JPY',
    roupies: 'INR', roupie: 'INR', INR: 'INR', rupiahs: 'IDR', rupiah: 'IDR', 'roupies indonésiennes': 'IDR', Rp: 'IDR', IDR: 'IDR',
    ringgits: 'MYR', ringgit: 'MYR', MYR: 'MYR', wons: 'KRW', won: 'KRW', KRW: 'KRW', bahts: 'THB', baht: 'THB',
    roubles: 'RUB', rouble: 'RUB', RUB: 'RUB', dirhams: 'AED', dirham: 'AED',
  },
  measures: {
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', khz: 'kHz', kilohertz: 'kHz',
    'Mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'Gbit/s': 'Gbit/s', gbps: 'Gbit/s', 'kbit/s': 'kbit/s', kbps: 'kbit/s',
    km: 'km', kilomètres: 'km', kilomètre: 'km', m: 'm', mètres: 'm', mètre: 'm', cm: 'cm', centimètres: 'cm', centimètre: 'cm',
    mm: 'mm', millimètres: 'mm', millimètre: 'mm',
    km2: 'km2', 'km²': 'km2', 'kilomètres carrés': 'km2', 'kilomètre carré': 'km2', m2: 'm2', 'm²': 'm2', 'mètres carrés': 'm2', 'mètre carré': 'm2',
    m3: 'm3', 'm³': 'm3', 'mètres cubes': 'm3', 'mètre cube': 'm3', 'miles carrés': 'mi2', 'mille carré': 'mi2', 'milles carrés': 'mi2',
    ha: 'ha', hectares: 'ha', hectare: 'ha', kg: 'kg', kilogrammes: 'kg', kilogramme: 'kg', kilos: 'kg', kilo: 'kg', grammes: 'g', gramme: 'g',
    // No bare `t`, `l` or `g`: after a number they are more often an elided word (5 l'an) or a code.
    tonnes: 't', tonne: 't', litres: 'l', litre: 'l',
    MW: 'MW', mégawatts: 'MW', mégawatt: 'MW', GW: 'GW', gigawatts: 'GW', gigawatt: 'GW', kW: 'kW', kilowatts: 'kW', kWh: 'kWh',
    'km/h': 'km/h', 'kilomètres à l’heure': 'km/h', "kilomètres à l'heure": 'km/h', 'kilomètres par heure': 'km/h', 'km à l’heure': 'km/h', "km à l'heure": 'km/h',
    '°F': 'fahrenheit', 'degrés Fahrenheit': 'fahrenheit', Fahrenheit: 'fahrenheit', '°C': 'celsius', 'degrés Celsius': 'celsius', 'degré Celsius': 'celsius', 'degrés C': 'celsius',
    barils: 'barrel', baril: 'barrel', 'points de base': 'bp', 'point de base': 'bp', pb: 'bp',
    'points de pourcentage': 'pp', 'point de pourcentage': 'pp', miles: 'mi', mile: 'mi',
    'miles par heure': 'mph', 'miles à l’heure': 'mph', "miles à l'heure": 'mph', mph: 'mph', pieds: 'ft', pied: 'ft', onces: 'oz', once: 'oz',
  },
  // `pied` is also the foot one walks on (`deux pieds`): a length only after digits (`500 pieds`).
  measuresAfterDigits: ['pieds', 'pied'],
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: apostrophes(['cette année', "l'année dernière", "l'an dernier", "l'année passée", "l'an passé", "l'année prochaine", "l'an prochain", "l'année précédente", "l'année suivante", 'la même année']),
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['et', 'ou'],
  // `pèse 17 livres` (a weight; `deux livres` elsewhere are two books).
  weightContext: {
    words: ['pèse', 'pèsent', 'pesait', 'pesaient', 'pesant', 'peser', 'pesé', 'pesée', 'poids', 'kg', 'kilos', 'kilogrammes', 'once', 'onces', 'lourd', 'lourde', 'lb'],
    units: { livres: 'lb', livre: 'lb' },
  },
  durations: [
    'ans', 'an', 'années', 'année', 'mois', 'semaines', 'semaine', 'jours', 'jour', 'journées', 'heures', 'heure', 'h', 'minutes', 'minute',
    'min', 'secondes', 'seconde', 'décennies', 'décennie', 'siècles', 'siècle',
  ],
  clockHours: ['h'],
  // `vers 10 heures`, `à 14 heures 30`: a time of day (`pendant 5 heures`, `à 2 heures de route` are counts).
  clockHourWords: ['heure', 'heures'],
  clockLeads: ['à', 'vers', 'dès'],
  approx: apostrophes([
    'environ', 'près de', "près d'", 'quelque', 'plus de', "plus d'", 'moins de', "moins d'", 'au moins', 'au plus', 'tout au plus',
    "jusqu'à", 'presque', 'quasiment', 'pratiquement', 'approximativement', 'autour de', "autour d'", 'aux alentours de',
    "aux alentours d'", 'à peu près', 'pas moins de', "pas moins d'", 'au minimum', 'au maximum', 'un peu plus de', "un peu plus d'",
    'un peu moins de', "un peu moins d'", 'bien plus de', 'plus ou moins', 'grosso modo', 'env.',
  ]),
  // Not "jusqu'au": it comes before a date or a noun (jusqu'au 5 juin), where it means "until", not "up to".
  untilWords: apostrophes(["jusqu'à"]),
  rangeJoiners: apostrophes(['à', 'au', "jusqu'à"]),
  rangePairs: { entre: 'et' },
  rangeOpeners: apostrophes(['de', 'du', "d'", 'depuis']),
  multiplierAfter: ['fois', 'reprises', 'x', '×'],
  decadeSuffixes: [],
  decadePrefixes: ['années'],
  // `tous deux` (both) is the quantity two, as en `both` and de `beide`, unless it coordinates (`le golf et le
  // rugby vont tous deux`, en `Both golf and rugby`): `et` within six words of it.
  bothWords: { 'tous deux': 2, 'toutes deux': 2, 'tous les deux': 2, 'toutes les deux': 2 },
  bothNotWith: ['et'],
  notNumbers: apostrophes([
    'une fois', 'à la fois', 'chaque fois', 'des fois', 'une seule fois', 'il était une fois', "l'un", "l'une", 'un à un', 'une à une', 'un par un',
    'une par une', "l'un l'autre", 'les uns', 'les unes', 'pas un', 'pas une', 'Premier ministre', 'première ministre', 'premier ministre',
    'flambant neuf', 'à neuf', 'tout neuf', 'remis à neuf', 'remise à neuf', 'du neuf', 'quoi de neuf', 'sept jours sur sept',
    'mille-feuille', 'quart de finale', 'quarts de finale', 'huitième de finale', 'huitièmes de finale', 'seizième de finale',
    'seizièmes de finale',
    // The world wars are names, in every pack (en `World War II`, zh `二战`).
    'Première Guerre mondiale', 'Seconde Guerre mondiale', 'Deuxième Guerre mondiale', 'Première et Seconde Guerres mondiales',
    'Première et Deuxième Guerres mondiales', 'Grande Guerre',
  ]),
  timeBefore: [],
  timeAfter: apostrophes([
    'GMT', 'UTC', 'HNE', 'HAE', 'heure locale', 'heure de Paris', 'heures locales',
    'heures du matin', 'heure du matin', 'heures du soir', 'heure du soir', "heures de l'après-midi", "heure de l'après-midi",
    'heures de la nuit', 'heure de la nuit',
  ]),
  // Versions, and labels of a type or class (`diabète de type 1`, `catégorie 4`, `niveau 4`): names, no counts.
  versionBefore: ['version', 'v', 'ver', 'mise à jour', 'type', 'catégorie', 'niveau'],
  dateWords: [...months.map(capital), ...weekdays.map(capital), 'Janv', 'Févr', 'Avr', 'Juil', 'Sept', 'Oct', 'Nov', 'Déc', 'No', 'N', 'Nº', 'Numéro'],
}
