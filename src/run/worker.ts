/**
 * A worker thread of `runFiles`: reads and extracts the files it is sent, one at a
 * time, and posts each outcome back: with a text format (`output`), the record's output
 * text, so that the main thread neither copies nor serializes records. Each worker has its own segmenter (nodejieba
 * loads its dictionary in the worker that first needs it).
 *
 * Protocol: workerData is a `WorkerInit`; the parent posts batches of `WorkerTask`s
 * (arrays) and gets a `WorkerReply` for each task, in the order sent, after a first
 * `{ ready: true }`: one reply or an array of them per message (this worker sends one
 * array per batch). A batch is extracted together (processMany: the segmenter cuts its
 * files in one go); before each step on a file, its seq goes into `current[0]`, so that
 * the parent knows which file a crash or a hang was in.
 * To end, the parent sets `stop[0]` (tasks still queued are then skipped) and posts
 * `{ stop: true }`; the worker closes its port after the batch in hand and exits by
 * itself. Terminating a thread while it is inside nodejieba's native code aborts the
 * whole process, so the parent does that only to a worker that overran its time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatOutcome, processMany, type FileOutcome, type FormattedOutcome } from './process-files.js';
import { configureSegmenter } from '../pipeline/segment.js';
import { recordFormat } from '../output/format-record.js';
import type { WriterOptions } from '../output/writer.js';

export interface WorkerInit {
  maxBytes: number;
  dicts: string[];
  /** Int32Array over a SharedArrayBuffer: non-zero once the run is ending */
  stop: Int32Array;
  /** Int32Array over a SharedArrayBuffer, this worker's own: the seq of the file being worked on */
  current: Int32Array;
  /** a text format: reply with each record's output text, not the record */
  output?: WriterOptions;
}
export interface WorkerTask {
  seq: number;
  file: string;
}
export interface WorkerReply {
  seq: number;
  outcome: FileOutcome | FormattedOutcome;
}

if (parentPort) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  configureSegmenter({ userDicts: init.dicts });
  const format = init.output ? await recordFormat(init.output) : null;
  port.on('message', (msg: WorkerTask[] | { stop: true }) => {
    if ('stop' in msg) return port.close();
    if (Atomics.load(init.stop, 0) !== 0) return;
    const outcomes = processMany(
      msg.map((t) => t.file),
      init,
      (i) => void Atomics.store(init.current, 0, msg[i]!.seq),
    );
    // one message for the batch: a message apiece cost about half a millisecond each
    const replies: WorkerReply[] = msg.map((task, i) => {
      const outcome = outcomes[i]!;
      return { seq: task.seq, outcome: format ? formatOutcome(outcome, format) : outcome };
    });
    port.postMessage(replies);
  });
  port.postMessage({ ready: true });
}
