import type { NumberGrammar } from '../../numbers/types.js'

// German number grammar. Vocabulary and separators follow CLDR (rbnf/de, main/de, main/de_CH, main/de_AT):
// decimal `,` and group `.` (de), group `’` with decimal `.` (de-CH, de-LI), group space (de-AT), compact
// forms `Mio.`, `Mrd.`, `Bio.`; number words are written as one word (`dreiundzwanzig`). Usage notes come
// from German and Swiss news style.

const units: Record<string, number> = {
  null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60,
  siebzig: 70, achtzig: 80, neunzig: 90, anderthalb: 1.5,
}

// Ordinal stems 1–19 (CLDR spellout-ordinal: erste, zweite, dritte, siebte, achte, `N`te below 20, `N`ste from 20).
const ordinalStems: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwölft: 12, zwoelft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, fuenfzehnt: 15, sechzehnt: 16, siebzehnt: 17,
  achtzehnt: 18, neunzehnt: 19,
}
/** Adjective endings: der erste, den ersten, ein erster, ein erstes, dem erstem (strong dative). */
const endings = ['e', 'en', 'er', 'es', 'em']

function ordinalWords(): Record<string, number> {
  // Enumerations count as en `First, …` `Second, …` do.
  const out: Record<string, number> = { erstens: 1, zweitens: 2, drittens: 3, viertens: 4, fünftens: 5, fuenftens: 5 }
  for (const [stem, v] of Object.entries(ordinalStems)) for (const e of endings) out[stem + e] = v
  return out
}

// Denominators: Drittel, Viertel … Zehntel, Zwanzigstel, Hundertstel (CLDR ordinal stem + `el`).
const denominators: Record<string, number> = {
  drittel: 3, viertel: 4, fünftel: 5, fuenftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10,
  zwanzigstel: 20, hundertstel: 100, tausendstel: 1000,
}
const numerators: Record<string, number> = { zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 }

/** ein Drittel, einem Viertel, zwei Drittel, drei Viertel, dreiviertel … generated from the word lists. */
function fractions(): Record<string, number> {
  const out: Record<string, number> = {
    halb: 0.5, halbe: 0.5, halben: 0.5, halber: 0.5, halbes: 0.5, hälfte: 0.5, einhalb: 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3,
    'ein halb': 0.5, 'eine halbe': 0.5, 'einen halben': 0.5, 'einem halben': 0.5, 'einer halben': 0.5, 'ein halbes': 0.5, 'eines halben': 0.5,
    'eine hälfte': 0.5, dreiviertel: 0.75,
  }
  for (const [d, dv] of Object.entries(denominators)) {
    for (const art of ['ein', 'einem', 'eines', 'einen']) out[`${art} ${d}`] = 1 / dv
    for (const [n, nv] of Object.entries(numerators)) if (nv < dv) out[`${n} ${d}`] = nv / dv
  }
  return out
}

/** dreimal, zehnfach, zweifache …: a cardinal glued to `mal` or `fach` (with adjective endings). */
function multiplierWords(): Record<string, number> {
  const out: Record<string, number> = { doppelt: 2, doppelte: 2, doppelten: 2, zweifach: 2, dreifach: 3 }
  const base: Record<string, number> = {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20,
    dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  }
  for (const [w, v] of Object.entries(base)) {
    out[`${w}mal`] = v
    for (const e of ['', ...endings]) out[`${w}fach${e}`] = v
  }
  return out
}

// Clock times in words are times, not numbers (as `14 Uhr`): `acht Uhr`, `halb acht`, `Viertel nach acht`.
const hours = ['ein', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf']
const clockWords = [
  ...[...hours, 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'einundzwanzig',
    'zweiundzwanzig', 'dreiundzwanzig', 'vierundzwanzig', 'null'].map((h) => `${h} Uhr`),
  ...hours.flatMap((h) => [`halb ${h}`, `Viertel nach ${h}`, `Viertel vor ${h}`, `drei viertel ${h}`, `dreiviertel ${h}`]),
]

const months = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'Maerz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Jan', 'Jän', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
]

export const numbers: NumberGrammar = {
  decimal: ',',
  units,
  // Only the large scales are words of their own; hundert and tausend are pieces of one-word numbers (below).
  multipliers: {
    dutzend: 12, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
  },
  closedCompounds: {
    parts: { ...units, ein: 1, hundert: 100, tausend: 1000, einhalb: 0.5 },
    joiners: ['und'],
    ordinalSuffixes: endings.map((e) => `st${e}`),
    // `zweistündigen`, `achtjährige`, `dreiköpfige`: as en `two-hour`, `eight-year`, `three-member`.
    adjectiveSuffixes: ['jährig', 'tägig', 'wöchig', 'stündig', 'monatig', 'minütig', 'sekündig', 'köpfig', 'stöckig', 'teilig', 'rädrig', 'sitzig', 'spurig', 'motorig'].flatMap((s) => [s, ...endings.map((e) => s + e)]),
    // `erst` and `acht` are left out: `erstaunlichste`, `achtsamste` are no ordinals.
    superlatives: {
      prefixes: { zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, neunt: 9, zehnt: 10 },
      endings: endings.flatMap((e) => [`st${e}`, `ßt${e}`]),
    },
  },
  // `eine Million`, `einer Milliarde`: the indefinite article is "one" only before a scale or fraction.
  articles: ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'],
  decimalWords: ['komma'],
  scaleAbbreviations: {
    'Tsd.': 1e3, Tsd: 1e3, tausend: 1e3, 'Mio.': 1e6, Mio: 1e6, 'Mill.': 1e6, 'Mrd.': 1e9, Mrd: 1e9, 'Md.': 1e9, 'Bio.': 1e12, Bio: 1e12,
  },
  // Business press: `500 T€` (thousand euros). Only with money, so `T` never reads a thousand elsewhere.
  moneyScales: { T: 1e3 },
  groupSeparators: ["'", '’', ' ', '\u00a0', '\u202f', '\u2009'],
  negative: ['minus'],
  ordinals: {
    words: ordinalWords(),
    dotOrdinal: {
      after: [
        'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'seit', 'ab', 'bis',
        'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren',
        'ihrer', 'unser', 'unsere', 'unserem', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'diesem',
        'diesen', 'als', 'auf', 'für', 'nach', 'vor', 'zu', 'über', 'um',
      ],
      dates: months,
      // Words counted by ordinals: `im späten 16. Jahrhundert`, `auf dem undankbaren 4. Platz`.
      nouns: [
        'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Jahrtausends', 'Platz', 'Platzes', 'Rang', 'Runde', 'Spieltag', 'Etappe',
        'Liga', 'Stock', 'Stockwerk', 'Etage', 'Klasse', 'Quartal', 'Quartals', 'Weltkrieg', 'Weltkriegs', 'Geburtstag',
        'Jahrestag', 'Lebensjahr', 'Auflage', 'Ausgabe', 'Kapitel', 'Amtszeit', 'Legislaturperiode', 'Minute',
      ],
    },
  },
  fractions: fractions(),
  fractionPeriodGuard: true,
  // `zwei einhalb`, `drei und ein halb` written apart; the one-word forms (`zweieinhalb`) are compounds.
  andAHalf: ['einhalb', 'und ein halb', 'und eine halbe', 'und einhalb'],
  percent: ['%', 'Prozent', 'Proz.', 'vH', 'v. H.'],
  currencies: {
    '€': 'EUR', EUR: 'EUR', euro: 'EUR', euros: 'EUR',
    CHF: 'CHF', 'Fr.': 'CHF', 'SFr.': 'CHF', 'sFr.': 'CHF', franken: 'CHF', 'schweizer franken': 'CHF',
    'US$': 'USD', $: 'USD', USD: 'USD', 'us-dollar': 'USD', dollar: 'USD',
    'kanadische dollar': 'CAD', 'kanadischen dollar': 'CAD', CAD: 'CAD', 'australische dollar': 'AUD', 'australischen dollar': 'AUD', 'A$': 'AUD', AUD: 'AUD',
    'hongkong-dollar': 'HKD', 'HK$': 'HKD', HKD: 'HKD', 'singapur-dollar': 'SGD', 'S$': 'SGD', SGD: 'SGD',
    '£': 'GBP', GBP: 'GBP', 'pfund sterling': 'GBP', 'britische pfund': 'GBP', 'britischen pfund': 'GBP', pfund: 'GBP',
    'chinesische yuan': 'CNY', 'chinesischen yuan': 'CNY', yuan: 'CNY', renminbi: 'CNY', RMB: 'CNY', CNY: 'CNY', '¥': 'JPY', 'japanische yen': 'JPY', 'japanischen yen': 'JPY', yen: 'JPY', JPY: 'JPY',
    rubel: 'RUB', RUB: 'RUB', 'indonesische rupiah': 'IDR', 'indonesischen rupiah': 'IDR', rupiah: 'IDR', Rp: 'IDR', IDR: 'IDR', 'malaysische ringgit': 'MYR', 'malaysischen ringgit': 'MYR', ringgit: 'MYR', RM: 'MYR', MYR: 'MYR',
    'südkoreanische won': 'KRW', 'südkoreanischen won': 'KRW', won: 'KRW', KRW: 'KRW', 'indische rupien': 'INR', 'indischen rupien': 'INR', rupien: 'INR', rupie: 'INR', INR: 'INR', lira: 'TRY', 'türkische lira': 'TRY', 'türkischen lira': 'TRY', TRY: 'TRY',
    złoty: 'PLN', zloty: 'PLN', PLN: 'PLN',
  },
  measures: {
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', khz: 'kHz', kilohertz: 'kHz',
    'Mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'Gbit/s': 'Gbit/s', gbps: 'Gbit/s', 'kbit/s': 'kbit/s', kbps: 'kbit/s', fässer: 'barrel',
    km: 'km', kilometer: 'km', kilometern: 'km', m: 'm', meter: 'm', metern: 'm', 'm ü. M.': 'm', 'm. ü. M.': 'm', 'm ü. d. M.': 'm',
    'Meter über Meer': 'm', 'Meter über dem Meer': 'm', 'Meter über Meeresspiegel': 'm', 'm ü. NN': 'm', 'm ü. NHN': 'm',
    cm: 'cm', zentimeter: 'cm', zentimetern: 'cm', mm: 'mm', millimeter: 'mm', millimetern: 'mm',
    km2: 'km2', 'km²': 'km2', quadratkilometer: 'km2', quadratkilometern: 'km2', m2: 'm2', 'm²': 'm2', quadratmeter: 'm2', quadratmetern: 'm2', quadratmeilen: 'mi2', m3: 'm3', 'm³': 'm3', kubikmeter: 'm3', kubikmetern: 'm3',
    ha: 'ha', hektar: 'ha', hektaren: 'ha', kg: 'kg', kilogramm: 'kg', kilo: 'kg', gramm: 'g', tonnen: 't', tonne: 't',
    liter: 'l', litern: 'l', MW: 'MW', megawatt: 'MW', GW: 'GW', gigawatt: 'GW', kW: 'kW', kilowatt: 'kW', kWh: 'kWh',
    kilowattstunden: 'kWh', kilowattstunde: 'kWh', 'km/h': 'km/h', stundenkilometer: 'km/h', stundenkilometern: 'km/h',
    'Kilometer pro Stunde': 'km/h', '°F': 'fahrenheit', 'Grad Fahrenheit': 'fahrenheit', Fahrenheit: 'fahrenheit', '°C': 'celsius', 'Grad Celsius': 'celsius', barrel: 'barrel', fass: 'barrel',
    basispunkte: 'bp', basispunkten: 'bp', basispunkt: 'bp', prozentpunkte: 'pp', prozentpunkten: 'pp', prozentpunkt: 'pp',
    meilen: 'mi', meile: 'mi', 'Meilen pro Stunde': 'mph', mph: 'mph', 'Kilometern pro Stunde': 'km/h', 'Fuß': 'ft', unzen: 'oz', unze: 'oz',
  },
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: ['dieses Jahr', 'diesem Jahr', 'dieses Jahres', 'letztes Jahr', 'letzten Jahr', 'letzten Jahres', 'vergangenes Jahr', 'vergangenen Jahr', 'vergangenen Jahres', 'nächstes Jahr', 'nächsten Jahr', 'nächsten Jahres', 'kommendes Jahr', 'kommenden Jahr', 'kommenden Jahres', 'Vorjahr', 'Vorjahres', 'Vorjahreszeitraum', 'im selben Jahr', 'im gleichen Jahr'],
  // `200 Pfund (90 kg) wiegt`: a weight (the German Pfund, 500 g, is the word for the pound too), not £200.
  weightContext: {
    words: ['wiegt', 'wiegen', 'wog', 'wogen', 'gewogen', 'wiegend', 'Gewicht', 'kg', 'Kilogramm', 'Kilo', 'schwer', 'Unze', 'Unzen'],
    units: { Pfund: 'lb' },
  },
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['und', 'oder'],
  durations: [
    'Jahre', 'Jahren', 'Jahr', 'Jahres', 'Monate', 'Monaten', 'Monat', 'Wochen', 'Woche', 'Tage', 'Tagen', 'Tag', 'Stunden', 'Stunde',
    'Minuten', 'Minute', 'Sekunden', 'Sekunde', 'Jahrzehnte', 'Jahrzehnten', 'Jahrzehnt', 'Jahrhunderte', 'Jahrhunderten', 'Std.', 'Min.',
  ],
  approx: [
    'etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'zirka', 'fast', 'knapp', 'beinahe', 'nahezu', 'annähernd', 'gut', 'mehr als', 'über',
    'weniger als', 'unter', 'mindestens', 'wenigstens', 'höchstens', 'maximal', 'bis zu', 'bis', 'nicht weniger als',
    'nicht mehr als', 'knapp über', 'knapp unter', 'gut über',
  ],
  untilWords: ['bis zu', 'bis'],
  rangeJoiners: ['bis', 'bis zu'],
  rangePairs: { zwischen: 'und' },
  rangeOpeners: ['von', 'vom'],
  multiplierAfter: ['mal', 'fach', 'fache', 'fachen', 'facher', 'faches', 'x'],
  multiplierWords: multiplierWords(),
  // `in den 1830ern`, `in den 90ern`: the dative plural.
  // `in den achtziger Jahren`: the 1980s (`Mitte dreißig`, an age, is no decade).
  decadeWords: Object.fromEntries(
    Object.entries({ zwanziger: 20, dreißiger: 30, dreissiger: 30, vierziger: 40, fünfziger: 50, fuenfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90 })
      .flatMap(([w, v]) => ['Jahre', 'Jahren'].map((n) => [`${w} ${n}`, 1900 + v])),
  ),
  decadeSuffixes: ['er', 'ern'],
  shortDecadeCentury: 1900,
  // `die beiden Gegner` is the quantity two, as `the two sides`; `Jakarta und Surabaya haben beide
  // erhöht` is a floating "both", which translations leave out (as en `both` with `and`).
  bothWords: { beide: 2, beiden: 2, beider: 2, beides: 2, beidem: 2 },
  bothNotWith: ['und'],
  notNumbers: [
    'einmal', 'ein paar', 'eines Tages', 'einer von', 'eins zu eins', 'außer Acht', 'ausser Acht', 'in Acht nehmen', 'in Acht genommen', 'Acht geben', 'achten auf',
    'achten darauf', 'zu achten', 'darauf achten', 'drauf achten', 'achten,', 'achten.', 'Acht gegeben', 'einer nach dem anderen',
    'die einen', 'null Komma nichts', 'zweite Hand', 'erste Hilfe', 'in erster Linie', 'achten Sie', 'achten muss', 'achten müssen', 'achten wir', ...clockWords,
    // The world wars are names, in every pack (en `World War II`, zh `二战`).
    ...['Erste', 'Ersten', 'Zweite', 'Zweiten'].map((o) => `${o} Weltkrieg`), ...['Ersten', 'Zweiten'].map((o) => `${o} Weltkrieges`),
    ...['Ersten', 'Zweiten'].map((o) => `${o} Weltkriegs`), 'Ersten und Zweiten Weltkrieg', 'Ersten als auch im Zweiten Weltkrieg',
  ],
  timeBefore: [],
  timeAfter: ['Uhr', 'MEZ', 'MESZ', 'UTC', 'GMT', 'Ortszeit'],
  // Versions, and labels of a type or class (`Typ 1`, `Kategorie 4`): names, no counts.
  versionBefore: ['Version', 'Vers.', 'v', 'Release', 'Typ', 'Kategorie'],
  dateWords: [
    ...months,
    'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag',
    'Nr', 'Nummer', 'Jahr', 'Jahrgang', 'Kapitel', 'Artikel', 'Art', 'Absatz', 'Abs', 'Seite', 'Platz', 'Rang',
  ],
}
