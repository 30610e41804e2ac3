// Chinese word lists, written for padanan from mainland, Hong Kong and Taiwan news usage (facts of the language).
// Words are what Intl.Segmenter (granularity 'word') cuts Chinese text into; traditional forms are listed beside
// the simplified ones where they differ.

/** Function words: left out of similarity, kept in the text. */
export const stopwords: readonly string[] = `
的 了 是 在 和 与 及 也 都 就 而 但 对 把 被 从 向 于 以 为 这 那 其 之 等 并 或 将 已 又 还 更 最 很 不 没有 有 个 们 他 她 它 我 你 我们 他们 她们 此 该 各 每 所
因为 所以 如果 虽然 但是 而且 因此 通过 由于 关于 对于 根据 可以 能 会 要 可能 应 这些 那些 其中 以及 一些 这个 那个 什么 如何 自己 还是 或者 以来 之后 之前 同时 目前 已经 正在 表示
称 说 着 过 吗 呢 吧 啊 得 地 让 给 使 由 至 到 跟 同 比 当 后 前 中 里 上 下 内 外 没 不是 就是 这样 那样 这种 那种 一个 與 對 於 為 這 個 們 還 應 這些 關於 對於 根據
通過 由於 因為 雖然 已經 沒有 說 過 讓 給 裡 後
`.trim().split(/\s+/)

/**
 * Abbreviations that end in a dot inside a sentence. Chinese itself has none: these are the Latin ones that
 * stand in Chinese news (names and companies written in English).
 */
export const abbreviations: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'u.s', 'u.k', 'e.g', 'i.e', 'gen', 'gov',
]

/** Frequent function words that mark Chinese, for detectLanguage() (the pack also scores Han characters). */
export const markers: readonly string[] = [
  '的', '了', '是', '在', '和', '与', '这', '也', '都', '对', '将', '为', '有', '我们', '他们', '中国', '表示', '已经', '一个', '没有',
  '這', '與', '對', '為', '們', '個', '沒有',
]
