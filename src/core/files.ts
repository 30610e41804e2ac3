/**
 * Files written whole or not at all: a saved index replaces the old one only once the new one is on
 * disk (temporary file beside the target, fsync, rename), so a full disk or a crash mid-write leaves
 * the previous file as it was. Every failure is a PadananError('WRITE_FAILED') naming the file.
 */
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { PadananError } from '../errors.js'

/**
 * Check, before any long work, that `path` can be written: its folder exists and is writable, and
 * it is not itself a folder (a device or a FIFO only needs to be writable itself).
 *
 * @throws PadananError `WRITE_FAILED`
 * @example
 * checkWritable('out/corpus.dedup') // throws "out/corpus.dedup: folder out does not exist" when out/ is missing
 */
export function checkWritable(path: string): void {
  if (isSpecial(path)) {
    try {
      accessSync(path, constants.W_OK)
    } catch {
      throw new PadananError('WRITE_FAILED', `${path} is not writable`, { field: 'path' })
    }
    return
  }
  const dir = dirname(path)
  try {
    if (!statSync(dir).isDirectory()) throw new PadananError('WRITE_FAILED', `${path}: ${dir} is not a folder`, { field: 'path' })
  } catch (e) {
    if (e instanceof PadananError) throw e
    throw new PadananError('WRITE_FAILED', `${path}: folder ${dir} does not exist`, { field: 'path' })
  }
  try {
    accessSync(dir, constants.W_OK)
  } catch {
    throw new PadananError('WRITE_FAILED', `${path}: folder ${dir} is not writable`, { field: 'path' })
  }
  let target
  try {
    target = statSync(path)
  } catch {
    return // a new file
  }
  if (target.isDirectory()) throw new PadananError('WRITE_FAILED', `${path} is a folder`, { field: 'path' })
}

/**
 * Write `data` to `path` atomically: to a temporary file in the same folder, flushed to disk, then
 * renamed over the target. On any failure the temporary file is removed and the target is untouched.
 * A device or a FIFO (`/dev/stdout`, `/dev/full`) is written in place, its errors reported.
 *
 * @throws PadananError `WRITE_FAILED`
 * @example
 * writeFileAtomic('corpus.dedup', index.toBuffer())
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  checkWritable(path)
  // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming a file over it
  // would replace the device itself, and its write errors (ENOSPC on /dev/full) would go unseen.
  if (isSpecial(path)) return writeInPlace(path, data)
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(tmp, 'wx', 0o666)
    writeAll(fd, data)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(tmp, path)
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // already failing: the first error is the one to report
      }
    }
    try {
      unlinkSync(tmp)
    } catch {
      // never created, or already gone
    }
    throw new PadananError('WRITE_FAILED', `${path}: ${(e as Error).message}`, { field: 'path' })
  }
}

/** Whether `path` exists and is neither a regular file nor a folder (a device, a FIFO, a socket). */
function isSpecial(path: string): boolean {
  try {
    const st = statSync(path)
    return !st.isFile() && !st.isDirectory()
  } catch {
    return false
  }
}

/** Write to a device or a FIFO as it is; a FIFO nobody reads is an error at once, never a wait. */
function writeInPlace(path: string, data: Uint8Array): void {
  let fd: number | undefined
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)
    writeAll(fd, data)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new PadananError('WRITE_FAILED', `${path}: ${err.code === 'ENXIO' ? 'a pipe nobody reads' : err.message}`, { field: 'path' })
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Write every byte of `data` to a file descriptor, however many calls it takes; a descriptor that is
 * not ready (a non-blocking pipe) is waited for.
 *
 * @example
 * writeAll(1, Buffer.from('done\n'))
 */
export function writeAll(fd: number, data: Uint8Array): void {
  let off = 0
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e
      pause(2)
    }
  }
}

/** Block the thread for `ms` milliseconds (waiting for a descriptor that is not ready). */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
