// Starts runs over many reports with two workers and leaves each after its first
// outcome, while the workers are busy (often inside nodejieba). Exits 0 unless the
// process is aborted. Uses the build: node test/workers/stop-early.mjs [ROUNDS]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const { runFiles, defaultRunOptions } = await import(new URL('../../dist/run/run-files.js', import.meta.url).href);
const dirs = ['seeds', 'fixtures/reports'].map((d) => new URL(`../../${d}/`, import.meta.url).pathname);
const files = dirs.flatMap((d) => readdirSync(d).sort().map((n) => join(d, n)));
const many = Array.from({ length: 20 }, () => files).flat().map((file) => ({ file }));
const rounds = Number(process.argv[2] ?? 6);
for (let r = 0; r < rounds; r++) {
  // leave after a varying number of outcomes, so that workers are caught at different points
  let seen = 0;
  for await (const o of runFiles(many, { ...defaultRunOptions(), jobs: 2 })) if (!o.ok || ++seen > r) break;
}
console.log(`left ${rounds} runs early`);
