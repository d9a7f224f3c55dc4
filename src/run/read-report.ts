/**
 * Reads one report file with the checks a batch needs, returning a reason instead of
 * throwing, so that one bad file costs one message and the batch goes on:
 *
 * - missing       no such file, a broken symbolic link, a symbolic link loop
 * - not-a-file    a folder, a FIFO, a socket, a device (reading a FIFO would block forever)
 * - unreadable    permission denied, I/O error
 * - too-large     over `maxBytes`: checked with stat before reading, and again while reading
 *                 (a file that grows in between is cut off at the limit, not read whole)
 * - empty         no bytes, or only white space (and a byte-order mark)
 * - binary        an image, PDF, archive, Office document... or NUL/control bytes (see binaryReason)
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { binaryReason } from '../pipeline/decode.js';
import { failure, type ReadFailureKind } from './read-failure.js';

export interface ReadOptions {
  maxBytes: number;
}
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; kind: ReadFailureKind };

const fail = (kind: ReadFailureKind, reason: string): ReadResult => ({ ok: false, kind, reason });

export function readReport(file: string, opts: ReadOptions): ReadResult {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    return failure(e, file);
  }
  if (st.isDirectory()) return fail('not-a-file', 'is a folder, not a file');
  if (!st.isFile()) return fail('not-a-file', `not a regular file (${specialKind(st)})`);
  if (st.size > opts.maxBytes) return fail('too-large', tooLarge(st.size, opts.maxBytes));

  let bytes: Buffer;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    return failure(e, file);
  }
  try {
    // the size again on the open file: it may have changed since the stat above
    const size = fstatSync(fd).size;
    if (size > opts.maxBytes) return fail('too-large', tooLarge(size, opts.maxBytes));
    const r = readUpTo(fd, opts.maxBytes + 1, size);
    if (r.length > opts.maxBytes) return fail('too-large', tooLarge(r.length, opts.maxBytes, true));
    bytes = r;
  } catch (e) {
    return failure(e, file);
  } finally {
    closeSync(fd);
  }
  const problem = checkReportBytes(bytes);
  return problem ?? { ok: true, bytes };
}

/**
 * The content checks alone (empty, binary), for bytes that did not come from a file:
 * standard input, a library caller. Null when the bytes may be a report.
 */
export function checkReportBytes(bytes: Uint8Array): { ok: false; reason: string; kind: ReadFailureKind } | null {
  if (bytes.length === 0) return { ok: false, kind: 'empty', reason: 'empty file (0 bytes)' };
  if (onlyWhiteSpace(bytes)) return { ok: false, kind: 'empty', reason: 'empty file (only white space)' };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, kind: 'binary', reason: `binary file, not a text report (${binary})` };
  return null;
}

/**
 * Reads at most `limit` bytes; `hint` (the stat size) sizes the first buffer: one byte more
 * than the file, so that the read that finds its end needs no bigger one (a file that grows
 * meanwhile is read on into doubled buffers). A buffer of at least 64 KB, as this once took,
 * was an allocation outside the pool for every report, most of them a few kilobytes long.
 */
function readUpTo(fd: number, limit: number, hint: number): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(limit, hint + 1));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      if (len >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = readSync(fd, buf, len, buf.length - len, null);
    if (n === 0) break;
    len += n;
  }
  return buf.subarray(0, len);
}

function onlyWhiteSpace(b: Uint8Array): boolean {
  let i = 0;
  let nulIsSpace = false;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) (i = 2), (nulIsSpace = true);
  for (; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) continue;
    if (c === 0 && nulIsSpace) continue;
    return false;
  }
  return true;
}

function tooLarge(size: number, max: number, grew = false): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const what = grew ? `grew past ${max} bytes while being read` : `${size} bytes (${mb(size)})`;
  return `too large: ${what}, over the --max-bytes limit of ${max} bytes (${mb(max)})`;
}

function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file or folder';
}
