// Malay and Indonesian share most function words; each pack's markers also hold words distinctive of its language,
// so detectLanguage tells them apart when both are candidates. Paragraphs written for this test.
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/read/detect.js'
import { en } from '../../src/langs/en/index.js'
import { id } from '../../src/langs/id/index.js'
import { ms } from '../../src/langs/ms/index.js'

const malay = [
  'Kerajaan akan memperuntukkan RM2.5 bilion bagi menaik taraf pengangkutan awam, kata menteri dalam satu kenyataan semalam. Beliau berkata projek itu boleh mengurangkan kesesakan lalu lintas.',
  'Bank Negara Malaysia mengekalkan kadar dasar semalaman pada 3 peratus kerana inflasi kekal rendah dan pertumbuhan ekonomi dijangka stabil sepanjang tahun ini.',
  'Polis menahan tiga lelaki yang disyaki terlibat dalam sindiket penipuan dalam talian. Ketua polis daerah berkata suspek direman selama tujuh hari bagi membantu siasatan.',
  'Lebih 5,000 mangsa banjir dipindahkan ke pusat pemindahan sementara selepas hujan lebat melanda negeri itu sejak Khamis, manakala beberapa jalan ditutup kepada semua kenderaan.',
  'Syarikat itu mencatatkan keuntungan bersih yang lebih tinggi berbanding tahun lalu hasil daripada jualan eksport yang meningkat, iaitu kira-kira 12 peratus.',
  'Kementerian Kesihatan menggesa orang ramai mendapatkan suntikan vaksin kerana kes jangkitan meningkat. Pesakit yang bergejala boleh ke klinik kesihatan berhampiran.',
  'Pelajar yang menduduki peperiksaan SPM boleh menyemak keputusan mereka dalam talian mulai esok. Sebarang pertanyaan boleh diajukan kepada pejabat pendidikan daerah.',
  'Pasukan bola sepak kebangsaan menang 2-1 dalam perlawanan persahabatan semasa jurulatih kepala masih kekurangan pemain utama kerana kecederaan.',
]
const indonesian = [
  'Pemerintah akan mengalokasikan Rp2,5 triliun untuk memperbaiki transportasi umum, kata menteri dalam keterangan tertulis kemarin. Ia mengatakan proyek itu bisa mengurangi kemacetan.',
  'Bank Indonesia mempertahankan suku bunga acuan di level 6 persen karena inflasi tetap rendah dan pertumbuhan ekonomi diperkirakan stabil sepanjang tahun ini.',
  'Polisi menangkap tiga pria yang diduga terlibat dalam sindikat penipuan daring. Kapolres mengatakan para tersangka ditahan selama 20 hari untuk kepentingan penyidikan.',
  'Sebanyak 5.000 warga korban banjir mengungsi ke posko pengungsian setelah hujan deras melanda wilayah itu sejak Kamis, sedangkan sejumlah jalan ditutup untuk kendaraan.',
  'Perusahaan itu membukukan laba bersih yang lebih tinggi dibandingkan tahun lalu berkat penjualan ekspor yang meningkat, yaitu sekitar 12 persen.',
  'Kementerian Kesehatan mengimbau masyarakat untuk mendapatkan vaksin karena kasus infeksi meningkat. Pasien yang bergejala bisa datang ke puskesmas terdekat.',
  'Siswa yang mengikuti ujian nasional dapat melihat hasilnya secara daring mulai besok. Pertanyaan bisa disampaikan ke kantor dinas pendidikan setempat.',
  'Tim nasional sepak bola menang 2-1 dalam laga persahabatan saat pelatih kepala masih kekurangan pemain utama karena cedera.',
]

describe('detectLanguage tells Malay from Indonesian', () => {
  it.each(malay.map((t, i) => [i, t] as const))('Malay paragraph %i is ms among [id, en, ms]', (_i, text) => {
    expect(detectLanguage(text, [id, en, ms]).lang).toBe('ms')
  })
  it.each(indonesian.map((t, i) => [i, t] as const))('Indonesian paragraph %i is id among [id, en, ms]', (_i, text) => {
    expect(detectLanguage(text, [id, en, ms]).lang).toBe('id')
  })
  it('English stays English with both Malay and Indonesian among the candidates', () => {
    expect(detectLanguage('The government will allocate 2.5 billion ringgit to upgrade public transport, the minister said in a statement.', [id, en, ms]).lang).toBe('en')
  })
})
