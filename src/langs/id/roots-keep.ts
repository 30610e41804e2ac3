// Hand-written facts about Indonesian and Malay words, read by scripts/id-roots.mjs when it builds the
// root list (./roots.ts). Written for padanan from knowledge of the languages (MIT).

/**
 * Words that look affixed but are roots in their own right: their meaning is not the affix plus a
 * shorter word (`persen` is not per- + sen, `sekitar` is not se- + kitar, `tetapi` is not tetap + -i).
 * The builder never reads them as derived.
 */
export const lexicalizedRoots: readonly string[] = `
abadi adalah apakah bayi beli belia benar beras bersih binatang cukai divisi ekonomi
harimau hutan inci jelas kaki kanan kapan karena kelas kemudian kepada kepala kerangka kering
keluar kenari kursi kurun keras ketimbang ketua ketawa kupon lahan lebaran lelaki lemah mulai
masalah maupun memori mengapa mentah organisasi paskah pegawai pekan peluang peran perangkat
perdana pernah persegi persen pertama pesan polisi remaja reli ringan sebab sedang sedikit
sejarah sekali sekarang sekitar sekutu selain selaku selalu semen senyawa sepak sepuluh seraya
sering sesuatu sehingga seni sinar telur terapi terbang terlalu teroris terorisme tetapi tunai
umpan usai walaupun demikian sedemikian kemarin kepada berapa seberapa selatan sekolah sepeda
segera sejak sendiri sama semua sebelah cerita kalian peratus
kurang perang serang terang dengan mereka
`.split(/\s+/).filter(Boolean)

/**
 * Roots of three letters or fewer that take affixes in news text (`kedua` ← dua, `berada` ← ada,
 * `mengesahkan` ← sah). Other short words (particles such as `kan`, `lah`, `sih`, `nah`, and
 * words such as `ras`, `bab`, `jas`) are not trusted to explain a longer word: `keras` is not
 * ke- + ras.
 */
export const shortRoots: readonly string[] = `
abu ada adu air aju aku apa api bom cat cek doa dua gas ibu isi jam pos rem sah tes tim tua uji
`.split(/\s+/).filter(Boolean)

/**
 * Roots that news shows almost only with affixes, so that neither the lexicons nor the corpora list
 * them bare: `kendaraan` ← kendara, `lingkungan` ← lingkung, Malay `siasatan` ← siasat,
 * `terjejas` ← jejas, `pelaburan` ← labur.
 */
export const boundRoots: readonly string[] = `
acu agun alas anjak beber belah berontak selidik tegak bubung colong gelintir gilir henyak iur kelahi kelupas kendara
lampir lantar lesak lingkung paut puruk rangkai sandang seludup susur taja tandas taksir
amar asas bantah bual cabar cengkam conteng dedah eja godam gubal hala hijrah hujah iktiraf
jambat jawat jejas jimat jiran julat kekal khidmat kongsi labur langkau letup lombong masyhur
nafi nipis pinda rantau rayau rehat rentas rombak rompak sanjung senarai siasat silap syak
tadbir takat takrif tamat tapis tempah teroka tunggang ubat ukir
`.split(/\s+/).filter(Boolean)
