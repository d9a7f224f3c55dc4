/**
 * The writers on hand-made records: CSV quoting and formula neutralization, the row
 * layouts of SPEC section 4, the streamed JSON array, documents sums, xlsx cells.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createWriter } from '../src/output/create-writer.js';
import { DOCUMENT_COLUMNS, FACT_COLUMNS, documentRow, factRows } from '../src/output/columns.js';
import { typedCell } from '../src/output/xlsx.js';
import type { ExtractRecord } from '../src/schema/record.js';
import type { WriterOptions } from '../src/output/create-writer.js';
import { csvObjects, parseCsv } from './helpers/csv.js';
import { memorySink, sampleRecord } from './helpers/records.js';

async function write(records: ExtractRecord[], opts: Partial<WriterOptions> = {}) {
  const sink = memorySink();
  const w = await createWriter(sink, { format: 'json', rows: 'facts', bom: false, ...opts });
  for (const r of records) await w.write(r);
  await w.end();
  await sink.finish();
  return sink;
}

const rec = sampleRecord();
const other = sampleRecord({ file: 'b.txt', title: '-减号开头', amounts: [], volunteers: [], dates: [], unions: [], warnings: [] });

describe('JSON', () => {
  it('streams an array identical to JSON.stringify(records, null, 2)', async () => {
    expect((await write([rec, other])).text()).toBe(JSON.stringify([rec, other], null, 2) + '\n');
    expect((await write([rec])).text()).toBe(JSON.stringify([rec], null, 2) + '\n');
    expect((await write([])).text()).toBe('[]\n');
  });

  it('JSONL: one compact record per line; nothing for no records', async () => {
    expect((await write([rec, other], { format: 'jsonl' })).text()).toBe(`${JSON.stringify(rec)}\n${JSON.stringify(other)}\n`);
    expect((await write([], { format: 'jsonl' })).text()).toBe('');
  });

  it('documents rows as JSON objects', async () => {
    const out = JSON.parse((await write([rec], { rows: 'documents' })).text()) as unknown[];
    expect(out).toEqual([documentRow(rec)]);
  });
});

describe('CSV fact rows', () => {
  it('has a header, then one row per fact in reading order', async () => {
    const text = (await write([rec, other], { format: 'csv' })).text();
    expect(parseCsv(text)[0]).toEqual([...FACT_COLUMNS]);
    const rows = csvObjects(text);
    expect(rows).toHaveLength(1 + 6 + 2 + 3);
    expect(rows.map((r) => Number(r.start))).toEqual([...rows.map((r) => Number(r.start))].sort((a, b) => a - b));
    expect(rows.every((r) => r.file === 'reports/a,b "quoted".txt')).toBe(true);
  });

  it('fills the columns as SPEC section 4 says for each kind', async () => {
    const rows = csvObjects((await write([rec], { format: 'csv' })).text());
    const union = rows.find((r) => r.kind === 'union')!;
    expect(union).toMatchObject({ union: '兰州市总工会', text: '兰州市总工会', value: '3', detail: '市总工会|兰州市总', start: '4', end: '', sentence: '' });
    const total = rows.find((r) => r.text === '20余万元')!;
    expect(total).toMatchObject({ kind: 'amount', value: '200000', valueMax: '', approx: 'more_than', unit: 'CNY', detail: 'cash', per: '', isTotal: 'true', union: '兰州市总工会', start: '17', end: '23' });
    expect(rows.find((r) => r.text === '2000元')).toMatchObject({ per: 'person', isTotal: 'false', date: '2021-01-18' });
    expect(rows.find((r) => r.text === '1200港元')).toMatchObject({ unit: 'HKD', valueMax: '1500', approx: 'about' });
    expect(rows.find((r) => r.text === '0.1万元')).toMatchObject({ value: '1000.1', detail: 'in_kind', union: '' });
    const vol = rows.find((r) => r.kind === 'volunteers')!;
    expect(vol).toMatchObject({ value: '100', approx: 'more_than', unit: 'person', detail: '志愿者', union: '兰州市总工会' });
    // a sentence with a quote, a comma and a line break survives the round trip
    expect(vol.sentence).toBe('市总工会招募志愿者100余人,"逆行"而上。\n第二行');
    const dates = rows.filter((r) => r.kind === 'date');
    expect(dates.map((d) => [d.value, d.detail])).toEqual([
      ['2021-01-18', 'day'],
      ["'--03-05", 'day'],
      ['2020-12', 'month'],
    ]);
  });

  it('neutralizes cells that start with = + - @ tab or CR, and leaves numbers alone', async () => {
    const rows = csvObjects((await write([rec, other], { format: 'csv' })).text());
    const sentences = rows.filter((r) => r.kind !== 'union').map((r) => r.sentence);
    expect(sentences).toEqual(expect.arrayContaining(["'-x", "'=1+2", "'@cmd", "'\tx", "'+由12人组成的志愿服务队"]));
    expect(rows.every((r) => r.kind === 'date' || !r.value.startsWith("'"))).toBe(true);
  });

  it('--bom puts the byte-order mark once, at the start', async () => {
    const bytes = (await write([rec, other], { format: 'csv', bom: true })).bytes();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
  });

  it('adds an id column last for JSONL input', async () => {
    const text = (await write([sampleRecord({ id: 'x1' })], { format: 'csv', withId: true })).text();
    expect(parseCsv(text)[0]).toEqual([...FACT_COLUMNS, 'id']);
    expect(csvObjects(text).map((r) => r.id)).toEqual(Array(12).fill('x1'));
    const docs = (await write([sampleRecord({ id: 'x1' })], { format: 'csv', rows: 'documents', withId: true })).text();
    expect(csvObjects(docs)[0]!.id).toBe('x1');
  });

  it('writes the header even when there is nothing else', async () => {
    expect((await write([], { format: 'csv' })).text()).toBe(FACT_COLUMNS.join(',') + '\r\n');
    expect((await write([other], { format: 'csv' })).text()).toBe(FACT_COLUMNS.join(',') + '\r\n');
  });
});

describe('documents rows', () => {
  it('counts every amount, sums all but totals, CNY apart from other currencies', () => {
    expect(documentRow(rec)).toEqual({
      file: rec.file,
      title: rec.title,
      publishedAt: '2021-01-20',
      source: '兰州日报',
      unions: '兰州市总工会',
      amounts: 6,
      // 2000 + 1000.1; the 200000 total is not added again
      amountSumCNY: 3000.1,
      amountSumOther: 'HKD:1500|USD:50',
      volunteerCounts: 2,
      volunteerSum: 112,
      warnings: '3 invalid UTF-8 byte sequence(s) replaced|second',
    });
  });

  it('adds money without binary fraction noise', () => {
    const r = sampleRecord({
      amounts: [0.1, 0.2].map((value, k) => ({ ...rec.amounts[1]!, value, start: k, end: k + 1 })),
    });
    expect(documentRow(r).amountSumCNY).toBe(0.3);
  });

  it('CSV: the documented columns, one row per file', async () => {
    const text = (await write([rec, other], { format: 'csv', rows: 'documents' })).text();
    expect(parseCsv(text)[0]).toEqual([...DOCUMENT_COLUMNS]);
    const rows = csvObjects(text);
    expect(rows.map((r) => r.file)).toEqual([rec.file, 'b.txt']);
    expect(rows[1]!.title).toBe("'-减号开头");
    expect(rows[1]!.amountSumCNY).toBe('0');
  });
});

describe('fact rows', () => {
  it('put a union at its first mention and keep kinds in a stable order at equal offsets', () => {
    const r = sampleRecord({ dates: [{ text: '1月18日', value: '2021-01-18', precision: 'day', start: 4, end: 9 }] });
    const rows = factRows(r);
    expect(rows.slice(0, 2).map((x) => x.kind)).toEqual(['union', 'date']);
  });
});

describe('xlsx', () => {
  it('types ISO day dates as dates and leaves months and year-less dates as text', () => {
    expect(typedCell('2021-01-18')).toEqual(new Date(Date.UTC(2021, 0, 18)));
    expect(typedCell('2021-01')).toBe('2021-01');
    expect(typedCell('--03-05')).toBe('--03-05');
    expect(typedCell(12.5)).toBe(12.5);
    expect(typedCell(null)).toBeNull();
  });

  it('writes a workbook that reads back with the same facts', async () => {
    const sink = await write([rec, other], { format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.bytes() as unknown as ArrayBuffer);
    const facts = wb.getWorksheet('Facts')!;
    expect(facts.actualRowCount).toBe(1 + 12);
    const byText = new Map<string, ExcelJS.Row>();
    facts.eachRow((row, n) => {
      if (n > 1) byText.set(String(row.getCell(FACT_COLUMNS.indexOf('text') + 1).value), row);
    });
    const cell = (text: string, col: (typeof FACT_COLUMNS)[number]) => byText.get(text)!.getCell(FACT_COLUMNS.indexOf(col) + 1).value;
    expect(cell('2000元', 'value')).toBe(2000);
    expect(cell('2000元', 'date')).toEqual(new Date(Date.UTC(2021, 0, 18)));
    expect(cell('2000元', 'isTotal')).toBe('false');
    expect(cell('1200港元', 'sentence')).toBe('=1+2');
    expect(byText.get('1200港元')!.getCell(FACT_COLUMNS.indexOf('sentence') + 1).type).toBe(ExcelJS.ValueType.String);
    expect(cell('3月5日', 'value')).toBe('--03-05');
    const docs = wb.getWorksheet('Documents')!;
    expect(docs.actualRowCount).toBe(3);
    expect(docs.getRow(2).getCell(DOCUMENT_COLUMNS.indexOf('amountSumCNY') + 1).value).toBe(3000.1);
  });
});
