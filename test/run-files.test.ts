/**
 * The batch runner: input order, discovery errors, worker crashes and time-outs,
 * and bounded work. The real-worker cases need the build (npm run build): workers
 * run the compiled dist/run/worker.js.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultRunOptions, runFiles, runInWorkers, WINDOW_PER_JOB, type FileOutcome, type RunOptions } from '../src/run/run-files.js';
import type { Discovered } from '../src/run/discover.js';

const misbehaving = new URL('./workers/misbehaving-worker.mjs', import.meta.url);
const opts = (over: Partial<RunOptions> = {}): RunOptions => ({ ...defaultRunOptions(), ...over });

async function collect<T = FileOutcome>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const o of gen) out.push(o);
  return out;
}
const names = (xs: string[]): Discovered[] => xs.map((file) => ({ file }));

describe('runInWorkers (misbehaving worker)', () => {
  it('keeps input order and turns crashes into failures of that file only', async () => {
    const input = names(['a', 'b', 'exit-1', 'c', 'throw-1', 'd', 'e', 'f', 'g']);
    input.splice(3, 0, { file: 'missing', error: 'no such file or directory' });
    const got = await collect(runInWorkers(input[Symbol.iterator](), opts(), 2, misbehaving));
    expect(got.map((o) => o.file)).toEqual(input.map((d) => d.file));
    const reason = (f: string) => (got.find((o) => o.file === f) as { reason: string }).reason;
    expect(reason('exit-1')).toMatch(/worker crashed: exit code 3/);
    expect(reason('throw-1')).toMatch(/worker crashed: boom on throw-1/);
    expect(reason('missing')).toBe('no such file or directory');
    for (const f of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(reason(f)).toBe('echo');
  });

  it('fails a file that runs past the time limit and goes on', async () => {
    const input = names(['a', 'hang-1', 'b', 'c']);
    const got = await collect(runInWorkers(input[Symbol.iterator](), opts({ timeoutMs: 300 }), 2, misbehaving));
    expect(got.map((o) => (o as { reason: string }).reason)).toEqual(['echo', 'timed out after 0.3 s (worker restarted)', 'echo', 'echo']);
  });

  it('fails the file that hung, not the batch it came in, when answers come at the end of a batch', async () => {
    const input = names(['held-a', 'held-b', 'hang-1', 'c', 'd']);
    const got = await collect(runInWorkers(input[Symbol.iterator](), opts({ timeoutMs: 300 }), 2, misbehaving));
    expect(got.map((o) => (o as { reason: string }).reason)).toEqual(['echo', 'echo', 'timed out after 0.3 s (worker restarted)', 'echo', 'echo']);
  });

  it('gives up with an error when workers cannot start', async () => {
    const run = runInWorkers(names(['a', 'b', 'c', 'd'])[Symbol.iterator](), opts(), 2, new URL('./workers/no-such-worker.mjs', import.meta.url));
    await expect(collect(run)).rejects.toThrow(/worker threads fail to start/);
  });

  it('when left early, lets each worker finish the file in hand and start no other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-files-'));
    const input = names(['a', ...Array.from({ length: 8 }, (_, i) => `slow:${join(dir, String(i))}`)]);
    for await (const o of runInWorkers(input[Symbol.iterator](), opts(), 2, misbehaving)) if (o.file === 'a') break;
    // once the generator has returned, every file a worker started is finished (not cut
    // off by terminating the thread), and the files queued behind them were skipped
    const marks = readdirSync(dir);
    rmSync(dir, { recursive: true });
    const started = marks.filter((m) => m.endsWith('.started')).map((m) => m.split('.')[0]);
    const finished = marks.filter((m) => m.endsWith('.finished')).map((m) => m.split('.')[0]);
    expect(finished.sort()).toEqual(started.sort());
    expect(started.length).toBeLessThanOrEqual(2);
  });

  it('pulls the input only as results go out', async () => {
    let pulled = 0;
    function* many(): Generator<Discovered> {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield { file: `f${i}` };
      }
    }
    let seen = 0;
    for await (const o of runInWorkers(many(), opts(), 2, misbehaving)) {
      expect(o.file).toBe(`f${seen}`);
      if (++seen === 50) break;
    }
    expect(pulled).toBeLessThanOrEqual(50 + WINDOW_PER_JOB * 2);
  });
});

describe('runFiles (real workers)', () => {
  const reports = ['seeds', 'fixtures/reports'].filter(existsSync).flatMap((d) => readdirSync(d).sort().map((n) => join(d, n)));

  it('gives the same outcomes in the same order with 1 and 2 jobs', async () => {
    // both from the build, so that the in-thread run and the workers run the same code
    expect(existsSync('dist/run/worker.js'), 'build first: npm run build').toBe(true);
    const { runFiles } = (await import('../dist/run/run-files.js')) as typeof import('../src/run/run-files.js');
    const input: Discovered[] = [{ file: 'nope', error: 'no such file or directory' }, ...names(reports), { file: 'seeds/not-there.txt' }];
    const one = await collect(runFiles(input, opts({ jobs: 1 })));
    const two = await collect(runFiles(input, opts({ jobs: 2 })));
    expect(two.map((o) => o.file)).toEqual(input.map((d) => d.file));
    expect(two).toEqual(one);
    expect(one.filter((o) => o.ok)).toHaveLength(reports.length);
  });

  it('with a text format, yields each record as its output text: the same from the workers as in this thread', async () => {
    const { runFiles } = (await import('../dist/run/run-files.js')) as typeof import('../src/run/run-files.js');
    const { recordFormat } = (await import('../dist/output/format-record.js')) as typeof import('../src/output/format-record.js');
    const input = names(reports.slice(0, 12));
    for (const output of [{ format: 'csv', rows: 'facts', bom: false }, { format: 'json', rows: 'documents', bom: false }] as const) {
      const records = await collect(runFiles(input, opts({ jobs: 1 })));
      const one = await collect(runFiles(input, { ...opts({ jobs: 1 }), output }));
      const two = await collect(runFiles(input, { ...opts({ jobs: 2 }), output }));
      expect(two).toEqual(one);
      const format = (await recordFormat(output))!;
      expect(one.map((o) => o.ok && o.formatted.text)).toEqual(records.map((o) => o.ok && format(o.record)));
      expect(one.map((o) => o.ok && o.formatted.counts.amounts)).toEqual(records.map((o) => o.ok && o.record.amounts.length));
    }
  });

  it('leaves a run early without aborting the process (no worker terminated inside nodejieba)', () => {
    expect(existsSync('dist/run/worker.js'), 'build first: npm run build').toBe(true);
    // terminating the workers here used to abort the process (exit 134) in most rounds
    const r = spawnSync(process.execPath, ['test/workers/stop-early.mjs', '6'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/terminate called|Napi::Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/left 6 runs early/);
  });

  it('rejects a missing user dictionary before any work', async () => {
    await expect(collect(runFiles(names(reports), opts({ jobs: 2, dicts: ['no/such/dict.txt'] })))).rejects.toThrow(/dictionary not found/);
  });
});
