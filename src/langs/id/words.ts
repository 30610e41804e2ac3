// Indonesian word lists, written for padanan from news usage (public domain facts of the language).

/** Function words: left out of similarity, kept in the text. */
export const stopwords: readonly string[] = `
ada adalah adanya agar akan akankah akhirnya aku anda antara apa apabila apakah atas atau bagai bagaimana bagi bahkan bahwa
banyak baru beberapa begitu belum berbagai bersama beserta betapa biasanya bila bisa boleh bukan bukankah cukup dahulu dalam
dan dapat dari daripada dengan di dia diri dirinya hal hampir hanya harus hingga ia ialah ini itu jadi jika juga justru kalau
kami kamu kapan karena ke kemudian kepada ketika kini kita lagi lain lalu lebih maka masih mau meliputi melalui memang mereka
merupakan misalnya mungkin namun nya oleh pada padahal para pernah pula pun saat saja salah sama sambil sampai sangat saya
sebab sebagai sebelum sebuah sedang sedangkan sehingga sejak sekitar selain selalu selama semua sementara seperti serta
sesudah setelah setiap siapa suatu sudah supaya tanpa tapi telah tentang terhadap termasuk tersebut tetapi tiap untuk walau
walaupun yaitu yakni yang sang si kah lah tah pun
`.trim().split(/\s+/)

/**
 * Abbreviations that end in a dot inside a sentence (without the dot, compared case-insensitively).
 * The segmenter splits after them; prepare() joins the pieces again.
 */
export const abbreviations: readonly string[] = `
dr drs dra prof ir h hj kh st s.h s.e s.t s.kom s.pd s.sos m.si m.sc m.m m.a m.t ph.d sp
pt tbk cv ud persero fa jl jln gg kel kec kab kp rt rw no nomor hlm hal dll dsb dst dkk sdr sdri bpk yth an a.n u.p
kol inf pol prov kombes jend letjen mayjen brigjen laksma marsma kapt lettu letda serka kompol akbp akp ipda iptu aiptu bripka brigpol kombes irjen komjen
jan feb mar apr jun jul agu agt ags sep sept okt nov des
rp tgl thn mr mrs ms inc ltd co corp vs
`.trim().split(/\s+/)

/** Frequent function words that mark Indonesian text (language detection). */
export const markers: readonly string[] = [
  'yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena',
  'adalah', 'bahwa', 'oleh', 'atau', 'telah', 'sudah', 'mereka', 'kami', 'saat', 'tersebut', 'tahun', 'lebih', 'secara',
  // Words Indonesian uses where Malay uses another (bisa/boleh, saja/sahaja, yaitu/iaitu, uang/wang …): they tell id from ms.
  'bisa', 'saja', 'yaitu', 'uang', 'persen', 'miliar', 'triliun', 'mengatakan', 'kantor', 'perusahaan', 'terkait', 'ujar',
  'kemarin', 'mobil', 'polisi', 'sedangkan', 'pemerintah', 'setelah', 'sejumlah', 'warga', 'nggak', 'enggak',
  // Everyday words Indonesian spells or chooses apart from Malay (ms in brackets): mau (mahu), berbagai (pelbagai),
  // bagian (bahagian), daerah (kawasan), hewan (haiwan), kota (bandar), informasi (maklumat), metode (kaedah),
  // layanan (perkhidmatan), pariwisata (pelancongan), universitas, ilmuwan (saintis), film, musik, telepon, nomor,
  // kamar (bilik), jendela (tingkap), salju (salji), dingin (sejuk), coba (cuba), berarti (bermaksud), hal
  // (perkara), lewat (menerusi), dikenal (dikenali), ketika/saat (semasa), terhadap.
  'mau', 'berbagai', 'bagian', 'daerah', 'hewan', 'kota', 'informasi', 'metode', 'layanan', 'pariwisata',
  'universitas', 'ilmuwan', 'film', 'musik', 'telepon', 'nomor', 'kamar', 'jendela', 'salju', 'dingin', 'coba',
  'berarti', 'hal', 'lewat', 'dikenal', 'wisatawan', 'bandara', 'eropa', 'spanyol', 'prancis', 'jepang',
  'situs', 'memiliki', 'lingkungan', 'kendaraan', 'balapan', 'tentara', 'sebagian', 'kembali', 'sekarang', 'seluruh',
]
