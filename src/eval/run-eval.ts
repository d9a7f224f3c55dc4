/** `extract eval`: scores records against gold files and explains the differences. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExtractRecord } from '../schema/record.js';
import { GoldSchema, type Gold } from './gold.js';
import { FIELDS, scoreAll, type Field, type FieldScore } from './score.js';

export function goldFor(goldDir: string, file: string): Gold | null {
  const p = join(goldDir, basename(file, extname(file)) + '.json');
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
  const canonical = (name: string | null) =>
    gold.unions.find((u) => name !== null && (u.name === name || u.aliases.includes(name)))?.name ?? name;
  diff('union', pred.unions.map((u) => canonical(u.name) ?? ''), gold.unions.map((u) => u.name));
  diff('amount', pred.amounts.map((a) => `${a.value} ${a.approx} (${a.text})`), gold.amounts.map((a) => `${a.value} ${a.approx} (${a.text})`));
  diff('volunteers', pred.volunteers.map((v) => `${v.count} ${v.approx} (${v.text})`), gold.volunteers.map((v) => `${v.count} ${v.approx} (${v.text})`));
  diff('date', pred.dates.map((d) => d.value), gold.dates.map((d) => d.value));
  diff('linked', [...pred.amounts.map((a) => `${canonical(a.union)} <- ${a.value}`), ...pred.volunteers.map((v) => `${canonical(v.union)} <- ${v.count} people`)],
    [...gold.amounts.map((a) => `${a.union} <- ${a.value}`), ...gold.volunteers.map((v) => `${v.union} <- ${v.count} people`)]);
  if (pred.publishedAt !== gold.publishedAt) out.push(`  ! publishedAt: ${pred.publishedAt} (gold ${gold.publishedAt})`);
  return out;
}

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
