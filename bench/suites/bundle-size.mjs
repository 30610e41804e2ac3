// Suite "bundle-size": what an app ships when it imports a few functions in a browser. The measuring
// is bench/bundle-size.mjs, which also runs on its own (`node bench/bundle-size.mjs`).

export { description, run } from '../bundle-size.mjs';
