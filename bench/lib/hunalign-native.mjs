// Native hunalign for the `align` suite: hunalign 1.1 built from its own source by the bench, when
// a C++ compiler and make are present, and run as `hunalign [flags] DIC SOURCE TARGET`. Its ladder
// (the default output, without -text) is read exactly as the WASM build's (bench/lib/hunalign.mjs).
//
// hunalign is LGPL-3.0. The source is read where it is (a source tree or a git directory) and
// extracted to a temporary folder outside the repository for the build; only the binary is kept, in
// bench/.cache/hunalign-native/ (ignored by git), and only the bench runs it. Neither is ever part
// of the repository or the package.

import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runTimed } from './child.mjs';
import { ladderToBeads } from './hunalign.mjs';

/** Where the source is looked for when neither --hunalign-src nor HUNALIGN_SRC is given. */
export const DEFAULT_HUNALIGN_SRC = '/work/.mirror/danielvarga+hunalign/repo';

/** The cache folder of the binary, under the bench folder of `repoRoot`. */
export const nativeCacheDir = (repoRoot) => path.join(repoRoot, 'bench', '.cache', 'hunalign-native');

/**
 * The hunalign source to build from: `given` (--hunalign-src), else the HUNALIGN_SRC environment
 * variable, else DEFAULT_HUNALIGN_SRC when it exists. A source tree (holding src/hunalign/Makefile,
 * or the src/hunalign folder itself) or a git directory (bare or not) whose HEAD holds src/hunalign.
 * @param {string | undefined} given
 * @returns {{ kind: 'tree', root: string, via: string } | { kind: 'git', gitDir: string, commit: string, via: string } | { error: string }}
 */
export function locateHunalignSource(given) {
  let dir = given;
  let via = '--hunalign-src';
  if (!dir && process.env.HUNALIGN_SRC) [dir, via] = [process.env.HUNALIGN_SRC, 'HUNALIGN_SRC'];
  if (!dir) {
    if (!existsSync(DEFAULT_HUNALIGN_SRC)) return { error: `no hunalign source (pass --hunalign-src DIR or set HUNALIGN_SRC; ${DEFAULT_HUNALIGN_SRC} not found)` };
    [dir, via] = [DEFAULT_HUNALIGN_SRC, 'default path'];
  }
  dir = path.resolve(dir);
  if (!existsSync(dir)) return { error: `hunalign source ${dir} (${via}) not found` };
  if (existsSync(path.join(dir, 'src', 'hunalign', 'Makefile'))) return { kind: 'tree', root: dir, via };
  if (existsSync(path.join(dir, 'alignerTool.cpp')) && existsSync(path.join(dir, 'Makefile'))) return { kind: 'tree', root: path.resolve(dir, '..', '..'), via };
  const rev = spawnSync('git', ['--git-dir', dir, 'rev-parse', '--verify', 'HEAD'], { encoding: 'utf8' });
  if (rev.error) return { error: `${dir} (${via}) is no hunalign source tree, and git is not available to read it as a git directory` };
  if (rev.status !== 0) {
    const dotGit = path.join(dir, '.git');
    if (existsSync(dotGit)) return locateHunalignSource(dotGit);
    return { error: `${dir} (${via}) is neither a hunalign source tree (src/hunalign/Makefile) nor a git directory` };
  }
  const ls = spawnSync('git', ['--git-dir', dir, 'ls-tree', '--name-only', 'HEAD', 'src/hunalign/Makefile'], { encoding: 'utf8' });
  if (!ls.stdout?.trim()) return { error: `${dir} (${via}): HEAD has no src/hunalign/Makefile` };
  return { kind: 'git', gitDir: dir, commit: rev.stdout.trim(), via };
}

/** The first C++ compiler that answers --version: $CXX, g++, c++, clang++. */
function findCompiler() {
  for (const cxx of [process.env.CXX, 'g++', 'c++', 'clang++'].filter(Boolean)) {
    const r = spawnSync(cxx, ['--version'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return { cxx, version: r.stdout.split('\n')[0].trim() };
  }
  return null;
}

/**
 * The native hunalign binary, built into `cacheDir` when it is not there yet (a build takes about
 * half a minute on 2 cores). Returns `{ bin, info, built }` or `{ skipped: why }`: no source, no
 * compiler, no make, or a failed build (its last lines). Delete `cacheDir` to rebuild.
 * @param {{ source: string | undefined, cacheDir: string, log?: (msg: string) => void }} opts
 */
export function ensureNativeHunalign({ source, cacheDir, log = () => {} }) {
  const bin = path.join(cacheDir, 'hunalign');
  const infoFile = path.join(cacheDir, 'build.json');
  if (existsSync(bin)) {
    let info = {};
    try {
      info = JSON.parse(readFileSync(infoFile, 'utf8'));
    } catch {}
    return { bin, info, built: false };
  }
  const src = locateHunalignSource(source);
  if (src.error) return { skipped: src.error };
  const compiler = findCompiler();
  if (!compiler) return { skipped: 'no C++ compiler found ($CXX, g++, c++, clang++)' };
  const make = spawnSync('make', ['--version'], { encoding: 'utf8' });
  if (make.error || make.status !== 0) return { skipped: 'make not found' };

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-hunalign-build-'));
  try {
    const where = src.kind === 'git' ? `${src.gitDir} @ ${src.commit.slice(0, 10)}` : src.root;
    log(`align: building native hunalign from ${where} with ${compiler.cxx}`);
    if (src.kind === 'git') {
      // Only src/: a mirror may leave out large blobs elsewhere (the demo dictionaries under data/).
      const tar = spawnSync('git', ['--git-dir', src.gitDir, 'archive', '--format=tar', 'HEAD', 'src'], { maxBuffer: 512 * 2 ** 20 });
      if (tar.status !== 0) return { skipped: `git archive failed: ${String(tar.stderr ?? tar.error).trim().slice(0, 200)}` };
      const x = spawnSync('tar', ['x', '-C', tmp], { input: tar.stdout });
      if (x.status !== 0) return { skipped: `tar failed: ${String(x.stderr ?? x.error).trim().slice(0, 200)}` };
    } else {
      cpSync(path.join(src.root, 'src'), path.join(tmp, 'src'), { recursive: true });
    }
    const buildDir = path.join(tmp, 'src', 'hunalign');
    const t0 = performance.now();
    // The Makefile's own flags (-O9 -ffast-math -funroll-loops); only the compiler is set.
    const r = spawnSync('make', ['-C', buildDir, `-j${Math.max(1, os.cpus().length)}`, `CXX=${compiler.cxx}`, 'hunalign'], { encoding: 'utf8', timeout: 15 * 60_000, killSignal: 'SIGKILL', maxBuffer: 64 * 2 ** 20 });
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    if (r.status !== 0 || !existsSync(path.join(buildDir, 'hunalign'))) {
      const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter((l) => l.trim() && !/warning|^\s|^In file included/.test(l)).slice(-3).join(' / ');
      return { skipped: `build failed (${r.error?.code ?? `exit ${r.status}`}): ${tail.slice(0, 300)}` };
    }
    const flags = readFileSync(path.join(buildDir, 'Makefile'), 'utf8').match(/^CPPFLAGS\s*=\s*(.*)$/m)?.[1].trim() ?? null;
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(path.join(buildDir, 'hunalign'), `${bin}.tmp`);
    chmodSync(`${bin}.tmp`, 0o755);
    renameSync(`${bin}.tmp`, bin);
    const info = {
      source: src.kind === 'git' ? src.gitDir : src.root,
      sourceKind: src.kind,
      sourceVia: src.via,
      commit: src.commit ?? null,
      compiler: compiler.version,
      cxx: compiler.cxx,
      flags,
      buildSeconds: seconds,
      date: new Date().toISOString(),
    };
    writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`);
    return { bin, info, built: true };
  } catch (err) {
    return { skipped: `build failed: ${String(err?.message ?? err).split('\n')[0]}` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Native hunalign's standard output (the ladder, "i<TAB>j<TAB>score" lines) as [i, j, score] rows. */
export function readLadder(stdout) {
  const rows = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const [i, j, s] = line.split('\t').map(Number);
    if (Number.isInteger(i) && Number.isInteger(j)) rows.push([i, j, s]);
  }
  return rows;
}

/**
 * The native binary behind the same interface as `Hunalign` (the WASM build): `await align(src,
 * tgt, dicText, { flags })` takes sentence arrays already tokenized, writes them as files (one
 * sentence a line, no final newline, as for the WASM build) and runs one process on them. Returns
 * `{ beads, ladder, refused, stderr, ms }`, `ms` the process's wall time (start-up included); throws
 * when the process fails or outlives `capMs`.
 */
export class NativeHunalign {
  /** @param {string} bin @param {{ tmpDir: string, capMs?: number }} opts */
  constructor(bin, { tmpDir, capMs = 120_000 }) {
    this.bin = bin;
    this.dir = mkdtempSync(path.join(tmpDir, 'native-'));
    this.capMs = capMs;
    this.dicText = null;
    this.calls = 0;
  }

  async align(src, tgt, dicText = '', { flags = [] } = {}) {
    const flat = (xs) => xs.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n');
    const a = path.join(this.dir, 'a.txt');
    const b = path.join(this.dir, 'b.txt');
    const dic = path.join(this.dir, 'x.dic');
    writeFileSync(a, flat(src));
    writeFileSync(b, flat(tgt));
    if (dicText !== this.dicText) {
      writeFileSync(dic, dicText);
      this.dicText = dicText;
    }
    this.calls++;
    // In its own folder: hunalign writes an (empty) translate.txt where it runs.
    const r = await runTimed(this.bin, [...flags, dic, a, b], { capMs: this.capMs, timed: false, cwd: this.dir });
    if (r.status !== 'ok') throw new Error(`native hunalign ${r.status}`);
    const ladder = readLadder(r.stdout);
    const stderr = r.stderr.split('\n').filter(Boolean);
    const refused = ladder.length === 0;
    return { beads: refused ? [] : ladderToBeads(ladder, src.length, tgt.length), ladder, refused, stderr: stderr.slice(-3), ms: r.wallMs };
  }
}

/**
 * How two hunalign ladders ([i, j, score] rows) compare: `sameAlignment` when their rungs (the
 * indices) are the same, `sameScores` when the printed scores are too, and the largest score
 * difference. The native build's scores can differ from the WASM build's in the last printed digit
 * (both print six significant digits and round floating-point sums differently).
 */
export function compareLadders(x, y) {
  if (!x || !y || x.length !== y.length) return { sameAlignment: false, sameScores: false, maxScoreDiff: null };
  let maxScoreDiff = 0;
  for (let k = 0; k < x.length; k++) {
    if (x[k][0] !== y[k][0] || x[k][1] !== y[k][1]) return { sameAlignment: false, sameScores: false, maxScoreDiff: null };
    maxScoreDiff = Math.max(maxScoreDiff, Math.abs(x[k][2] - y[k][2]));
  }
  return { sameAlignment: true, sameScores: maxScoreDiff === 0, maxScoreDiff };
}
