// Malay word lists, written for padanan from Malaysian news usage (public domain facts of the language).

/** Function words: left out of similarity, kept in the text. */
export const stopwords: readonly string[] = `
ada adakah adalah agak agar akan akhirnya aku anda antara apa apabila apakah atas atau bagai bagaimana bagaimanapun bagi ke
bahawa bahkan banyak baru beberapa begitu belum beliau berbagai bersama beserta betapa biasanya bila boleh bukan bukankah
cukup dahulu dalam dan dapat dari daripada dengan di dia diri dirinya hal hampir hanya harus hendak hingga ia iaitu ialah
ini itu jadi jika juga justeru kalau kami kamu kepada kerana kemudian ketika kini kita lagi lain lalu lebih mahupun maka
malah manakala masih mahu meliputi melalui memang mereka merupakan mesti misalnya mungkin namun nya oleh pada padahal
para pernah perlu pula pun sahaja saja salah sama sambil sampai sangat saya sebab sebagai sebarang sebelum sebuah sedang
sedangkan sehingga sejak sekiranya sekitar selain selalu selama selepas semasa semua sementara seperti serta sesudah
setelah setiap siapa suatu sudah supaya tanpa tapi telah tentang terhadap termasuk tersebut tetapi tiap turut untuk
walau walaupun yakni yang sang si kah lah tah amat iaitu mengenai manakala apatah lagipun bagaimanakah seraya
`.trim().split(/\s+/).filter((w, i, a) => a.indexOf(w) === i)

/**
 * Abbreviations that end in a dot inside a sentence (without the dot, compared case-insensitively).
 * The segmenter splits after them; prepare() joins the pieces again. Malaysian titles written without a
 * dot (Datuk, Dato', Tan Sri, Tun, bin, binti, Encik) need no entry; `kg` is left out because `5 kg.` ends sentences.
 */
export const abbreviations: readonly string[] = `
dr prof ir hj hjh tn pn en sdr sdri yb yab ybhg tpr kol lt kpt mej jen brig lkpl kpl sjn insp supt dsp
sdn bhd plc jln jl lrg tmn kpg bt tkt bkt sg no bil hlm ms dll dsb spt sbg tel faks
jan feb apr jun jul ogo sep sept okt nov dis
tgl thn mr mrs inc ltd co corp vs
`.trim().split(/\s+/)

/**
 * Words that mark Malay text for language detection: the function words Malay shares with Indonesian, plus
 * words Malaysian news uses where Indonesian uses another (kerana/karena, boleh/bisa, sahaja/saja, iaitu/yaitu,
 * kerajaan/pemerintah, wang/uang, peratus/persen, bilion/miliar, syarikat/perusahaan, kereta/mobil, polis/polisi).
 */
export const markers: readonly string[] = [
  'yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke',
  'adalah', 'oleh', 'atau', 'telah', 'sudah', 'mereka', 'kami', 'tahun', 'lebih', 'secara',
  'kerana', 'boleh', 'sahaja', 'iaitu', 'semasa', 'kerajaan', 'daripada', 'bahawa', 'selepas', 'berkata', 'mengikut',
  'manakala', 'beliau', 'peratus', 'bilion', 'syarikat', 'wang', 'kereta', 'jabatan', 'kakitangan', 'baharu',
  'polis', 'bas', 'teksi', 'ramai', 'sebarang', 'mahupun', 'memberitahu', 'negeri', 'berbanding', 'justeru', 'susulan',
  'berikutan', 'kenyataan', 'mesyuarat', 'kenderaan', 'pelaburan', 'perniagaan', 'ringgit', 'antarabangsa', 'tempatan',
  'sekiranya', 'apabila', 'mahkamah', 'rakyat', 'timbalan', 'pengerusi', 'setiausaha', 'kementerian', 'jualan',
  // Everyday words Malaysian writing spells or chooses apart from Indonesian (id in brackets): mahu (mau), pelbagai
  // (berbagai), sebilangan, bahagian (bagian), kawasan (daerah), haiwan (hewan), bandar (kota), maklumat
  // (informasi), kaedah (metode), perkhidmatan (layanan), pelancongan (pariwisata), universiti, saintis (ilmuwan),
  // filem, muzik, moden, telefon, nombor, bilik (kamar), tingkap (jendela), salji (salju), sejuk (dingin), cuba
  // (coba), bermaksud (berarti), berkenaan, tiada (tidak ada), perkara (hal), menerusi, dikenali, terkenal dengan.
  'mahu', 'pelbagai', 'sebilangan', 'bahagian', 'kawasan', 'haiwan', 'bandar', 'maklumat', 'kaedah', 'perkhidmatan',
  'pelancongan', 'universiti', 'saintis', 'filem', 'muzik', 'moden', 'telefon', 'nombor', 'bilik', 'tingkap',
  'salji', 'sejuk', 'cuba', 'bermaksud', 'berkenaan', 'tiada', 'perkara', 'menerusi', 'dikenali', 'ianya',
  'kebanyakannya', 'sebahagian', 'terbang', 'lapangan', 'pelancong', 'eropah', 'sepanyol', 'perancis', 'jepun',
  'amaran', 'ais', 'semula', 'percubaan', 'pengarah', 'agensi', 'kecemasan', 'menafikan', 'mempunyai', 'laman', 'pemandu', 'persekitaran', 'kenderaan', 'perlumbaan', 'tentera',
]
