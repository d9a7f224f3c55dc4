/**
 * `extract eval`: scores records against gold files (SPEC section 5) and explains the
 * differences. Records are added one at a time, so a large evaluation never holds them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExtractRecord } from '../schema/record.js';
import { GoldSchema, type Gold } from './gold.js';
import { FIELDS, canonicalUnion, countReport, score, scoreAll, type Counts, type Field, type FieldScore } from './score.js';

/** The gold file of a report: `<gold dir>/<report file name without extension>.json`. */
export function goldPath(goldDir: string, file: string): string {
  return join(goldDir, basename(file, extname(file)) + '.json');
}

export function goldFor(goldDir: string, file: string): Gold | null {
  const p = goldPath(goldDir, file);
  if (!existsSync(p)) return null;
  return GoldSchema.parse(JSON.parse(readFileSync(p, 'utf8')));
}

export function formatTable(scores: Record<Field, FieldScore>, reports: number): string {
  const rows = [`reports: ${reports}`, 'field         P      R      F1     (tp/pred/gold)'];
  for (const f of FIELDS) {
    const s = scores[f];
    rows.push(
      `${f.padEnd(12)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  (${s.tp}/${s.predicted}/${s.gold})`,
    );
  }
  return rows.join('\n');
}

/** Per report: what was missed (-) and what was extra (+), field by field. */
export function explain(pred: ExtractRecord, gold: Gold): string[] {
  const out: string[] = [];
  const diff = (field: string, p: string[], g: string[]) => {
    const ps = new Set(p);
    const gs = new Set(g);
    for (const x of gs) if (!ps.has(x)) out.push(`  - ${field}: ${x}`);
    for (const x of ps) if (!gs.has(x)) out.push(`  + ${field}: ${x}`);
  };
  const canonical = (name: string | null) => canonicalUnion(gold, name);
  diff('union', pred.unions.map((u) => canonical(u.name) ?? ''), gold.unions.map((u) => u.name));
  diff('amount', pred.amounts.map((a) => `${a.value} ${a.approx} (${a.text})`), gold.amounts.map((a) => `${a.value} ${a.approx} (${a.text})`));
  diff('volunteers', pred.volunteers.map((v) => `${v.count} ${v.approx} (${v.text})`), gold.volunteers.map((v) => `${v.count} ${v.approx} (${v.text})`));
  diff('date', pred.dates.map((d) => d.value), gold.dates.map((d) => d.value));
  diff('linked', [...pred.amounts.map((a) => `${canonical(a.union)} <- ${a.value}`), ...pred.volunteers.map((v) => `${canonical(v.union)} <- ${v.count} people`)],
    [...gold.amounts.map((a) => `${canonical(a.union)} <- ${a.value}`), ...gold.volunteers.map((v) => `${canonical(v.union)} <- ${v.count} people`)]);
  if (pred.publishedAt !== gold.publishedAt) out.push(`  ! publishedAt: ${pred.publishedAt} (gold ${gold.publishedAt})`);
  return out;
}

/** One report's place in an evaluation. */
export type Scored =
  | { status: 'scored'; file: string; explain: string[] }
  | { status: 'no-gold'; file: string; goldPath: string }
  | { status: 'bad-gold'; file: string; goldPath: string; reason: string };

/** Scores added up report by report. */
export class Evaluation {
  private readonly sums = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, gold: 0 }])) as Record<Field, Counts>;
  reports = 0;
  readonly missingGold: string[] = [];

  constructor(private readonly goldDir: string) {}

  add(pred: ExtractRecord): Scored {
    const path = goldPath(this.goldDir, pred.file);
    let gold: Gold | null;
    try {
      gold = goldFor(this.goldDir, pred.file);
    } catch (e) {
      return { status: 'bad-gold', file: pred.file, goldPath: path, reason: (e as Error).message };
    }
    if (!gold) {
      this.missingGold.push(pred.file);
      return { status: 'no-gold', file: pred.file, goldPath: path };
    }
    const c = countReport(pred, gold);
    for (const f of FIELDS) {
      this.sums[f].tp += c[f].tp;
      this.sums[f].predicted += c[f].predicted;
      this.sums[f].gold += c[f].gold;
    }
    this.reports++;
    return { status: 'scored', file: pred.file, explain: explain(pred, gold) };
  }

  scores(): Record<Field, FieldScore> {
    return Object.fromEntries(FIELDS.map((f) => [f, score(this.sums[f])])) as Record<Field, FieldScore>;
  }
}

/** All at once, for records already in memory. */
export function evaluate(records: ExtractRecord[], goldDir: string) {
  const pairs: { pred: ExtractRecord; gold: Gold }[] = [];
  const missingGold: string[] = [];
  for (const pred of records) {
    const gold = goldFor(goldDir, pred.file);
    if (gold) pairs.push({ pred, gold });
    else missingGold.push(pred.file);
  }
  return { scores: scoreAll(pairs), pairs, missingGold };
}
