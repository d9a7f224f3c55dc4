/**
 * `extract <paths...>`: reports in, records out, one at a time. Data goes to stdout (or
 * -o FILE, written atomically), messages to stderr. Returns the exit status: 0 when every
 * input was processed, 1 when some failed (one stderr line each: `extract: FILE: reason`).
 */
import { existsSync, statSync } from 'node:fs';
import { unionNamesFromDictFiles } from '../extract/unions/user-names.js';
import { configureSegmenter } from '../pipeline/segment.js';
import { discover, isJsonlName, type Discovered } from '../run/discover.js';
import { defaultRunOptions, runFiles, type RunOutcome } from '../run/run-files.js';
import { createWriter } from '../output/create-writer.js';
import { fileSink, stdoutSink, type Sink } from '../output/sink.js';
import type { Format, Rows, WriterOptions } from '../output/writer.js';
import { ProgressBar, RunStats } from './progress.js';
import { readStdin } from './stdin.js';
import { OutputError, UsageError } from './errors.js';

export interface ExtractOptions {
  format: Format;
  rows: Rows;
  output?: string;
  bom: boolean;
  jobs: number;
  maxBytes: number;
  failFast: boolean;
  quiet: boolean;
  dict: string[];
  input: 'report' | 'jsonl';
}

/** What the command needs from its surroundings; tests and the library can pass their own. */
export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const processIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

function checkOptions(paths: string[], o: ExtractOptions, io: Io): void {
  if (o.format === 'xlsx' && !o.output && io.stdout.isTTY) {
    throw new UsageError('--format xlsx writes a binary file: give -o FILE (or redirect standard output)');
  }
  for (const d of o.dict) {
    // nodejieba aborts the whole process on a missing dictionary: check here
    if (!existsSync(d) || !statSync(d).isFile()) throw new UsageError(`--dict ${d}: no such file`);
  }
  if (o.output && paths.includes(o.output)) throw new UsageError(`-o ${o.output} is also an input`);
}

/** Set to end the run early: no more inputs are handed out. */
interface Stop {
  stopped: boolean;
}

/** The inputs, until the run is stopped. */
function* untilStopped<T>(items: Iterable<T>, stop: Stop): Generator<T> {
  for (const x of items) {
    if (stop.stopped) return;
    yield x;
  }
}

/**
 * The inputs in order. Files run through the batch runner; `-` reads standard input in
 * between. After `stop`, the files already handed to the runner are finished and
 * yielded, and nothing else is started.
 */
async function* outcomes(
  paths: string[],
  o: ExtractOptions,
  io: Io,
  implicitStdin: boolean,
  stop: Stop,
  output: WriterOptions | undefined,
  onDiscovered?: (n: number) => void,
  onSkip?: (path: string, reason: string) => void,
): AsyncGenerator<RunOutcome> {
  // with a text format, the runner hands back each file's output text, made where the record is
  const run = { ...defaultRunOptions(), jobs: o.jobs, maxBytes: o.maxBytes, dicts: o.dict, ...(output ? { output } : {}) };
  if (o.input === 'jsonl') {
    if (o.dict.length) configureSegmenter({ userDicts: o.dict });
    const files: string[] = [];
    for (const p of paths.length ? paths : ['-']) {
      if (p === '-') files.push(p);
      else
        // inside folders, only .jsonl, .ndjson and .json files are batches
        for (const d of discover([p], { accept: isJsonlName, onSkip })) {
          if ('error' in d) yield { ok: false, file: d.file, reason: d.error };
          else files.push(d.file);
        }
    }
    onDiscovered?.(-1);
    const { jsonlOutcomes } = await import('./jsonl-input.js');
    for await (const out of jsonlOutcomes(files, o.maxBytes, io.stdin, unionNamesFromDictFiles(o.dict))) {
      if (stop.stopped) return;
      yield out;
    }
    return;
  }

  // groups of files between the `-`s, so that the runner can keep its workers busy
  const groups: (string[] | '-')[] = [];
  for (const p of paths) {
    const last = groups[groups.length - 1];
    if (p === '-') groups.push('-');
    else if (Array.isArray(last)) last.push(p);
    else groups.push([p]);
  }
  // the progress bar needs the number of files up front; otherwise discovery streams
  let found: Iterable<Discovered>[] | null = null;
  if (onDiscovered) {
    found = groups.map((g) => (g === '-' ? [] : [...discover(g, { onSkip })]));
    onDiscovered(found.reduce((n, f, i) => n + (groups[i] === '-' ? 1 : (f as Discovered[]).length), 0));
  }
  let stdinRead = false;
  for (const [i, g] of groups.entries()) {
    if (stop.stopped) return;
    if (g === '-') {
      if (stdinRead) {
        yield { ok: false, file: '-', reason: 'standard input can be read only once' };
        continue;
      }
      stdinRead = true;
      if (o.dict.length) configureSegmenter({ userDicts: o.dict });
      // (the pipeline is loaded in this thread only for what is extracted here)
      const { checkReportBytes } = await import('../run/read-report.js');
      const { extractBytes } = await import('../pipeline/extract-document.js');
      const read = await readStdin(o.maxBytes, io.stdin);
      if (implicitStdin && read.ok && read.bytes.length === 0) throw new UsageError(NO_INPUT);
      // the same content checks as a file gets (empty, binary)
      const problem = read.ok ? checkReportBytes(read.bytes) : read;
      if (problem) yield { ok: false, file: '-', reason: problem.reason };
      else if (read.ok) {
        try {
          const unionNames = unionNamesFromDictFiles(o.dict);
          yield { ok: true, file: '-', record: extractBytes(read.bytes, { file: '-', ...(unionNames ? { unionNames } : {}) }) };
        } catch (e) {
          yield { ok: false, file: '-', reason: `internal error: ${(e as Error).message}` };
        }
      }
    } else {
      yield* runFiles(untilStopped(found ? found[i]! : discover(g, { onSkip }), stop), run);
    }
  }
}

const NO_INPUT = 'no input: give report files or folders, or pipe a report into standard input';

export async function runExtract(paths: string[], o: ExtractOptions, io: Io = processIo()): Promise<number> {
  const implicitStdin = paths.length === 0 && o.input === 'report';
  if (implicitStdin) {
    if (io.stdin.isTTY) throw new UsageError(NO_INPUT);
    paths = ['-'];
  }
  checkOptions(paths, o, io);

  let sink: Sink;
  try {
    sink = o.output ? fileSink(o.output) : stdoutSink(io.stdout);
  } catch (e) {
    throw new UsageError(`cannot write ${o.output}: ${(e as Error).message}`);
  }
  // Ctrl-C or a kill leaves no temp file behind and the target untouched
  const onSignal = (signal: NodeJS.Signals) => {
    sink.abort();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const interactive = io.stderr.isTTY === true && !o.quiet;
  const stats = new RunStats(o.input === 'jsonl' ? 'lines' : 'files');
  let bar: ProgressBar | null = null;
  const onDiscovered = interactive
    ? (n: number) => {
        bar = new ProgressBar(io.stderr, n < 0 ? null : n, o.input === 'jsonl' ? 'lines' : 'files');
      }
    : undefined;

  let failures = 0;
  try {
    const writerOptions: WriterOptions = { format: o.format, rows: o.rows, bom: o.bom, withId: o.input === 'jsonl' };
    const writer = await createWriter(sink, writerOptions);
    const stop: Stop = { stopped: false };
    const output = writer.writeText ? writerOptions : undefined;
    const source = outcomes(paths, o, io, implicitStdin, stop, output, onDiscovered, () => stats.skipped++);
    for await (const out of source) {
      // Stopping early (a closed pipe, --fail-fast) lets the runner finish the files it has
      // already started, unused: ending it at once would terminate worker threads that may
      // be inside the segmenter's native code, which aborts the whole process.
      if (stop.stopped) continue;
      (bar as ProgressBar | null)?.tick();
      if (out.ok && 'formatted' in out) {
        stats.addCounts(out.formatted.counts);
        await writer.writeText!(out.formatted.text);
      } else if (out.ok) {
        stats.add(out.record);
        await writer.write(out.record);
      } else {
        failures++;
        stats.failures++;
        if (bar) (bar as ProgressBar).clear();
        io.stderr.write(`extract: ${out.file}: ${out.reason}\n`);
      }
      if (sink.closed || (o.failFast && failures > 0)) stop.stopped = true;
    }
    if (!sink.closed) await writer.end();
    try {
      await sink.finish();
    } catch (e) {
      throw new OutputError(`cannot write ${o.output ?? 'standard output'}: ${(e as Error).message}`);
    }
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    (bar as ProgressBar | null)?.clear();
  }
  if (interactive) {
    // (chalk is loaded only for a person watching)
    const { stderrChalk } = await import('./colour.js');
    io.stderr.write(stats.summary(stderrChalk()) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
