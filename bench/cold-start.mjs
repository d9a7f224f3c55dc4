/**
 * Where the cold start of `extract FILE` goes. Each step runs in a fresh process,
 * several times; the median wall and CPU time are printed. Run after `npm run build`.
 *
 *   node bench/cold-start.mjs [FILE] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(root, 'seeds', '000_e07abcf84e9ed3d8.txt');
const dist = (p) => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

/** Runs node with `argv`; returns wall ms and, with /usr/bin/time, CPU ms (user + system). */
function run(argv) {
  const cmd = haveTime ? [TIME, '-f', 'CPU %U %S', process.execPath, ...argv] : [process.execPath, ...argv];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
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
console.log(`${''.padEnd(42)}   wall    cpu   (medians of ${runs} runs; loadavg ${loadavg()[0].toFixed(1)})`);
for (const [name, argv] of steps) {
  const rs = Array.from({ length: runs }, () => run(argv));
  out[name] = { ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)) };
  console.log(`${name.padEnd(42)} ${out[name].ms.toFixed(0).padStart(6)} ${out[name].cpuMs.toFixed(0).padStart(6)} ms`);
}
const total = out['extract FILE (bin/extract, end to end)'];
const load = out['+ pipeline + segmenter load'];
const pipeline = out['+ import pipeline only'];
const share = (k) => `${(load[k] - pipeline[k]).toFixed(0).padStart(6)}`;
console.log(`${'segmenter load (difference of the two above)'.padEnd(42)} ${share('ms')} ${share('cpuMs')} ms  = ${(((load.ms - pipeline.ms) / total.ms) * 100).toFixed(0)}% of end-to-end wall`);
