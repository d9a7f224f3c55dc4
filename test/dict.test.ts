/**
 * `--dict FILE` through the real binary: a union name the walk-back rules cut short is taken
 * whole when the user's dictionary lists it (whole, or as an `nt` stem), for a file, for
 * standard input and for a JSONL batch. Plus the parser of the dictionary lines.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractRecord } from '../src/schema/record.js';
import { unionNamesFromDict } from '../src/extract/unions/user-names.js';
import { runCli } from './helpers/run-cli.js';

const REPORT = [
  '南通日报 2023-05-10 09:00',
  '',
  '某某精密仪器股份有限公司工会开展送温暖活动',
  '',
  '5月8日,某某精密仪器股份有限公司工会向30名困难职工发放慰问金3万元。',
  '',
].join('\n');
const FULL = '某某精密仪器股份有限公司工会';

function setup(dictLines: string) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-dict-'));
  writeFileSync(join(dir, 'report.txt'), REPORT);
  writeFileSync(join(dir, 'words.dict'), dictLines);
  return { report: join(dir, 'report.txt'), dict: join(dir, 'words.dict') };
}
const unionsOf = (out: string) => (JSON.parse(out) as ExtractRecord[])[0]!.unions.map((u) => u.name);

describe('--dict gives the union recognizer whole names', () => {
  it('without the dictionary, the rules cut the name short', () => {
    const { report } = setup('');
    const r = runCli([report]);
    expect(r.status).toBe(0);
    expect(unionsOf(r.out)).not.toContain(FULL);
  });
  it('a whole name in the dictionary is taken whole, and the sum links to it', () => {
    const { report, dict } = setup(`${FULL} nt\n`);
    const r = runCli(['--dict', dict, report]);
    expect(r.status).toBe(0);
    const rec = (JSON.parse(r.out) as ExtractRecord[])[0]!;
    expect(rec.unions.map((u) => u.name)).toEqual([FULL]);
    expect(rec.amounts.map((a) => [a.value, a.union])).toEqual([[30000, FULL]]);
  });
  it('an organisation (nt) in the dictionary is a stem: the stem and its suffix make the name', () => {
    const { report, dict } = setup('某某精密仪器股份有限公司 10 nt\n');
    expect(unionsOf(runCli(['--dict', dict, report]).out)).toEqual([FULL]);
  });
  it('also for standard input and JSONL input', () => {
    const { dict } = setup(`${FULL}\n`);
    expect(unionsOf(runCli(['--dict', dict, '-'], { input: REPORT }).out)).toEqual([FULL]);
    const line = JSON.stringify({ id: 'a', text: REPORT }) + '\n';
    const r = runCli(['--dict', dict, '--input', 'jsonl', '--format', 'jsonl', '-'], { input: line });
    expect((JSON.parse(r.out.trim()) as ExtractRecord).unions.map((u) => u.name)).toEqual([FULL]);
  });
});

describe('reading the dictionary lines', () => {
  it('union names whole; nt words as stems; other words and tags ignored', () => {
    const k = unionNamesFromDict('\uFEFF某某公司工会\n某某矿业集团 nt\n甘沟驿镇 ns\n某某厂 100 nt\n某某电力工会 50 n\n香港某某工联会\n某某 3\n\n  \n');
    expect([...k.names].sort()).toEqual(['某某公司工会', '某某电力工会', '香港某某工联会'].sort());
    expect([...k.stems].sort()).toEqual(['某某厂', '某某矿业集团'].sort());
  });
});
