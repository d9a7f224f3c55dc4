/**
 * Why a file could not be read, as a short reason; and the default size limit. Apart from
 * read-report.ts so that what only walks folders (discover.ts, the main thread of a run
 * with workers) does not load the decoders that reading needs.
 */
import { lstatSync } from 'node:fs';

export type ReadFailureKind = 'missing' | 'not-a-file' | 'unreadable' | 'too-large' | 'empty' | 'binary';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A file-system error as a short reason. */
export function failure(e: unknown, file: string): { ok: false; reason: string; kind: ReadFailureKind } {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': {
      let link = false;
      try {
        link = lstatSync(file).isSymbolicLink();
      } catch {
        // the path itself does not exist
      }
      return { ok: false, kind: 'missing', reason: link ? 'broken symbolic link (its target does not exist)' : 'no such file or directory' };
    }
    case 'ENOTDIR':
      return { ok: false, kind: 'missing', reason: 'no such file or directory (a part of the path is a file, not a folder)' };
    case 'ELOOP':
      return { ok: false, kind: 'missing', reason: 'symbolic link loop' };
    case 'EACCES':
    case 'EPERM':
      return { ok: false, kind: 'unreadable', reason: 'permission denied' };
    case 'EISDIR':
      return { ok: false, kind: 'not-a-file', reason: 'is a folder, not a file' };
    case 'ENAMETOOLONG':
      return { ok: false, kind: 'missing', reason: 'file name too long' };
    case 'EIO':
      return { ok: false, kind: 'unreadable', reason: 'read error (I/O error)' };
    default:
      return { ok: false, kind: 'unreadable', reason: `cannot read: ${err.message ?? String(e)}` };
  }
}
