/**
 * Where the time of one extraction goes, stage by stage, over a folder of reports
 * (e.g. a corpus kept by `node bench/run.mjs --corpus-only`). Runs the stages of
 * src/pipeline/extract-document.ts one by one in this thread, in batches as the runner takes them (keep the two in step),
 * after a warm-up, and prints each stage's share next to nodejieba.cut over the
 * whole normalized text (the floor bench/run.mjs compares with). Run after a build.
 *
 *   node bench/stages.mjs DIR [--docs 1000]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: node bench/stages.mjs DIR [--docs N]');
const at = process.argv.indexOf('--docs');
const limit = at > 0 ? Number(process.argv[at + 1]) : 1000;

const { decode } = await dist('pipeline/decode.js');
const { normalize } = await dist('pipeline/normalize.js');
const { segmentWindowsOfMany } = await dist('pipeline/segment.js');
const { FILES_PER_BATCH } = await dist('run/process-files.js');
const { buildLayout } = await dist('text/layout.js');
const { extractHeader } = await dist('extract/header/header.js');
const { extractUnions, unionWindows } = await dist('extract/unions/unions.js');
const { extractAmounts } = await dist('extract/amounts/amounts.js');
const { extractVolunteers } = await dist('extract/volunteers/volunteers.js');
const { extractDates } = await dist('extract/dates/dates.js');
const { link } = await dist('link/link.js');
const { RecordSchema } = await dist('schema/record.js');

const files = readdirSync(dir).sort().slice(0, limit).map((n) => join(dir, n));
const inputs = files.map((f) => ({ f, bytes: readFileSync(f) }));
const totals = new Map();
let clock = 0;
const lap = (name) => {
  const now = performance.now();
  totals.set(name, (totals.get(name) ?? 0) + now - clock);
  clock = now;
};

/** The stages before the segmenter, for one report. */
function prepare({ f, bytes }) {
  clock = performance.now();
  const decoded = decode(bytes, { path: f });
  lap('decode');
  const { text, script } = normalize(decoded.text);
  lap('normalize');
  const header = extractHeader(text);
  lap('header');
  const layout = buildLayout(text, header);
  lap('layout');
  const windows = unionWindows(text, layout.sentences);
  lap('choose text to cut');
  return { f, decoded, text, script, header, layout, windows };
}

/** The stages after the segmenter, for one report. */
function finish({ f, decoded, text, script, header, layout }, tokens) {
  clock = performance.now();
  const ctx = { text, layout, tokens };
  const unions = extractUnions(ctx);
  lap('unions');
  const dates = extractDates(ctx);
  lap('dates');
  const amounts = extractAmounts(ctx);
  lap('amounts');
  const volunteers = extractVolunteers(ctx);
  lap('volunteers');
  const linked = link(ctx, { unions, amounts, volunteers, dates });
  lap('link');
  const record = RecordSchema.parse({
    file: f, title: header.title, publishedAt: header.publishedAt, source: header.source, script, encoding: decoded.encoding,
    unions: unions.unions, amounts: linked.amounts, volunteers: linked.volunteers, dates, warnings: decoded.warnings,
  });
  lap('zod validation');
  JSON.stringify(record);
  lap('JSON.stringify');
  return text;
}

/** A batch of reports, as the runner takes them (src/run/process-files.ts): the segmenter cuts the batch at once. */
function runBatch(batch) {
  const prepared = batch.map(prepare);
  clock = performance.now();
  const tokens = segmentWindowsOfMany(prepared);
  lap('segment');
  return prepared.map((p, i) => finish(p, tokens[i]));
}
const run = (xs) => {
  const out = [];
  for (let i = 0; i < xs.length; i += FILES_PER_BATCH) out.push(...runBatch(xs.slice(i, i + FILES_PER_BATCH)));
  return out;
};

// warm-up (dictionary load, JIT), then measure
run(inputs.slice(0, 50));
totals.clear();
const texts = run(inputs);
const jieba = require('nodejieba');
let t = performance.now();
for (const s of texts) jieba.cut(s);
const floor = performance.now() - t;

const sum = [...totals.values()].reduce((a, b) => a + b, 0);
const bytes = inputs.reduce((n, x) => n + x.bytes.length, 0);
console.log(`${inputs.length} reports, ${(bytes / 1e6).toFixed(1)} MB, ${texts.reduce((n, s) => n + s.length, 0)} characters normalized`);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${name.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${(ms / floor).toFixed(2).padStart(5)}x floor`);
console.log(`${'all stages'.padEnd(26)} ${sum.toFixed(0).padStart(7)} ms        ${(sum / floor).toFixed(2).padStart(5)}x floor`);
console.log(`${'floor: nodejieba.cut(text)'.padEnd(26)} ${floor.toFixed(0).padStart(7)} ms  (same process, segmenter's dictionaries)`);
