/**
 * Where the cold start of `extract FILE` goes. Each step runs in a fresh process,
 * several times; the median wall time is printed. Run after `npm run build`.
 *
 *   node bench/cold-start.mjs [FILE] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(root, 'seeds', '000_e07abcf84e9ed3d8.txt');
const dist = (p) => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);

/** Runs `node -e code` (ESM) and returns the wall time in ms; the child prints nothing we need. */
function wall(argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const esm = (code) => ['--input-type=module', '-e', code];

const steps = [
  ['node startup (node -e 0)', ['-e', '0']],
  ['+ import CLI modules', esm(`await import(${dist('cli/main.js')})`)],
  ['+ import pipeline only', esm(`await import(${dist('pipeline/extract-document.js')})`)],
  [
    '+ pipeline + segmenter load',
    esm(`const s = await import(${dist('pipeline/segment.js')}); await import(${dist('pipeline/extract-document.js')}); s.cutSpan('工会', { start: 0, end: 2 });`),
  ],
  ['extract FILE (bin/extract, end to end)', [join(root, 'bin', 'extract'), file]],
];

const out = {};
for (const [name, argv] of steps) {
  const times = Array.from({ length: runs }, () => wall(argv));
  out[name] = median(times);
  console.log(`${name.padEnd(42)} ${median(times).toFixed(0).padStart(6)} ms  (median of ${runs})`);
}
const total = out['extract FILE (bin/extract, end to end)'];
const dictLoad = out['+ pipeline + segmenter load'] - out['+ import pipeline only'];
console.log(`${'segmenter dictionary load'.padEnd(42)} ${dictLoad.toFixed(0).padStart(6)} ms  = ${((dictLoad / total) * 100).toFixed(0)}% of end to end`);
