/**
 * Properties every record must have, on every seed and fixture report: offsets point at
 * the text they claim in the normalized string, facts are in reading order, records pass
 * the schema, a fact's sentence holds its text. And the pipeline never throws, whatever
 * text it is given.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RecordSchema, type ExtractRecord } from '../src/schema/record.js';
import { normalizedText } from '../src/pipeline/extract-document.js';
import { extractText } from '../src/index.js';
import { ROOT, runCliAsync } from './helpers/run-cli.js';

const dirs = ['seeds/', 'fixtures/reports/'].filter((d) => existsSync(join(ROOT, d)));
let records: ExtractRecord[] = [];

beforeAll(async () => {
  const r = await runCliAsync([...dirs, '--format', 'jsonl']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  records = r.out.trim().split('\n').map((l) => JSON.parse(l) as ExtractRecord);
}, 120_000);

/** Checks one record against its normalized text; returns the problems found. */
function problems(rec: ExtractRecord, normalized: string): string[] {
  const out: string[] = [];
  const parsed = RecordSchema.safeParse(rec);
  if (!parsed.success) out.push(`schema: ${parsed.error.message}`);
  const spans = [
    ...rec.amounts.map((f) => ['amount', f] as const),
    ...rec.volunteers.map((f) => ['volunteers', f] as const),
    ...rec.dates.map((f) => ['date', f] as const),
  ];
  for (const [kind, f] of spans) {
    if (normalized.slice(f.start, f.end) !== f.text) {
      out.push(`${kind} ${JSON.stringify(f.text)} at ${f.start}-${f.end} is ${JSON.stringify(normalized.slice(f.start, f.end))}`);
    }
    if ('sentence' in f && !f.sentence.includes(f.text)) out.push(`${kind} ${JSON.stringify(f.text)} not in its sentence`);
  }
  for (const u of rec.unions) {
    if (![u.name, ...u.aliases].some((form) => normalized.startsWith(form, u.start))) {
      out.push(`union ${u.name} at ${u.start}: ${JSON.stringify(normalized.slice(u.start, u.start + u.name.length))} is none of its forms`);
    }
  }
  for (const [field, list] of [['unions', rec.unions], ['amounts', rec.amounts], ['volunteers', rec.volunteers], ['dates', rec.dates]] as const) {
    const starts = list.map((f) => f.start);
    if (starts.some((s, k) => k > 0 && s < starts[k - 1]!)) out.push(`${field} not sorted by start: ${starts.join(',')}`);
  }
  return out;
}

describe('every record of the seeds and fixtures', () => {
  it('is one per report', () => {
    expect(records.length).toBeGreaterThanOrEqual(5);
  });

  it('has offsets into the normalized text, sorted facts, sentences that hold their text, a valid schema', () => {
    const found: string[] = [];
    for (const rec of records) {
      // with the path, as extraction reads it (a .html file is HTML whatever its bytes look like)
      const normalized = normalizedText(readFileSync(join(ROOT, rec.file)), rec.file);
      for (const p of problems(rec, normalized)) found.push(`${rec.file}: ${p}`);
    }
    expect(found).toEqual([]);
  });
});

describe('any text', () => {
  // fragments of the genre, glued in random order with random noise between
  const pieces = [
    '市总工会', '省总', '全总', '工会', '总工会', '工联会', '志愿者', '服务队', '名', '人', '余', '多', '近', '约', '万', '亿', '千',
    '元', '万元', '港元', '每人', '共计', '价值', '1月', '23日', '2020年', '12月底', '-', '至', '、', ',', '。', '\n', '(', ')',
    '20', '3.5', '１２', '二十一', '两', '零', '《', '》', '會(huì)', '總工會', '=', '\u0000', '\uFFFD', '😀', ' ',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));

  it('never throws, and every record it gives keeps the invariants', () => {
    fc.assert(
      fc.property(text, (t) => {
        const rec = extractText(t);
        const normalized = normalizedText(new TextEncoder().encode(t));
        expect(problems(rec, normalized)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
