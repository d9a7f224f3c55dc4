/**
 * Where output bytes go: standard output, or a file written atomically (a temp file
 * beside the target, renamed over it only when the run has finished, so an interrupted
 * run never leaves a half-written file). Writes wait for the stream to drain, so memory
 * stays flat however many records pass through.
 */
import { createWriteStream, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  /** the underlying stream, for writers (xlsx) that pipe into it themselves */
  readonly stream: Writable;
  /** true once the reader went away (EPIPE on a closed pipe): stop producing */
  readonly closed: boolean;
  /** writes a chunk, resolving when the stream can take more */
  write(chunk: string | Uint8Array): Promise<void>;
  /** flushes; for a file, moves it into place */
  finish(): Promise<void>;
  /** gives up: for a file, removes the temp file and leaves the target untouched */
  abort(): void;
}

/**
 * Output a stream may hold before the run waits for it to drain. Streams ask to drain at
 * 16 KB, about one record: waiting there left this thread idle while each write went
 * out, record by record. Up to this much, the stream gathers the records that arrive
 * while a write is under way and writes them out together.
 */
const MAX_BUFFERED = 1 << 20;

function writeWithBackpressure(stream: Writable, chunk: string | Uint8Array, isClosed: () => boolean): Promise<void> {
  if (isClosed()) return Promise.resolve();
  // past the stream's own mark, write() returned false and 'drain' comes once it is empty
  if (stream.write(chunk) || stream.writableLength < MAX_BUFFERED) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** Standard output. A reader that closes the pipe early (`| head -1`) ends the run quietly. */
export function stdoutSink(stdout: NodeJS.WriteStream = process.stdout): Sink {
  let closed = false;
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!closed && e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') {
      process.stderr.write(`extract: -: cannot write output: ${e.message}\n`);
    }
    // nothing more can be written; wake any writer waiting for 'drain'
    closed = true;
    stdout.emit('drain');
  });
  return {
    stream: stdout,
    get closed() {
      return closed;
    },
    write: (chunk) => writeWithBackpressure(stdout, chunk, () => closed),
    finish: () => Promise.resolve(),
    abort: () => undefined,
  };
}

/** The temp file that `target` is written through: hidden, beside it, so the rename stays on one file system. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * A stream on an open file descriptor. `afterClose` runs once everything is flushed and
 * the descriptor closed (the rename, for an atomic file); `onAbort` when the run gives up.
 */
function fdSink(fd: number, afterClose: () => void, onAbort: () => void): Sink {
  const stream = createWriteStream('', { fd });
  let failed: Error | null = null;
  stream.on('error', (e) => {
    failed = e;
  });
  return {
    stream,
    get closed() {
      return failed !== null;
    },
    write: (chunk) => writeWithBackpressure(stream, chunk, () => failed !== null),
    finish: () =>
      new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        const close = () => {
          if (failed) return reject(failed);
          try {
            afterClose();
            resolve();
          } catch (e) {
            reject(e as Error);
          }
        };
        if (stream.closed) close();
        else {
          stream.once('close', close);
          if (!stream.writableEnded) stream.end();
        }
      }),
    abort: () => {
      stream.destroy();
      onAbort();
    },
  };
}

/** A device or pipe (`-o /dev/stdout`, a FIFO): written directly, there is nothing to rename. */
function specialFileSink(target: string): Sink {
  return fdSink(openSync(target, 'w'), () => undefined, () => undefined);
}

/**
 * Where `-o PATH` is written atomically, or null when it must be written in place: a
 * device, a pipe or a socket (`/dev/stdout`, a FIFO), or a link to one, or a link that
 * cannot be resolved. Only a regular file (or a new name) is ever replaced by a rename,
 * and through a symbolic link the file it points to is replaced, not the link.
 */
export function atomicTarget(path: string): string | null {
  let st;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path; // a new file
    return null;
  }
  if (st.isFile()) return path;
  if (!st.isSymbolicLink()) return null;
  try {
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * A file written atomically (see atomicTarget). Opening is synchronous so that a bad
 * path (missing folder, no permission) is reported before any work is done.
 */
export function fileSink(path: string): Sink {
  const target = atomicTarget(path);
  if (target === null) return specialFileSink(path);
  const temp = tempPathFor(target);
  let settled = false;
  return fdSink(
    openSync(temp, 'w'),
    () => {
      renameSync(temp, target);
      settled = true;
    },
    () => {
      if (settled) return;
      settled = true;
      rmSync(temp, { force: true });
    },
  );
}
