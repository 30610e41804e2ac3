// Suite "growth": how time grows with input size for every entry point, on the seed corpus
// (fixtures/npc) repeated or varied, so it needs no external data. For each entry point the input
// is grown ×4 twice; the ratio of times per ×4 shows the complexity (4 = linear, 16 = quadratic).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { fixed, int, mdTable } from '../lib/util.mjs';

export const description = 'time growth (×4 input → ×? time) of extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates and the dedup index, on the seed corpus';

function best(f, reps) {
  let t = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
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
  const entry = (name, unit, make, call, reps = 2) => {
    ctx.log(`growth: ${name}`);
    const times = sizes.map((n) => {
      const input = make(n);
      call(input); // warm-up
      return { n, ms: best(() => call(input), reps), size: input.size };
    });
    rows.push([name, ...times.map((t) => `${int(t.size)} ${unit}: ${fixed(t.ms, 0)} ms`), fixed(times[1].ms / times[0].ms, 1), fixed(times[2].ms / times[1].ms, 1)]);
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
    mdTable(['entry point', 'small', '×4', '×16', 'time ×4 → ×?', 'time ×16 → ×? (vs ×4)'], rows),
    'How to read this: each entry point on three input sizes, each 4× the one before, built from the seed texts (numbers and prepare: one text of many varied copies of a seed; alignment: the seed pair repeated, prepared beforehand; pairing: varied copies of the seed pair; dedup: varied copies of the five seeds, so every document has many near duplicates: a worst case for clustering). The last two columns are time ratios: about 4 means linear growth, 16 quadratic. Best of 2 runs after a warm-up (1 run for the larger entry points). Two rows are worst cases by construction, not the common case: **alignSentences** here aligns one pair repeated hundreds of times, so no sentence is a unique anchor and the band around the diagonal widens (on real documents, bench/results/align.md: 4× the sentences cost 3.2–4× the time); **the dedup index** gets documents that are each a near duplicate of a fifth of all the others, so the matches it must return grow with the square of the input.',
  ];
  return { status: 'ok', results: { rows }, markdown: md.join('\n\n') };
}
