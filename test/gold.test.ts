/**
 * Accuracy against the gold annotations (SPEC section 5), through `extract eval --json`.
 * The thresholds are the project's targets; they fail while extraction falls short.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCliAsync } from './helpers/run-cli.js';

interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}
interface EvalJson {
  reports: number;
  scores: Record<'unions' | 'amounts' | 'qualified' | 'volunteers' | 'dates' | 'publishedAt' | 'linked', Score>;
  missingGold: string[];
  explain: Record<string, string[]>;
}

async function evaluate(dir: string): Promise<{ result: EvalJson; explain: string }> {
  const r = await runCliAsync(['eval', '--gold', 'fixtures/gold', dir, '--json', '--explain']);
  expect(r.status, r.stderr).toBe(0);
  const result = JSON.parse(r.out) as EvalJson;
  const explain = Object.entries(result.explain)
    .map(([file, lines]) => `${file}\n${lines.join('\n')}`)
    .join('\n');
  return { result, explain };
}

const f1 = (s: Score) => Number(s.f1.toFixed(3));

/** The fields below their target, e.g. `amounts F1 0.812 < 0.9`; empty when all are met. */
function shortfalls(s: EvalJson['scores'], targets: [keyof EvalJson['scores'], 'f1' | 'precision', number][]): string[] {
  return targets.filter(([f, m, t]) => Number(s[f][m].toFixed(3)) < t).map(([f, m, t]) => `${f} ${m} ${s[f][m].toFixed(3)} < ${t}`);
}

const summary = (s: EvalJson['scores'], explain: string) =>
  `${Object.entries(s).map(([k, v]) => `${k} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${f1(v).toFixed(3)}`).join('\n')}\n\nmissed (-) and added (+):\n${explain}`;

describe('seeds', () => {
  it('meet the accuracy targets', async () => {
    const { result, explain } = await evaluate('seeds/');
    expect(result.reports).toBe(readdirSync(join(ROOT, 'seeds')).length);
    expect(result.missingGold).toEqual([]);
    const s = result.scores;
    const targets = shortfalls(s, [
      ['unions', 'f1', 0.9],
      ['amounts', 'f1', 0.9],
      ['volunteers', 'f1', 0.9],
      ['dates', 'f1', 0.9],
      ['linked', 'f1', 0.75],
      // every seed's publication date
      ['publishedAt', 'precision', 1],
    ]);
    expect(targets, summary(s, explain)).toEqual([]);
  });
});

const fixturesDir = join(ROOT, 'fixtures', 'reports');
const haveFixtures = existsSync(fixturesDir) && readdirSync(fixturesDir).length > 0;

describe.skipIf(!haveFixtures)('fixture reports', () => {
  it('every fixture report has a gold file', () => {
    for (const f of readdirSync(fixturesDir)) {
      expect(existsSync(join(ROOT, 'fixtures', 'gold', f.replace(/\.[^.]+$/, '') + '.json')), f).toBe(true);
    }
  });

  it('meet the accuracy targets', async () => {
    const { result, explain } = await evaluate('fixtures/reports/');
    expect(result.reports).toBe(readdirSync(fixturesDir).length);
    const s = result.scores;
    const targets = shortfalls(s, [
      ['unions', 'f1', 0.95],
      ['amounts', 'f1', 0.95],
      ['volunteers', 'f1', 0.95],
      ['dates', 'f1', 0.95],
      ['linked', 'f1', 0.85],
      ['publishedAt', 'precision', 0.95],
    ]);
    expect(targets, summary(s, explain)).toEqual([]);
  });
});
