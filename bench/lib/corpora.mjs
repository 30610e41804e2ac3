// Loading the evaluation corpora. They live outside the repository (../shared/data by
// default) and are only ever read from there: some have no stated licence, so nothing here
// copies them into the repo, the results or the package.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Splits a file's text into lines (CRLF, LF or CR), dropping empty and whitespace-only lines. */
export function nonEmptyLines(text) {
  return text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
}

/**
 * The PANL-BPPT lines of one language, files in name order (ECO, INT, SCI, SPO), so the first
 * N lines are always the same N lines. Returns null when the folder is missing.
 * @param {string} dataDir   the --data folder
 * @param {'id'|'en'} lang
 * @param {number} [limit]   keep only the first `limit` lines
 */
export function loadPanl(dataDir, lang, limit) {
  const dir = path.join(dataDir, 'panl-bppt');
  if (!isDir(dir)) return null;
  const tag = lang.toUpperCase();
  const files = readdirSync(dir)
    .filter((f) => new RegExp(`^PANL-BPPT-.*-${tag}-.*\\.txt$`).test(f))
    .sort();
  if (files.length === 0) return null;
  const lines = [];
  for (const f of files) {
    for (const l of nonEmptyLines(readFileSync(path.join(dir, f), 'utf8'))) {
      lines.push(l);
      if (limit !== undefined && lines.length >= limit) return { dir, files, lines };
    }
  }
  return { dir, files, lines };
}

// Frequent function words; enough to tell a whole news file's language apart.
const ID_WORDS = new Set('yang dan di dari dengan untuk ini itu pada dalam adalah akan tidak juga ke oleh'.split(' '));
const EN_WORDS = new Set('the and of to in is that for with on was are by it as has'.split(' '));

/** 'id' or 'en' for a text, by counting function words. */
export function guessLang(text) {
  let id = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ID_WORDS.has(w)) id++;
    if (EN_WORDS.has(w)) en++;
  }
  return id > en ? 'id' : 'en';
}

/**
 * The repository's small fixture texts (fixtures/npc/*.txt), split by guessed language: the
 * fallback corpus when ../shared/data is not there. Tiny, so figures on it are only indicative.
 */
export function loadFixtureLines(repoRoot, limit) {
  const dir = path.join(repoRoot, 'fixtures', 'npc');
  const out = { id: [], en: [] };
  if (!isDir(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    out[guessLang(text)].push(...nonEmptyLines(text));
  }
  if (limit !== undefined) for (const k of Object.keys(out)) out[k] = out[k].slice(0, limit);
  return { dir, files, lines: out };
}

export function isDir(p) {
  try {
    return existsSync(p) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}
