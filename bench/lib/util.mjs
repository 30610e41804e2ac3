// Small helpers shared by the bench runner and its suites: timing, statistics,
// formatting, and markdown tables. No dependencies beyond Node's standard library.

/** Milliseconds since an arbitrary origin, as a float (monotonic clock). */
export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Times `fn` (one pass over a corpus) after a warm-up.
 *
 * - `warmup` runs until `warmupMs` have elapsed (at least once), so V8 has optimised the hot
 *   paths and lazy caches are filled before anything is timed. Pass a cheaper function (a slice
 *   of the corpus) when one full pass is slow.
 * - Each timed sample repeats `fn` until at least `minSampleMs` have elapsed and divides by the
 *   repetitions, so a tiny corpus is not dominated by timer resolution.
 * - Sampling stops after `maxPasses`, or once at least `minPasses` samples exist and the time
 *   spent reaches `budgetMs`: slow systems get fewer (but never fewer than `minPasses`) samples.
 *
 * Returns the median, min and max per-pass time and the last pass's return value.
 */
export function measure(fn, opts = {}) {
  const {
    warmup = fn,
    warmupMs = 1000,
    minPasses = 3,
    maxPasses = 9,
    budgetMs = 15000,
    minSampleMs = 100,
  } = opts;
  const w0 = nowMs();
  let warmupRuns = 0;
  do {
    warmup();
    warmupRuns++;
  } while (nowMs() - w0 < warmupMs);

  const samples = [];
  let spent = 0;
  let last;
  let repsTotal = 0;
  while (samples.length < maxPasses) {
    let reps = 0;
    const t0 = nowMs();
    let elapsed;
    do {
      last = fn();
      reps++;
      elapsed = nowMs() - t0;
    } while (elapsed < minSampleMs);
    samples.push(elapsed / reps);
    repsTotal += reps;
    spent += elapsed;
    if (samples.length >= minPasses && spent >= budgetMs) break;
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    passes: samples.length,
    repetitions: repsTotal,
    warmupRuns,
    samplesMs: samples.map((x) => round(x, 3)),
    last,
  };
}

export function round(x, digits = 4) {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Precision, recall and F1 from counts; NaN-free (0/0 is reported as null). */
export function prf(tp, predicted, expected) {
  const p = predicted ? tp / predicted : null;
  const r = expected ? tp / expected : null;
  const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : p === null || r === null ? null : 0;
  return { precision: p === null ? null : round(p), recall: r === null ? null : round(r), f1: f1 === null ? null : round(f1) };
}

/** 0.9234 → "92.3%"; null → "–". */
export function pct(x) {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`;
}

/** 1234567.8 → "1,234,568" (fixed locale so output does not depend on the machine). */
export function int(x) {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : Math.round(x).toLocaleString('en-US');
}

export function fixed(x, d = 1) {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d);
}

/** Markdown table from a header row and data rows (cells are stringified; `|` escaped). */
export function mdTable(header, rows, align) {
  const cell = (c) => String(c ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const a = align ?? header.map((_, i) => (i === 0 ? 'l' : 'r'));
  const sep = a.map((x) => (x === 'r' ? '---:' : x === 'c' ? ':---:' : '---'));
  return [header, sep, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(cell)).join(' | ')} |`).join('\n');
}

/** Inline code for markdown, safe for text that itself contains backticks. */
export function code(s) {
  const t = String(s).replace(/\r?\n/g, ' ');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

/** A window of `text` around [start, end), for showing a hit in context. */
export function snippet(text, start, end, radius = 30) {
  const a = Math.max(0, start - radius);
  const b = Math.min(text.length, end + radius);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}
