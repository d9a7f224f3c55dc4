/**
 * Finds the report files under the given paths, lazily and in a deterministic order.
 * Problems are yielded as `{ file, error }`, never thrown, so the batch goes on.
 *
 * - A path given explicitly is always taken (whatever its name or extension); readReport
 *   then checks what it holds. A path that does not exist is an error.
 * - Folders are read recursively, entries sorted by name (code-unit order, the same on every
 *   machine and locale), files and sub-folders interleaved in that order.
 * - Inside folders, only report files are taken (`isReportName`): .txt, .text, .html, .htm,
 *   .shtml, .xhtml and names without an extension. Hidden entries (.git, .DS_Store, ._x) and
 *   other files (images, PDFs, .json gold files, .jsonl batches...) are skipped, each reported
 *   to `onSkip` (not as errors: a folder of captures next to their images is normal).
 * - Symbolic links are followed. Each folder is read once, tracked by its real path: a link
 *   back to a folder being read (a loop) is an error, a second way into a folder already read
 *   is skipped. A file reached twice through links inside folders is taken once.
 * - A broken link and a folder that cannot be read are errors.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { failure } from './read-failure.js';

export type Discovered = { file: string } | { file: string; error: string };

export interface DiscoverOptions {
  /** which names inside folders are reports (default `isReportName`) */
  accept?: (name: string) => boolean;
  /** told about every entry skipped inside a folder, and why */
  onSkip?: (path: string, reason: string) => void;
}

const REPORT_EXT = new Set(['txt', 'text', 'html', 'htm', 'shtml', 'xhtml']);

/** The extension of a name: letters and digits after the last dot, starting with a letter (`a.2020` has none). */
function extension(name: string): string | null {
  const m = /\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(name);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether a file name inside a folder is taken as a report. */
export function isReportName(name: string): boolean {
  const ext = extension(name);
  return ext === null || REPORT_EXT.has(ext);
}

/** For `--input jsonl`: .jsonl, .ndjson and .json files. */
export function isJsonlName(name: string): boolean {
  const ext = extension(name);
  return ext === 'jsonl' || ext === 'ndjson' || ext === 'json';
}

/** SPEC 3: `file` is the path as discovered, relative to the working folder when it lies inside it. */
function asShown(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel) ? rel : path;
}

export function* discover(paths: string[], opts: DiscoverOptions = {}): Generator<Discovered> {
  const accept = opts.accept ?? isReportName;
  const onSkip = opts.onSkip ?? (() => {});
  /** real paths of folders read (or being read) and of files taken from folders */
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  function* walk(dir: string, real: string, ancestors: Map<string, string>): Generator<Discovered> {
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      yield { file: dir, error: `cannot read folder: ${failure(e, dir).reason}` };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inner = new Map(ancestors).set(real, dir);
    for (const ent of entries) {
      const path = join(dir, ent.name);
      if (ent.name.startsWith('.')) {
        onSkip(path, 'hidden');
        continue;
      }
      let st: Stats | Dirent = ent;
      if (ent.isSymbolicLink()) {
        try {
          st = statSync(path);
        } catch (e) {
          yield { file: path, error: failure(e, path).reason };
          continue;
        }
      }
      if (st.isDirectory()) {
        let r: string;
        try {
          r = realpathSync(path);
        } catch (e) {
          yield { file: path, error: failure(e, path).reason };
          continue;
        }
        const loopTo = inner.get(r);
        if (loopTo !== undefined) yield { file: path, error: `symbolic link loop: leads back to ${loopTo}; not followed` };
        else if (seenDirs.has(r)) onSkip(path, 'folder already read by another path');
        else yield* walk(path, r, inner);
        continue;
      }
      if (!accept(ent.name)) {
        onSkip(path, 'not a report file type');
        continue;
      }
      let r = join(real, ent.name);
      if (ent.isSymbolicLink()) {
        try {
          r = realpathSync(path);
        } catch {
          // readReport will say what is wrong with it
        }
      }
      if (seenFiles.has(r)) {
        onSkip(path, 'file already taken by another path');
        continue;
      }
      seenFiles.add(r);
      yield { file: path };
    }
  }

  for (const given of paths) {
    const p = asShown(given);
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      yield { file: p, error: failure(e, p).reason };
      continue;
    }
    if (!st.isDirectory()) {
      yield { file: p };
      continue;
    }
    let real: string;
    try {
      real = realpathSync(p);
    } catch (e) {
      yield { file: p, error: failure(e, p).reason };
      continue;
    }
    if (seenDirs.has(real)) {
      onSkip(p, 'folder already read by another path');
      continue;
    }
    yield* walk(p, real, new Map());
  }
}
