// Suite `check`: does compareNumbers() catch number errors in translations, against the rule the
// field uses today?
//
// Sentence pairs: FLORES-200 dev + devtest (../shared/data/flores200, CC BY-SA 4.0), English against
// Indonesian, Malay, German, French and Chinese, and the first 3,000 id–en lines of PANL-BPPT (read from
// ../shared/data, never copied). A seeded half of the pairs whose translation has a number gets one
// error put into the translation, of one type:
//   value  the digits of a mention changed: two adjacent different digits swapped, as in 105 → 150
//          (half of them, where the mention has such digits), else its last digit raised by one;
//   scale  a scale word swapped (juta ↔ miliar, million ↔ billion, Millionen ↔ Milliarden …);
//   unit   a currency or percent word swapped (dolar ↔ euro, Prozent ↔ Grad …);
//   drop   a number mention deleted (not a "one" in words: see compareNumbers' `uncertain`);
//   word   a number word swapped (dua ↔ tiga, zwei ↔ drei …).
// The mentions to change are found with padanan's own extractor, which favours it a little on
// `drop`; the other types change the text the way an editor would.
//
// Each pair is flagged by compareNumbers(en, translation).ok === false and by the digit rule of
// bicleaner-hardrules' `no_number_inconsistencies` (github.com/bitextor/bicleaner-hardrules, GPL-3.0;
// re-implemented here from its description, not copied): the sorted digits of the two sentences differ.
// Reported: recall per error type and language, false alarms on the clean half (all clean pairs,
// and those with a number), throughput of compareNumbers on text pairs (CPU and wall), and of the CLI
// (`padanan check --tsv` and `--filter`, whole processes) on a file of 100,000 of these lines.

import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { runTimed } from '../lib/child.mjs';

import { loadPanlDomains, rng32 } from '../lib/dedupcorpus.mjs';
import { loadFloresArticles } from '../lib/flores.mjs';
import { fixed, int, mdTable, round } from '../lib/util.mjs';

export const description = 'number errors put into real translations (FLORES-200 en↔id/ms/de/fr/zh, PANL-BPPT id–en): compareNumbers() against the digit rule of bicleaner-hardrules, recall per error type, false alarms, throughput';

const TYPES = ['value', 'scale', 'unit', 'drop', 'word'];
const SEED = 20261206;
const PANL_LINES = 3000;
/** Lines of the CLI run: the sets' faithful pairs, repeated. */
const CLI_LINES = 100_000;
const CLI_LINES_QUICK = 20_000;

/** Words an editor might swap, per language: scales, units, number words (each list swaps within itself). */
const SWAPS = {
  id: { scale: ['ribu', 'juta', 'miliar', 'triliun'], unit: ['dolar', 'euro', 'yuan', 'rupiah', 'persen', 'kilometer', 'meter'], word: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'] },
  ms: { scale: ['ribu', 'juta', 'bilion', 'trilion'], unit: ['dolar', 'euro', 'ringgit', 'peratus', 'kilometer', 'meter'], word: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh'] },
  de: { scale: ['Tausend', 'Millionen', 'Milliarden', 'Million', 'Milliarde'], unit: ['Dollar', 'Euro', 'Prozent', 'Kilometer', 'Meter', 'Pfund'], word: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'] },
  fr: { scale: ['mille', 'millions', 'milliards', 'million', 'milliard'], unit: ['dollars', 'euros', 'livres', 'kilomètres', 'mètres'], word: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'] },
  // Chinese has no spaces: a word is swapped wherever it stands in the mention (`1050亿元` → `1050万元`).
  zh: { scale: ['万', '亿'], unit: ['美元', '欧元', '英镑', '公里', '英里', '公斤'], word: ['二', '三', '四', '五', '六', '七', '八', '九'] },
};
/** Languages whose words are not set apart by spaces: swaps ignore word boundaries there. */
const UNSPACED = new Set(['zh']);

async function importPack(ctx, code) {
  const file = path.join(ctx.distDir, 'langs', code, 'index.js');
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href))[code] ?? null;
}

/** bicleaner-hardrules' digit rule: the sorted digits of the two sentences differ. */
function digitRuleFlags(a, b) {
  const digits = (s) => s.replace(/[^0-9]/g, '').split('').sort().join('');
  return digits(a) !== digits(b);
}

const escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The translation with one error of `type` in one of its mentions, or null when none fits. */
function inject(text, mentions, type, lang, r) {
  const order = mentions.map((_, i) => i).sort(() => r() - 0.5);
  for (const i of order) {
    const m = mentions[i];
    let changed = null;
    if (type === 'value') {
      const ds = [...m.text].map((c, k) => (/[0-9]/.test(c) ? k : -1)).filter((k) => k >= 0);
      if (!ds.length) continue;
      const chars = [...m.text];
      const swap = ds.findIndex((k, j) => j + 1 < ds.length && ds[j + 1] === k + 1 && chars[k] !== chars[k + 1]);
      // Half the value errors are permutations (invisible to a rule that compares sorted digits), half a changed digit.
      if (swap >= 0 && r() < 0.5) [chars[ds[swap]], chars[ds[swap] + 1]] = [chars[ds[swap] + 1], chars[ds[swap]]];
      else {
        const k = ds[ds.length - 1];
        chars[k] = String((Number(chars[k]) + 1) % 10);
      }
      changed = chars.join('');
    } else if (type === 'drop') {
      // "One" in words is not dropped: another language says an article there, and compareNumbers
      // lists such a mention as uncertain by design (see NumberComparison.uncertain).
      if (m.value === 1 && ['cardinal', 'ordinal', 'currency'].includes(m.kind) && !/[0-9]/.test(m.text)) continue;
      return (text.slice(0, m.start) + text.slice(m.end)).replace(/ {2,}/g, ' ');
    } else {
      const list = SWAPS[lang][type];
      const edge = UNSPACED.has(lang) ? ['()', '()'] : ['(^|[^\\p{L}])', '($|[^\\p{L}])'];
      const find = (w) => new RegExp(`${edge[0]}${escape(w)}${edge[1]}`, 'iu');
      const hit = list.find((w) => find(w).test(m.text));
      if (!hit) continue;
      const others = list.filter((w) => w.toLowerCase() !== hit.toLowerCase());
      const to = others[Math.floor(r() * others.length)];
      changed = m.text.replace(find(hit), (_, p, s) => `${p}${to}${s}`);
    }
    if (changed !== null && changed !== m.text) return text.slice(0, m.start) + changed + text.slice(m.end);
  }
  return null;
}

/** `padanan check --tsv` (and `--filter` on the first language) as whole processes: per language, its faithful pairs repeated to CLI_LINES lines. */
async function cliThroughput(ctx, sets) {
  const cliPath = path.join(ctx.distDir, 'cli.js');
  if (!existsSync(cliPath)) return { rows: [], skipped: 'dist has no cli.js' };
  const total = ctx.quick ? CLI_LINES_QUICK : CLI_LINES;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-check-'));
  const rows = [];
  let clock = null;
  try {
    // One file per language.
    const files = [];
    const byLang = new Map();
    for (const s of sets) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), ...s.pairs]);
    for (const [lang, pairs] of byLang) {
      const n = total;
      const lines = [];
      for (let k = 0; k < n; k++) {
        const [en, tr] = pairs[k % pairs.length];
        lines.push(`${en.replace(/[\t\r\n]+/g, ' ')}\t${tr.replace(/[\t\r\n]+/g, ' ')}`);
      }
      const file = path.join(tmp, `${lang}.tsv`);
      writeFileSync(file, lines.join('\n') + '\n');
      files.push({ lang, file, lines: n });
    }
    const runs = [...files.map((f) => ({ f, mode: '--tsv' })), { f: files[0], mode: '--tsv --filter' }];
    for (const { f, mode } of runs) {
      ctx.log(`check: CLI ${mode}, en–${f.lang} (${int(f.lines)} lines)`);
      const r = await runTimed('sh', ['-c', `"${process.execPath}" "${cliPath}" check ${mode} --lang-a en --lang-b ${f.lang} < "${f.file}" > /dev/null`], { capMs: 600_000, stdout: 'ignore', tmpDir: tmp });
      const ok = r.status === 'ok' && r.code === 0;
      rows.push({
        command: `padanan check ${mode} --lang-a en --lang-b ${f.lang}`,
        lines: f.lines,
        wallSeconds: round(r.wallMs / 1000, 2),
        cpuSeconds: r.cpuMs === null ? null : round(r.cpuMs / 1000, 2),
        linesPerSecond: round(f.lines / (r.wallMs / 1000), 0),
        status: ok ? 'ok' : `failed: ${r.status} exit ${r.code} ${String(r.stderr).trim().split('\n').at(-1) ?? ''}`.trim(),
      });
    }
    clock = 'from GNU time when present (user + system of the process)';
    return { rows, lines: total, clock };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function run(ctx) {
  const dist = await ctx.importDist();
  if (typeof dist.compareNumbers !== 'function') return { status: 'skipped', reason: 'the built package has no compareNumbers' };
  const packs = { id: 'id', en: 'en' };
  for (const code of ['ms', 'de', 'fr', 'zh']) {
    packs[code] = await importPack(ctx, code);
    if (!packs[code]) return { status: 'skipped', reason: `dist has no ${code} pack` };
  }
  const sets = [];
  const flores = loadFloresArticles(ctx.dataDir, ['en', 'id', 'ms', 'de', 'fr', 'zh']);
  if (flores) {
    for (const lang of ['id', 'ms', 'de', 'fr', 'zh']) {
      const pairs = [];
      for (const a of flores.articles) {
        const en = a.text.en.split('\n');
        const tr = a.text[lang].split('\n');
        for (let k = 0; k < en.length; k++) pairs.push([en[k], tr[k]]);
      }
      sets.push({ name: `FLORES en–${lang}`, lang, pairs: ctx.quick ? pairs.slice(0, 400) : pairs });
    }
  }
  const panl = loadPanlDomains(ctx.dataDir);
  if (panl) {
    const pairs = [];
    for (const d of panl) for (let k = 0; k < d.id.length && pairs.length < PANL_LINES; k++) pairs.push([d.en[k], d.id[k]]);
    sets.push({ name: 'PANL-BPPT en–id', lang: 'id', pairs: ctx.quick ? pairs.slice(0, 400) : pairs });
  }
  if (!sets.length) return { status: 'skipped', reason: `neither FLORES-200 nor PANL-BPPT in ${ctx.show(ctx.dataDir)}` };

  const rows = [];
  const keyRows = [];
  const results = { seed: SEED, sets: [] };
  for (const set of sets) {
    ctx.log(`check: ${set.name} (${int(set.pairs.length)} pairs)`);
    const r = rng32(SEED + set.name.length);
    const pack = packs[set.lang];
    const cases = [];
    let t = 0;
    for (const [en, tr] of set.pairs) {
      const dirty = r() < 0.5;
      const type = TYPES[Math.floor(r() * TYPES.length)];
      let text = tr;
      let kind = 'clean';
      if (dirty) {
        const ms = dist.extractNumbers(tr, pack);
        // The chosen type first, then any other that fits this sentence.
        for (const ty of [type, ...TYPES.filter((x) => x !== type)]) {
          const out = ms.length ? inject(tr, ms, ty, set.lang, r) : null;
          if (out !== null) {
            text = out;
            kind = ty;
            break;
          }
        }
      }
      cases.push({ at: cases.length, en, tr, text, kind, hasNumber: kind !== 'clean' || /[0-9]/.test(tr) || dist.extractNumbers(tr, pack).length > 0 });
      t++;
    }
    // Throughput: compareNumbers on the text pairs, as a pipeline would call it, after a warm-up (the
    // first set would otherwise carry the compiler's start).
    for (const c of cases) dist.compareNumbers(c.en, c.text, { langA: 'en', langB: pack });
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const flags = cases.map((c) => !dist.compareNumbers(c.en, c.text, { langA: 'en', langB: pack }).ok);
    const cpu = process.cpuUsage(c0);
    const wall = (performance.now() - w0) / 1000;
    const digit = cases.map((c) => digitRuleFlags(c.en, c.text));
    // Whether each injected line's faithful original is flagged already: an error put into such a line
    // is "caught" whatever the check sees of it.
    const origFlag = cases.map((c) => c.kind !== 'clean' && !dist.compareNumbers(c.en, c.tr, { langA: 'en', langB: pack }).ok);
    const origDigit = cases.map((c) => c.kind !== 'clean' && digitRuleFlags(c.en, c.tr));
    const stat = (pred, filter) => {
      const sel = cases.map((c, i) => [c, i]).filter(([c]) => filter(c));
      return { n: sel.length, flagged: sel.filter(([, i]) => pred[i]).length };
    };
    const entry = { name: set.name, pairs: cases.length, perType: {}, linesPerSecond: round(cases.length / wall, 0), cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2), wallSeconds: round(wall, 2) };
    for (const ty of TYPES) entry.perType[ty] = { n: stat(flags, (c) => c.kind === ty).n, padanan: stat(flags, (c) => c.kind === ty).flagged, digitRule: stat(digit, (c) => c.kind === ty).flagged };
    const injected = (pred) => stat(pred, (c) => c.kind !== 'clean');
    const clean = (pred) => stat(pred, (c) => c.kind === 'clean');
    const cleanNum = (pred) => stat(pred, (c) => c.kind === 'clean' && c.hasNumber);
    entry.injected = { n: injected(flags).n, padanan: injected(flags).flagged, digitRule: injected(digit).flagged };
    const passing = (orig) => (c) => c.kind !== 'clean' && !orig[c.at];
    entry.injectedOriginalPasses = {
      padanan: stat(flags, passing(origFlag)),
      digitRule: stat(digit, passing(origDigit)),
    };
    entry.clean = { n: clean(flags).n, padanan: clean(flags).flagged, digitRule: clean(digit).flagged, withNumbers: cleanNum(flags).n, padananWithNumbers: cleanNum(flags).flagged, digitRuleWithNumbers: cleanNum(digit).flagged };
    // Key agreement of the faithful pairs (before any error is put in): F1 of the two sides' keys as
    // multisets, with every mention, and with unmatched "one"s in words left out (compareNumbers' uncertain;
    // relativeYears off, so that a year said as "this year" on the other side still counts as a disagreement).
    let matched = 0;
    let nA = 0;
    let nB = 0;
    let uncertain = 0;
    const disagreements = new Map();
    for (const [en, tr] of set.pairs) {
      const c = dist.compareNumbers(en, tr, { langA: 'en', langB: pack, relativeYears: false });
      matched += c.matched.length;
      nA += c.matched.length + c.missing.length + c.changed.length + c.uncertain.filter((m) => en.slice(m.start, m.end) === m.text).length;
      nB += c.matched.length + c.extra.length + c.changed.length + c.uncertain.filter((m) => tr.slice(m.start, m.end) === m.text).length;
      uncertain += c.uncertain.length;
      const note = (k) => disagreements.set(k, (disagreements.get(k) ?? 0) + 1);
      for (const m of c.missing) note(`en only: ${m.text.toLowerCase()}`);
      for (const m of c.extra) note(`${set.lang} only: ${m.text.toLowerCase()}`);
      for (const x of c.changed) note(`${x.why}: ${x.a.text.toLowerCase()} → ${x.b.text.toLowerCase()}`);
    }
    entry.keys = {
      f1: round((2 * matched) / Math.max(1, nA + nB), 3),
      f1WithoutUncertain: round((2 * matched) / Math.max(1, nA + nB - uncertain), 3),
      top: [...disagreements].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, 6).map(([k, n]) => `${k} (${n})`),
    };
    keyRows.push([set.name, fixed(entry.keys.f1, 3), fixed(entry.keys.f1WithoutUncertain, 3), entry.keys.top.join('; ')]);
    results.sets.push(entry);
    const rate = (k, n) => (n ? fixed((k / n) * 100, 1) + '%' : '—');
    rows.push([
      set.name,
      ...TYPES.map((ty) => `${rate(entry.perType[ty].padanan, entry.perType[ty].n)} / ${rate(entry.perType[ty].digitRule, entry.perType[ty].n)} (${entry.perType[ty].n})`),
      `${rate(entry.injected.padanan, entry.injected.n)} / ${rate(entry.injected.digitRule, entry.injected.n)}`,
      `${rate(entry.injectedOriginalPasses.padanan.flagged, entry.injectedOriginalPasses.padanan.n)} (${int(entry.injectedOriginalPasses.padanan.n)}) / ${rate(entry.injectedOriginalPasses.digitRule.flagged, entry.injectedOriginalPasses.digitRule.n)} (${int(entry.injectedOriginalPasses.digitRule.n)})`,
      `${rate(entry.clean.padanan, entry.clean.n)} / ${rate(entry.clean.digitRule, entry.clean.n)}`,
      `${rate(entry.clean.padananWithNumbers, entry.clean.withNumbers)} / ${rate(entry.clean.digitRuleWithNumbers, entry.clean.withNumbers)}`,
      int(entry.linesPerSecond),
    ]);
  }
  const cli = await cliThroughput(ctx, sets);
  results.cli = cli;
  const md = [
    mdTable(['pairs', ...TYPES.map((t) => `${t}: R padanan / digit rule (n)`), 'all injected: R', 'injected, faithful line passing: R (n)', 'false alarms, clean half', 'false alarms, clean with numbers', 'lines/s'], rows),
    'How to read this: a seeded half of the sentence pairs whose translation has a number gets one error of the column\'s type in the translation (see the suite\'s header); **R** = share of those pairs flagged; **injected, faithful line passing** = R over the injected pairs whose faithful original the system does not flag (each system on its own such lines: where the original is flagged already, the error is "caught" whatever the check makes of it); **false alarms** = clean pairs flagged (all of the clean half, and those whose translation has a number). Left of the slash compareNumbers(en, translation).ok === false, right of it the digit rule of bicleaner-hardrules (`no_number_inconsistencies`: the sorted digits of the two sentences differ). **lines/s**: compareNumbers on the text pairs (both sides read), one core, after one untimed pass over them.',
    'A false alarm of compareNumbers is a pair whose faithful translation gives other keys than its source: words that are numbers in one language and not in the other (`first` as an adverb, `kedua` as "both"), names with numbers, rates said two ways. They are the disagreements the packs still have:',
    '## Key agreement of the faithful pairs',
    mdTable(['pairs', 'key F1', 'key F1, unmatched "one" in words left out', 'most frequent disagreements (count)'], keyRows),
    'key F1: the two sides\' keys as multisets, 2 × matched / (mentions of A + mentions of B), over the pairs as published (before any error is put in).',
    '## The CLI on a bitext file',
    cli.rows.length
      ? mdTable(['command', 'lines', 'wall s', 'CPU s', 'lines/s (wall)', 'status'], cli.rows.map((r) => [r.command, int(r.lines), fixed(r.wallSeconds, 2), r.cpuSeconds === null ? '–' : fixed(r.cpuSeconds, 2), int(r.linesPerSecond), r.status]))
      : `skipped: ${cli.skipped}`,
    `How to read this: \`node dist/cli.js check --tsv --lang-a en --lang-b xx < FILE > /dev/null\`, one whole process (start-up included) per row, on a file of ${int(cli.lines ?? 0)} lines \`english<TAB>translation\`: that language's faithful pairs of the sets above, repeated to that length. **--filter** writes the lines that pass and counts the rest on stderr. The numbers are read on one thread. CPU time ${cli.clock ?? 'not available'}.`,
  ];
  return { status: 'ok', results, markdown: md.join('\n\n') };
}
