/**
 * Stage 1: bytes -> text. UTF-8 with or without BOM for now; the record's
 * `encoding` says what was used, invalid bytes give a warning.
 */
import type { Decoded } from './types.js';

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  const bad = text.split('\uFFFD').length - 1;
  if (bad > 0) warnings.push(`${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
  return { text, encoding: 'utf-8', html: false, warnings };
}
