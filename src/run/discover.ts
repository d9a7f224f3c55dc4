/**
 * Finds the report files under the given paths: files as given, folders recursively,
 * sorted, so that output is deterministic. Problems are yielded, not thrown, so the
 * batch goes on. (Minimal for now: symlink loops, hidden files etc. still to handle.)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Discovered = { file: string } | { file: string; error: string };

export function* discover(paths: string[]): Generator<Discovered> {
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      yield { file: p, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(e) };
      continue;
    }
    if (st.isDirectory()) yield* discover(readdirSync(p).sort().map((n) => join(p, n)));
    else yield { file: p };
  }
}
