// FLORES-200 as documents: the lines of one source URL make one short article, the same article in
// every language (../shared/data/flores200, CC BY-SA 4.0; read from there, never copied).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { nonEmptyLines } from './corpora.mjs';

/** The languages kept in ../shared/data/flores200 (padanan codes). */
export const FLORES_LANGS = ['en', 'id', 'ms', 'de', 'fr', 'zh'];
const FILE = { en: 'eng_Latn', id: 'ind_Latn', ms: 'zsm_Latn', de: 'deu_Latn', fr: 'fra_Latn', zh: 'zho_Hans' };

/**
 * The articles of FLORES-200 dev and devtest, in file order: `{ key, url, split, text: { en, id, … } }`,
 * one document per article and language (its sentences one per line). Returns null when the folder is missing.
 * @param {string} dataDir  the --data folder
 * @param {string[]} [langs] languages to read (default all six)
 */
export function loadFloresArticles(dataDir, langs = FLORES_LANGS) {
  const dir = path.join(dataDir, 'flores200');
  if (!existsSync(path.join(dir, 'metadata_dev.tsv'))) return null;
  const articles = [];
  for (const split of ['dev', 'devtest']) {
    const urls = nonEmptyLines(readFileSync(path.join(dir, `metadata_${split}.tsv`), 'utf8'))
      .slice(1)
      .map((l) => l.split('\t')[0]);
    const lines = Object.fromEntries(
      langs.map((l) => [l, readFileSync(path.join(dir, split, `${FILE[l]}.${split}`), 'utf8').split('\n').slice(0, urls.length)]),
    );
    for (const l of langs) if (lines[l].length !== urls.length) throw new Error(`flores200/${split}/${FILE[l]}.${split}: ${lines[l].length} lines, metadata has ${urls.length}`);
    let k = 0;
    while (k < urls.length) {
      let e = k;
      while (e < urls.length && urls[e] === urls[k]) e++;
      const text = Object.fromEntries(langs.map((l) => [l, lines[l].slice(k, e).join('\n')]));
      articles.push({ key: `${split}-${String(articles.length).padStart(3, '0')}`, url: urls[k], split, text });
      k = e;
    }
  }
  return { dir, articles };
}
