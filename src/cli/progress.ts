/**
 * Progress and summary on stderr, for a person watching a terminal: shown only when
 * stderr is a terminal and --quiet is not given; no colour when NO_COLOR is set.
 */
import type { ChalkInstance } from 'chalk';
import type { ExtractRecord } from '../schema/record.js';
import { type FactCounts, factCounts } from '../run/fact-counts.js';

export interface Tty {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** `[#######.........] 120/500 files  35.2 files/s  0:11 left`, redrawn at most ten times a second. */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  constructor(
    private readonly out: Tty,
    /** null when the number of inputs is not known in advance (JSONL lines) */
    private readonly total: number | null,
    private readonly unit = 'files',
  ) {
    // shown at once: the first file can take a while (the segmenter loads its dictionary)
    this.draw(Date.now());
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.lastDraw >= 100 || this.done === this.total) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  line(now = Date.now()): string {
    const secs = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / secs;
    const speed = `${rate.toFixed(1)} ${this.unit}/s`;
    if (this.total === null) return `${this.done} ${this.unit}  ${speed}`;
    const share = this.total === 0 ? 1 : this.done / this.total;
    const width = 24;
    const filled = Math.round(share * width);
    const left = rate > 0 ? (this.total - this.done) / rate : Infinity;
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${this.unit}  ${speed}  ${clock(left)} left`;
  }

  private draw(now: number): void {
    const text = this.line(now).slice(0, Math.max((this.out.columns || 80) - 1, 20));
    this.out.write(`\r\x1b[K${text}`);
  }

  /** erases the bar so the summary (or the shell prompt) starts on a clean line */
  clear(): void {
    this.out.write('\r\x1b[K');
  }
}

/** Totals for the end-of-run summary. */
export class RunStats {
  files = 0;
  failures = 0;
  warnings = 0;
  unions = 0;
  amounts = 0;
  volunteers = 0;
  dates = 0;
  /** entries inside folders that were not read: hidden, not reports, or reached a second time */
  skipped = 0;
  private readonly started = Date.now();

  constructor(private readonly unit = 'files') {}

  add(r: ExtractRecord): void {
    this.addCounts(factCounts(r));
  }

  /** A record known by its counts (a worker thread made it and sent only its text). */
  addCounts(c: FactCounts): void {
    this.files++;
    this.warnings += c.warnings;
    this.unions += c.unions;
    this.amounts += c.amounts;
    this.volunteers += c.volunteers;
    this.dates += c.dates;
  }

  summary(c: ChalkInstance, now = Date.now()): string {
    const secs = ((now - this.started) / 1000).toFixed(1);
    const facts = `${this.unions} unions, ${this.amounts} amounts, ${this.volunteers} volunteer counts, ${this.dates} dates`;
    const warn = this.warnings ? c.yellow(`${this.warnings} warnings`) : '0 warnings';
    const fail = this.failures ? c.red.bold(`${this.failures} failed`) : c.green('0 failed');
    const skipped = this.skipped ? `; skipped ${this.skipped} ${this.skipped === 1 ? 'file' : 'files'} (hidden or not reports)` : '';
    return `${c.bold(`${this.files} ${this.unit}`)} in ${secs}s: ${facts}; ${warn}; ${fail}${skipped}`;
  }
}
