/**
 * The command run in-process with a fake terminal: checks that need a TTY, which a
 * spawned process in a test does not have.
 */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/extract-command.js';

function fakeIo(opts: { stdoutTTY?: boolean; stderrTTY?: boolean; stdinTTY?: boolean; input?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  (stdin as { isTTY?: boolean }).isTTY = opts.stdinTTY;
  (stdin as unknown as PassThrough).end(opts.input ?? '');
  const stream = (sink: string[], tty?: boolean) => {
    const s = new PassThrough() as unknown as NodeJS.WriteStream;
    (s as { isTTY?: boolean }).isTTY = tty;
    (s as { columns?: number }).columns = 120;
    s.on('data', (d: Buffer) => sink.push(d.toString('utf8')));
    return s;
  };
  const io: Io = { stdin, stdout: stream(out, opts.stdoutTTY), stderr: stream(err, opts.stderrTTY) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const argv = (...args: string[]) => ['node', 'extract', ...args];

describe('terminal behaviour', () => {
  it('refuses to write a workbook to a terminal', async () => {
    const f = fakeIo({ stdoutTTY: true });
    expect(await main(argv('--format', 'xlsx', 'seeds/'), f.io)).toBe(2);
    expect(f.err()).toMatch(/--format xlsx writes a binary file: give -o FILE/);
    expect(f.out()).toBe('');
  });

  it('with no path and a terminal on stdin, says how to give input', async () => {
    const f = fakeIo({ stdinTTY: true });
    expect(await main(argv(), f.io)).toBe(2);
    expect(f.err()).toMatch(/^extract: no input/);
  });

  it('shows a summary on a terminal, and nothing with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-tty-'));
    writeFileSync(join(dir, 'a.txt'), '标题\n正文。\n');
    const f = fakeIo({ stderrTTY: true });
    expect(await main(argv(dir, '--format', 'jsonl', '--jobs', '1'), f.io)).toBe(0);
    expect(f.err()).toMatch(/1 files in [\d.]+s: 0 unions, 0 amounts, 0 volunteer counts, 0 dates; 0 warnings; .*0 failed/);
    const q = fakeIo({ stderrTTY: true });
    expect(await main(argv(dir, '--format', 'jsonl', '--jobs', '1', '--quiet'), q.io)).toBe(0);
    expect(q.err()).toBe('');
  });
});
