/**
 * Runs the pipeline over many files and yields one outcome per file, in input order,
 * as soon as it (and every file before it) is done.
 *
 * With `jobs` > 1 the files are extracted in worker threads (src/run/worker.ts), each
 * with its own segmenter. Work is bounded: at most `windowPerJob * jobs` files are
 * between "taken from the input" and "yielded", so the reorder buffer and the
 * in-flight work stay small however many files there are, and the input (a lazy
 * discovery generator) is only pulled as results go out. A worker that crashes or
 * overruns `timeoutMs` turns its current file into a failure outcome and is replaced.
 *
 * Workers are never terminated while they may be inside nodejieba (that aborts the
 * process): at the end, or when the consumer stops early, they are asked to stop and
 * finish the file in hand. Only a worker that overran its time limit, and then a
 * grace period as well, is terminated.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { configureSegmenter } from '../pipeline/segment.js';
import { DEFAULT_MAX_BYTES } from './read-failure.js';
import type { Discovered } from './discover.js';
import { FILES_PER_BATCH, type FileOutcome, type FormattedOutcome } from './process-files.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.js';
import { recordFormat, type RecordFormat } from '../output/format-record.js';
import type { WriterOptions } from '../output/writer.js';

export type { FileOutcome, FormattedOutcome };
/** What the runner yields for a file: its record, or with `output` its text. */
export type RunOutcome = FileOutcome | FormattedOutcome;

export interface RunOptions {
  /** worker threads; 1 runs in this thread */
  jobs: number;
  maxBytes: number;
  /** extra user dictionaries for the segmenter and the union recognizer */
  dicts: string[];
  /**
   * With workers: a file still not done after this many milliseconds fails
   * ("timed out") and its worker is replaced. 0 or absent: the default below.
   */
  timeoutMs?: number;
  /**
   * A text format (not xlsx): each record is turned into its output text where it is
   * made, in the worker, and only the text comes back (FormattedOutcome). This thread
   * then has nothing to copy or serialize, and stays free while the workers run.
   */
  output?: WriterOptions;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

export const defaultRunOptions = (): RunOptions => ({
  jobs: availableParallelism(),
  maxBytes: DEFAULT_MAX_BYTES,
  dicts: [],
  timeoutMs: DEFAULT_TIMEOUT_MS,
});

/**
 * Files each worker is given before it has answered: two batches (FILES_PER_BATCH), so
 * that it has the next at hand while the answers to one make the round trip.
 */
const PER_WORKER = 2 * FILES_PER_BATCH;
/** Files between "taken from the input" and "yielded", per job: bounds memory with one slow file at the head. */
export const WINDOW_PER_JOB = 3 * FILES_PER_BATCH;

export function runFiles(inputs: Iterable<Discovered>, opts: RunOptions & { output: WriterOptions }): AsyncGenerator<FormattedOutcome>;
export function runFiles(inputs: Iterable<Discovered>, opts: RunOptions): AsyncGenerator<FileOutcome>;
export async function* runFiles(inputs: Iterable<Discovered>, opts: RunOptions): AsyncGenerator<RunOutcome> {
  const format = opts.output ? await recordFormat(opts.output) : null;
  if (opts.output && !format) throw new Error(`--format ${opts.output.format} takes records, not text`);
  // checks the dictionaries exist (nodejieba aborts the process on a missing one)
  configureSegmenter({ userDicts: opts.dicts });
  const jobs = Number.isFinite(opts.jobs) ? Math.max(1, Math.floor(opts.jobs)) : availableParallelism();
  const it = inputs[Symbol.iterator]();
  if (jobs === 1) {
    yield* sequential(it, opts, format);
    return;
  }
  // A single file is faster in this thread than in a worker that has to start first.
  const head: Discovered[] = [];
  let files = 0;
  while (files < 2) {
    const r = it.next();
    if (r.done) break;
    head.push(r.value);
    if (!('error' in r.value)) files++;
  }
  const all = chain(head, it);
  if (files < 2) yield* sequential(all, opts, format);
  else yield* runInWorkers(all, opts, jobs);
}

function* chain<T>(first: T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let r = rest.next(); !r.done; r = rest.next()) yield r.value;
}

/**
 * The files in this thread. The pipeline is loaded here only when needed: a run with
 * workers leaves it to them, and this thread stays light and starts them sooner.
 */
async function* sequential(it: Iterator<Discovered>, opts: RunOptions, format: RecordFormat | null): AsyncGenerator<RunOutcome> {
  const { formatOutcome, processMany, FILES_PER_BATCH } = await import('./process-files.js');
  for (let r = it.next(); !r.done; ) {
    // a batch of files, and the input's failures among them, in input order
    const batch: Discovered[] = [];
    for (; !r.done && batch.length < FILES_PER_BATCH; r = it.next()) batch.push(r.value);
    const files = batch.filter((d) => !('error' in d)).map((d) => d.file);
    const outcomes = files.length ? processMany(files, opts) : [];
    let k = 0;
    for (const d of batch) {
      if ('error' in d) yield { ok: false, file: d.file, reason: d.error };
      else {
        const outcome = outcomes[k++]!;
        yield format ? formatOutcome(outcome, format) : outcome;
      }
    }
  }
}

/** The compiled worker next to this module; from the TypeScript sources (tests), the built one. */
function workerScript(): URL {
  for (const rel of ['./worker.js', '../../dist/run/worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('worker script dist/run/worker.js not found: build the project first (npm run build)');
}

interface Slot {
  worker: Worker;
  /** tasks sent to this worker and not answered yet, in the order sent (the head's batch is running) */
  queue: WorkerTask[];
  /** the seq of the file the worker is on (see WorkerInit), -1 before it says */
  current: Int32Array;
  ready: boolean;
  /** set when we stop it ourselves, so its exit is not a crash */
  closing: boolean;
  timer: NodeJS.Timeout | null;
  error: Error | null;
  exited: Promise<void>;
}

/** Asks a worker to stop after the file in hand; terminates it only if it has not after `graceMs`. */
function stopWorker(slot: Slot, graceMs: number): Promise<void> {
  slot.closing = true;
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.worker.postMessage({ stop: true });
  const force = setTimeout(() => void slot.worker.terminate(), graceMs);
  force.unref();
  return slot.exited.finally(() => clearTimeout(force));
}

/**
 * The worker pool behind `runFiles` (jobs > 1). `script` is the worker module; tests
 * pass one that misbehaves on purpose.
 */
export async function* runInWorkers(
  it: Iterator<Discovered>,
  opts: RunOptions,
  jobs: number,
  script: URL = workerScript(),
): AsyncGenerator<RunOutcome> {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const init: Omit<WorkerInit, 'current'> = { maxBytes: opts.maxBytes, dicts: opts.dicts, stop, ...(opts.output ? { output: opts.output } : {}) };
  const timeoutMs = opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : DEFAULT_TIMEOUT_MS;
  /** workers that overran, still finishing (or stuck) in the background */
  const abandoned: Promise<void>[] = [];
  const window = WINDOW_PER_JOB * jobs;

  const done = new Map<number, RunOutcome>();
  /** tasks not sent to any worker, ordered by seq */
  let pending: WorkerTask[] = [];
  const slots = new Set<Slot>();
  let nextSeq = 0;
  let nextYield = 0;
  let exhausted = false;
  let fatal: Error | null = null;
  let ending = false;
  let startFailures = 0;

  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const startTimer = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.queue[0];
    if (!slot.ready || !task) return;
    slot.timer = setTimeout(() => {
      // a stuck thread is most likely in JavaScript (a loop, a regex), where terminating
      // is safe; one still in native code after a further grace period is terminated too
      abandoned.push(stopWorker(slot, Math.min(timeoutMs, 30_000)));
      retire(slot, `timed out after ${+(timeoutMs / 1000).toFixed(1)} s (worker restarted)`);
    }, timeoutMs);
  };

  /** Removes a worker: the file it was on fails with `reason`, the other files it was given go back to pending. */
  const retire = (slot: Slot, reason: string) => {
    if (!slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    const on = Atomics.load(slot.current, 0);
    const at = Math.max(0, slot.queue.findIndex((t) => t.seq === on));
    const running = slot.queue[at];
    const waiting = slot.queue.filter((_, i) => i !== at);
    slot.queue = [];
    if (running) done.set(running.seq, { ok: false, file: running.file, reason });
    if (waiting.length) pending = [...waiting, ...pending].sort((a, b) => a.seq - b.seq);
    fill();
    signal();
  };

  const spawn = () => {
    const current = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
    const worker = new Worker(script, { workerData: { ...init, current } });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const slot: Slot = { worker, queue: [], current, ready: false, closing: false, timer: null, error: null, exited };
    slots.add(slot);
    slot.worker.on('message', (msg: WorkerReply | WorkerReply[] | { ready: true }) => {
      if (slot.closing) return; // a file that already failed by time-out, or the end of the run
      if ('ready' in msg) {
        slot.ready = true;
        startFailures = 0;
        startTimer(slot);
        return;
      }
      for (const reply of Array.isArray(msg) ? msg : [msg]) {
        const task = slot.queue.shift();
        if (task?.seq === reply.seq) done.set(reply.seq, reply.outcome);
        else fatal = new Error(`worker answered file #${reply.seq}, expected #${task?.seq}`);
      }
      startTimer(slot);
      fill();
      signal();
    });
    slot.worker.on('error', (e) => {
      slot.error = e;
    });
    slot.worker.on('exit', (code) => {
      if (slot.closing) return;
      if (!slot.ready) {
        // the worker could not even start: the same would happen to the next one
        if (++startFailures >= 3) fatal = new Error(`worker threads fail to start: ${slot.error?.message ?? `exit code ${code}`}`);
      }
      retire(slot, `worker crashed: ${slot.error?.message ?? `exit code ${code}`}`);
    });
    return slot;
  };

  /** Takes input while the window allows, hands pending files to workers, starts workers as needed. */
  function fill() {
    if (fatal || ending) return;
    while (!exhausted && nextSeq - nextYield < window) {
      const r = it.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const seq = nextSeq++;
      if ('error' in r.value) done.set(seq, { ok: false, file: r.value.file, reason: r.value.error });
      else pending.push({ seq, file: r.value.file });
    }
    // files go out in batches; a short one only when no more can come for now
    const full = exhausted || nextSeq - nextYield >= window;
    while (pending.length >= FILES_PER_BATCH || (pending.length && full)) {
      let slot: Slot | null = null;
      for (const s of slots) if (s.queue.length <= PER_WORKER - FILES_PER_BATCH && (!slot || s.queue.length < slot.queue.length)) slot = s;
      if (!slot || (slot.queue.length > 0 && slots.size < jobs)) slot = slots.size < jobs ? spawn() : slot;
      if (!slot) break;
      const batch = pending.splice(0, FILES_PER_BATCH);
      slot.queue.push(...batch);
      slot.worker.postMessage(batch);
      if (slot.queue.length === batch.length) startTimer(slot);
    }
  }

  try {
    for (;;) {
      fill();
      while (done.has(nextYield)) {
        const outcome = done.get(nextYield)!;
        done.delete(nextYield);
        nextYield++;
        yield outcome;
        fill();
      }
      if (fatal) throw fatal;
      if (exhausted && nextYield === nextSeq) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // queued files are skipped; each worker finishes the one in hand and exits
    ending = true;
    Atomics.store(stop, 0, 1);
    const closing = [...slots].map((s) => stopWorker(s, timeoutMs));
    slots.clear();
    await Promise.all([...closing, ...abandoned]);
  }
}
