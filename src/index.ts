/**
 * Library API.
 *
 *   import { extractText, extractFile } from 'union-report-extract';
 *   const record = extractText('...市总工会筹集资金20余万元...');
 *   const fromFile = await extractFile('reports/a.txt');
 *
 * Every record has passed RecordSchema (zod); its type is inferred from that schema.
 */
import { extractBytes, extractDecoded } from './pipeline/extract-document.js';
import { readReport } from './run/read-report.js';
import { DEFAULT_MAX_BYTES } from './run/read-failure.js';
import type { ExtractRecord } from './schema/record.js';

export interface TextOptions {
  /** what the record's `file` says; "-" when not given */
  file?: string;
  /** set as the record's `id` */
  id?: string;
}

/** Extracts the facts of one report given as a string (already decoded). */
export function extractText(text: string, opts: TextOptions = {}): ExtractRecord {
  return extractDecoded(
    { text, encoding: 'utf-8', html: false, warnings: [] },
    { file: opts.file ?? '-', ...(opts.id !== undefined ? { id: opts.id } : {}) },
  );
}

export interface FileOptions {
  /** refuse files larger than this (default 20 MiB, as the command line) */
  maxBytes?: number;
  /** what the record's `file` says; the path when not given */
  file?: string;
}

/**
 * Reads, decodes (UTF-8, UTF-16, GB18030, Big5; plain text or HTML) and extracts one
 * report file. Rejects with an Error saying why when the file cannot be read.
 */
export async function extractFile(path: string, opts: FileOptions = {}): Promise<ExtractRecord> {
  const read = readReport(path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  return extractBytes(read.bytes, { file: opts.file ?? path });
}

export { extractBytes, extractDecoded, normalizedText } from './pipeline/extract-document.js';
export * from './schema/record.js';
export { factRows, documentRow, FACT_COLUMNS, DOCUMENT_COLUMNS } from './output/columns.js';
export type { FactRow, DocumentRow, Cell } from './output/columns.js';
