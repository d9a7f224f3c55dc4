/**
 * Throughput benchmark (`npm run bench`, which builds first). Not a test: it prints
 * numbers and writes bench/results.json.
 *
 * 1. Builds a varied corpus in a temp folder: reports recombined from the paragraphs
 *    of seeds/ and fixtures/reports/, with their amounts and counts, places, dates
 *    and outlets varied, in a mix of encodings and HTML (default 5,000 reports, ~30 MB).
 * 2. Measures on that same corpus, each in its own process so that peak RSS is its own:
 *    a. `extract --format jsonl` end to end (bin/extract), --jobs 1 and --jobs 2,
 *       on 5,000 and on the first 500 reports;
 *    b. nodejieba.cut alone over each report's normalized text (the floor);
 *    c. Microsoft Recognizers-Text (zh-cn currency + date-time models) over a
 *       time-boxed subset, scaled to the corpus size;
 *    d. two `extract --jobs 1` processes at once, one per half of the corpus: what
 *       two cores give this work with nothing shared, next to which --jobs 2 is read.
 *
 *   node bench/run.mjs [--docs 5000] [--small 500] [--peer-seconds 30] [--seed 1] [--repeat 1] [--keep]
 *      --repeat R runs each extract measurement R times and keeps the fastest (for a busy machine)
 *   node bench/run.mjs --corpus-only [--docs N]    builds and keeps the corpus (for profiling)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);

// ---------------------------------------------------------------------------------
// children: the floor and the peer, each run as `node bench/run.mjs --child KIND LIST`
// ---------------------------------------------------------------------------------

if (process.argv[2] === '--child') {
  const [, , , kind, listFile, budget] = process.argv;
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const { normalizedText } = await dist('pipeline/extract-document.js');
  let result;
  if (kind === 'jieba-floor') result = jiebaFloor(files, normalizedText);
  else if (kind === 'recognizers') result = recognizersPeer(files, normalizedText, Number(budget));
  else throw new Error(`unknown child ${kind}`);
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

/** nodejieba as a user would call it: default dictionaries, cut(text) per report; only the cuts are timed. */
function jiebaFloor(files, normalizedText) {
  const jieba = require('nodejieba');
  let t = performance.now();
  jieba.load();
  const loadMs = performance.now() - t;
  let bytes = 0;
  let cutMs = 0;
  let cpuMs = 0;
  let tokens = 0;
  for (const f of files) {
    const raw = readFileSync(f);
    bytes += raw.length;
    const text = normalizedText(raw, f);
    t = performance.now();
    const c = process.cpuUsage();
    tokens += jieba.cut(text).length;
    const d = process.cpuUsage(c);
    cutMs += performance.now() - t;
    cpuMs += (d.user + d.system) / 1000;
  }
  return { docs: files.length, bytes, ms: cutMs, cpuMs, loadMs, tokens };
}

/** Recognizers-Text, models built once; reports are taken in order until the time budget is spent. */
function recognizersPeer(files, normalizedText, budgetMs) {
  const { Culture } = require('@microsoft/recognizers-text-suite');
  const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
  const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
  let t = performance.now();
  const currency = new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel(Culture.Chinese);
  const dateTime = new DateTimeRecognizer(Culture.Chinese).getDateTimeModel(Culture.Chinese);
  currency.parse('共筹集资金20余万元');
  dateTime.parse('1月23日', new Date());
  const loadMs = performance.now() - t;
  let bytes = 0;
  let ms = 0;
  let docs = 0;
  let found = 0;
  let cpuMs = 0;
  for (const f of files) {
    if (ms > budgetMs) break;
    const raw = readFileSync(f);
    const text = normalizedText(raw, f);
    t = performance.now();
    const c = process.cpuUsage();
    found += currency.parse(text).length + dateTime.parse(text, new Date(2021, 0, 1)).length;
    const d = process.cpuUsage(c);
    ms += performance.now() - t;
    cpuMs += (d.user + d.system) / 1000;
    bytes += raw.length;
    docs++;
  }
  return { docs, bytes, ms, cpuMs, loadMs, found };
}

// ---------------------------------------------------------------------------------
// the corpus
// ---------------------------------------------------------------------------------

function options() {
  const a = process.argv.slice(2);
  const val = (name, d) => (a.includes(name) ? Number(a[a.indexOf(name) + 1]) : d);
  return {
    docs: val('--docs', 5000),
    small: val('--small', 500),
    peerSeconds: val('--peer-seconds', 30),
    seed: val('--seed', 1),
    repeat: val('--repeat', 1),
    keep: a.includes('--keep') || a.includes('--corpus-only'),
    corpusOnly: a.includes('--corpus-only'),
  };
}

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const CITIES = ('兰州 天水 白银 武威 张掖 酒泉 定西 陇南 平凉 庆阳 西宁 银川 西安 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 太原 大同 ' +
  '郑州 洛阳 开封 南阳 信阳 成都 绵阳 宜宾 昆明 曲靖 贵阳 遵义 长沙 株洲 湘潭 武汉 宜昌 襄阳 合肥 芜湖 南京 苏州 无锡 ' +
  '杭州 宁波 温州 福州 厦门 济南 青岛 烟台 石家庄 保定 唐山 哈尔滨 齐齐哈尔 长春 吉林 沈阳 大连 鞍山 包头 赤峰 南宁 柳州 桂林').split(' ');
const COUNTIES = ('会宁 靖远 景泰 陇西 渭源 临洮 通渭 漳县 榆中 永登 皋兰 民勤 古浪 山丹 民乐 高台 金塔 瓜州 徽县 礼县 宕昌 ' +
  '泾川 灵台 庄浪 静宁 环县 华池 合水 宁县 镇原 秦安 甘谷 武山 张家川 清水 富平 蒲城 澄城 白水 潼关 大荔 洛川 黄陵 宜川').split(' ');
const OUTLETS = ['中国甘肃在线', '甘肃工人报', '工人日报', '陕西工人报', '中工网', '每日甘肃网', '河南工人日报', '四川工人日报', '兰州晨报', '天水日报', '人民网', '新华网'];

/** Paragraphs and titles of the source reports, as decoded text (original script and noise kept). */
async function sourceText() {
  const { decode } = await dist('pipeline/decode.js');
  const dirs = ['seeds', 'fixtures/reports'].map((d) => join(root, d)).filter(existsSync);
  const titles = [];
  const paras = [];
  let sources = 0;
  for (const dir of dirs)
    for (const name of readdirSync(dir).sort()) {
      const lines = decode(readFileSync(join(dir, name))).text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      if (!lines.length) continue;
      sources++;
      titles.push(lines[0]);
      // the first lines are title and header; paragraphs of some length carry the facts
      for (const l of lines.slice(2)) if (l.length >= 12) paras.push(l);
    }
  return { titles, paras, sources };
}

/** Place names of level 市/县 that the sources use, to be swapped for others. */
function placesIn(texts) {
  const found = new Set();
  for (const t of texts) for (const m of t.matchAll(/([\u4e00-\u9fff]{2,3}?)(市|县)(?=总工会|总|工会|委|政府|人民)/g)) found.add(m[0]);
  return [...found];
}

function varyNumbers(s, r) {
  // amounts and counts: a digit run before a unit or a quantifier gets other digits of the same length
  return s.replace(/(?<![\d.年-])(\d{1,7})(?=(?:\.\d+)?(?:万|亿|千|余|多|元|名|人|户|个|家|位|支|批|件|台|份|场|次))/g, (m) => {
    let out = String(r.int(1, 9));
    for (let i = 1; i < m.length; i++) out += r.int(0, 9);
    return out;
  });
}

function varyPlaces(s, map) {
  for (const [from, to] of map) if (s.includes(from)) s = s.split(from).join(to);
  return s;
}

function header(r) {
  const y = r.int(2019, 2024);
  const mo = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  const hm = `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const outlet = r.pick(OUTLETS);
  return r.pick([
    () => `时间:${y}-${mo}-${d} ${hm}:${String(r.int(0, 59)).padStart(2, '0')}来源:${outlet}`,
    () => `${outlet} ${y}-${mo}-${d} ${hm}`,
    () => `发布时间:${y}-${mo}-${d} ${hm}:00 来源:${outlet}`,
    () => `${y}年${Number(mo)}月${Number(d)}日 来源:${outlet} 作者:记者`,
  ])();
}

function html(title, lines) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title>\n<script>var _hmt = _hmt || [];</script></head>\n<body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>\n<div class="article">\n${lines
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n')}\n</div><div class="footer">版权所有 未经授权禁止转载</div></body></html>\n`;
}

async function buildCorpus(dir, docs, seed) {
  const iconv = require('iconv-lite');
  const r = rng(seed);
  const { titles, paras, sources } = await sourceText();
  if (!paras.length) throw new Error('no source reports in seeds/ or fixtures/reports/');
  const places = placesIn([...titles, ...paras]);
  const mkdirs = join(dir, 'all');
  mkdirSync(mkdirs, { recursive: true });
  const encodings = { 'utf-8': 0, 'utf-8 bom': 0, gb18030: 0, html: 0 };
  let bytes = 0;
  for (let i = 0; i < docs; i++) {
    // each report swaps the source places for others of the same level
    const map = places.map((p) => {
      const level = p.slice(-1);
      return [p, (level === '县' ? r.pick(COUNTIES) : r.pick(CITIES)) + level];
    });
    // most reports 2-10 KB; one in a hundred is a long page of 40-80 KB
    const target = r.next() < 0.01 ? r.int(40_000, 80_000) : Math.round(2000 + 8000 * r.next() ** 1.3);
    const title = varyPlaces(r.pick(titles), map);
    const lines = [title, header(r)];
    let size = 0;
    while (size < target) {
      const p = varyPlaces(varyNumbers(r.pick(paras), r), map);
      // sometimes a sentence is broken across a blank line, as in web captures
      if (p.length > 40 && r.next() < 0.05) {
        const at = r.int(10, p.length - 10);
        lines.push(p.slice(0, at), '', p.slice(at));
      } else lines.push(p);
      size += Buffer.byteLength(p);
    }
    const kind = r.next();
    let data;
    let ext = 'txt';
    if (kind < 0.88) (data = Buffer.from(lines.join('\n') + '\n')), encodings['utf-8']++;
    else if (kind < 0.92) (data = Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n')), encodings['utf-8 bom']++;
    else if (kind < 0.96) (data = iconv.encode(lines.join('\r\n') + '\r\n', 'gb18030')), encodings.gb18030++;
    else (data = Buffer.from(html(title, lines.slice(1)))), (ext = 'html'), encodings.html++;
    writeFileSync(join(mkdirs, `${String(i).padStart(5, '0')}.${ext}`), data);
    bytes += data.length;
  }
  return { dir: mkdirs, docs, bytes, sources, paragraphs: paras.length, places: places.length, encodings };
}

/** Copies the sorted files `from` holds, from index `first` to `first + n` (all: to the end), to `to`. */
function subset(from, to, n, first = 0) {
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).sort().slice(first, first + n);
  let bytes = 0;
  for (const name of names) {
    copyFileSync(join(from, name), join(to, name));
    bytes += statSync(join(to, name)).size;
  }
  return { dir: to, docs: names.length, bytes };
}

// ---------------------------------------------------------------------------------
// measuring child processes
// ---------------------------------------------------------------------------------

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;

/**
 * Runs node with `args`; returns wall ms, peak RSS (MB) and stdout. Peak RSS from
 * /usr/bin/time -v when present, else by polling VmHWM in /proc/PID/status.
 */
function measure(args) {
  return new Promise((resolve, reject) => {
    const argv = haveTime ? [TIME, '-v', process.execPath, ...args] : [process.execPath, ...args];
    const t = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledKb = 0;
    const poll = haveTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) polledKb = Math.max(polledKb, Number(m[1]));
          } catch {}
        }, 50);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const rssMb = (timeKb ? Number(timeKb[1]) : polledKb) / 1024;
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
      resolve({ code, ms, rssMb, cpuMs, stdout, stderr });
    });
  });
}

async function extractRun(corpus, jobs, out) {
  const r = await measure([join(root, 'bin', 'extract'), '--format', 'jsonl', '--quiet', '--jobs', String(jobs), '-o', out, corpus.dir]);
  const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean) : [];
  // failures are reported on stderr, one `extract: FILE: reason` line each
  const failures = r.stderr.split('\n').filter((l) => l.startsWith('extract: '));
  rmSync(out, { force: true });
  if (lines.length === 0) throw new Error(`extract --jobs ${jobs} wrote nothing (exit ${r.code}): ${r.stderr.slice(0, 2000)}`);
  return {
    what: `extract --jobs ${jobs}`,
    docs: corpus.docs,
    bytes: corpus.bytes,
    ms: r.ms,
    cpuMs: r.cpuMs,
    rssMb: r.rssMb,
    exitCode: r.code,
    records: lines.length,
    failed: failures.length,
    ...(failures.length ? { firstFailures: failures.slice(0, 3) } : {}),
  };
}

/**
 * Two `extract --jobs 1` processes at once, one over each half of the corpus: two
 * workers that share nothing (no coordinating thread, no shared output), the most
 * that splitting the work two ways gets on this machine now. Wall time is until both end.
 */
async function twoProcesses(halves, out) {
  const t = process.hrtime.bigint();
  const runs = await Promise.all(halves.map((h, i) => extractRun(h, 1, `${out}.${i}`)));
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return {
    what: 'two extract --jobs 1 processes, one per half',
    docs: runs.reduce((n, r) => n + r.docs, 0),
    bytes: runs.reduce((n, r) => n + r.bytes, 0),
    ms,
    cpuMs: runs.every((r) => r.cpuMs != null) ? runs.reduce((n, r) => n + r.cpuMs, 0) : null,
    rssMb: runs.reduce((n, r) => n + r.rssMb, 0),
    exitCode: Math.max(...runs.map((r) => r.exitCode)),
    records: runs.reduce((n, r) => n + r.records, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
    halvesMs: runs.map((r) => Math.round(r.ms)),
  };
}

async function childRun(kind, list, extra = []) {
  const r = await measure([fileURLToPath(import.meta.url), '--child', kind, list, ...extra]);
  if (r.code !== 0) throw new Error(`${kind} failed: ${r.stderr.slice(0, 2000)}`);
  const res = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ...res, wallMs: r.ms, rssMb: r.rssMb || res.maxRssMb };
}

/**
 * How much faster two threads do twice the work of one, on this machine now: a pure
 * arithmetic loop, so the number shows the cores other work leaves free (2.0 on an
 * idle two-core machine). The --jobs 2 / --jobs 1 ratio cannot exceed it.
 */
async function parallelHeadroom() {
  const { Worker } = await import('node:worker_threads');
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x);`;
  const run = (n) =>
    new Promise((resolve) => {
      const t = performance.now();
      let left = n;
      for (let i = 0; i < n; i++) new Worker(code, { eval: true }).once('message', () => --left === 0 && resolve(performance.now() - t));
    });
  const one = await run(1);
  const two = await run(2);
  return (2 * one) / two;
}

const rate = (m) => ({ docsPerSec: m.docs / (m.ms / 1000), mbPerSec: m.bytes / 1e6 / (m.ms / 1000) });

// ---------------------------------------------------------------------------------

async function main() {
  const o = options();
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
  const work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  try {
    let t = performance.now();
    const big = await buildCorpus(work, o.docs, o.seed);
    const small = subset(big.dir, join(work, 'first'), o.small);
    const half = Math.ceil(big.docs / 2);
    const halves = [subset(big.dir, join(work, 'half-1'), half), subset(big.dir, join(work, 'half-2'), big.docs - half, half)];
    console.log(
      `corpus: ${big.docs} reports, ${(big.bytes / 1e6).toFixed(1)} MB (from ${big.sources} source reports, ${big.paragraphs} paragraphs, ${big.places} places varied; ` +
        `${Object.entries(big.encodings).map(([k, v]) => `${k} ${v}`).join(', ')}) in ${((performance.now() - t) / 1000).toFixed(1)} s at ${work}`,
    );
    console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${(freemem() / 2 ** 30).toFixed(1)} GB free, node ${process.version}; peak RSS via ${haveTime ? '/usr/bin/time -v' : '/proc VmHWM polling'}`);
    if (o.corpusOnly) return;
    const loadBefore = loadavg();
    const list = join(work, 'files.txt');
    writeFileSync(list, readdirSync(big.dir).sort().map((n) => join(big.dir, n)).join('\n'));
    const out = join(work, 'out.jsonl');

    const results = {};
    const show = (key, m, note = '') => {
      const { docsPerSec, mbPerSec } = rate(m);
      results[key] = { ...m, docsPerSec, mbPerSec };
      console.log(
        `${key.padEnd(34)} ${String(m.docs).padStart(5)} docs ${(m.ms / 1000).toFixed(2).padStart(8)} s ${docsPerSec.toFixed(1).padStart(8)} docs/s ${mbPerSec.toFixed(3).padStart(7)} MB/s  ` +
          `cpu ${m.cpuMs == null ? '   ?' : (m.cpuMs / 1000).toFixed(2).padStart(7)} s  peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB${note}`,
      );
    };

    const best = async (corpus, jobs) => {
      const runs = [];
      for (let i = 0; i < Math.max(1, o.repeat); i++) runs.push(await extractRun(corpus, jobs, out));
      const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      return { ...fastest, ...(runs.length > 1 ? { allMs: runs.map((r) => Math.round(r.ms)), peakRssMbMax: Math.max(...runs.map((r) => r.rssMb)) } : {}) };
    };
    const headroomBefore = await parallelHeadroom();
    for (const jobs of [1, 2]) {
      show(`a. extract --jobs ${jobs} (${o.docs})`, await best(big, jobs));
      show(`a. extract --jobs ${jobs} (${small.docs})`, await best(small, jobs));
    }
    show(`d. two extract --jobs 1 at once (${halves[0].docs} + ${halves[1].docs})`, await twoProcesses(halves, out), '  (peak RSS: the sum)');
    const headroom = Math.min(headroomBefore, await parallelHeadroom());
    console.log(`machine's own 2-thread speedup (pure arithmetic, before/after the extract runs, lower kept): ${headroom.toFixed(2)}`);
    const floor = await childRun('jieba-floor', list);
    show('b. nodejieba.cut alone', floor, `  (cut time only; load ${(floor.loadMs / 1000).toFixed(2)} s, process ${(floor.wallMs / 1000).toFixed(1)} s)`);
    const peer = await childRun('recognizers', list, [String(o.peerSeconds * 1000)]);
    show('c. Recognizers-Text (subset)', peer, `  (models built in ${(peer.loadMs / 1000).toFixed(1)} s)`);
    const scaledS = big.bytes / (peer.bytes / (peer.ms / 1000));
    console.log(`   Recognizers-Text scaled to the ${o.docs}-report corpus: ${(scaledS / 60).toFixed(0)} min`);

    const a1 = results[`a. extract --jobs 1 (${o.docs})`];
    const a2 = results[`a. extract --jobs 2 (${o.docs})`];
    const a1s = results[`a. extract --jobs 1 (${small.docs})`];
    const a2s = results[`a. extract --jobs 2 (${small.docs})`];
    const d = results[`d. two extract --jobs 1 at once (${halves[0].docs} + ${halves[1].docs})`];
    const b = results['b. nodejieba.cut alone'];
    const c = results['c. Recognizers-Text (subset)'];
    // CPU seconds per MB: what the wall-clock ratios would be on an idle machine (one thread each)
    const cpuRate = (m) => (m.cpuMs ? m.bytes / m.cpuMs : NaN);
    const ratios = {
      'a/b (jobs 1 vs nodejieba.cut, MB/s)': { value: a1.mbPerSec / b.mbPerSec, target: '>= 1.0' },
      'a/b by CPU time': { value: cpuRate(a1) / cpuRate(b), target: '>= 1.0' },
      'a/c (jobs 1 vs Recognizers-Text, MB/s)': { value: a1.mbPerSec / c.mbPerSec, target: '>= 200' },
      'a/c by CPU time': { value: cpuRate(a1) / cpuRate(c), target: '>= 200' },
      'jobs 2 / jobs 1 (docs/s)': { value: a2.docsPerSec / a1.docsPerSec, target: '>= 1.7' },
      'jobs 2 / jobs 1, estimated for an idle machine (divided by headroom/2)': { value: a2.docsPerSec / a1.docsPerSec / (headroom / 2), target: '>= 1.7' },
      // --jobs 1 already keeps more than one core busy (V8 compiles on background threads),
      // and two workers do at least its processor work: with `headroom` cores free, they
      // cannot take less wall time than a1.cpuMs / headroom.
      'jobs 2 / jobs 1 ceiling (headroom x jobs 1 wall / jobs 1 CPU)': { value: a1.cpuMs ? (headroom * a1.ms) / a1.cpuMs : NaN, target: '>= 1.7' },
      // the same split with nothing shared: what two cores give this work here and now
      'two processes (d) / jobs 1 (docs/s)': { value: d.docsPerSec / a1.docsPerSec, target: '>= 1.7' },
      // how close --jobs 2 comes to that (no target of the issue)
      'jobs 2 / two processes (d)': { value: a2.docsPerSec / d.docsPerSec, target: null },
      [`peak RSS ${o.docs} / ${small.docs}, jobs 1`]: { value: a1.rssMb / a1s.rssMb, target: '<= 1.5' },
      [`peak RSS ${o.docs} / ${small.docs}, jobs 2`]: { value: a2.rssMb / a2s.rssMb, target: '<= 1.5' },
    };
    console.log('');
    for (const [k, v] of Object.entries(ratios)) {
      if (!v.target) {
        console.log(`${k.padEnd(42)} ${v.value.toFixed(2).padStart(8)}`);
        continue;
      }
      const ok = v.target.startsWith('>=') ? v.value >= Number(v.target.slice(3)) : v.value <= Number(v.target.slice(3));
      console.log(`${k.padEnd(42)} ${v.value.toFixed(2).padStart(8)}   target ${v.target}  ${ok ? 'met' : 'NOT met'}`);
      v.met = ok;
    }
    const load = { before: loadBefore.map((x) => +x.toFixed(2)), after: loadavg().map((x) => +x.toFixed(2)) };
    console.log(`load average (1, 5, 15 min) before ${load.before.join(' ')}, after ${load.after.join(' ')}: other work on the machine skews these numbers`);
    const file = join(root, 'bench', 'results.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cores: cpus().length, cpu: cpus()[0]?.model, memGb: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, peakRss: haveTime ? '/usr/bin/time -v' : '/proc VmHWM polling', loadAverage: load },
          corpus: { docs: big.docs, bytes: big.bytes, encodings: big.encodings, sources: big.sources, seed: o.seed },
          results,
          recognizersScaledMinutes: scaledS / 60,
          machineTwoThreadSpeedup: headroom,
          ratios,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nwrote ${file}`);
  } finally {
    if (o.keep) console.log(`corpus kept at ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
