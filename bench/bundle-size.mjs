#!/usr/bin/env node
// What an app ships when it imports a few of padanan's functions in a browser: each case below is
// bundled by esbuild from the built package for the browser (package.json's `browser` condition picks
// dist/browser.js, the core without Node built-ins), minified, then gzipped (zlib's default level).
// A bundle that reached a Node built-in would fail here, as it would in the app's own build.
//
//   node bench/bundle-size.mjs          the table, on stdout (after npm run build)
//   node bench/run.mjs bundle-size      the same table, stored in bench/results/bundle-size.{json,md}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

import { int, mdTable } from './lib/util.mjs';

export const description = 'bundle sizes for browsers: a few functions imported from the built package, bundled by esbuild, minified and gzipped';

const FIVE = ['extractNumbers', 'prepare', 'alignSentences', 'pairDocuments', 'findDuplicates'];

/** The imports measured, one bundle each. */
export const CASES = [
  { name: 'extractNumbers', imports: ['extractNumbers'], langs: [] },
  { name: 'findDuplicates', imports: ['findDuplicates'], langs: [] },
  { name: 'alignSentences', imports: ['alignSentences'], langs: [] },
  { name: 'the five (extractNumbers, prepare, alignSentences, pairDocuments, findDuplicates)', imports: FIVE, langs: [] },
  { name: 'the five + padanan/langs/de', imports: FIVE, langs: ['de'] },
];

/** The source of an app that imports and keeps the given names (so the bundler cannot drop them). */
export function appSource({ imports, langs }) {
  const lines = [`import { ${imports.join(', ')} } from 'padanan';`];
  for (const code of langs) lines.push(`import { ${code} } from 'padanan/langs/${code}';`);
  lines.push(`globalThis.padanan = [${[...imports, ...langs].join(', ')}];`);
  return lines.join('\n');
}

/**
 * A passage of each shipped lexicon, to tell which lexicons a bundle holds: three consecutive entries
 * of its stem table src/langs/<code>/lexicon-en.stemmed.ts, from its middle on, found in no other lexicon (id and ms share
 * many) and plain ASCII (bundlers escape other characters). A minifier keeps the tabs and newlines of
 * a template literal as they are; other output escapes them.
 */
function lexiconFingerprints(repoRoot) {
  const langs = path.join(repoRoot, 'src/langs');
  const texts = {};
  for (const d of readdirSync(langs, { withFileTypes: true })) {
    const file = path.join(langs, d.name, 'lexicon-en.stemmed.ts');
    if (d.isDirectory() && existsSync(file)) texts[d.name] = readFileSync(file, 'utf8');
  }
  const out = {};
  for (const [code, text] of Object.entries(texts)) {
    const lines = text.split('\n');
    const entry = (l) => l !== undefined && /^[\x21-\x7e][\x20-\x7e]*\t[\t\x20-\x7e]+$/.test(l) && !l.includes('`');
    for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
      if (!entry(lines[i]) || !entry(lines[i + 1]) || !entry(lines[i + 2])) continue;
      const passage = lines.slice(i, i + 3).join('\n');
      if (Object.entries(texts).every(([c, t]) => c === code || !t.includes(passage))) {
        out[code] = passage;
        break;
      }
    }
  }
  return out;
}

/** Bundle one case from the built package: minified and gzip bytes, and the lexicons it holds. */
export async function bundle(repoRoot, c) {
  const r = await build({
    stdin: { contents: appSource(c), resolveDir: repoRoot, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].contents;
  const text = Buffer.from(code).toString('utf8');
  const lexicons = Object.entries(lexiconFingerprints(repoRoot))
    .filter(([, passage]) => text.includes(passage) || text.includes(passage.replace(/\t/g, '\\t').replace(/\n/g, '\\n')))
    .map(([lang]) => lang)
    .sort();
  return { name: c.name, source: appSource(c), minified: code.length, gzip: gzipSync(code).length, lexicons };
}

/** Every case, in order. */
export async function measure(repoRoot) {
  if (!existsSync(path.join(repoRoot, 'dist/browser.js'))) throw new Error('dist/browser.js not found: run npm run build first');
  const rows = [];
  for (const c of CASES) rows.push(await bundle(repoRoot, c));
  return rows;
}

/** The markdown table of {@link measure}'s rows. */
export function markdown(rows) {
  const table = mdTable(
    ['imported from padanan', 'minified KB', 'gzip KB', 'lexicons inside'],
    rows.map((r) => [r.name, kb(r.minified), kb(r.gzip), r.lexicons.length ? r.lexicons.join(', ') : 'none']),
    ['l', 'r', 'r', 'l'],
  );
  return `${table}

How to read this: each row is one app, \`import { … } from 'padanan'\` (plus \`import { de } from 'padanan/langs/de'\`
in the last row), bundled by esbuild ${esbuildVersion()} with \`--bundle --platform=browser --minify\` from the built
package (dist/browser.js through package.json's \`browser\` condition); gzip is zlib's default level. KB are 1,000 bytes.
**Lexicons inside** are the shipped lexicons found in the bundle: reading numbers needs none, so the extractNumbers
bundle leaves out the 244 KB of Indonesian lexicon text; aligning, pairing and dedup read Indonesian through
its lexicon, and the German pack brings its own.`;
}

const kb = (n) => (n / 1000).toFixed(1);

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/esbuild/package.json', import.meta.url)), 'utf8')).version;
  } catch {
    return '';
  }
}

// The suite interface of bench/run.mjs (bench/suites/bundle-size.mjs hands over to this).
export async function run(ctx) {
  const rows = await measure(ctx.repoRoot);
  for (const r of rows) ctx.log(`${r.name}: ${int(r.minified)} B minified, ${int(r.gzip)} B gzip`);
  return { status: 'ok', results: { esbuild: esbuildVersion(), rows }, markdown: markdown(rows) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  measure(repoRoot).then(
    (rows) => process.stdout.write(`${markdown(rows)}\n`),
    (err) => {
      console.error(`bundle-size: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
