/** Standard input as a report (`extract -`, or no path with data piped in). */
import type { Readable } from 'node:stream';

export type StdinResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Reads all of standard input, refusing more than `maxBytes` (the same limit files have). */
export async function readStdin(maxBytes: number, stdin: Readable = process.stdin): Promise<StdinResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) {
      stdin.destroy();
      return { ok: false, reason: `larger than --max-bytes (${maxBytes} bytes)` };
    }
    chunks.push(b);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
