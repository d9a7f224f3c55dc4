/**
 * The pipeline for one report, data flowing one way:
 * decode -> normalize -> layout/header -> segment -> extractors -> linker -> zod validation.
 */
import { RecordSchema, type ExtractRecord } from '../schema/record.js';
import { decode } from './decode.js';
import { normalize } from './normalize.js';
import { type CutWindow, segmentWindows, segmentWindowsOfMany } from './segment.js';
import type { Decoded, ExtractContext, Header, KnownUnionNames, Layout, Token } from './types.js';
import { buildLayout } from '../text/layout.js';
import { extractHeader } from '../extract/header/header.js';
import { extractUnions, unionWindows } from '../extract/unions/unions.js';
import { extractAmounts } from '../extract/amounts/amounts.js';
import { extractVolunteers } from '../extract/volunteers/volunteers.js';
import { extractDates } from '../extract/dates/dates.js';
import { link } from '../link/link.js';
import { inTextOrder } from '../text/search.js';

export interface DocumentOptions {
  /** the path as discovered, "-" for stdin */
  file: string;
  /** the input line's id, for JSONL input */
  id?: string;
  /** union names from the user's dictionaries (--dict; see unionNamesFromDict) */
  unionNames?: KnownUnionNames;
}

/** A report up to the segmenter: its text laid out and the windows to cut. */
export interface Prepared {
  text: string;
  script: ExtractRecord['script'];
  decoded: Omit<Decoded, 'text'>;
  opts: DocumentOptions;
  header: Header;
  layout: Layout;
  windows: CutWindow[];
}

/** The stages before the segmenter. */
export function prepareNormalized(text: string, script: ExtractRecord['script'], decoded: Omit<Decoded, 'text'>, opts: DocumentOptions): Prepared {
  const header = extractHeader(text);
  const layout = buildLayout(text, header);
  return { text, script, decoded, opts, header, layout, windows: unionWindows(text, layout.sentences) };
}

/** The stages after the segmenter: the extractors, the linker, validation. */
export function finish(p: Prepared, tokens: Token[]): ExtractRecord {
  const { text, layout, header, decoded, opts } = p;
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
    script: p.script,
    encoding: decoded.encoding,
    // (no copy of a list in order is needed: validation copies every array)
    unions: inTextOrder(unions.unions),
    amounts: inTextOrder(linked.amounts),
    volunteers: inTextOrder(linked.volunteers),
    dates: inTextOrder(dates),
    warnings: decoded.warnings,
  };
  return RecordSchema.parse(record);
}

/** Decoded text up to the segmenter. */
export function prepareDecoded(decoded: Decoded, opts: DocumentOptions): Prepared {
  const { text, script } = normalize(decoded.text);
  return prepareNormalized(text, script, decoded, opts);
}

/** A report's bytes up to the segmenter. */
export function prepareBytes(bytes: Uint8Array, opts: DocumentOptions): Prepared {
  return prepareDecoded(decode(bytes, { path: opts.file }), opts);
}

/**
 * Several reports at once, each as extractBytes gives it (or the error it throws): the
 * segmenter cuts them all in one go (see segmentWindowsOfMany), the other stages run
 * report by report. `onStart(k)` is called before each stage of the k-th report runs.
 */
export function extractManyBytes(items: readonly { bytes: Uint8Array; opts: DocumentOptions }[], onStart?: (k: number) => void): (ExtractRecord | Error)[] {
  return extractMany(items, (it) => prepareBytes(it.bytes, it.opts), onStart);
}

/** extractManyBytes for text already decoded: each as extractDecoded gives it, or its error. */
export function extractManyDecoded(items: readonly { decoded: Decoded; opts: DocumentOptions }[]): (ExtractRecord | Error)[] {
  return extractMany(items, (it) => prepareDecoded(it.decoded, it.opts));
}

function extractMany<T>(items: readonly T[], prepare: (item: T) => Prepared, onStart?: (k: number) => void): (ExtractRecord | Error)[] {
  const prepared = items.map((it, k) => {
    onStart?.(k);
    return attempt(() => prepare(it));
  });
  const ready = prepared.filter((p): p is Prepared => !(p instanceof Error));
  const tokens = segmentWindowsOfMany(ready);
  let r = 0;
  return prepared.map((p, k) => {
    if (p instanceof Error) return p;
    onStart?.(k);
    const mine = tokens[r++]!;
    return attempt(() => finish(p, mine));
  });
}

function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Text already decoded (a string from the library API, stdin or JSONL input). */
export function extractDecoded(decoded: Decoded, opts: DocumentOptions): ExtractRecord {
  const p = prepareDecoded(decoded, opts);
  return finish(p, segmentWindows(p.text, p.windows));
}

/** The whole pipeline from a file's bytes. */
export function extractBytes(bytes: Uint8Array, opts: DocumentOptions): ExtractRecord {
  return extractDecoded(decode(bytes, { path: opts.file }), opts);
}

/** `extract normalize FILE`: the string all offsets point into. Give the path so `.html` files are read as HTML. */
export function normalizedText(bytes: Uint8Array, path?: string): string {
  return normalize(decode(bytes, path === undefined ? {} : { path }).text).text;
}
