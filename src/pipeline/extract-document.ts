/**
 * The pipeline for one report, data flowing one way:
 * decode -> normalize -> layout/header -> segment -> extractors -> linker -> zod validation.
 */
import { RecordSchema, type ExtractRecord } from '../schema/record.js';
import { decode } from './decode.js';
import { normalize } from './normalize.js';
import { segmentWindows } from './segment.js';
import type { Decoded, ExtractContext, KnownUnionNames } from './types.js';
import { buildLayout } from '../text/layout.js';
import { extractHeader } from '../extract/header/header.js';
import { extractUnions, unionWindows } from '../extract/unions/unions.js';
import { extractAmounts } from '../extract/amounts/amounts.js';
import { extractVolunteers } from '../extract/volunteers/volunteers.js';
import { extractDates } from '../extract/dates/dates.js';
import { link } from '../link/link.js';

export interface DocumentOptions {
  /** the path as discovered, "-" for stdin */
  file: string;
  /** the input line's id, for JSONL input */
  id?: string;
  /** union names from the user's dictionaries (--dict; see unionNamesFromDict) */
  unionNames?: KnownUnionNames;
}

const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;

/** Runs the extractors and the linker on normalized text. */
export function extractNormalized(text: string, script: ExtractRecord['script'], decoded: Omit<Decoded, 'text'>, opts: DocumentOptions): ExtractRecord {
  const header = extractHeader(text);
  const layout = buildLayout(text, header);
  const tokens = segmentWindows(text, unionWindows(text, layout.sentences));
  const ctx: ExtractContext = { text, layout, tokens, ...(opts.unionNames ? { unionNames: opts.unionNames } : {}) };
  const unions = extractUnions(ctx);
  const dates = extractDates(ctx);
  const found = { unions, amounts: extractAmounts(ctx), volunteers: extractVolunteers(ctx), dates };
  const linked = link(ctx, found);
  const record: ExtractRecord = {
    file: opts.file,
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    title: header.title,
    publishedAt: header.publishedAt,
    source: header.source,
    script,
    encoding: decoded.encoding,
    unions: [...unions.unions].sort(byStart),
    amounts: [...linked.amounts].sort(byStart),
    volunteers: [...linked.volunteers].sort(byStart),
    dates: [...dates].sort(byStart),
    warnings: [...decoded.warnings],
  };
  return RecordSchema.parse(record);
}

/** Text already decoded (a string from the library API, stdin or JSONL input). */
export function extractDecoded(decoded: Decoded, opts: DocumentOptions): ExtractRecord {
  const { text, script } = normalize(decoded.text);
  return extractNormalized(text, script, decoded, opts);
}

/** The whole pipeline from a file's bytes. */
export function extractBytes(bytes: Uint8Array, opts: DocumentOptions): ExtractRecord {
  return extractDecoded(decode(bytes, { path: opts.file }), opts);
}

/** `extract normalize FILE`: the string all offsets point into. Give the path so `.html` files are read as HTML. */
export function normalizedText(bytes: Uint8Array, path?: string): string {
  return normalize(decode(bytes, path === undefined ? {} : { path }).text).text;
}
