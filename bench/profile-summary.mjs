/**
 * Summarizes a V8 CPU profile (node --cpu-prof) by function, with dist/ positions
 * mapped back to src/ file:line through the build's source maps.
 *
 *   node --cpu-prof --cpu-prof-dir=prof bin/extract --jobs 1 -q --format jsonl -o out.jsonl DIR
 *   node bench/profile-summary.mjs prof/CPU.*.cpuprofile [SELF_ROWS] [INCLUSIVE_ROWS]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const [file, selfRows = '25', inclRows = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/profile-summary.mjs PROFILE [SELF_ROWS] [INCLUSIVE_ROWS]');
const profile = JSON.parse(readFileSync(file, 'utf8'));

const maps = new Map();
function where({ functionName, url, lineNumber, columnNumber }) {
  const name = functionName || '(anonymous)';
  if (!url.startsWith('file://') || !url.includes('/dist/')) return `${name} ${url.replace(/.*node_modules\//, '')}${url ? `:${lineNumber + 1}` : ''}`;
  const path = fileURLToPath(url);
  if (!maps.has(path)) maps.set(path, existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  const entry = maps.get(path)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) return `${name} ${entry.originalSource.replace(/.*\/src\//, 'src/')}:${entry.originalLine + 1}`;
  return `${name} ${path}:${lineNumber + 1}`;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfById = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const d = profile.timeDeltas[i] ?? 0;
  selfById.set(id, (selfById.get(id) ?? 0) + d);
  total += d;
});
const self = new Map();
const inclusive = new Map();
for (const [id, t] of selfById) {
  const key = where(nodes.get(id).callFrame);
  self.set(key, (self.get(key) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = where(nodes.get(cur).callFrame);
    if (!seen.has(k)) (seen.add(k), inclusive.set(k, (inclusive.get(k) ?? 0) + t));
  }
}
const show = (m, n, keep = () => true) => {
  for (const [k, t] of [...m].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${(total / 1000).toFixed(0)} ms sampled\n-- self time`);
show(self, Number(selfRows));
console.log('-- inclusive time, project functions');
show(inclusive, Number(inclRows), (k) => / src\//.test(k));
