/**
 * Scoring (SPEC section 5) and the eval command's accumulation and explanations, on
 * hand-made predictions against a hand-made gold file.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countReport, scoreAll } from '../src/eval/score.js';
import { Evaluation, explain, formatTable } from '../src/eval/run-eval.js';
import type { Gold } from '../src/eval/gold.js';
import { sampleRecord } from './helpers/records.js';
import { runCli } from './helpers/run-cli.js';

const goldAmount = (value: number, union: string | null, approx: Gold['amounts'][number]['approx'] = 'exact') => ({
  value, valueMax: null, approx, kind: 'cash' as const, per: null, isTotal: false, union, date: null, text: `${value}元`,
});

const gold: Gold = {
  file: 'a.txt',
  publishedAt: '2021-01-20',
  source: '兰州日报',
  unions: [
    { name: '兰州市总工会', aliases: ['市总工会', '兰州市总'] },
    { name: '市总工会', aliases: [] },
    { name: '七里河区总工会', aliases: ['区总工会'] },
  ],
  amounts: [goldAmount(200000, '兰州市总工会', 'more_than'), goldAmount(2000, '兰州市总'), goldAmount(2000, '兰州市总工会'), goldAmount(777, null)],
  volunteers: [{ count: 100, approx: 'more_than', union: '兰州市总工会', text: '志愿者100余人' }],
  dates: [{ value: '2021-01-18', text: '1月18日' }, { value: '2020-12', text: '2020年12月' }],
};

describe('countReport', () => {
  const rec = sampleRecord({
    unions: [
      // matches only an alias of 兰州市总工会; must not take it from the exact name below
      { name: '兰州市总', aliases: [], mentions: 1, start: 0 },
      { name: '兰州市总工会', aliases: [], mentions: 1, start: 2 },
      { name: '不存在工会', aliases: [], mentions: 1, start: 3 },
    ],
  });
  const c = countReport(rec, gold);

  it('pairs exact union names before aliases, each gold union once', () => {
    // 兰州市总工会 by name; 兰州市总 then finds no free gold union (its only match is taken)
    expect(c.unions).toEqual({ tp: 1, predicted: 3, gold: 3 });
  });

  it('scores distinct values, and (value, approx) pairs for qualified', () => {
    // predicted values: 200000, 2000, 1000.1, 1200, 50, 300; gold: 200000, 2000, 777
    expect(c.amounts).toEqual({ tp: 2, predicted: 6, gold: 3 });
    expect(c.qualified).toEqual({ tp: 2, predicted: 6, gold: 3 });
    expect(c.volunteers).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(c.dates).toEqual({ tp: 2, predicted: 3, gold: 2 });
    expect(c.publishedAt).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('links by union name or alias, on both sides', () => {
    // gold pairs: (兰州市总工会,200000) (兰州市总工会,2000) (null,777) (兰州市总工会,100 people)
    // predicted: (兰州市总工会,200000) (兰州市总工会,2000) (null,1000.1) (null,1200) (null,50) (null,300), volunteers (兰州市总工会,100) (null,12)
    expect(c.linked).toEqual({ tp: 3, predicted: 8, gold: 4 });
  });

  it('micro-averages over reports', () => {
    const s = scoreAll([{ pred: rec, gold }, { pred: sampleRecord({ publishedAt: null }), gold }]);
    expect(s.publishedAt).toMatchObject({ tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s.dates).toMatchObject({ tp: 4, predicted: 6, gold: 4 });
    expect(s.dates.f1).toBeCloseTo(0.8, 10);
  });
});

describe('Evaluation and explain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-gold-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(gold));
  writeFileSync(join(dir, 'bad.json'), '{"file": 1}');

  it('adds reports one at a time and names those without gold', () => {
    const ev = new Evaluation(dir);
    expect(ev.add(sampleRecord({ file: 'reports/a.txt' })).status).toBe('scored');
    expect(ev.add(sampleRecord({ file: 'reports/none.txt' }))).toMatchObject({ status: 'no-gold', goldPath: join(dir, 'none.json') });
    expect(ev.add(sampleRecord({ file: 'x/bad.html' })).status).toBe('bad-gold');
    expect(ev.reports).toBe(1);
    expect(ev.missingGold).toEqual(['reports/none.txt']);
    expect(formatTable(ev.scores(), ev.reports)).toMatch(/^reports: 1\nfield {9}P {6}R {6}F1 {5}\(tp\/pred\/gold\)\nunions {7}/);
  });

  it('explains misses (-) and extras (+) per field', () => {
    const lines = explain(sampleRecord({ publishedAt: '2021-01-21' }), gold);
    expect(lines).toContain('  - amount: 777 exact (777元)');
    expect(lines).toContain('  + amount: 300 exact (300港元)');
    expect(lines).toContain('  + date: --03-05');
    expect(lines).toContain('  - union: 市总工会');
    expect(lines).toContain('  ! publishedAt: 2021-01-21 (gold 2021-01-20)');
  });
});

describe('extract eval', () => {
  it('--json gives scores per field and the reports without gold', () => {
    const r = runCli(['eval', '--gold', 'fixtures/gold', 'seeds/000_e07abcf84e9ed3d8.txt', 'README.md', '--json', '--jobs', '1']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.out) as { reports: number; scores: Record<string, { f1: number }>; missingGold: string[] };
    expect(out.reports).toBe(1);
    expect(Object.keys(out.scores)).toEqual(['unions', 'amounts', 'qualified', 'volunteers', 'dates', 'publishedAt', 'linked']);
    expect(out.missingGold).toEqual(['README.md']);
    expect(r.stderr).toMatch(/^extract: README.md: no gold file .*README.json, not scored$/m);
  });

  it('prints a table, and with --explain each report with its differences first', () => {
    const r = runCli(['eval', '--gold', 'fixtures/gold', 'seeds/000_e07abcf84e9ed3d8.txt', '--explain', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/reports: 1\nfield {9}P {6}R {6}F1/);
    const explained = r.out.indexOf('seeds/000_e07abcf84e9ed3d8.txt\n');
    if (explained >= 0) expect(explained).toBeLessThan(r.out.indexOf('reports: 1'));
  });
});
