// One bench job in a child process, so that its peak memory is its own: the child writes its
// report as JSON to fd 3; a timeout kills it.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

import { round } from './util.mjs';

/**
 * Run `node [nodeArgs] script --child jobFile` with `job` written to jobFile. Returns
 * `{ status: 'ok' | why, wallMs, ...report }`.
 */
export function runChild({ script, jobFile, job, cwd, capMs, nodeArgs = ['--expose-gc'], maxBuffer = 64 * 2 ** 20 }) {
  writeFileSync(jobFile, JSON.stringify(job));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, script, '--child', jobFile], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    timeout: capMs,
    killSignal: 'SIGKILL',
    maxBuffer,
  });
  const wallMs = round(performance.now() - t0, 0);
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') return { status: `killed after ${capMs / 1000} s`, wallMs };
  let rep = null;
  try {
    rep = JSON.parse(r.output?.[3] ?? '');
  } catch {}
  if (r.status !== 0 || !rep) {
    const err = (r.stderr ?? '').trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    return { status: `failed (exit ${r.status ?? r.signal}): ${err.slice(0, 300)}`, wallMs };
  }
  return { status: rep.error ? `error: ${rep.error}` : 'ok', wallMs, ...rep };
}
