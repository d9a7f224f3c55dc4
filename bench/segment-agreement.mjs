/**
 * Does the trimmed main dictionary cut union sentences like nodejieba's full one?
 * Loads each dictionary in its own worker (load time and memory are printed), cuts
 * every sentence that may name a union in the given reports, and compares tokens
 * (word, tag and offset) with the full dictionary's. Run after `npm run build`.
 *
 *   node bench/segment-agreement.mjs [DICT] [REPORT_DIRS...]
 *      DICT defaults to src/dict/jieba.trimmed.utf8, dirs to seeds/ fixtures/reports/
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

if (isMainThread) {
  const args = process.argv.slice(2);
  const dict = args[0] ?? join(root, 'src/dict/jieba.trimmed.utf8');
  const dirs = args.length > 1 ? args.slice(1) : ['seeds', 'fixtures/reports'].map((d) => join(root, d)).filter(existsSync);
  const { normalizedText } = await import(new URL('../dist/pipeline/extract-document.js', import.meta.url).href);
  const { sentencesNamingUnions } = await import(new URL('../dist/extract/unions/unions.js', import.meta.url).href);
  const { paragraphs, sentences } = await import(new URL('../dist/text/layout.js', import.meta.url).href);
  const sents = [];
  for (const dir of dirs)
    for (const name of readdirSync(dir).sort()) {
      const text = normalizedText(readFileSync(join(dir, name)));
      for (const s of sentencesNamingUnions(text, sentences(text, paragraphs(text)))) sents.push(text.slice(s.start, s.end));
    }
  const cut = (dictPath) =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { dict: dictPath, sents } });
      w.once('message', resolve);
      w.once('error', reject);
    });
  const full = await cut(null);
  const trimmed = await cut(dict);
  for (const [name, r] of [['full', full], ['trimmed', trimmed]])
    console.log(`${name.padEnd(8)} load ${r.loadMs.toFixed(0).padStart(5)} ms, thread heap+native growth ${r.rssMb.toFixed(0)} MB`);

  const key = (t) => `${t.start}:${t.word}:${t.tag}`;
  let identical = 0, tokens = 0, same = 0, unionTokens = 0, unionSame = 0, places = 0, placesSame = 0;
  const diffs = [];
  sents.forEach((_, i) => {
    const a = full.tokens[i], b = trimmed.tokens[i];
    const inB = new Set(b.map(key));
    if (a.length === b.length && a.every((t, k) => key(t) === key(b[k]))) identical++;
    else if (diffs.length < 5) diffs.push(`  full:    ${a.map((t) => `${t.word}/${t.tag}`).join(' ')}\n  trimmed: ${b.map((t) => `${t.word}/${t.tag}`).join(' ')}`);
    for (const t of a) {
      tokens++;
      const ok = inB.has(key(t));
      if (ok) same++;
      if (/工会|工联会|总$/.test(t.word)) (unionTokens++, ok && unionSame++);
      if (t.tag === 'ns' || t.tag === 'nt') (places++, ok && placesSame++);
    }
  });
  const pct = (a, b) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
  console.log(`union sentences:            ${sents.length}, cut identically ${pct(identical, sents.length)}`);
  console.log(`tokens kept:                ${pct(same, tokens)}`);
  console.log(`union-word tokens kept:     ${pct(unionSame, unionTokens)}`);
  console.log(`place/organisation tokens:  ${pct(placesSame, places)}`);
  if (process.env.SHOW_DIFFS) console.log(`first differences:\n${diffs.join('\n')}`);
} else {
  const jieba = require('nodejieba');
  const dictDir = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
  const userDict = [join(dictDir, 'user.dict.utf8'), join(root, 'src/dict/unions.utf8')].join('|');
  const before = process.memoryUsage().rss;
  const t = performance.now();
  // the keyword tables nodejieba also loads are left out of both (see src/pipeline/segment.ts)
  const unused = { idfDict: join(root, 'src/dict/keywords-unused.idf.utf8'), stopWordDict: join(root, 'src/dict/keywords-unused.stop.utf8') };
  jieba.load({ ...(workerData.dict ? { dict: workerData.dict } : {}), userDict, ...unused });
  const loadMs = performance.now() - t;
  const rssMb = (process.memoryUsage().rss - before) / 1e6;
  const tokens = workerData.sents.map((s) => {
    let pos = 0;
    return jieba.tag(s).map(({ word, tag }) => {
      const start = s.startsWith(word, pos) ? pos : s.indexOf(word, pos);
      pos = start + word.length;
      return { word, tag, start };
    });
  });
  parentPort.postMessage({ loadMs, rssMb, tokens });
}
