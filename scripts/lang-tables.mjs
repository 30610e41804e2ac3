#!/usr/bin/env node
// Review tables for native speakers: for every language pack, what padanan actually does with the
// sentences of its spec file (test/langs/<code>.spec.json): sentence splits, number mentions with
// their values and canonical keys, stems, and the cross-language key checks. Written to
// docs/langs/<code>.md; no TypeScript needed to read them. `npm run langs:tables` rewrites them
// from the built package; test/langs/tables.test.ts fails when one is out of date.

import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A cell of a markdown table: pipes escaped, line breaks as <br>. */
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, '<br>');

function valueText(v) {
  return typeof v === 'number' ? String(v) : `${v[0]} – ${v[1]}`;
}

/**
 * The review table of one language, as markdown.
 *
 * @param {{ spec: object, pack: object, packs: object[], prepare: Function, extractNumbers: Function }} a
 *   the spec file's content, the pack, every pack (for the cross-language rows) and padanan's functions
 * @returns {string}
 * @example
 * renderLanguageTable({ spec, pack: de, packs: languages, prepare, extractNumbers }) //=> '# German (de) …'
 */
export function renderLanguageTable({ spec, pack, packs, prepare, extractNumbers }) {
  const out = [];
  out.push(`# ${pack.name} (\`${pack.code}\`): what padanan reads`);
  out.push('');
  out.push(
    `Generated from \`test/langs/${pack.code}.spec.json\` by \`npm run langs:tables\`: every row is padanan's actual output, not the expected one, ` +
      'so a native speaker can review it without reading TypeScript. Where a row looks wrong, open an issue with the row; the spec file holds what the team expects.',
  );
  out.push('');
  out.push('## Sentences');
  out.push('');
  out.push('| # | input | sentences padanan finds |');
  out.push('|---|---|---|');
  spec.sentences.forEach((c, i) => {
    const got = prepare(c.input, pack).sentences.map((s, k) => `${k + 1}. ${s.text}`);
    out.push(`| ${i + 1} | ${cell(c.input)} | ${cell(got.join('\n'))} |`);
  });
  out.push('');
  out.push('## Numbers');
  out.push('');
  out.push('Value: money in major units, percent as the number before `%`, ranges as `low – high`. The key is equal for the same quantity in every language.');
  out.push('');
  out.push('| # | input | mention | kind | value | unit | approx. | key |');
  out.push('|---|---|---|---|---|---|---|---|');
  spec.numbers.forEach((c, i) => {
    const ms = extractNumbers(c.input, pack);
    if (!ms.length) out.push(`| ${i + 1} | ${cell(c.input)} | (none) | | | | | |`);
    ms.forEach((m, k) => {
      out.push(`| ${k === 0 ? i + 1 : ''} | ${k === 0 ? cell(c.input) : ''} | ${cell(m.text)} | ${m.kind} | ${cell(valueText(m.value))} | ${m.unit ?? ''} | ${m.approx ? 'yes' : ''} | \`${cell(m.key)}\` |`);
    });
  });
  out.push('');
  out.push('## Stems');
  out.push('');
  out.push('| word | stem |');
  out.push('|---|---|');
  for (const [w] of spec.stems) out.push(`| ${cell(w)} | ${cell(pack.stem ? pack.stem(w.toLowerCase()) : w.toLowerCase())} |`);
  for (const [other, pairs] of Object.entries(spec.sameAs ?? {})) {
    const otherPack = packs.find((p) => p.code === other);
    if (!otherPack) continue;
    out.push('');
    out.push(`## Same quantity in ${otherPack.name} (\`${other}\`)`);
    out.push('');
    out.push(`| ${pack.name} | ${otherPack.name} | keys | equal |`);
    out.push('|---|---|---|---|');
    for (const [a, b] of pairs) {
      const ka = extractNumbers(a, pack).map((m) => m.key).sort();
      const kb = extractNumbers(b, otherPack).map((m) => m.key).sort();
      const same = JSON.stringify(ka) === JSON.stringify(kb);
      out.push(`| ${cell(a)} | ${cell(b)} | ${cell(same ? ka.map((k) => `\`${k}\``).join(' ') : `${ka.join(' ')} ≠ ${kb.join(' ')}`)} | ${same ? 'yes' : '**no**'} |`);
    }
  }
  if (spec.notSupported?.length) {
    out.push('');
    out.push('## Not supported on purpose');
    out.push('');
    for (const n of spec.notSupported) out.push(`- ${n.case}: ${n.why}`);
  }
  return `${out.join('\n')}\n`;
}

/** The spec files by language code. */
export function readSpecs() {
  const dir = path.join(root, 'test/langs');
  const specs = new Map();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.spec.json')).sort()) {
    const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    specs.set(spec.language, spec);
  }
  return specs;
}

async function main() {
  const api = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const { languages } = await import(pathToFileURL(path.join(root, 'dist/langs/index.js')).href);
  mkdirSync(path.join(root, 'docs/langs'), { recursive: true });
  for (const [code, spec] of readSpecs()) {
    const pack = languages.find((p) => p.code === code);
    if (!pack) continue;
    const file = path.join(root, 'docs/langs', `${code}.md`);
    writeFileSync(file, renderLanguageTable({ spec, pack, packs: languages, prepare: api.prepare, extractNumbers: api.extractNumbers }));
    console.error(`wrote ${path.relative(root, file)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
