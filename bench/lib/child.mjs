// Child processes for the bench. runChild: one bench job in a child process, so that its peak
// memory is its own: the child writes its report as JSON to fd 3; a timeout kills it. runTimed:
// any command as a whole process, with its wall and CPU time.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
    const lines = (r.stderr ?? '').trim().split('\n').filter(Boolean);
    // Node ends an uncaught error with the error's fields and its version: the "…Error: message" line says more.
    const err = lines.find((l) => /^\s*(?:Uncaught )?\w*Error\b.*:/.test(l))?.trim() ?? lines.slice(-3).join(' / ');
    return { status: `failed (exit ${r.status ?? r.signal}): ${err.slice(0, 300)}`, wallMs };
  }
  return { status: rep.error ? `error: ${rep.error}` : 'ok', wallMs, ...rep };
}

// ---------------------------------------------------------------------------------------------
// Whole processes, timed: wall time and the CPU time (user + system) of the process and its
// children, the figure that does not depend on what else the machine is running.

let cpuClock;
let timeFileCount = 0;

/**
 * How child CPU time can be read here, decided once: GNU time (`/usr/bin/time -f … -o FILE`, which
 * also gives the child's peak RSS), else Linux's /proc/self/stat (cutime + cstime: the CPU time of
 * the waited-for children), else none.
 * @returns {{ via: 'gnu-time' | 'proc' | null, tick?: number }}
 */
export function cpuClockSource() {
  if (cpuClock) return cpuClock;
  const t = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  if (!t.error && t.status === 0) cpuClock = { via: 'gnu-time' };
  else if (childrenCpuTicks() !== null) {
    const g = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    cpuClock = { via: 'proc', tick: Number.parseInt(g.stdout ?? '', 10) || 100 };
  } else cpuClock = { via: null };
  return cpuClock;
}

/** cutime + cstime of this process (clock ticks), or null off Linux. */
function childrenCpuTicks() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name in parentheses, which may itself hold spaces: state is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[13]) + Number(f[14]);
  } catch {
    return null;
  }
}

/**
 * Runs `cmd args` as a fresh process in its own process group and waits for it. After `capMs` the
 * whole group is killed (SIGKILL), so nothing it started lives on. `stdout: 'pipe'` collects its
 * output as a string, `'ignore'` sends it to /dev/null; stderr is kept (its last lines explain a
 * failure). `timed: false` skips the CPU clock.
 * @returns {Promise<{ status: 'ok' | string, code: number | null, signal: string | null, wallMs: number,
 *   cpuMs: number | null, userMs: number | null, sysMs: number | null, maxRssMB: number | null,
 *   stdout: string, stderr: string }>}
 */
export function runTimed(cmd, args, { capMs = 120_000, stdout = 'pipe', cwd, timed = true, tmpDir = os.tmpdir() } = {}) {
  const clock = timed ? cpuClockSource() : { via: null };
  let timeFile = null;
  let argv = [cmd, ...args];
  if (clock.via === 'gnu-time') {
    timeFile = path.join(tmpDir, `time-${process.pid}-${++timeFileCount}.txt`);
    argv = ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, ...argv];
  }
  const ticks0 = clock.via === 'proc' ? childrenCpuTicks() : null;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const out = [];
    const err = [];
    let killed = false;
    let spawnError = null;
    const p = spawn(argv[0], argv.slice(1), { cwd, detached: true, stdio: ['ignore', stdout === 'pipe' ? 'pipe' : 'ignore', 'pipe'] });
    p.stdout?.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => {
      err.push(d);
      // Only the tail is ever shown: keep memory flat for chatty processes.
      if (err.length > 64) err.splice(0, err.length - 16);
    });
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {}
    }, capMs);
    p.on('error', (e) => {
      spawnError = e;
    });
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = round(performance.now() - t0, 1);
      const res = { status: 'ok', code, signal, wallMs, cpuMs: null, userMs: null, sysMs: null, maxRssMB: null, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      if (clock.via === 'gnu-time') {
        try {
          // The last line is the format; GNU time writes "Command exited with non-zero status N" before it.
          const [u, s, m] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
          if ([u, s, m].every(Number.isFinite)) Object.assign(res, { userMs: round(u * 1000, 0), sysMs: round(s * 1000, 0), cpuMs: round((u + s) * 1000, 0), maxRssMB: round(m / 1024, 1) });
        } catch {}
        rmSync(timeFile, { force: true });
      } else if (clock.via === 'proc') {
        const ticks = childrenCpuTicks();
        if (ticks !== null && ticks0 !== null) res.cpuMs = round(((ticks - ticks0) * 1000) / clock.tick, 0);
      }
      if (spawnError) res.status = `failed to start: ${spawnError.code ?? spawnError.message}`;
      else if (killed) res.status = `killed after ${capMs / 1000} s`;
      else if (signal || code !== 0) {
        // GNU time reports the child's death by a signal as exit code 128 + n.
        const tail = res.stderr.trim().split('\n').filter(Boolean).slice(-2).join(' / ');
        const how = signal ? `signal ${signal}` : clock.via === 'gnu-time' && code > 128 ? `signal ${code - 128}` : `exit ${code}`;
        res.status = `failed (${how})${tail ? `: ${tail.slice(0, 200)}` : ''}`;
      }
      resolve(res);
    });
  });
}

/**
 * The peak resident memory of this process in MB: VmHWM from /proc/self/status where there is one.
 * `process.resourceUsage().maxRSS` is the fallback only: on Linux a child starts with its parent's
 * peak (the forked copy's RSS is kept across exec), so a small child of a large bench process
 * reports the parent's figure.
 */
export function peakRssMB() {
  try {
    const m = readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    if (m) return round(Number(m[1]) / 1024, 1);
  } catch {}
  return round(process.resourceUsage().maxRSS / 1024, 1);
}
