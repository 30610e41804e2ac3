// Chinese is detected by its script (Han characters score one marker for two), also when Latin words (AI, R&D,
// Xiaomi) stand in it; with the zh pack among the candidates, Latin-script languages are detected as before.
// Sentences written for this test.
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/read/detect.js'
import { prepare } from '../../src/index.js'
import { languages } from '../../src/langs/all.js'
import { zh } from '../../src/langs/zh/index.js'

const chinese = [
  '小米集团计划在2021年至2025年间投资1050亿元用于研发。',
  '小米CEO雷军表示，AI和R&D是Xiaomi未来五年的重点。',
  '該公司去年營收為2800億元新台幣，同比增長12.5%。',
  '据Reuters报道，OpenAI发布了新的GPT模型。',
  '央行宣布降准0.5个百分点。',
]
const others: [string, string][] = [
  ['id', 'Xiaomi berencana berinvestasi 105 miliar yuan dalam penelitian dan pengembangan selama lima tahun.'],
  ['en', 'Xiaomi plans to invest 105 billion yuan in research and development over five years.'],
  ['ms', 'Kerajaan akan memperuntukkan RM2.5 bilion bagi menaik taraf pengangkutan awam, kata menteri itu.'],
  ['de', 'Die Regierung will die Ausgaben für Forschung und Entwicklung in den nächsten Jahren deutlich erhöhen, sagte der Minister.'],
  ['fr', 'Xiaomi prévoit d’investir 105 milliards de yuans dans la recherche et le développement.'],
  ['en', 'The Chinese phrase 一带一路 names the Belt and Road Initiative, which the government launched in 2013.'],
]

describe('detectLanguage with the Chinese pack', () => {
  it.each(chinese)('Chinese: %s', (text) => {
    expect(detectLanguage(text, languages).lang).toBe('zh')
  })
  it.each(others)('%s stays %s', (code, text) => {
    expect(detectLanguage(text, languages).lang).toBe(code)
  })
  it('a Chinese document is read with the pack it detects once zh was passed', () => {
    prepare('开始。', zh)
    const doc = prepare('小米计划投资1050亿元。AI芯片是重点。')
    expect(doc.lang).toBe('zh')
    expect(doc.numbers.map((m) => m.key)).toEqual(['currency:105000000000:CNY'])
  })
})
