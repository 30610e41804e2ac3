import type { NumberGrammar } from '../../numbers/types.js'

// Chinese number grammar (simplified, with the traditional forms that differ). Vocabulary checked against
// CLDR (rbnf/zh, rbnf/zh_Hant: spellout-numbering, spellout-ordinal `第`); usage from mainland, Hong Kong and
// Taiwan news. Text has no spaces: the number lexer makes every Han character a token of its own, so the
// phrases below match character by character (`亿元`, `百分之`, `个百分点`).

// Common digits; 两 is the counting "two" (两千, 两国). Financial digits (壹, 贰, 陆, 拾 …) are left out: news
// does not write them, and several are names and words (陆 in 大陆 and 陆克文, 伍, 拾 in 收拾).
const units: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const digitWords = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

// Myriad scales: 万 10^4 and 亿 10^8 close groups (一亿两千万 = 1.2 × 10^8); 十, 百, 千 multiply the digit before.
const multipliers: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }

/** 四分之一, 三分之二, 百分之… is percent (below): `N分之M` for the denominators news uses. */
function fractions(): Record<string, number> {
  const out: Record<string, number> = { 一半: 0.5, 半数: 0.5, 半數: 0.5, '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }
  const dens: [string, number][] = [['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', 10], ['千', 1000]]
  for (const [d, dv] of dens) {
    for (let n = 1; n < Math.min(dv, 10); n++) out[`${d}分之${digitWords[n - 1]}`] = n / dv
  }
  return out
}

// Clock times in words: 下午三点, 三点钟 (digits are caught by clockHours: 15时30分, 下午3点).
const hours = ['一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
const dayParts = ['上午', '下午', '凌晨', '晚上', '早上', '中午', '傍晚', '清晨', '深夜', '夜间', '晚间', '早晨']
const clockWords = [
  ...hours.map((h) => `${h}点钟`),
  ...dayParts.flatMap((p) => hours.flatMap((h) => [`${p}${h}点`, `${p}${h}时`])),
]
// Months are names (三月 is March), and weekdays too (星期三, 周三): no numbers, as in English.
const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
const weekdays = ['一', '二', '三', '四', '五', '六'].flatMap((d) => [`星期${d}`, `周${d}`, `週${d}`, `禮拜${d}`, `礼拜${d}`])
// 一 + a measure word is the article "a" (一个国家 is "a country"), as English `a` is no number.
const classifiers = ['个', '個', '位', '家', '种', '種', '项', '項', '名', '场', '場', '条', '條', '座', '所', '只', '隻', '张', '張', '篇', '部', '份', '批', '系列', '些', '支', '件', '则', '則', '番']
// Words that hold number characters and are no numbers.
const lexicalized = [
  '统一', '統一', '唯一', '之一', '同一', '一起', '一样', '一樣', '一直', '一定', '一般', '一致', '一切', '一旦', '一度', '一再', '一向',
  '一律', '一同', '一道', '一体化', '一體化', '一线', '一線', '一流', '一下', '一边', '一邊', '一面', '一时', '一時', '一贯', '一貫',
  '一路', '一行', '一举', '一舉', '一心', '一方面', '一带一路', '一帶一路', '一国两制', '一國兩制', '万一', '萬一', '十分', '十足',
  '百姓', '老百姓', '万众', '萬眾', '千万', '千萬', '万万', '萬萬', '三农', '三農', '两岸', '兩岸', '七国集团', '七國集團', '八国集团',
  '二十国集团', '二十國集團', '五角大楼', '五角大樓', '零售', '零部件', '零件', '零星', '零食', '一点儿', '一點兒', '有点', '有點',
  '一成不变', '一成不變', '八成', '十四五', '十三五', '十二五', '十五五', '双十一', '雙十一', '五一', '十一假期', '一把手', '二手',
  '三角', '四周', '四处', '四處', '万物', '萬物', '千方百计', '千方百計', '一模一样', '独一无二', '獨一無二', '说一不二', '一二三',
  '星期日', '星期天', '周日', '週日', '周末', '週末', '十字', '马英九', '馬英九', '一辈', '一輩',
  '三一学院', '三一學院', '三柱门', '三柱門', '三聚氰', '三分法', '二氧化', '一氧化', '二进制', '二進制', '略知一二', ...digitWords.map((d) => `${d}世`), '模棱两可', '模稜兩可', '两极分化', '兩極分化', '没什么两样', '沒什麼兩樣', '一分为二', '一分為二', '三番五次', '七嘴八舌', '乱七八糟', '亂七八糟',
  // The world wars are names, in every pack (en `World War II`, de `Zweiter Weltkrieg`).
  '二战', '二戰', '一战', '一戰', '第一次世界大战', '第二次世界大战', '第一次世界大戰', '第二次世界大戰', '一次大战', '二次大战', '一次大戰', '二次大戰',
  // Moons named by number (土卫六 is Titan, 木卫二 Europa), as the names in other languages are.
  ...['土卫', '土衛', '木卫', '木衛', '天卫', '天衛', '海卫', '海衛'].flatMap((p) => digitWords.concat(['十一', '十二', '十三', '十四', '十五', '十六']).map((d) => p + d)),
]
// 数十亿 (billions), 上千 (thousands), 几百: vague plurals, no numbers (as English `billions of`).
const vague = ['数', '數', '几', '幾', '上'].flatMap((v) => ['十', '百', '千', '万', '萬', '十万', '百万', '千万', '亿', '億', '十亿', '百亿', '千亿'].map((s) => v + s))

export const numbers: NumberGrammar = {
  decimal: '.',
  units,
  multipliers,
  // 一百零五, 一千零五十: 零 links a scale to a smaller number, as English `and` does.
  joiners: ['零', '〇'],
  // 十 stands alone for ten (十年, 十五); 百 and 千 need a digit before them (百姓 is "the people").
  bareMultipliers: ['十'],
  // 一 alone is mostly the article "a" (一次, 这一, 一辆): one only before a scale (一百, 一亿) or after 第, 十.
  articles: ['一'],
  decimalWords: ['点', '點'],
  // After digits: 1050亿, 1.05万亿, 3千万. Glued forms count as scales of their own.
  scaleAbbreviations: {
    万亿: 1e12, 萬億: 1e12, 千亿: 1e11, 千億: 1e11, 百亿: 1e10, 百億: 1e10, 十亿: 1e9, 十億: 1e9, 千万: 1e7, 千萬: 1e7,
    百万: 1e6, 百萬: 1e6, 十万: 1e5, 十萬: 1e5,
  },
  moneyScales: {},
  negative: ['负', '負', '零下'],
  ordinals: {
    words: {},
    // 第十四届, 第3次: 第 before digits or number words.
    digitPrefixes: ['第'],
    // 20世纪 (the 20th century).
    // 成立75周年 (the 75th anniversary).
    digitSuffixes: ['世纪', '世紀', '周年', '週年'],
    // 20世纪70年代 is the 1970s.
    centuryWords: ['世纪', '世紀'],
    // 首次 (the first time), 首位, 首届: 首 is "first" only in these words (首都 is a capital, 首相 a premier).
    compounds: Object.fromEntries(
      ['次', '位', '个', '個', '届', '屆', '批', '家', '款', '场', '場', '轮', '輪', '度', '例', '日', '战', '戰', '座', '艘', '架'].map((w) => [`首${w}`, 1]),
    ),
  },
  fractions: fractions(),
  fractionPeriodGuard: false,
  andAHalf: [],
  percent: ['%', '％'],
  percentBefore: ['百分之'],
  // 二成 is 20 %: 成 is a tenth.
  percentScales: { 成: 10 },
  currencies: {
    元: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 人民币元: 'CNY', RMB: 'CNY', CNY: 'CNY', '¥': 'CNY', '￥': 'CNY',
    美元: 'USD', 美金: 'USD', 'US$': 'USD', $: 'USD', USD: 'USD',
    港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 'HK$': 'HKD', HKD: 'HKD',
    欧元: 'EUR', 歐元: 'EUR', '€': 'EUR', EUR: 'EUR',
    日元: 'JPY', 日圆: 'JPY', 日圓: 'JPY', JPY: 'JPY', 英镑: 'GBP', 英鎊: 'GBP', '£': 'GBP', GBP: 'GBP',
    韩元: 'KRW', 韓元: 'KRW', 卢布: 'RUB', 盧布: 'RUB', 新台币: 'TWD', 新臺幣: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD', TWD: 'TWD',
    澳元: 'AUD', 澳币: 'AUD', 加元: 'CAD', 新加坡元: 'SGD', 新元: 'SGD', 瑞士法郎: 'CHF', 澳门元: 'MOP', 澳門元: 'MOP', 澳门币: 'MOP',
    印尼盾: 'IDR', 卢比: 'INR', 盧比: 'INR', 林吉特: 'MYR', 令吉: 'MYR', 里拉: 'TRY',
  },
  measures: {
    公里: 'km', 千米: 'km', km: 'km', 米: 'm', 公尺: 'm', m: 'm', 厘米: 'cm', 公分: 'cm', cm: 'cm', 毫米: 'mm', mm: 'mm',
    平方公里: 'km2', 平方千米: 'km2', km2: 'km2', 'km²': 'km2', 平方米: 'm2', 平方英里: 'mi2', 立方米: 'm3', 'm³': 'm3', 'm²': 'm2', 公顷: 'ha', 公頃: 'ha', ha: 'ha',
    公斤: 'kg', 千克: 'kg', kg: 'kg', 克: 'g', 公克: 'g', 吨: 't', 噸: 't', 公吨: 't', 升: 'l', 公升: 'l',
    兆瓦: 'MW', MW: 'MW', 吉瓦: 'GW', GW: 'GW', 千瓦: 'kW', kW: 'kW', 千瓦时: 'kWh', 千瓦時: 'kWh', kWh: 'kWh',
    '°F': 'fahrenheit', 华氏度: 'fahrenheit', 公里每小时: 'km/h', '公里/小时': 'km/h', 千米每小时: 'km/h', '千米/小时': 'km/h', '公里/时': 'km/h', '英里/小时': 'mph', 英里每小时: 'mph', 'km/h': 'km/h', 摄氏度: 'celsius', 攝氏度: 'celsius', '°C': 'celsius', '℃': 'celsius',
    桶: 'barrel', 基点: 'bp', 基點: 'bp', 个基点: 'bp', 個基點: 'bp', 个百分点: 'pp', 個百分點: 'pp', 百分点: 'pp', 百分點: 'pp', 英里: 'mi', 英尺: 'ft',
  },
  // 1300节车厢 is a count: a year is written with 年 after it.
  yearMarks: ['年', '赛季', '賽季', '年度', '财年', '財年'],
  // 每小时105英里 (105 mph), 时速300公里 (300 km/h).
  ratesBefore: {
    words: ['每小时', '每小時', '时速', '時速'],
    units: { km: 'km/h', mi: 'mph' },
  },
  // 年 is left out: 2021年 is the year 2021, and 3年 reads 3 as `3 years` does (durations carry no unit).
  // A year named by its distance from the text's date: compareNumbers does not count a year the other side writes out.
  relativeYears: ['今年', '去年', '明年', '前年', '同年', '上一年', '下一年'],
  // `200 and 400 metres`: a bare number before these takes the unit of the next.
  coordinators: ['和', '或'],
  durations: ['个月', '個月', '天', '小时', '小時', '分钟', '分鐘', '秒', '周', '週', '星期', '岁', '歲', '年来', '年來', '多年'],
  approx: [
    '约', '約', '约有', '約有', '大约', '大約', '大约有', '大約有', '大概', '近', '将近', '將近', '接近', '超过', '超過', '逾', '超', '不到', '不足', '不少于', '不少於',
    '至少', '最多', '多达', '多達', '高达', '高達', '约为', '約為', '近乎',
  ],
  approxAfter: ['多', '余', '餘', '左右', '以上', '以下', '上下'],
  // 截至2025年: until the year, no approximation.
  untilWords: ['截至', '直至', '直到'],
  // 2021年至2025年: the year mark before the joiner belongs to the low end.
  rangeJoiners: ['至', '到', '~', '～', '年至', '年到', '年—', '年-', '年–', '年～'],
  rangePairs: { 介于: '和', 介於: '和' },
  rangeOpeners: ['从', '從', '由'],
  multiplierAfter: ['倍'],
  // 90年代 (the 1990s), 1990年代.
  decadeSuffixes: ['年代'],
  shortDecadeCentury: 1900,
  // 双方 (both sides) is the quantity two, as English `both sides`.
  bothWords: { 双方: 2, 雙方: 2 },
  notNumbers: [
    ...lexicalized, ...vague, '成千上万', '成千上萬', '数以万计', '數以萬計', '数以千计', '數以千計', ...months, ...weekdays, ...clockWords, ...classifiers.map((c) => `一${c}`),
  ],
  timeBefore: dayParts,
  // 3月 is March; 下午3点 and 15时30分 are clock times.
  timeAfter: ['月', 'GMT', 'UTC'],
  clockHours: ['点', '點', '时', '時'],
  versionBefore: ['版本', '小米', '红米', '紅米', 'Redmi', 'iPhone', 'Mate', 'Galaxy', 'Pixel', 'Windows', 'iOS', 'Android', '华为Mate', '麒麟'],
  dateWords: ['月', '日', '号', '號', '年'],
}
