import type { NumberGrammar } from '../../numbers/types.js'

// English number grammar. Vocabulary follows CLDR 48 (rbnf/en); usage notes come from news text.
const units: Record<string, number> = {
  zero: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80,
  ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
}
const denominators: Record<string, [number, string]> = {
  third: [3, 'thirds'], quarter: [4, 'quarters'], fourth: [4, 'fourths'], fifth: [5, 'fifths'], sixth: [6, 'sixths'],
  seventh: [7, 'sevenths'], eighth: [8, 'eighths'], ninth: [9, 'ninths'], tenth: [10, 'tenths'], hundredth: [100, 'hundredths'],
}

/** a third, one-third, two thirds, three quarters … generated from the word lists. */
function fractions(): Record<string, number> {
  const out: Record<string, number> = { half: 0.5, 'a half': 0.5, 'one half': 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }
  for (const [d, [dv, plural]] of Object.entries(denominators)) {
    out[`a ${d}`] = 1 / dv
    out[`one ${d}`] = 1 / dv
    for (const [n, nv] of Object.entries(units)) if (nv >= 2 && nv < dv) out[`${n} ${plural}`] = nv / dv
  }
  return out
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export const numbers: NumberGrammar = {
  decimal: '.',
  units,
  // `two-hundred`, `two-dozen`: number words joined by a hyphen, as they are written apart.
  hyphenJoins: true,
  multipliers: { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15 },
  joiners: ['and'],
  articles: ['a', 'an'],
  decimalWords: ['point'],
  scaleAbbreviations: { k: 1e3, K: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12 },
  moneyScales: { m: 1e6, M: 1e6, b: 1e9, B: 1e9 },
  negative: ['minus', 'negative'],
  ordinals: {
    words: ordinalWords,
    digitSuffixes: ['st', 'nd', 'rd', 'th'],
    timeUnitWords: ['second'],
    timeUnitAfter: ['per', 'every', 'each', 'split'],
    dayMonths: [...months, ...months.map((m) => m.slice(0, 3)), 'Sept', ...months.map((m) => `of ${m}`)],
  },
  fractions: fractions(),
  fractionPeriodGuard: true,
  articleFractionFollowers: ['of'],
  fractionPeriodAfter: ['past', 'last', 'next', 'previous', 'recent', 'coming'],
  andAHalf: ['and a half', 'and one half'],
  percent: ['%', 'percent', 'per cent', 'pct', 'persen'],
  currencies: {
    'US$': 'USD', 'U.S.$': 'USD', $: 'USD', USD: 'USD', 'US dollars': 'USD', 'US dollar': 'USD', 'U.S. dollars': 'USD', 'U.S. dollar': 'USD',
    dollars: 'USD', dollar: 'USD',
    Rp: 'IDR', 'Rp.': 'IDR', 'Indonesian rupiah': 'IDR', 'Indonesian rupiahs': 'IDR', rupiah: 'IDR', rupiahs: 'IDR', IDR: 'IDR',
    'Chinese yuan': 'CNY', yuan: 'CNY', RMB: 'CNY', renminbi: 'CNY', CNY: 'CNY',
    RM: 'MYR', 'Malaysian ringgit': 'MYR', 'Malaysian ringgits': 'MYR', ringgits: 'MYR', ringgit: 'MYR', MYR: 'MYR',
    'C$': 'CAD', 'Canadian dollars': 'CAD', 'Canadian dollar': 'CAD', CAD: 'CAD',
    'S$': 'SGD', 'Singapore dollars': 'SGD', 'Singapore dollar': 'SGD', SGD: 'SGD',
    'A$': 'AUD', 'Australian dollars': 'AUD', 'Australian dollar': 'AUD', AUD: 'AUD',
    'HK$': 'HKD', 'Hong Kong dollars': 'HKD', 'Hong Kong dollar': 'HKD', HKD: 'HKD',
    '€': 'EUR', euros: 'EUR', euro: 'EUR', EUR: 'EUR',
    '£': 'GBP', 'British pounds': 'GBP', 'British pound': 'GBP', 'pounds sterling': 'GBP', 'pound sterling': 'GBP', pounds: 'GBP', pound: 'GBP', sterling: 'GBP', GBP: 'GBP',
    '¥': 'JPY', 'Japanese yen': 'JPY', yen: 'JPY', JPY: 'JPY',
    'South Korean won': 'KRW', 'Korean won': 'KRW', won: 'KRW', KRW: 'KRW', 'Thai baht': 'THB', baht: 'THB', THB: 'THB',
    'Philippine pesos': 'PHP', 'Philippine peso': 'PHP', pesos: 'PHP', peso: 'PHP', PHP: 'PHP', 'Indian rupees': 'INR', 'Indian rupee': 'INR', rupees: 'INR', rupee: 'INR', INR: 'INR',
    'Saudi riyals': 'SAR', 'Saudi riyal': 'SAR', riyals: 'SAR', riyal: 'SAR', SAR: 'SAR', 'UAE dirhams': 'AED', 'UAE dirham': 'AED', dirhams: 'AED', dirham: 'AED', AED: 'AED',
  },
  measures: {
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', khz: 'kHz', kilohertz: 'kHz',
    'Mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'Gbit/s': 'Gbit/s', gbps: 'Gbit/s', 'kbit/s': 'kbit/s', kbps: 'kbit/s',
    km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', m: 'm', metres: 'm', meters: 'm', metre: 'm', meter: 'm',
    cm: 'cm', centimetres: 'cm', centimeters: 'cm', centimetre: 'cm', centimeter: 'cm', mm: 'mm', millimetres: 'mm', millimeters: 'mm',
    km2: 'km2', 'km²': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', 'square metres': 'm2', 'square meters': 'm2',
    'square miles': 'mi2', 'square mile': 'mi2', 'sq mi': 'mi2', m3: 'm3', 'm³': 'm3', 'cubic metres': 'm3', 'cubic meters': 'm3', 'cubic metre': 'm3', 'cubic meter': 'm3',
    ha: 'ha', hectares: 'ha', hectare: 'ha', kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', grams: 'g', gram: 'g',
    tonnes: 't', tonne: 't', tons: 't', ton: 't', litres: 'l', liters: 'l', litre: 'l', liter: 'l',
    MW: 'MW', megawatts: 'MW', megawatt: 'MW', GW: 'GW', gigawatts: 'GW', gigawatt: 'GW', kW: 'kW', kilowatts: 'kW', kWh: 'kWh',
    'km/h': 'km/h', kph: 'km/h', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'km per hour': 'km/h', mph: 'mph', 'miles per hour': 'mph',
    'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h', 'km an hour': 'km/h', 'miles an hour': 'mph',
    '°F': 'fahrenheit', 'degrees Fahrenheit': 'fahrenheit', 'degree Fahrenheit': 'fahrenheit', Fahrenheit: 'fahrenheit', '°C': 'celsius', 'degrees Celsius': 'celsius', 'degree Celsius': 'celsius', 'degrees centigrade': 'celsius', C: 'celsius',
    barrels: 'barrel', barrel: 'barrel', 'basis points': 'bp', 'basis point': 'bp', bps: 'bp', bp: 'bp',
    'percentage points': 'pp', 'percentage point': 'pp', miles: 'mi', mile: 'mi', mi: 'mi', ounces: 'oz', ounce: 'oz', oz: 'oz', lbs: 'lb', lb: 'lb', feet: 'ft', ft: 'ft',
  },
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: ['this year', 'last year', 'next year', 'previous year', 'the year before', 'a year earlier', 'a year ago', 'a year before', 'the same year', 'the coming year'],
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['and', 'or'],
  // `weighs 200 pounds (90kg)`: a weight, not £200.
  weightContext: {
    words: ['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'weighted', 'kg', 'kilograms', 'kilos', 'ounce', 'ounces', 'oz', 'heavy', 'heavier', 'lb', 'lbs'],
    units: { pounds: 'lb', pound: 'lb' },
  },
  durations: [
    'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds',
    'decades', 'decade', 'centuries', 'century', 'yrs', 'yr', 'hrs', 'hr', 'mins',
  ],
  approx: [
    'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'more than', 'over', 'less than', 'fewer than',
    'under', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'close to', 'just over', 'just under', 'upwards of',
    'an estimated', 'no fewer than', 'no less than', 'no more than', 'some more than', 'circa', 'approx.', 'an approximate',
  ],
  untilWords: ['up to'],
  rangeJoiners: ['to', 'through', 'thru'],
  rangePairs: { between: 'and' },
  rangeOpeners: ['from'],
  multiplierAfter: ['times', 'fold', 'x'],
  multiplierWords: {
    twice: 2, twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10,
    hundredfold: 100, thrice: 3,
  },
  decadeSuffixes: ['s'],
  // `both sides` is the quantity two, as `the two sides`, id `kedua belah pihak`, de `die beiden Seiten`;
  // `both the US and China` and `Jakarta and Surabaya have both raised` coordinate.
  bothWords: { both: 2 },
  bothNotWith: ['and'],
  notNumbers: [
    'no one', 'one another', 'any one', 'someone', 'anyone', 'each other', 'one by one', 'one-on-one', 'one on one', 'one or two',
    'one day', 'one of these days', 'once',
    // The world wars are names, in every pack (WWII, de `Zweiter Weltkrieg`, zh `二战`).
    'World War 1', 'World War 2', 'World War One', 'World War Two', 'First World War', 'Second World War',
  ],
  timeBefore: [],
  timeAfter: ['a.m.', 'p.m.', 'am', 'pm', 'AM', 'PM', 'GMT', 'UTC', 'WIB', 'WITA', 'WIT', "o'clock", 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'local time'],
  // Versions, and labels of a type or class (`type 1 diabetes`, `category 4 storm`): names, no counts.
  versionBefore: ['version', 'v', 'ver', 'versi', 'release', 'type', 'category'],
  dateWords: [
    ...months,
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'No', 'Number', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ],
}
