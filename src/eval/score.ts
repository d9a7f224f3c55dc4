/**
 * Scoring as SPEC section 5 defines it: per field, micro-averaged over reports.
 */
import type { ExtractRecord } from '../schema/record.js';
import type { Gold } from './gold.js';

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}
export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export const FIELDS = ['unions', 'amounts', 'qualified', 'volunteers', 'dates', 'publishedAt', 'linked'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * The gold union a predicted union name stands for: the one with that exact name, else
 * the first whose aliases hold it; a name gold does not know stays as it is.
 */
export function canonicalUnion(gold: Gold, name: string | null): string | null {
  if (name === null) return null;
  const g = gold.unions.find((x) => x.name === name) ?? gold.unions.find((x) => x.aliases.includes(name));
  return g ? g.name : name;
}

/** What one report contributes to each field. */
export function countReport(pred: ExtractRecord, gold: Gold): Record<Field, Counts> {
  const setCounts = (p: Iterable<string>, g: Iterable<string>): Counts => {
    const ps = new Set(p);
    const gs = new Set(g);
    let tp = 0;
    for (const x of ps) if (gs.has(x)) tp++;
    return { tp, predicted: ps.size, gold: gs.size };
  };

  // unions: a prediction matches a gold union not matched yet, by name or alias. Exact
  // names are paired first, so that a prediction matching only an alias cannot take the
  // gold union another prediction names exactly (greedy order must not change the score).
  const matched = new Set<number>();
  const unmatchedPred: string[] = [];
  for (const u of pred.unions) {
    const i = gold.unions.findIndex((g, k) => !matched.has(k) && g.name === u.name);
    if (i >= 0) matched.add(i);
    else unmatchedPred.push(u.name);
  }
  let utp = matched.size;
  for (const name of unmatchedPred) {
    const i = gold.unions.findIndex((g, k) => !matched.has(k) && g.aliases.includes(name));
    if (i >= 0) {
      matched.add(i);
      utp++;
    }
  }

  // linked: (union, value) pairs; the predicted union matches the gold one by name or alias
  const canonical = (name: string | null) => canonicalUnion(gold, name);
  const goldPairs = [
    ...gold.amounts.map((a) => `amount\u0000${canonical(a.union)}\u0000${a.value}`),
    ...gold.volunteers.map((v) => `volunteers\u0000${canonical(v.union)}\u0000${v.count}`),
  ];
  const predPairs = [
    ...pred.amounts.map((a) => `amount\u0000${canonical(a.union)}\u0000${a.value}`),
    ...pred.volunteers.map((v) => `volunteers\u0000${canonical(v.union)}\u0000${v.count}`),
  ];

  return {
    unions: { tp: utp, predicted: pred.unions.length, gold: gold.unions.length },
    amounts: setCounts(pred.amounts.map((a) => String(a.value)), gold.amounts.map((a) => String(a.value))),
    qualified: setCounts(
      pred.amounts.map((a) => `${a.value}/${a.approx}`),
      gold.amounts.map((a) => `${a.value}/${a.approx}`),
    ),
    volunteers: setCounts(pred.volunteers.map((v) => String(v.count)), gold.volunteers.map((v) => String(v.count))),
    dates: setCounts(pred.dates.map((d) => d.value), gold.dates.map((d) => d.value)),
    publishedAt: { tp: pred.publishedAt === gold.publishedAt ? 1 : 0, predicted: 1, gold: 1 },
    linked: setCounts(predPairs, goldPairs),
  };
}

export function score(counts: Counts): FieldScore {
  const precision = counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.tp / counts.predicted;
  const recall = counts.gold === 0 ? (counts.predicted === 0 ? 1 : 0) : counts.tp / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Micro-averaged scores over reports. */
export function scoreAll(pairs: { pred: ExtractRecord; gold: Gold }[]): Record<Field, FieldScore> {
  const sum = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, gold: 0 }])) as Record<Field, Counts>;
  for (const { pred, gold } of pairs) {
    const c = countReport(pred, gold);
    for (const f of FIELDS) {
      sum[f].tp += c[f].tp;
      sum[f].predicted += c[f].predicted;
      sum[f].gold += c[f].gold;
    }
  }
  return Object.fromEntries(FIELDS.map((f) => [f, score(sum[f])])) as Record<Field, FieldScore>;
}
