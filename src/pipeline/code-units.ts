/**
 * A string as its UTF-16 code units in a typed array and back, for passes over a whole text
 * that read and write code units (normalize, the Traditional->Simplified converter): a loop
 * over a Uint16Array is faster than charCodeAt, and writing into one is much faster than
 * building a string piece by piece. Lone surrogates survive both ways.
 */
import { endianness } from 'node:os';

/** Buffer's 'utf16le' is native code (a copy); a typed array is in the machine's byte order. */
const littleEndian = endianness() === 'LE';

/** A new array of the code units of `s` (the caller may write into it). */
export function codeUnits(s: string): Uint16Array {
  if (littleEndian) {
    const b = Buffer.from(s, 'utf16le');
    // pooled Buffers start at an 8-byte boundary; an odd offset cannot back a Uint16Array
    if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, b.length / 2);
  }
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** The string of the first `length` code units of `u`. */
export function fromCodeUnits(u: Uint16Array, length: number): string {
  if (littleEndian) return Buffer.from(u.buffer, u.byteOffset, length * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < length; i += 4096) s += String.fromCharCode(...u.subarray(i, Math.min(length, i + 4096)));
  return s;
}

/**
 * A typed array kept for reuse by one pass that runs over whole texts, so that each text costs
 * no new array (arrays of a few kilobytes are allocated outside the heap, one by one, and each
 * is then tracked by the garbage collector). Valid until the next call on the same instance.
 */
export class CodeUnitScratch {
  private buffer = Buffer.allocUnsafe(0);
  private array = new Uint16Array(0);

  /** An array of at least `n` code units (contents undefined). */
  take(n: number): Uint16Array {
    if (this.array.length < n) {
      this.buffer = Buffer.allocUnsafeSlow(Math.max(n * 2, 64 * 1024));
      this.array = new Uint16Array(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length / 2);
    }
    return this.array;
  }

  /** The code units of `s` at the start of the array. */
  load(s: string): Uint16Array {
    const u = this.take(s.length);
    if (littleEndian) this.buffer.write(s, 0, 'utf16le');
    else for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
    return u;
  }
}
