// Suite `report`: is the review page (renderReport, `padanan report`) usable on large inputs? The
// page of a 2,000 × 2,000 sentence pair and the corpus page of 10,000 documents: their size, the time
// to build them, and how fast headless Chromium has them parsed, styled and laid out.
//
// Pair: the first 2,000 line pairs of PANL-BPPT (id–en, read from ../shared/data, never copied), one
// sentence per line with a blank line every 10 lines (paragraphs), every 100th English line given
// another number (so the page has flagged beads); without PANL-BPPT, the FLORES fixtures repeated to
// 2,000 lines (indicative only). Corpus: 10,000 documents of 4 PANL-BPPT lines each (4,000 id–en
// translation pairs, 1,000 id and 1,000 en documents without a counterpart; --quick: 2,000), paired and
// deduplicated as `padanan report DIR` does, the 50 best pairs side by side.
//
// Browser timings, each the median of 5 fresh Chromium processes (--quick: 3):
//   layout      in the page, performance.now() after a forced layout (document.body.offsetHeight)
//               by a script run after the page's own: navigation start to a page parsed, styled and
//               laid out, the page's script run. Chromium lays out what is on screen and skips the
//               rest (content-visibility: auto);
//   full layout the same with content-visibility off: every bead laid out, as a long scroll would;
//   screenshot  the wall time of `chromium --screenshot --window-size=1280,2000` (start-up, load,
//               layout, paint) less that of the same on an empty page.
// The measuring script is added to a copy of the page, with its hash added to the page's
// Content-Security-Policy; the page itself is not changed otherwise.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { loadPanlPairs } from '../lib/bitext.mjs';
import { fixed, int, mdTable, median, nowMs, round } from '../lib/util.mjs';

export const description = 'review page (renderReport, padanan report): size and headless-Chromium layout time of a 2,000 × 2,000 sentence pair and of a 10,000-document corpus';

const PAIR_LINES = 2000;
const CORPUS_DOCS = 10000;
const BUDGET = { sizeBytes: 3 * 2 ** 20, layoutMs: 1000 };
const CHROMIUM_CAP_MS = 60000;

const chromiumPath = () => process.env.PADANAN_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

/** Run Chromium headless in its own process group; stdout and wall time. Killed (with its children) past the cap. */
function chromium(bin, args, profile) {
  const all = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args];
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    let out = '';
    let err = '';
    const child = spawn(bin, all, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    };
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`${bin} ran past ${CHROMIUM_CAP_MS / 1000} s (killed)`));
    }, CHROMIUM_CAP_MS);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = nowMs() - t0;
      kill();
      if (code === 0) resolve({ out, ms });
      else reject(new Error(`${bin} exited with ${code}: ${err.slice(-1500)}`));
    });
  });
}

/** Records, after the page's own script, the time from navigation start to a laid-out page. */
const PROBE = `(function () {
  var root = document.documentElement, t0 = performance.now()
  var h = document.body.offsetHeight
  var t1 = performance.now()
  root.setAttribute('data-bench', JSON.stringify({ layoutMs: t1, forcedLayoutMs: t1 - t0, height: h, ready: root.getAttribute('data-ready'), error: root.getAttribute('data-error') }))
})()`;

/** Lays out every bead, as a reader scrolling the whole page makes the browser do. */
const FULL = '.bd,section.lst{content-visibility:visible!important}';

const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The page with the probe after its own script (allowed by its CSP); `full` turns content-visibility off. */
function probed(html, full) {
  let page = html.replace(/script-src ('sha256-[^']+')/, `script-src $1 ${sha(PROBE)}`);
  if (full) page = page.replace(/style-src ('sha256-[^']+')/, `style-src $1 ${sha(FULL)}`).replace('</head>', `<style>${FULL}</style>\n</head>`);
  return page.replace('</body>', `<script>${PROBE}</script>\n</body>`);
}

/** Median browser timings of one page. */
async function browse(bin, html, tmp, name, runs) {
  const timings = { layoutMs: [], fullLayoutMs: [], screenshotMs: [] };
  const file = (suffix, text) => {
    const f = path.join(tmp, `${name}${suffix}.html`);
    writeFileSync(f, text);
    return pathToFileURL(f).href;
  };
  const plain = file('', html);
  const fast = file('-probe', probed(html, false));
  const full = file('-full', probed(html, true));
  const empty = file('-empty', '<!doctype html><title>empty</title>');
  let ready = null;
  for (let i = 0; i < runs; i++) {
    for (const [key, url] of [['layoutMs', fast], ['fullLayoutMs', full]]) {
      const { out } = await chromium(bin, ['--dump-dom', url], path.join(tmp, `profile-${name}-${key}-${i}`));
      const m = /data-bench="([^"]+)"/.exec(out);
      if (!m) throw new Error(`${name}: the probe left no figures`);
      const r = JSON.parse(m[1].replace(/&quot;/g, '"'));
      if (r.error) throw new Error(`${name}: the page threw: ${r.error}`);
      ready = r.ready;
      timings[key].push(r.layoutMs);
    }
    const shot = path.join(tmp, `${name}.png`);
    const base = await chromium(bin, [`--screenshot=${shot}`, '--window-size=1280,2000', empty], path.join(tmp, `profile-${name}-e${i}`));
    const page = await chromium(bin, [`--screenshot=${shot}`, '--window-size=1280,2000', plain], path.join(tmp, `profile-${name}-s${i}`));
    timings.screenshotMs.push(page.ms - base.ms);
  }
  const med = (xs) => round(median(xs), 1);
  return {
    layoutMs: med(timings.layoutMs),
    fullLayoutMs: med(timings.fullLayoutMs),
    screenshotMs: med(timings.screenshotMs),
    ranges: Object.fromEntries(Object.entries(timings).map(([k, xs]) => [k, [round(Math.min(...xs), 1), round(Math.max(...xs), 1)]])),
    scriptRan: ready === '1',
  };
}

/** The first PAIR_LINES line pairs, or the FLORES fixtures repeated when PANL-BPPT is missing. */
function pairLines(ctx) {
  const panl = loadPanlPairs(ctx.dataDir);
  if (panl) return { source: 'PANL-BPPT, first 2,000 line pairs', pairs: panl.groups.flatMap((g) => g.pairs).slice(0, PAIR_LINES) };
  const dir = path.join(ctx.repoRoot, 'fixtures', 'flores');
  const pairs = [];
  const files = readdirSync(path.join(dir, 'id')).sort();
  while (pairs.length < PAIR_LINES) {
    for (const f of files) {
      const id = readFileSync(path.join(dir, 'id', f), 'utf8').split('\n').filter((l) => l.trim());
      const en = readFileSync(path.join(dir, 'en', f), 'utf8').split('\n').filter((l) => l.trim());
      for (let k = 0; k < Math.min(id.length, en.length); k++) pairs.push({ id: id[k], en: en[k] });
    }
  }
  return { source: 'fixtures/flores repeated (PANL-BPPT not found: indicative only)', pairs: pairs.slice(0, PAIR_LINES) };
}

/** One sentence per line, a blank line every 10 lines. */
const presegmented = (lines) => lines.map((l, i) => (i > 0 && i % 10 === 0 ? `\n${l}` : l)).join('\n');

function timed(fn) {
  const t0 = nowMs();
  const value = fn();
  return { value, ms: round(nowMs() - t0, 1) };
}

async function pairPage(ctx, dist) {
  const { source, pairs } = pairLines(ctx);
  // Every 100th English line says another number: the page has mismatches to flag.
  const en = pairs.map((p, i) => (i % 100 === 50 ? p.en.replace(/\d+/, (d) => String(Number(d) + 1)) : p.en));
  const docA = dist.prepare(presegmented(pairs.map((p) => p.id)), { lang: 'id', presegmented: true, id: 'A' });
  const docB = dist.prepare(presegmented(en), { lang: 'en', presegmented: true, id: 'B' });
  const check = timed(() => dist.checkTranslation(docA, docB));
  const ts = dist.translationScore(docA, docB);
  const input = { kind: 'pair', alignment: check.value, check: check.value, docA, docB, evidence: ts.evidence, score: ts.score };
  const render = [];
  let html = '';
  for (let i = 0; i < 5; i++) {
    const r = timed(() => dist.renderReport(input));
    render.push(r.ms);
    html = r.value;
  }
  const flagged = (html.match(/<div class="bd f"/g) ?? []).length;
  return { source, sentences: [docA.sentences.length, docB.sentences.length], beads: check.value.beads.length, flagged, checkMs: check.ms, renderMs: round(median(render), 1), html };
}

/** CORPUS_DOCS documents of 4 lines: translation pairs, then documents of each language alone. */
function corpusDocs(ctx, n) {
  const panl = loadPanlPairs(ctx.dataDir);
  if (!panl) return null;
  const lines = panl.groups.flatMap((g) => g.pairs);
  const pairs = Math.round(n * 0.4);
  const alone = (n - 2 * pairs) / 2;
  if (lines.length < (pairs + 2 * alone) * 4) return null;
  const docs = [];
  const text = (k, lang) => lines.slice(k * 4, k * 4 + 4).map((p) => p[lang]).join('\n');
  for (let k = 0; k < pairs; k++) docs.push({ id: `id/${k}`, text: text(k, 'id'), lang: 'id' }, { id: `en/${k}`, text: text(k, 'en'), lang: 'en' });
  for (let k = pairs; k < pairs + alone; k++) docs.push({ id: `id/${k}`, text: text(k, 'id'), lang: 'id' });
  for (let k = pairs + alone; k < pairs + 2 * alone; k++) docs.push({ id: `en/${k}`, text: text(k, 'en'), lang: 'en' });
  return docs;
}

async function corpusPage(ctx, dist, n) {
  const docs = corpusDocs(ctx, n);
  if (!docs) return null;
  const pairing = timed(() => dist.pairDocuments(docs));
  const dedup = timed(() => dist.findDuplicates(docs));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sections = timed(() =>
    pairing.value.pairs.slice(0, 50).map((p) => {
      const docA = dist.prepare(byId.get(p.a).text, { lang: p.languages[0], id: p.a });
      const docB = dist.prepare(byId.get(p.b).text, { lang: p.languages[1], id: p.b });
      const check = dist.checkTranslation(docA, docB);
      return { kind: 'pair', alignment: check, check, docA, docB, evidence: p.evidence, score: p.score };
    }),
  );
  const render = timed(() => dist.renderReport({ kind: 'corpus', pairing: pairing.value, dedup: dedup.value, docs, sections: sections.value }));
  const textChars = docs.reduce((s, d) => s + d.text.length, 0);
  return { docs: docs.length, textChars, pairs: pairing.value.pairs.length, unpaired: pairing.value.unpaired.length, clusters: dedup.value.clusters.length, pairMs: pairing.ms, dedupMs: dedup.ms, sectionsMs: sections.ms, renderMs: render.ms, html: render.value };
}

export async function run(ctx) {
  const dist = await ctx.importDist();
  if (typeof dist.renderReport !== 'function') return { status: 'skipped', reason: 'dist does not export renderReport' };
  const bin = chromiumPath();
  if (!bin) return { status: 'skipped', reason: 'no Chromium: set PADANAN_CHROMIUM or apt-get install chromium' };
  const runs = ctx.quick ? 3 : 5;
  // Wall times: how busy the machine was says how far to trust them.
  const load = () => os.loadavg().map((x) => round(x, 2));
  const loadBefore = load();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-report-'));
  try {
    ctx.log('report: the 2,000 × 2,000 pair');
    const pair = await pairPage(ctx, dist);
    const pairBrowser = await browse(bin, pair.html, tmp, 'pair', runs);
    const pairSize = Buffer.byteLength(pair.html);
    const n = ctx.quick ? 2000 : CORPUS_DOCS;
    ctx.log(`report: the corpus of ${int(n)} documents`);
    const corpus = await corpusPage(ctx, dist, n);
    const corpusBrowser = corpus ? await browse(bin, corpus.html, tmp, 'corpus', runs) : null;
    const corpusSize = corpus ? Buffer.byteLength(corpus.html) : null;
    const loadAfter = load();
    const version = (await chromium(bin, ['--version'], path.join(tmp, 'profile-v')).catch(() => ({ out: '' }))).out.trim();

    const sizeOk = pairSize < BUDGET.sizeBytes;
    const layoutOk = pairBrowser.layoutMs < BUDGET.layoutMs;
    const row = (name, size, html, b) => [name, `${fixed(size / 2 ** 20, 2)} MB`, `${fixed(gzipSync(html).length / 2 ** 10, 0)} KB`, `${fixed(b.layoutMs, 0)} (${b.ranges.layoutMs.map((x) => fixed(x, 0)).join('–')})`, `${fixed(b.fullLayoutMs, 0)} (${b.ranges.fullLayoutMs.map((x) => fixed(x, 0)).join('–')})`, `${fixed(b.screenshotMs, 0)}`, b.scriptRan ? 'yes' : '**no**'];
    const rows = [row(`pair ${int(pair.sentences[0])} × ${int(pair.sentences[1])} sentences, ${int(pair.beads)} beads, ${int(pair.flagged)} flagged`, pairSize, pair.html, pairBrowser)];
    if (corpus) rows.push(row(`corpus of ${int(corpus.docs)} documents (${int(corpus.pairs)} pairs, 50 side by side)`, corpusSize, corpus.html, corpusBrowser));
    const markdown = [
      `Chromium: ${version || bin}; ${runs} fresh processes per figure (median, range in brackets); load average (1, 5, 15 min) ${loadBefore.join(', ')} before, ${loadAfter.join(', ')} after, on ${os.cpus().length} cores. Pair: ${pair.source}.`,
      '',
      mdTable(['page', 'size', 'gzip', 'layout ms', 'full layout ms', 'screenshot ms (less empty page)', 'script ran'], rows),
      '',
      `**Targets** (2,000 × 2,000 pair): under 3 MB, ${sizeOk ? 'met' : '**not met**'} (${fixed(pairSize / 2 ** 20, 2)} MB); laid out in under 1 s, ${layoutOk ? 'met' : '**not met**'} (${fixed(pairBrowser.layoutMs, 0)} ms).`,
      '',
      `Building the pair page in Node: checkTranslation ${int(pair.checkMs)} ms, renderReport ${fixed(pair.renderMs, 1)} ms (median of 5).`,
      corpus
        ? `Corpus: ${int(corpus.docs)} documents holding ${int(corpus.textChars)} characters of text; pairDocuments ${fixed(corpus.pairMs / 1000, 1)} s, findDuplicates ${fixed(corpus.dedupMs / 1000, 1)} s, 50 pairs checked ${fixed(corpus.sectionsMs / 1000, 1)} s, renderReport ${int(corpus.renderMs)} ms; ${int(corpus.unpaired)} unpaired, ${int(corpus.clusters)} duplicate clusters; lists capped at 1,000 rows.`
        : `Corpus: skipped, PANL-BPPT not found in ${ctx.show(ctx.dataDir)} (pass --data DIR).`,
      '',
      'layout: navigation start to a page parsed, styled and laid out (what is on screen; content-visibility skips the rest). full layout: the same with every bead laid out. screenshot: the wall time of a 1280 × 2000 screenshot (start-up, load, layout, paint) less that of an empty page.',
    ].join('\n');
    const strip = (x) => (x ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'html')) : null);
    return {
      markdown,
      results: {
        chromium: version || bin,
        runs,
        loadAverage: { before: loadBefore, after: loadAfter },
        budget: BUDGET,
        pair: { ...strip(pair), sizeBytes: pairSize, gzipBytes: gzipSync(pair.html).length, browser: pairBrowser, sizeOk, layoutOk },
        corpus: corpus ? { ...strip(corpus), sizeBytes: corpusSize, gzipBytes: gzipSync(corpus.html).length, browser: corpusBrowser } : null,
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
