// A stand-in for src/run/worker.ts that misbehaves on purpose, by file name:
// "exit" ends the thread, "throw" throws, "hang" never answers, "slow" takes 200 ms
// (and with "slow:PATH" marks PATH.started and PATH.finished);
// others answer at once. It takes batches and follows the stop protocol of src/run/worker.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';

if (workerData?.failToStart) throw new Error('cannot start');
parentPort.on('message', (msg) => {
  if (msg.stop) return parentPort.close();
  // a batch of tasks, each answered when done (or, when one is named "held", all at the
  // end of the batch, as src/run/worker.ts does); the file in hand is named in `current`
  const held = msg.some((t) => t.file.includes('held')) ? [] : null;
  for (const { seq, file } of msg) {
    if (Atomics.load(workerData.stop, 0) !== 0) return;
    Atomics.store(workerData.current, 0, seq);
    if (file.includes('exit')) process.exit(3);
    if (file.includes('throw')) throw new Error(`boom on ${file}`);
    if (file.includes('hang')) for (;;);
    if (file.includes('slow')) {
      // slow:DIR/NAME leaves DIR/NAME.started and DIR/NAME.finished behind
      const marker = file.split(':')[1];
      if (marker) writeFileSync(`${marker}.started`, '');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      if (marker) writeFileSync(`${marker}.finished`, '');
    }
    const reply = { seq, outcome: { ok: false, file, reason: 'echo' } };
    if (held) held.push(reply);
    else parentPort.postMessage(reply);
  }
  for (const reply of held ?? []) parentPort.postMessage(reply);
});
parentPort.postMessage({ ready: true });
