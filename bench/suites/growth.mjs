// Suite "growth": how time grows with input size for every entry point, on the seed corpus
// (fixtures/npc) repeated or varied, so it needs no external data. For each entry point the input
// is grown ×4 twice; the ratio of times per ×4 shows the complexity (4 = linear, 16 = quadratic).
// Alignment and pairing also run on number-dense documents ("1 1 1 …" and a statistics table),
// where every span holds hundreds of number mentions. Wall and CPU (user + system) time.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { fixed, int, mdTable } from '../lib/util.mjs';

export const description = 'time growth (×4 input → ×? time) of extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates and the dedup index, on the seed corpus and on number-dense documents';

/** The best wall time and the best CPU time (user + system) of `reps` runs, in ms. */
function best(f, reps) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/** "1 1 1 …": `chars` characters of one number repeated (a sentence holds thousands of mentions). */
function ones(chars) {
  return '1 '.repeat(Math.ceil(chars / 2)).slice(0, chars).trimEnd();
}

const REGIONS = ['Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Jambi', 'Sumatera Selatan', 'Bengkulu', 'Lampung', 'Bangka Belitung', 'Kepulauan Riau', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur', 'Banten', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat'];

/** x with `dec` decimals, grouped and marked as the language writes it (id 1.234,5; en 1,234.5). */
function localNumber(x, dec, lang) {
  const [whole, frac] = x.toFixed(dec).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return frac ? `${grouped}${lang === 'id' ? ',' : '.'}${frac}` : grouped;
}

/**
 * A statistics table of about `chars` characters, one line a row: region, year, twelve monthly counts,
 * the year's total and its change in percent (16 numbers a line; the same figures in both languages,
 * each in its own number format).
 */
function statisticsTable(chars, lang) {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = [];
  for (let r = 0, n = 0; n < chars; r++) {
    const months = Array.from({ length: 12 }, () => Math.floor(rnd() * 400));
    const total = months.reduce((a, b) => a + b, 0) * 37;
    const line = `${REGIONS[r % REGIONS.length]} ${2010 + (r % 12)} ${months.join(' ')} ${localNumber(total, 0, lang)} ${localNumber(rnd() * 20 - 10, 1, lang)}%`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n').slice(0, chars).replace(/\s+\S*$/, '');
}

/** A deterministic variant of a text: every k-th word changed, so copies are not exact. */
function vary(text, n) {
  let k = 0;
  return text.replace(/\p{L}+/gu, (w) => (++k % 7 === n % 7 ? `${w}${n % 97}` : w));
}

export async function run(ctx) {
  const dist = await ctx.importDist();
  const dir = path.join(ctx.repoRoot, 'fixtures', 'npc');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.slice(0, -4), text: readFileSync(path.join(dir, f), 'utf8') }));
  const idText = seeds.find((s) => s.id.startsWith('001')).text;
  const enText = seeds.find((s) => s.id.startsWith('002')).text;
  const quick = ctx.quick;
  const base = quick ? 1 : 2;
  const sizes = [base, base * 4, base * 16];
  const rows = [];
  const measurements = [];
  const entry = (name, unit, make, call, reps = 2) => {
    ctx.log(`growth: ${name}`);
    const times = sizes.map((n) => {
      const input = make(n);
      call(input); // warm-up
      return { size: input.size, ...best(() => call(input), reps) };
    });
    measurements.push({ name, unit, times: times.map((t) => ({ size: t.size, wallMs: Math.round(t.wall * 10) / 10, cpuMs: Math.round(t.cpu * 10) / 10 })) });
    rows.push([
      name,
      ...times.map((t) => `${int(t.size)} ${unit}: ${fixed(t.wall, 0)} ms (CPU ${fixed(t.cpu, 0)} ms)`),
      fixed(times[1].wall / times[0].wall, 1),
      fixed(times[2].wall / times[1].wall, 1),
      fixed(times[1].cpu / times[0].cpu, 1),
      fixed(times[2].cpu / times[1].cpu, 1),
    ]);
  };
  const big = (t, n) => Array.from({ length: n * 10 }, (_, i) => vary(t, i)).join('\n\n');
  entry('extractNumbers', 'chars', (n) => ({ text: big(idText, n), get size() { return this.text.length; } }), (x) => dist.extractNumbers(x.text, 'id'));
  entry('prepare', 'chars', (n) => ({ text: big(enText, n), get size() { return this.text.length; } }), (x) => dist.prepare(x.text, { lang: 'en' }));
  entry(
    'alignSentences',
    'sentences a side',
    (n) => {
      const a = dist.prepare(big(idText, n * 4), { lang: 'id' });
      const b = dist.prepare(big(enText, n * 4), { lang: 'en' });
      return { a, b, size: a.sentences.length };
    },
    (x) => dist.alignSentences(x.a, x.b),
    1,
  );
  entry(
    'pairDocuments',
    'docs',
    (n) => {
      const docs = [];
      for (let i = 0; i < n * 25; i++) {
        docs.push({ id: `id${i}`, text: vary(idText, i), lang: 'id' });
        docs.push({ id: `en${i}`, text: vary(enText, i), lang: 'en' });
      }
      return { docs, size: docs.length };
    },
    (x) => dist.pairDocuments(x.docs),
    1,
  );
  // Number-dense documents, 2,000 characters per size step (4k, 16k, 64k; --quick: 2k, 8k, 32k), given as
  // texts (preparation included, as a user calls them): "1 1 1 …" against itself, and a statistics table
  // in Indonesian against the same table in English.
  const denseChars = (n) => n * 2000;
  const denseText = (kind, n, lang) => (kind === 'ones' ? ones(denseChars(n)) : statisticsTable(denseChars(n), lang));
  for (const [kind, label] of [['ones', '"1 1 1 …"'], ['table', 'statistics table']]) {
    entry(
      `alignSentences, ${label}`,
      'chars a side',
      (n) => ({ a: denseText(kind, n, 'id'), b: denseText(kind, n, 'en'), get size() { return this.a.length; } }),
      (x) => dist.alignSentences(x.a, x.b, { langA: 'id', langB: 'en' }),
    );
    entry(
      `pairDocuments, ${label}`,
      'chars a document',
      (n) => ({ docs: [{ id: 'id', text: denseText(kind, n, 'id'), lang: 'id' }, { id: 'en', text: denseText(kind, n, 'en'), lang: 'en' }], get size() { return this.docs[0].text.length; } }),
      (x) => dist.pairDocuments(x.docs),
    );
  }
  const dedupDocs = (n) => {
    const docs = [];
    for (let i = 0; i < n * 250; i++) {
      const s = seeds[i % seeds.length];
      docs.push({ id: `d${i}`, text: vary(s.text, i), lang: s.id.startsWith('001') ? 'id' : 'en' });
    }
    return { docs, size: docs.length };
  };
  entry('findDuplicates (translations off)', 'docs', dedupDocs, (x) => dist.findDuplicates(x.docs, { translation: false }), 1);
  entry('createDedupIndex().add', 'docs', dedupDocs, (x) => {
    const index = dist.createDedupIndex();
    for (const d of x.docs) index.add(d);
  }, 1);
  const md = [
    mdTable(['entry point', 'small', '×4', '×16', 'time ×4 → ×?', 'time ×16 → ×? (vs ×4)', 'CPU ×4 → ×?', 'CPU ×16 → ×? (vs ×4)'], rows),
    'How to read this: each entry point on three input sizes, each 4× the one before, built from the seed texts (numbers and prepare: one text of many varied copies of a seed; alignment: the seed pair repeated, prepared beforehand; pairing: varied copies of the seed pair; dedup: varied copies of the five seeds, so every document has many near duplicates: a worst case for clustering) or made up of numbers (**"1 1 1 …"**: one number repeated, thousands of mentions a sentence, aligned against itself and paired with itself as Indonesian and English; **statistics table**: rows of region, year, twelve monthly counts, total and change in percent, 16 numbers a line, the Indonesian table against the English one; both given as texts, so preparation is included). The time columns are wall time, the CPU columns user + system time of the process (above wall time where the garbage collector works on other threads); the ratios: about 4 means linear growth, 16 quadratic. Best of 2 runs after a warm-up (1 run for the larger entry points). Two rows are worst cases by construction, not the common case: **alignSentences** here aligns one pair repeated hundreds of times, so no sentence is a unique anchor and the band around the diagonal widens (on real documents, bench/results/align.md: 4× the sentences cost 3.2–4× the time); **the dedup index** gets documents that are each a near duplicate of a fifth of all the others, so the matches it must return grow with the square of the input.',
  ];
  return { status: 'ok', results: { rows, measurements }, markdown: md.join('\n\n') };
}
