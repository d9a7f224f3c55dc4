/**
 * Flat rows for tabular output (SPEC section 4): one row per fact, or one row per
 * document. Both the CSV and the xlsx writers build their cells from here, so the
 * two formats cannot disagree about what a column holds.
 */
import type { Amount, DateMention, ExtractRecord, Union, Volunteer } from '../schema/record.js';

/** The fact columns, in the order SPEC section 4 fixes. */
export const FACT_COLUMNS = [
  'file',
  'title',
  'publishedAt',
  'kind',
  'union',
  'value',
  'valueMax',
  'approx',
  'unit',
  'detail',
  'per',
  'isTotal',
  'date',
  'text',
  'start',
  'end',
  'sentence',
] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

/** A cell: text, a number, or empty (null). Booleans are written as `true`/`false`. */
export type Cell = string | number | null;
export type FactRow = Record<FactColumn, Cell>;

export type FactKind = 'union' | 'amount' | 'volunteers' | 'date';

function base(r: ExtractRecord, kind: FactKind): FactRow {
  return {
    file: r.file,
    title: r.title,
    publishedAt: r.publishedAt,
    kind,
    union: null,
    value: null,
    valueMax: null,
    approx: null,
    unit: null,
    detail: null,
    per: null,
    isTotal: null,
    date: null,
    text: null,
    start: null,
    end: null,
    sentence: null,
  };
}

/** `union` row: union and text = name, value = mentions, detail = aliases joined with `|`. */
export function unionRow(r: ExtractRecord, u: Union): FactRow {
  return { ...base(r, 'union'), union: u.name, value: u.mentions, detail: u.aliases.join('|'), text: u.name, start: u.start };
}

/** `amount` row: unit = currency code, detail = cash | in_kind. */
export function amountRow(r: ExtractRecord, a: Amount): FactRow {
  return {
    ...base(r, 'amount'),
    union: a.union,
    value: a.value,
    valueMax: a.valueMax,
    approx: a.approx,
    unit: a.currency,
    detail: a.kind,
    per: a.per,
    isTotal: String(a.isTotal),
    date: a.date,
    text: a.text,
    start: a.start,
    end: a.end,
    sentence: a.sentence,
  };
}

/** `volunteers` row: unit = person, detail = the role. */
export function volunteerRow(r: ExtractRecord, v: Volunteer): FactRow {
  return {
    ...base(r, 'volunteers'),
    union: v.union,
    value: v.count,
    approx: v.approx,
    unit: 'person',
    detail: v.role,
    date: v.date,
    text: v.text,
    start: v.start,
    end: v.end,
    sentence: v.sentence,
  };
}

/** `date` row: value = the ISO value, detail = day | month. */
export function dateRow(r: ExtractRecord, d: DateMention): FactRow {
  return { ...base(r, 'date'), value: d.value, detail: d.precision, text: d.text, start: d.start, end: d.end };
}

/**
 * Every fact of a record as rows, in reading order (by `start`; a union sits at its
 * first mention). Kinds at the same offset keep the order union, amount, volunteers, date.
 */
export function factRows(r: ExtractRecord): FactRow[] {
  const rows: [number, FactRow][] = [
    ...r.unions.map((u): [number, FactRow] => [u.start, unionRow(r, u)]),
    ...r.amounts.map((a): [number, FactRow] => [a.start, amountRow(r, a)]),
    ...r.volunteers.map((v): [number, FactRow] => [v.start, volunteerRow(r, v)]),
    ...r.dates.map((d): [number, FactRow] => [d.start, dateRow(r, d)]),
  ];
  // Array.prototype.sort is stable, so equal offsets keep the kind order above
  return rows.sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** The document columns (`--rows documents`): one row per file. */
export const DOCUMENT_COLUMNS = [
  'file',
  'title',
  'publishedAt',
  'source',
  'unions',
  'amounts',
  'amountSumCNY',
  'amountSumOther',
  'volunteerCounts',
  'volunteerSum',
  'warnings',
] as const;
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];
export type DocumentRow = Record<DocumentColumn, Cell>;

/** Sums of money in cents-exact form: 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
const addMoney = (a: number, b: number) => Math.round((a + b) * 100) / 100;

/**
 * One row per file. `amounts` counts every amount; the sums leave out amounts stated
 * as totals of others (`isTotal`), so a figure is never counted twice. CNY is summed in
 * `amountSumCNY`; other currencies are summed apart in `amountSumOther` as
 * `HKD:1200|USD:50` (never converted). A range counts with its lower bound.
 */
export function documentRow(r: ExtractRecord): DocumentRow {
  let cny = 0;
  const other = new Map<string, number>();
  for (const a of r.amounts) {
    if (a.isTotal) continue;
    if (a.currency === 'CNY') cny = addMoney(cny, a.value);
    else other.set(a.currency, addMoney(other.get(a.currency) ?? 0, a.value));
  }
  return {
    file: r.file,
    title: r.title,
    publishedAt: r.publishedAt,
    source: r.source,
    unions: r.unions.map((u) => u.name).join('|'),
    amounts: r.amounts.length,
    amountSumCNY: cny,
    amountSumOther: [...other.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, v]) => `${c}:${v}`)
      .join('|'),
    volunteerCounts: r.volunteers.length,
    volunteerSum: r.volunteers.reduce((s, v) => s + v.count, 0),
    warnings: r.warnings.join('|'),
  };
}
