import { prefixedFractions } from '../../numbers/fractions.js'
import type { NumberGrammar } from '../../numbers/types.js'

// Indonesian number grammar. Vocabulary and separators follow CLDR 48 (rbnf/id, numbers/id):
// decimal `,`, group `.`, compact forms rb/jt/M/T. Usage notes come from news text.
const units = { nol: 0, kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 }
const denominators: Record<string, number> = { tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, seratus: 100 }

/** seperempat, sepertiga, tiga perempat, dua pertiga … generated from the word lists. */
function fractions(): Record<string, number> {
  const out: Record<string, number> = { setengah: 0.5, separuh: 0.5, seperdua: 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75 }
  return { ...out, ...prefixedFractions(units, denominators, 'per', ['se', 'satu ']) }
}

export const numbers: NumberGrammar = {
  decimal: ',',
  units,
  teenWords: ['belas'],
  multipliers: { lusin: 12, puluh: 10, ratus: 100, ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12, kuadriliun: 1e15 },
  onePrefix: 'se',
  decimalWords: ['koma'],
  scaleAbbreviations: { rb: 1e3, rbu: 1e3, jt: 1e6, jta: 1e6, mld: 1e9, trl: 1e12 },
  moneyScales: { M: 1e9, T: 1e12, K: 1e3 },
  negative: ['minus', 'negatif'],
  ordinals: {
    // kuartal II, abad XXI: a Roman numeral after a period word is an ordinal (the second quarter, the 21st century).
    romanAfter: ['kuartal', 'triwulan', 'caturwulan', 'semester', 'abad', 'tahap', 'jilid'],
    // kelas satu, kelas tiga: first class, third class; finis di urutan sembilan: finished ninth; divisi satu, babak
    // dua, lantai tiga (not `peringkat satu dunia`, which is "world number one").
    wordsAfter: ['kelas', 'klas', 'urutan', 'divisi', 'unggulan', 'posisi', 'lantai', 'eselon', 'semester', 'kuartal', 'triwulan', 'babak', 'putaran', 'tahap', 'gelombang', 'jilid'],
    words: { pertama: 1 },
    wordPrefix: 'ke',
    digitPrefixes: ['ke'],
    collectiveAfter: [
      'kali', 'kalinya', 'di', 'ke', 'dari', 'dalam', 'pada', 'untuk', 'bagi', 'oleh', 'dengan', 'antara', 'kepada', 'terhadap', 'tentang',
      'bahwa', 'dan', 'atau', 'serta', 'tetapi', 'namun', 'karena', 'para', 'semua', 'seluruh', 'adalah', 'ialah',
      'sedangkan', 'sementara', 'agar', 'supaya', 'jika', 'bila', 'kalau', 'ketika', 'saat', 'sejak', 'hingga', 'sampai',
      'akan', 'telah', 'sudah', 'belum', 'juga', 'pun', 'itu', 'ini', 'tersebut', 'menurut', 'atas', 'bersama', 'sebelum', 'setelah',
      'mereka', 'kami', 'kita', 'kalian',
    ],
    collectiveAfterPrefixes: ['mem', 'men', 'meng', 'meny', 'me', 'di', 'ber', 'ter'],
    // `hubungan bilateral kedua negara` (the relations of both countries): before these nouns, whatever stands before.
    collectiveNouns: ['negara', 'pihak', 'belah', 'tim', 'orang', 'pemain', 'klub', 'kelompok', 'bank', 'pemimpin', 'kepala', 'menteri', 'presiden', 'perusahaan', 'sisi', 'bangsa', 'kubu', 'partai', 'calon', 'kandidat', 'kota', 'provinsi', 'wilayah', 'korban', 'tersangka', 'pasangan', 'anak', 'warga', 'lembaga', 'organisasi', 'delegasi', 'petinju', 'petenis', 'atlet', 'tokoh', 'pejabat', 'anggota', 'saudara', 'tangan', 'kaki', 'pulau', 'jenis', 'kasus', 'proyek', 'program', 'perjanjian', 'sektor', 'pertandingan', 'laga', 'turnamen', 'kesebelasan', 'pasukan'],
    // `hari kedua turnamen`: a period or round before the ordinal keeps it one.
    rankNouns: ['hari', 'minggu', 'pekan', 'bulan', 'tahun', 'abad', 'dekade', 'babak', 'putaran', 'set', 'game', 'gim', 'tahap', 'tahapan', 'fase', 'gelombang', 'periode', 'musim', 'edisi', 'jilid', 'sesi', 'ronde', 'seri', 'malam', 'pagi', 'semester', 'kuartal', 'triwulan', 'generasi', 'angkatan', 'urutan', 'posisi', 'tempat', 'peringkat', 'unggulan'],
    // `gol keduanya` (his second goal) after a noun; `keduanya sepakat`, `mereka keduanya` (both of them) elsewhere.
    wordSuffixes: ['nya'],
  },
  fractions: fractions(),
  fractionPeriodGuard: true,
  andAHalf: ['setengah'],
  percent: ['%', 'persen', 'prosen', 'per sen', 'pct', 'percent'],
  currencies: {
    Rp: 'IDR', 'Rp.': 'IDR', RP: 'IDR', rupiah: 'IDR', IDR: 'IDR',
    yuan: 'CNY', RMB: 'CNY', renminbi: 'CNY', CNY: 'CNY',
    'US$': 'USD', $: 'USD', USD: 'USD', 'dolar AS': 'USD', 'dollar AS': 'USD', 'dolar Amerika': 'USD', 'dolar Amerika Serikat': 'USD', dolar: 'USD', dollar: 'USD',
    RM: 'MYR', ringgit: 'MYR', 'ringgit Malaysia': 'MYR', MYR: 'MYR',
    'S$': 'SGD', 'dolar Singapura': 'SGD', SGD: 'SGD',
    'A$': 'AUD', 'dolar Australia': 'AUD', AUD: 'AUD',
    'C$': 'CAD', 'dolar Kanada': 'CAD', CAD: 'CAD',
    'HK$': 'HKD', 'dolar Hong Kong': 'HKD', HKD: 'HKD',
    '€': 'EUR', euro: 'EUR', EUR: 'EUR',
    '£': 'GBP', poundsterling: 'GBP', 'pound sterling': 'GBP', 'pound Inggris': 'GBP', pound: 'GBP', 'pon': 'GBP', GBP: 'GBP',
    '¥': 'JPY', yen: 'JPY', JPY: 'JPY',
    won: 'KRW', KRW: 'KRW', baht: 'THB', THB: 'THB', peso: 'PHP', PHP: 'PHP', rupee: 'INR', rupe: 'INR', INR: 'INR',
    riyal: 'SAR', SAR: 'SAR', 'dirham': 'AED', AED: 'AED',
  },
  measures: {
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', khz: 'kHz', kilohertz: 'kHz',
    'Mbit/detik': 'Mbit/s', 'Mbit/saat': 'Mbit/s', mpj: 'mph', 'km/j': 'km/h',
    'Mbit/s': 'Mbit/s', mbps: 'Mbit/s', 'Gbit/s': 'Gbit/s', gbps: 'Gbit/s', 'kbit/s': 'kbit/s', kbps: 'kbit/s',
    km: 'km', kilometer: 'km', kilometre: 'km', m: 'm', meter: 'm', cm: 'cm', sentimeter: 'cm', centimeter: 'cm', mm: 'mm', milimeter: 'mm',
    km2: 'km2', 'km²': 'km2', 'kilometer persegi': 'km2', 'meter persegi': 'm2', m2: 'm2', 'm²': 'm2', 'mil persegi': 'mi2',
    m3: 'm3', 'm³': 'm3', 'meter kubik': 'm3',
    ha: 'ha', hektare: 'ha', hektar: 'ha', kg: 'kg', kilogram: 'kg', gram: 'g', gr: 'g', ton: 't',
    liter: 'l', MW: 'MW', megawatt: 'MW', GW: 'GW', gigawatt: 'GW', kW: 'kW', kilowatt: 'kW', kWh: 'kWh', 'kilowatt jam': 'kWh',
    'km/jam': 'km/h', 'km/h': 'km/h', 'kilometer per jam': 'km/h', 'km per jam': 'km/h',
    'mil per jam': 'mph', 'mil/jam': 'mph', mph: 'mph',
    '°F': 'fahrenheit', 'derajat Fahrenheit': 'fahrenheit', Fahrenheit: 'fahrenheit', '°C': 'celsius', 'derajat Celsius': 'celsius', 'derajat celcius': 'celsius',
    barel: 'barrel', barrel: 'barrel', 'basis poin': 'bp', bps: 'bp', bp: 'bp', 'poin persentase': 'pp', 'persen poin': 'pp',
    mil: 'mi', mi: 'mi', kaki: 'ft', ons: 'oz',
  },
  // `kaki` is also the leg: `dua kaki` (two legs), `100 kaki` (100 ft).
  measuresAfterDigits: ['kaki'],
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: ['tahun ini', 'tahun lalu', 'tahun yang lalu', 'tahun depan', 'tahun sebelumnya', 'tahun kemarin', 'tahun mendatang', 'tahun berikutnya', 'tahun yang sama'],
  // `berat 17 paun`: a weight, not £17.
  weightContext: {
    words: ['berat', 'beratnya', 'bobot', 'bobotnya', 'berbobot', 'menimbang', 'kg', 'kilogram', 'ons'],
    units: { pon: 'lb', pound: 'lb' },
  },
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['dan', 'atau'],
  durations: ['tahun', 'bulan', 'minggu', 'pekan', 'hari', 'jam', 'menit', 'detik', 'dekade', 'abad', 'windu'],
  approx: [
    'sekitar', 'kira-kira', 'kurang lebih', 'lebih kurang', 'hampir', 'nyaris', 'lebih dari', 'kurang dari', 'setidaknya',
    'sedikitnya', 'paling sedikit', 'paling tidak', 'minimal', 'maksimal', 'maksimum', 'hingga', 'sampai', 'sampai dengan',
    'mendekati', 'di atas', 'di bawah', 'tak kurang dari', 'tidak kurang dari', 'tak lebih dari', 'tidak lebih dari', 'sekira',
  ],
  untilWords: ['hingga', 'sampai', 'sampai dengan'],
  rangeJoiners: ['hingga', 'sampai', 'sampai dengan', 's.d.', 's/d'],
  rangePairs: { antara: 'dan' },
  rangeOpeners: ['dari', 'mulai'],
  multiplierAfter: ['kali lipat', 'kali', 'x', 'lipat'],
  decadeSuffixes: ['an'],
  // `tahun 1980 an`, written apart as some news does.
  spacedDecadeSuffixes: ['an'],
  // `kedua-duanya` (both of them) is the quantity two, as `kedua negara` and `the two countries`.
  bothWords: { 'kedua-duanya': 2, 'dua-duanya': 2, 'ketiga-tiganya': 3 },
  notNumbers: [
    'satu-satunya', 'salah satunya', 'satu per satu', 'satu sama lain', 'seorang', 'seseorang', 'sebuah', 'sekali', 'sesekali',
    'sekaligus', 'seketika', 'setengah hati', 'setengah mati', 'satu-satu',
    // `pedagang kaki lima` (street vendors), `segi empat` (a rectangle): names, no count.
    'kaki lima', 'segi tiga', 'segi empat', 'segi lima', 'segi enam', 'segi delapan',
    // The world wars are names, in every pack (en `World War II`, zh `二战`).
    'Perang Dunia Pertama', 'Perang Dunia Kedua', 'Perang Dunia ke-1', 'Perang Dunia ke-2', 'Perang Dunia I', 'Perang Dunia II',
  ],
  // `lahan kosong` (empty land) is no number; `tiga kosong` (3–0) and `kosong koma lima` (0.5) are.
  onlyBesideNumbers: ['kosong'],
  timeBefore: ['pukul', 'jam'],
  timeAfter: ['WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'pagi', 'siang', 'sore', 'malam', 'a.m.', 'p.m.', 'am', 'pm'],
  // Versions, and labels of a type or class (`diabetes tipe 1`, `kategori 4`): names, no counts.
  versionBefore: ['versi', 'v', 'ver', 'version', 'rilis', 'tipe', 'kategori'],
  dateWords: [
    'Januari', 'Februari', 'Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Nopember', 'Desember',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt', 'Ags', 'Sep', 'Sept', 'Okt', 'Nov', 'Des',
    'Nomor', 'No', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad', 'Tahun',
  ],
}
