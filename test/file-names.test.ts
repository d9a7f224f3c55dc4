/**
 * SPEC 3: a record's `file` is the path as discovered, relative to the working folder
 * when it lies inside it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run-cli.js';

const SEED = '000_e07abcf84e9ed3d8.txt';
const files = (out: string) => out.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);

describe('the file of a record', () => {
  it('is relative to the working folder for an absolute path inside it', () => {
    const r = runCli([join(ROOT, 'seeds', SEED), join(ROOT, 'seeds'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(files(r.out).slice(0, 2)).toEqual([`seeds/${SEED}`, `seeds/${SEED}`]);
  });

  it('stays as given for a relative path, and absolute outside the working folder', () => {
    // a new empty folder: the project cannot lie inside it (it may lie inside tmpdir itself)
    expect(files(runCli([`seeds/${SEED}`, '--format', 'jsonl']).out)).toEqual([`seeds/${SEED}`]);
    const abs = join(ROOT, 'seeds', SEED);
    expect(files(runCli([abs, '--format', 'jsonl'], { cwd: mkdtempSync(join(tmpdir(), 'extract-cwd-')) }).out)).toEqual([abs]);
  });
});
