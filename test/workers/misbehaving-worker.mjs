// A stand-in for src/run/worker.ts that misbehaves on purpose, by file name:
// "exit" ends the thread, "throw" throws, "hang" never answers; others answer at once.
import { parentPort, workerData } from 'node:worker_threads';

if (workerData?.failToStart) throw new Error('cannot start');
parentPort.on('message', ({ seq, file }) => {
  if (file.includes('exit')) process.exit(3);
  if (file.includes('throw')) throw new Error(`boom on ${file}`);
  if (file.includes('hang')) for (;;);
  parentPort.postMessage({ seq, outcome: { ok: false, file, reason: 'echo' } });
});
parentPort.postMessage({ ready: true });
