/**
 * padanan: find the same content across languages.
 * Public API only; everything here is documented where it is declared. In Node (and for bundlers
 * that target it) `padanan` is the core, which runs anywhere (./browser.ts, what bundlers for the
 * browser get), plus the Node-only functions of padanan/node (./node.ts).
 */
export * from './browser.js'
export * from './node.js'
// Node's parseLexicon also reads gzip-compressed `.dict.dz` data (node:zlib).
export { parseLexicon } from './lexicon/load.js'
