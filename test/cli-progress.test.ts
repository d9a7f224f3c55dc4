/** Progress bar and end-of-run summary (stderr on a terminal only). */
import { describe, expect, it } from 'vitest';
import { ProgressBar, RunStats } from '../src/cli/progress.js';
import { stderrChalk } from '../src/cli/colour.js';
import { sampleRecord } from './helpers/records.js';

function fakeTty() {
  const writes: string[] = [];
  return { isTTY: true, columns: 200, write: (s: string) => writes.push(s), writes };
}

describe('ProgressBar', () => {
  it('shows files done of the total, the rate and the time left', () => {
    const tty = fakeTty();
    const bar = new ProgressBar(tty, 4);
    bar.tick();
    bar.tick();
    const line = bar.line(Date.now() + 1000);
    expect(line).toMatch(/^\[#{12}\.{12}\] 2\/4 files {2}\d+\.\d files\/s {2}\d+:\d\d left$/);
  });

  it('draws the last state and clears its line', () => {
    const tty = fakeTty();
    const bar = new ProgressBar(tty, 2);
    bar.tick();
    bar.tick();
    expect(tty.writes.at(-1)).toMatch(/^\r\x1b\[K\[#{24}\] 2\/2 files/);
    bar.clear();
    expect(tty.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('without a known total shows a count and a rate', () => {
    const bar = new ProgressBar(fakeTty(), null, 'lines');
    bar.tick();
    expect(bar.line()).toMatch(/^1 lines {2}[\d.]+ lines\/s$/);
  });
});

describe('summary', () => {
  it('counts files, facts by kind, warnings and failures', () => {
    const stats = new RunStats();
    stats.add(sampleRecord());
    stats.add(sampleRecord());
    stats.failures = 1;
    const text = stats.summary(stderrChalk({ NO_COLOR: '1' }));
    expect(text).toMatch(/^2 files in [\d.]+s: 2 unions, 12 amounts, 4 volunteer counts, 6 dates; 4 warnings; 1 failed$/);
  });

  it('has no colour codes when NO_COLOR is set', () => {
    expect(stderrChalk({ NO_COLOR: '1' }).level).toBe(0);
    const stats = new RunStats();
    stats.failures = 2;
    expect(stats.summary(stderrChalk({ NO_COLOR: '1' }))).not.toMatch(/\x1b\[/);
  });
});
