// A seeded synthetic dedup corpus built from real text, with its ground truth (bench suite `dedup`).
//
// Originals are PANL-BPPT documents: runs of consecutive lines of one domain file (8–16 lines, about
// 300 words) for as long as the corpus lasts, then runs of lines drawn at random from the whole pool
// (unrelated sentences in a row; needed for 20k and 200k documents, PANL has ~24k lines a side).
// Each original ("story") is in Indonesian or English, and may get:
//   - exact copies (normalization variants: case, spacing, punctuation, the other decimal mark),
//   - near copies: 5–20% of the words edited in spans of 1–3 words (a word replaced by a corpus word,
//     deleted, or a corpus word inserted),
//   - a truncation (the first 25–60% of the words) or an excerpt (a middle run of 30–60% of the lines),
//   - a translation: the other language's side of the same PANL lines,
//   - a rewrite, the hard negative: 30–50% of the original's lines kept in order, the rest replaced
//     by the lines after the run (same file, usually the same story) or random lines.
// Documents of a site carry its header and footer (chrome lines made up here, not copied), shared
// by every document of that site; copies may sit on another site. The fixtures (fixtures/npc) are
// added as they are, with one edited copy each of 000 and 002.
//
// Nothing is written anywhere: documents live in memory (or in a temporary file handed to a child
// process by the suite and deleted afterwards).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { isDir } from './corpora.mjs';

/** mulberry32: a 32-bit state PRNG, floats in [0, 1). */
export function rng32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const randInt = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, a) => a[Math.floor(r() * a.length)];

/** PANL-BPPT aligned line pairs per domain file: [{ domain, id: [...], en: [...] }], or null. */
export function loadPanlDomains(dataDir) {
  const dir = path.join(dataDir, 'panl-bppt');
  if (!isDir(dir)) return null;
  const files = readdirSync(dir).filter((f) => /^PANL-BPPT-.*-ID-.*\.txt$/.test(f)).sort();
  const out = [];
  for (const f of files) {
    const enFile = files.length && readdirSync(dir).find((g) => g === f.replace('-ID-', '-EN-'));
    if (!enFile) continue;
    const id = readFileSync(path.join(dir, f), 'utf8').split(/\r\n|\n|\r/);
    const en = readFileSync(path.join(dir, enFile), 'utf8').split(/\r\n|\n|\r/);
    const n = Math.min(id.length, en.length);
    const pi = [];
    const pe = [];
    for (let i = 0; i < n; i++) {
      // Lines empty on either side are dropped, so the two sides stay aligned.
      if (id[i].trim() && en[i].trim()) {
        pi.push(id[i].trim());
        pe.push(en[i].trim());
      }
    }
    out.push({ domain: f.split('-')[2], id: pi, en: pe });
  }
  return out.length ? out : null;
}

// Made-up site chrome, Indonesian and English news sites alike.
const SITE_NAMES = ['Kabar Nusantara', 'Warta Kini', 'Jakarta Daily', 'Suara Pagi', 'Metro Wire', 'Berita Satu Jam', 'Island Post', 'Harian Timur', 'Pulse Asia', 'Lensa Berita', 'Garuda Times', 'Kota News', 'Rakyat Online', 'Equator Herald', 'Detik Kilat', 'Borneo Beat', 'Java Ledger', 'Sunda Report', 'Archipelago Now', 'Selat Media'];
const HEADER_POOL = ['Get Apps', 'Beranda', 'Masuk', 'Daftar', 'Login', 'Subscribe', 'Menu', 'Cari', 'Search', 'Home', 'Nasional', 'Ekonomi', 'Olahraga', 'Internasional', 'World', 'Business', 'Sports', 'Tekno', 'Video', 'Foto', 'Trending', 'Terpopuler', 'Indeks', 'Live TV'];
const FOOTER_POOL = ['Baca juga:', 'Related News:', 'Berita Terkait', 'See Also', 'Editor\'s Picks', 'Ikuti kami di', 'Follow us on', 'Facebook', 'Twitter', 'Instagram', 'YouTube', 'Tentang Kami', 'About Us', 'Pedoman Media Siber', 'Kontak', 'Contact', 'Karir', 'Privacy Policy', 'Kebijakan Privasi', 'Redaksi', 'Iklan', 'Advertise', 'Comment', 'Bagikan', 'Share this article', 'Back to top', 'No more', 'Load more'];

function makeSites(r, count) {
  const sites = [];
  for (let s = 0; s < count; s++) {
    const name = SITE_NAMES[s % SITE_NAMES.length] + (s >= SITE_NAMES.length ? ` ${Math.floor(s / SITE_NAMES.length) + 1}` : '');
    const header = [name, ...shuffleCopy(r, HEADER_POOL).slice(0, randInt(r, 3, 5))];
    const footer = [...shuffleCopy(r, FOOTER_POOL).slice(0, randInt(r, 3, 6)), `Copyright © 2025 ${name}. All rights reserved.`];
    sites.push({ name, header, footer });
  }
  return sites;
}

function shuffleCopy(r, a) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}

/** The words of a text, with their line structure: [[w, w, …], …]. */
const wordsOf = (lines) => lines.map((l) => l.split(/\s+/).filter(Boolean));

/** Edit `rate` of the words in spans of 1–3: replace, delete or insert, with words of the same language. */
function editLines(r, lines, rate, vocab) {
  const ws = wordsOf(lines);
  const total = ws.reduce((n, l) => n + l.length, 0);
  let budget = Math.max(1, Math.round(total * rate));
  let guard = 0;
  while (budget > 0 && guard++ < 10000) {
    const li = Math.floor(r() * ws.length);
    const line = ws[li];
    if (line.length < 4) continue;
    const span = Math.min(budget, randInt(r, 1, 3));
    const at = Math.floor(r() * Math.max(1, line.length - span));
    const op = r();
    if (op < 0.6) for (let k = 0; k < span && at + k < line.length; k++) line[at + k] = pick(r, vocab);
    else if (op < 0.8) line.splice(at, span);
    else line.splice(at, 0, ...Array.from({ length: span }, () => pick(r, vocab)));
    budget -= span;
  }
  return ws.map((l) => l.join(' '));
}

/** A normalization variant: changes that exact-duplicate detection must see through. */
function variant(r, lines, lang) {
  return lines.map((l) => {
    let s = l;
    if (r() < 0.5) s = s.toUpperCase();
    if (r() < 0.5) s = s.replace(/ /g, '  ');
    if (r() < 0.5) s = s.replace(/[.,;:!?]$/, '') + ' !';
    // The other decimal mark in "1,5"-like numbers (one digit after): read the same by padanan.
    s = lang === 'id' ? s.replace(/(\d),(\d)(?!\d)/g, '$1.$2') : s.replace(/(\d)\.(\d)(?!\d)/g, '$1,$2');
    return s;
  });
}

function withChrome(body, site, r) {
  if (!site) return body.join('\n');
  // A date line that differs per document: chrome by its place in the header, never by frequency.
  const date = `${randInt(r, 1, 28)}/${randInt(r, 1, 12)}/2025 ${String(randInt(r, 0, 23)).padStart(2, '0')}:${String(randInt(r, 0, 59)).padStart(2, '0')}`;
  return [...site.header, date, '', ...body, '', ...site.footer].join('\n');
}

/**
 * Build a corpus of about `n` documents.
 * @returns {{ docs: {id, text, lang}[], truth: Map<id, {group, kind, of}>, chrome: Set<string>, stats }}
 *   `kind` of a document: 'original' | 'exact' | 'near' | 'contained' | 'translation' | 'rewrite' | 'fixture';
 *   `of` the id of its original; `group` equal for documents that should end up in one cluster.
 */
export function makeDedupCorpus(domains, fixtures, { n, seed }) {
  const r = rng32(seed);
  const sites = makeSites(r, n <= 2000 ? 10 : 20);
  const vocab = { id: [], en: [] };
  for (const d of domains) {
    for (const lang of ['id', 'en']) for (let i = 0; i < d[lang].length; i += 7) vocab[lang].push(...d[lang][i].split(/\s+/).filter((w) => /^\p{L}+$/u.test(w)));
  }
  // Consecutive runs first (one cursor per domain), then random lines.
  const cursors = domains.map(() => 0);
  const pool = domains.flatMap((d, di) => d.id.map((_, i) => [di, i]));
  let consecutive = 0;
  const takeRun = () => {
    const len = randInt(r, 8, 16);
    const di = Math.floor(r() * domains.length);
    const d = domains[di];
    if (cursors[di] + len * 2 <= d.id.length) {
      const from = cursors[di];
      cursors[di] += len + randInt(r, 4, 12); // a gap, so the next run is another story
      consecutive++;
      const idx = Array.from({ length: len }, (_, k) => from + k);
      return { di, idx, next: Array.from({ length: len }, (_, k) => from + len + k) };
    }
    const idx = Array.from({ length: len }, () => pick(r, pool));
    return { di: -1, idx, random: true };
  };
  const linesOf = (run, lang) => (run.di >= 0 ? run.idx.map((i) => domains[run.di][lang][i]) : run.idx.map(([di, i]) => domains[di][lang][i]));
  const nextLines = (run, lang, count) => (run.di >= 0 ? run.next.slice(0, count).map((i) => domains[run.di][lang][i]) : Array.from({ length: count }, () => { const [di, i] = pick(r, pool); return domains[di][lang][i]; }));

  const docs = [];
  const truth = new Map();
  const chrome = new Set(sites.flatMap((s) => [...s.header, ...s.footer]));
  let story = 0;
  const add = (id, lang, body, kind, of, group) => {
    const site = r() < 0.6 ? pick(r, sites) : null;
    docs.push({ id, text: withChrome(body, site, r), lang });
    truth.set(id, { group, kind, of, site: site?.name ?? null });
  };
  // The fixtures, as given: 001/002 one translation group, the rest each their own; edited copies of 000 and 002.
  for (const f of fixtures) {
    const group = f.id.startsWith('001') || f.id.startsWith('002') ? 'fx-pair' : `fx-${f.id}`;
    docs.push({ id: `fx/${f.id}`, text: f.text, lang: f.lang });
    truth.set(`fx/${f.id}`, { group, kind: f.id.startsWith('001') ? 'translation' : 'fixture', of: f.id.startsWith('001') ? `fx/${fixtures.find((g) => g.id.startsWith('002')).id}` : null, site: null });
    if (f.id.startsWith('000') || f.id.startsWith('002')) {
      const lines = f.text.split('\n').filter((l) => l.trim());
      const body = editLines(r, lines, 0.1, vocab.en);
      docs.push({ id: `fx/${f.id}~near`, text: body.join('\n'), lang: f.lang });
      truth.set(`fx/${f.id}~near`, { group, kind: 'near', of: `fx/${f.id}`, site: null });
    }
  }
  while (docs.length < n) {
    const run = takeRun();
    const lang = r() < 0.5 ? 'id' : 'en';
    const other = lang === 'id' ? 'en' : 'id';
    const base = linesOf(run, lang);
    const sid = `s${String(story++).padStart(6, '0')}`;
    const oid = `${sid}/${lang}`;
    add(oid, lang, base, 'original', null, sid);
    if (r() < 0.1) add(`${sid}/exact`, lang, variant(r, base, lang), 'exact', oid, sid);
    if (r() < 0.35) {
      const copies = randInt(r, 1, 2);
      for (let c = 0; c < copies; c++) add(`${sid}/near${c}`, lang, editLines(r, base, 0.05 + r() * 0.15, vocab[lang]), 'near', oid, sid);
    }
    if (r() < 0.15) {
      if (r() < 0.6) {
        const words = base.join('\n').split(' ');
        add(`${sid}/trunc`, lang, [words.slice(0, Math.max(20, Math.round(words.length * (0.25 + r() * 0.35)))).join(' ')], 'contained', oid, sid);
      } else {
        const len = Math.max(3, Math.round(base.length * (0.3 + r() * 0.3)));
        const from = randInt(r, 0, base.length - len);
        add(`${sid}/excerpt`, lang, base.slice(from, from + len), 'contained', oid, sid);
      }
    }
    if (r() < 0.2) add(`${sid}/${other}`, other, linesOf(run, other), 'translation', oid, sid);
    if (r() < 0.2) {
      // Hard negative: its own group.
      const keep = Math.max(2, Math.round(base.length * (0.3 + r() * 0.2)));
      const kept = new Set(shuffleCopy(r, base.map((_, i) => i)).slice(0, keep));
      const fill = nextLines(run, lang, base.length - keep);
      let fi = 0;
      const body = base.map((l, i) => (kept.has(i) ? l : fill[fi++] ?? l));
      add(`${sid}/rewrite`, lang, body, 'rewrite', oid, `${sid}-rw`);
    }
  }
  const kinds = {};
  for (const t of truth.values()) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
  return { docs, truth, chrome, stats: { docs: docs.length, stories: story, consecutiveStories: consecutive, kinds, sites: sites.length, meanWords: Math.round(words / docs.length), chars: docs.reduce((s, d) => s + d.text.length, 0) } };
}

/** The fixture texts with their language (from gold.json). */
export function loadFixtures(repoRoot) {
  const dir = path.join(repoRoot, 'fixtures', 'npc');
  if (!isDir(dir)) return [];
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return { id, text: readFileSync(path.join(dir, f), 'utf8'), lang: gold.documents[id]?.lang ?? 'en' };
    });
}

// ---------------------------------------------------------------------------------------------
// Exact Jaccard over all pairs, by an implementation independent of padanan's: lowercase letter and
// digit runs, 3-word shingles as strings, chrome lines (known to the generator) left out.

export function shingleSets(docs, chrome, k = 3) {
  const ids = new Map();
  return docs.map((d) => {
    const lines = d.text.split('\n').filter((l) => l.trim() && !chrome.has(l.trim()) && !/^\d+\/\d+\/2025 \d\d:\d\d$/.test(l.trim()));
    const words = lines.join(' ').toLowerCase().match(/\p{L}[\p{L}\p{N}'&-]*|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
    const set = new Set();
    for (let i = 0; i + k <= words.length; i++) {
      const s = words.slice(i, i + k).join(' ');
      let n = ids.get(s);
      if (n === undefined) ids.set(s, (n = ids.size));
      set.add(n);
    }
    return Int32Array.from(set).sort();
  });
}

function inter(a, b) {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Pairs [i, j, jaccard, containment] with Jaccard ≥ jt or containment (of the smaller, ≥ 20 shingles) ≥ ct, over all pairs. */
export function allPairs(sets, jt, ct) {
  const out = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i];
      const b = sets[j];
      const small = Math.min(a.length, b.length);
      if (small === 0) continue;
      // Cheap bound: the intersection is at most the smaller set.
      if (small / Math.max(a.length, b.length) < jt && small < 20) continue;
      const x = inter(a, b);
      const jac = x / (a.length + b.length - x);
      const con = x / small;
      if (jac >= jt || (small >= 20 && con >= ct)) out.push([i, j, jac, con]);
    }
  }
  return out;
}
