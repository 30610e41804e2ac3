import { prefixedFractions } from '../../numbers/fractions.js'
import type { NumberGrammar } from '../../numbers/types.js'

// Malay (Malaysia) number grammar. Vocabulary follows CLDR (rbnf/ms: satu … lapan, sembilan, belas, puluh,
// ratus, ribu, juta, ordinals `pertama` and `ke-` + cardinal; numbers/ms: decimal `.`, group `,`), with
// Malaysian news usage where it differs: `bilion` (1e9) and `trilion` (1e12) after the Dewan Bahasa dan Pustaka
// spelling, `sifar` for zero, `perpuluhan` as the decimal word. Malaysia writes `1,500.75` (unlike Indonesian `1.500,75`).
// CLDR's `bilyun` (1e12) is left out on purpose: in Malaysia `bilion` is 1e9, and a `bilyun` would read as one.
const months = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember']
const units = { sifar: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, delapan: 8, sembilan: 9 }
const denominators: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, sembilan: 9, sepuluh: 10, seratus: 100 }

/** setengah, separuh, suku, tiga suku, satu pertiga, dua pertiga, seperempat … generated from the word lists. */
function fractions(): Record<string, number> {
  const out: Record<string, number> = {
    setengah: 0.5, separuh: 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75,
    // `suku` is a quarter (suku daripada = a quarter of); `tiga suku` three quarters.
    suku: 0.25, 'satu suku': 0.25, 'dua suku': 0.5, 'tiga suku': 0.75,
  }
  return { ...out, ...prefixedFractions(units, denominators, 'per', ['se', 'satu ']) }
}

export const numbers: NumberGrammar = {
  decimal: '.',
  units,
  teenWords: ['belas'],
  multipliers: {
    dozen: 12, lusin: 12, puluh: 10, ratus: 100, ribu: 1e3, juta: 1e6, bilion: 1e9, billion: 1e9, milyar: 1e9, trilion: 1e12, trillion: 1e12,
  },
  onePrefix: 'se',
  decimalWords: ['perpuluhan'],
  // After digits only: "RM2.5bil", "RM300j" (headline style).
  scaleAbbreviations: { bil: 1e9, trl: 1e12 },
  moneyScales: { j: 1e6, b: 1e9, k: 1e3, K: 1e3 },
  negative: ['minus', 'negatif'],
  ordinals: {
    // kuartal II, abad XXI: a Roman numeral after a period word is an ordinal (the second quarter, the 21st century).
    romanAfter: ['kuartal', 'semester', 'abad', 'tahap', 'fasa', 'jilid'],
    // kelas satu: first class.
    wordsAfter: ['kelas', 'urutan'],
    words: { pertama: 1 },
    wordPrefix: 'ke',
    digitPrefixes: ['ke'],
    // `9hb Ogos` (haribulan): the day of a date, as `August 9` is.
    digitSuffixes: ['hb'],
    dayMonths: months,
    // `kedua negara` (both countries) after these words or at the start of a clause. Unlike id, `kali` is
    // not here: Malay says `kali ketiga` for "the third time".
    collectiveAfter: [
      'di', 'ke', 'dari', 'daripada', 'dalam', 'pada', 'untuk', 'bagi', 'oleh', 'dengan', 'antara', 'kepada', 'terhadap', 'tentang',
      'mengenai', 'bahawa', 'dan', 'atau', 'serta', 'tetapi', 'namun', 'kerana', 'para', 'semua', 'seluruh', 'adalah', 'ialah',
      'iaitu', 'manakala', 'sementara', 'agar', 'supaya', 'jika', 'bila', 'apabila', 'kalau', 'ketika', 'semasa', 'sejak',
      'hingga', 'sehingga', 'akan', 'telah', 'sudah', 'belum', 'juga', 'pun', 'itu', 'ini', 'tersebut', 'menurut', 'mengikut',
      'atas', 'bersama', 'sebelum', 'selepas', 'setelah',
      'mereka', 'kami', 'kita', 'kalian',
    ],
    collectiveAfterPrefixes: ['mem', 'men', 'meng', 'meny', 'me', 'di', 'ber', 'ter'],
    // `hubungan dua hala kedua negara` (the relations of both countries): before these nouns, whatever stands before.
    collectiveNouns: ['negara', 'pihak', 'belah', 'pasukan', 'orang', 'pemain', 'kelab', 'kumpulan', 'bank', 'pemimpin', 'ketua', 'menteri', 'presiden', 'syarikat', 'sisi', 'bangsa', 'parti', 'calon', 'bandar', 'negeri', 'wilayah', 'mangsa', 'suspek', 'pasangan', 'anak', 'warga', 'rakyat', 'pertubuhan', 'organisasi', 'delegasi', 'atlet', 'tokoh', 'pegawai', 'ahli', 'saudara', 'tangan', 'kaki', 'pulau', 'jenis', 'kes', 'projek', 'program', 'perjanjian', 'sektor', 'perlawanan', 'kejohanan', 'populasi'],
    // `hari kedua turnamen`: a period or round before the ordinal keeps it one.
    rankNouns: ['hari', 'minggu', 'bulan', 'tahun', 'abad', 'dekad', 'pusingan', 'set', 'tahap', 'fasa', 'gelombang', 'tempoh', 'musim', 'edisi', 'jilid', 'sesi', 'siri', 'malam', 'pagi', 'semester', 'suku', 'generasi', 'urutan', 'tempat', 'kedudukan', 'penggal'],
    // `gol keduanya` (his second goal) after a noun; `keduanya sepakat`, `mereka keduanya` (both of them) elsewhere.
    wordSuffixes: ['nya'],
  },
  fractions: fractions(),
  fractionPeriodGuard: true,
  // `suku pertama` (first quarter), `separuh kedua` (second half): a period, not a fraction.
  fractionPeriodBeforeOrdinal: true,
  andAHalf: ['setengah'],
  percent: ['%', 'peratus', 'per sen', 'percent'],
  currencies: {
    RM: 'MYR', ringgit: 'MYR', 'ringgit Malaysia': 'MYR', MYR: 'MYR',
    yuan: 'CNY', RMB: 'CNY', renminbi: 'CNY', CNY: 'CNY',
    'US$': 'USD', 'USD': 'USD', $: 'USD', 'dolar AS': 'USD', 'dolar Amerika': 'USD', 'dolar Amerika Syarikat': 'USD', 'dollar AS': 'USD', dolar: 'USD',
    'S$': 'SGD', 'dolar Singapura': 'SGD', SGD: 'SGD',
    'A$': 'AUD', 'dolar Australia': 'AUD', AUD: 'AUD',
    'C$': 'CAD', 'dolar Kanada': 'CAD', CAD: 'CAD',
    'HK$': 'HKD', 'dolar Hong Kong': 'HKD', HKD: 'HKD',
    'B$': 'BND', 'dolar Brunei': 'BND', BND: 'BND',
    Rp: 'IDR', 'Rp.': 'IDR', rupiah: 'IDR', IDR: 'IDR',
    '€': 'EUR', euro: 'EUR', EUR: 'EUR',
    '£': 'GBP', 'paun sterling': 'GBP', 'paun British': 'GBP', paun: 'GBP', 'pound sterling': 'GBP', 'pound British': 'GBP', GBP: 'GBP',
    '¥': 'JPY', yen: 'JPY', JPY: 'JPY',
    won: 'KRW', KRW: 'KRW', baht: 'THB', THB: 'THB', peso: 'PHP', PHP: 'PHP', rupee: 'INR', INR: 'INR',
    riyal: 'SAR', SAR: 'SAR', dirham: 'AED', AED: 'AED',
  },
  measures: {
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', khz: 'kHz', kilohertz: 'kHz',
    'Mbit/detik': 'Mbit/s', 'Mbit/saat': 'Mbit/s', mpj: 'mph',
    'Mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'Gbit/s': 'Gbit/s', gbps: 'Gbit/s', 'kbit/s': 'kbit/s', kbps: 'kbit/s',
    km: 'km', kilometer: 'km', kilometre: 'km', m: 'm', meter: 'm', cm: 'cm', sentimeter: 'cm', mm: 'mm', milimeter: 'mm',
    km2: 'km2', 'km²': 'km2', 'km persegi': 'km2', 'kilometer persegi': 'km2', 'meter persegi': 'm2', m2: 'm2', 'm²': 'm2', 'mil persegi': 'mi2', 'batu persegi': 'mi2',
    m3: 'm3', 'm³': 'm3', 'meter padu': 'm3', 'meter kubik': 'm3',
    ha: 'ha', hektar: 'ha', ekar: 'acre', kg: 'kg', kilogram: 'kg', gram: 'g', tan: 't', 'tan metrik': 't',
    liter: 'l', litre: 'l', MW: 'MW', megawatt: 'MW', GW: 'GW', gigawatt: 'GW', kW: 'kW', kilowatt: 'kW', kWj: 'kWh', kWh: 'kWh',
    'km/j': 'km/h', 'km/h': 'km/h', 'km sejam': 'km/h', 'kilometer sejam': 'km/h', 'km/jam': 'km/h', kmj: 'km/h',
    'batu sejam': 'mph', 'batu per jam': 'mph', 'batu/jam': 'mph', 'mil sejam': 'mph', bsj: 'mph', mph: 'mph',
    '°F': 'fahrenheit', 'darjah Fahrenheit': 'fahrenheit', Fahrenheit: 'fahrenheit', '°C': 'celsius', 'darjah Celsius': 'celsius', 'darjah celcius': 'celsius',
    tong: 'barrel', barel: 'barrel', 'mata asas': 'bp', bps: 'bp', 'mata peratusan': 'pp', kaki: 'ft', mil: 'mi', mi: 'mi', batu: 'mi', auns: 'oz',
  },
  // `kaki` is also the leg: `dua kaki` (two legs), `100 kaki` (100 ft); `batu` the stone (`tiga batu`), `645 batu` 645 miles.
  measuresAfterDigits: ['kaki', 'batu'],
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: ['tahun ini', 'tahun lalu', 'tahun lepas', 'tahun depan', 'tahun hadapan', 'tahun sebelumnya', 'tahun berikutnya', 'tahun yang sama'],
  // `berat 17 paun`: a weight, not £17.
  weightContext: {
    words: ['berat', 'beratnya', 'menimbang', 'timbang', 'ditimbang', 'kg', 'kilogram', 'auns'],
    units: { paun: 'lb', pound: 'lb' },
  },
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['dan', 'atau'],
  durations: ['tahun', 'bulan', 'minggu', 'hari', 'jam', 'minit', 'saat', 'dekad', 'abad'],
  approx: [
    // `lebih 300 orang`: Malaysian news often drops `daripada` after `lebih`.
    'kira-kira', 'sekitar', 'lebih kurang', 'lebih', 'kurang lebih', 'hampir', 'lebih daripada', 'lebih dari', 'kurang daripada',
    'kurang dari', 'sekurang-kurangnya', 'paling kurang', 'paling sedikit', 'sehingga', 'hingga', 'sampai', 'melebihi',
    'menghampiri', 'tidak kurang daripada', 'tidak lebih daripada', 'anggaran', 'dianggarkan', 'maksimum',
    'minimum', 'di bawah', 'di atas',
  ],
  untilWords: ['sehingga', 'hingga', 'sampai'],
  // `100 ke 250 meter`: from 100 to 250 (a number before `ke` makes it a joiner, not the ordinal prefix).
  rangeJoiners: ['hingga', 'sehingga', 'sampai', 'ke'],
  // `daripada 5 peratus kepada 10 peratus` (from … to …): `kepada` joins only after the opener. The openers of a
  // pair are openers already, so they are not repeated in rangeOpeners (a plain opener would shadow the pair).
  rangePairs: { antara: 'dan', daripada: 'kepada', dari: 'kepada' },
  rangeOpeners: ['mulai', 'bermula'],
  multiplierAfter: ['kali ganda', 'kali lipat', 'kali', 'x', 'ganda'],
  decadeSuffixes: ['an'],
  // `tahun 1980 an`, written apart as some news does.
  spacedDecadeSuffixes: ['an'],
  // `kedua-dua pasukan` (both teams) is the quantity two, as `kedua negara` and `the two teams`.
  bothWords: { 'kedua-dua': 2, 'kedua-duanya': 2, 'ketiga-tiga': 3, 'keempat-empat': 4, 'kelima-lima': 5 },
  // `kedua-dua perdagangan dan industri` (both trade and industry) coordinates.
  bothNotWith: ['dan'],
  notNumbers: [
    'satu-satunya', 'salah satu', 'satu sama lain', 'satu per satu', 'seorang', 'seseorang', 'sebuah', 'sekali', 'sekali-sekala',
    'sesekali', 'sekaligus', 'sekali gus', 'seketika',
    // `kaki lima` (the covered walkway), `segi empat` (a rectangle): names, no count.
    'kaki lima', 'segi tiga', 'segi empat', 'segi lima', 'segi enam', 'segi lapan',
    'dua-dua', 'dua hala', 'separuh akhir', 'separuh masa', 'suku akhir', 'suku kaum', 'suku kata', 'suku sakat', 'suku tahun',
    'setengah pihak', 'setengah-setengah', 'sesetengah',
    // The world wars are names, in every pack (en `World War II`, zh `二战`).
    'Perang Dunia Pertama', 'Perang Dunia Kedua', 'Perang Dunia ke-1', 'Perang Dunia ke-2', 'Perang Dunia I', 'Perang Dunia II',
  ],
  timeBefore: ['pukul', 'jam'],
  timeAfter: ['pagi', 'tengah hari', 'petang', 'malam', 'tengah malam', 'GMT', 'UTC', 'a.m.', 'p.m.', 'am', 'pm', 'WIB'],
  // Versions, and labels of a type or class (`diabetes jenis 1`, `kategori 4`): names, no counts.
  versionBefore: ['versi', 'v', 'ver', 'version', 'jenis', 'kategori'],
  dateWords: [
    ...months,
    'Jan', 'Feb', 'Apr', 'Jul', 'Ogo', 'Sep', 'Sept', 'Okt', 'Nov', 'Dis',
    'Bil', 'No', 'Nombor', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad', 'Tahun',
  ],
}
