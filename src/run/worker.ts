/**
 * A worker thread of `runFiles`: reads and extracts the files it is sent, one at a
 * time, and posts each outcome back. Each worker has its own segmenter (nodejieba
 * loads its dictionary in the worker that first needs it).
 *
 * Protocol: workerData is a `WorkerInit`; the parent posts `WorkerTask`s and gets a
 * `WorkerReply` for each, in the order sent, after a first `{ ready: true }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processOne, type FileOutcome } from './process-one.js';
import { configureSegmenter } from '../pipeline/segment.js';

export interface WorkerInit {
  maxBytes: number;
  dicts: string[];
}
export interface WorkerTask {
  seq: number;
  file: string;
}
export interface WorkerReply {
  seq: number;
  outcome: FileOutcome;
}

if (parentPort) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  configureSegmenter({ userDicts: init.dicts });
  port.on('message', (task: WorkerTask) => {
    const reply: WorkerReply = { seq: task.seq, outcome: processOne(task.file, init) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
