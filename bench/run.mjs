#!/usr/bin/env node
// Benchmark runner. `npm run bench` builds first and then runs this file.
//
//   node bench/run.mjs [SUITE ...] [--data DIR] [--quick] [--hunalign-src DIR]
//
// Runs every suite in bench/suites/ (or the ones named), writes bench/results/<suite>.json and
// bench/results/<suite>.md, and prints the markdown to stdout. Progress goes to stderr, so
// `node bench/run.mjs > report.md` captures only the report. See bench/README.md.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const suitesDir = path.join(benchDir, 'suites');
const resultsDir = path.join(benchDir, 'results');
const distDir = path.join(repoRoot, 'dist');

const USAGE = `usage: node bench/run.mjs [SUITE ...] [--data DIR] [--quick] [--hunalign-src DIR]

  SUITE               one or more of: ${listSuites().join(', ') || '(none found)'} (default: all)
  --data DIR          folder holding the evaluation corpora (default: ../shared/data beside the repo)
  --quick             smaller corpora and fewer passes, for a fast look (figures less stable)
  --hunalign-src DIR  hunalign's source (a source tree or a git directory) for the native build
                      of suite align (default: $HUNALIGN_SRC, else a known mirror path if present)
  -h, --help          this text`;

function listSuites() {
  if (!existsSync(suitesDir)) return [];
  return readdirSync(suitesDir)
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => f.slice(0, -'.mjs'.length))
    .sort();
}

function parseArgs(argv) {
  const opts = { suites: [], dataDir: path.resolve(repoRoot, '..', 'shared', 'data'), quick: false, hunalignSrc: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--quick') {
      opts.quick = true;
    } else if (a === '--data' || a.startsWith('--data=')) {
      const v = a === '--data' ? argv[++i] : a.slice('--data='.length);
      if (!v) fail('--data needs a folder', 2);
      opts.dataDir = path.resolve(v);
    } else if (a === '--hunalign-src' || a.startsWith('--hunalign-src=')) {
      const v = a === '--hunalign-src' ? argv[++i] : a.slice('--hunalign-src='.length);
      if (!v) fail('--hunalign-src needs a folder', 2);
      opts.hunalignSrc = path.resolve(v);
    } else if (a.startsWith('-')) {
      fail(`unknown option ${a}\n\n${USAGE}`, 2);
    } else {
      opts.suites.push(a);
    }
  }
  return opts;
}

function fail(msg, code = 1) {
  console.error(`bench: ${msg}`);
  process.exit(code);
}

/** Facts about the machine and the checkout, recorded with every result. */
function environment(opts, show) {
  const cpus = os.cpus();
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    dirty = execFileSync('git', ['-C', repoRoot, 'status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    // No git, not a checkout, or no commit yet: leave both null.
  }
  let version = null;
  try {
    version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version ?? null;
  } catch {}
  return {
    date: new Date().toISOString(),
    padanan: version,
    commit,
    dirty,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus[0]?.model?.trim() ?? null,
    cpuCount: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    quick: opts.quick,
    dataDir: show(opts.dataDir),
  };
}

function envLine(env) {
  const commit = env.commit ? `commit ${env.commit.slice(0, 10)}${env.dirty ? ' (dirty)' : ''}` : 'no commit';
  return [
    `padanan ${env.padanan ?? '?'}`,
    commit,
    `node ${env.node}`,
    `${env.cpu ?? 'unknown CPU'} ×${env.cpuCount}`,
    env.date.replace(/\.\d+Z$/, 'Z'),
    env.quick ? '**--quick**' : 'full run',
  ].join(' · ');
}

/** Writes through a .tmp file (ignored by git) so an interrupted run never leaves half a result. */
function writeAtomic(file, text) {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const available = listSuites();
  const selected = opts.suites.length ? opts.suites : available;
  const unknown = selected.filter((s) => !available.includes(s));
  if (unknown.length) fail(`unknown suite ${unknown.join(', ')}; available: ${available.join(', ')}`, 2);

  // Every suite measures the built package, never src/: what users get is what is timed.
  if (!existsSync(path.join(distDir, 'index.js'))) {
    fail('dist/index.js not found: run npm run build first (npm run bench builds, then benches)');
  }

  mkdirSync(resultsDir, { recursive: true });
  const ctx = {
    repoRoot,
    distDir,
    dataDir: opts.dataDir,
    quick: opts.quick,
    /** hunalign's source for suite align's native build (--hunalign-src), when given. */
    hunalignSrc: opts.hunalignSrc,
    /** A path as shown in reports: relative to the repo root (so reports do not leak home
     *  folders) when it is in or beside the repo, as given otherwise. */
    show: (p) => {
      const rel = path.relative(repoRoot, p);
      return rel.startsWith(`..${path.sep}..`) ? p : rel || '.';
    },
    log: (msg) => console.error(`  ${msg}`),
    importDist: () => import(pathToFileURL(path.join(distDir, 'index.js')).href),
  };

  const env = environment(opts, ctx.show);

  let failed = 0;
  for (const name of selected) {
    console.error(`bench: ${name}${opts.quick ? ' (quick)' : ''}`);
    const mod = await import(pathToFileURL(path.join(suitesDir, `${name}.mjs`)).href);
    const t0 = performance.now();
    let out;
    try {
      out = await mod.run(ctx);
    } catch (err) {
      failed++;
      console.error(err);
      out = { status: 'error', error: String(err?.stack ?? err), results: null, markdown: `**error**: ${String(err?.message ?? err)}` };
    }
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const status = out.status ?? 'ok';
    const json = {
      suite: name,
      description: mod.description ?? null,
      status,
      ...(out.reason ? { reason: out.reason } : {}),
      ...(out.error ? { error: out.error } : {}),
      seconds,
      environment: env,
      results: out.results ?? null,
    };
    const body = status === 'skipped' ? `skipped: ${out.reason}` : out.markdown;
    const md = `# Bench: ${name}\n\n${envLine(env)} · ${seconds} s\n\n${body.trim()}\n`;
    writeAtomic(path.join(resultsDir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
    writeAtomic(path.join(resultsDir, `${name}.md`), md);
    process.stdout.write(`${md}\n`);
    console.error(`bench: ${name} ${status} in ${seconds} s → ${ctx.show(path.join(resultsDir, `${name}.{json,md}`))}`);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
