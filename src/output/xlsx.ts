/**
 * Excel output (`--format xlsx`): a Facts sheet (one row per fact) and a Documents sheet
 * (one row per file), header rows frozen, cells typed: numbers as numbers, ISO day dates
 * as dates. Facts are streamed into the workbook as records arrive; the Documents rows
 * (one small row per file) are kept until the Facts sheet is closed, because a zip holds
 * one sheet after the other.
 */
import type ExcelJS from 'exceljs';
import type { ExtractRecord } from '../schema/record.js';
import { DOCUMENT_COLUMNS, FACT_COLUMNS, documentRow, factRows, type Cell, type DocumentRow, type FactRow } from './columns.js';
import type { Sink } from './sink.js';
import type { RecordWriter } from './writer.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2020-04-10` becomes a date cell (midnight UTC, which is how Excel counts days); anything else stays as it is. */
export function typedCell(c: Cell): string | number | Date | null {
  if (typeof c !== 'string') return c;
  const m = DAY.exec(c);
  if (!m) return c;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const WIDTHS: Partial<Record<string, number>> = {
  file: 28, title: 36, publishedAt: 12, union: 24, value: 12, text: 20, sentence: 60, unions: 40, warnings: 30, date: 12,
};

function sheet<C extends string>(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly C[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 10 }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function addRow<C extends string>(ws: ExcelJS.Worksheet, columns: readonly C[], row: Record<C, Cell>) {
  const added = ws.addRow(columns.map((c) => typedCell(row[c])));
  added.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
  });
  added.commit();
}

/** Loads exceljs (a large library) only when a workbook is asked for. */
export async function xlsxWriter(sink: Sink, withId = false): Promise<RecordWriter> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: sink.stream, useStyles: true, useSharedStrings: false });
  const factColumns = withId ? [...FACT_COLUMNS, 'id' as const] : FACT_COLUMNS;
  const documentColumns = withId ? [...DOCUMENT_COLUMNS, 'id' as const] : DOCUMENT_COLUMNS;
  const facts = sheet(wb, 'Facts', factColumns);
  const documents: (DocumentRow & { id: Cell })[] = [];
  return {
    async write(record: ExtractRecord) {
      const id = record.id ?? null;
      for (const row of factRows(record)) addRow(facts, factColumns, { ...row, id } as FactRow & { id: Cell });
      documents.push({ ...documentRow(record), id });
    },
    async end() {
      facts.commit();
      const docs = sheet(wb, 'Documents', documentColumns);
      for (const row of documents) addRow(docs, documentColumns, row);
      docs.commit();
      await wb.commit();
    },
  };
}
