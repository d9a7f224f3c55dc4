/**
 * Hostile and random input against every stage: random Unicode (lone surrogates, NUL, astral
 * characters), the genre's own pieces glued at random, and crafted worst cases (runs of digits
 * and 万, a 1 MB line, unbalanced brackets and quotes, pinyin-like parentheses). For each:
 * nothing throws, time stays bounded by the input's size (no catastrophic backtracking), and
 * every SPEC invariant holds: normalized.slice(start, end) === text for every fact, facts in
 * order of start, the record passes RecordSchema.
 *
 * Each extractor runs on its own as well, so that a failure names the stage that broke.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { RecordSchema, type ExtractRecord } from '../src/schema/record.js';
import { extractDecoded } from '../src/pipeline/extract-document.js';
import { decode, binaryReason } from '../src/pipeline/decode.js';
import { htmlToText } from '../src/pipeline/html.js';
import { normalize } from '../src/pipeline/normalize.js';
import { segment, segmentWindows } from '../src/pipeline/segment.js';
import { buildLayout } from '../src/text/layout.js';
import { extractHeader } from '../src/extract/header/header.js';
import { extractUnions, sentencesNamingUnions, unionWindows } from '../src/extract/unions/unions.js';
import { extractAmounts } from '../src/extract/amounts/amounts.js';
import { extractVolunteers } from '../src/extract/volunteers/volunteers.js';
import { extractDates } from '../src/extract/dates/dates.js';
import { link } from '../src/link/link.js';
import { parseNumber } from '../src/extract/numerals/parse.js';
import type { ExtractContext } from '../src/pipeline/types.js';

/**
 * Time allowed for one call on `n` UTF-16 units: generous (the machine is shared and the
 * first call loads the segmenter's dictionary), but linear, so quadratic behaviour on the big
 * inputs below fails.
 */
const budgetMs = (n: number) => 3000 + n * 0.02;

function timed<T>(label: string, n: number, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  if (ms > budgetMs(n)) throw new Error(`${label} took ${ms.toFixed(0)} ms on ${n} characters (budget ${budgetMs(n).toFixed(0)} ms)`);
  return out;
}

/** The SPEC invariants of one record over its normalized text; the problems found. */
function problems(rec: ExtractRecord, normalized: string): string[] {
  const out: string[] = [];
  const parsed = RecordSchema.safeParse(rec);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const [kind, list] of [['amounts', rec.amounts], ['volunteers', rec.volunteers], ['dates', rec.dates]] as const) {
    for (const f of list) {
      if (normalized.slice(f.start, f.end) !== f.text) out.push(`${kind} ${JSON.stringify(f.text)} at ${f.start}-${f.end} reads ${JSON.stringify(normalized.slice(f.start, f.end))}`);
      if ('sentence' in f && !f.sentence.includes(f.text)) out.push(`${kind} ${JSON.stringify(f.text)} is not in its sentence`);
    }
  }
  for (const u of rec.unions) {
    if (u.start > normalized.length || ![u.name, ...u.aliases].some((form) => normalized.startsWith(form, u.start))) {
      out.push(`union ${u.name} at ${u.start} reads ${JSON.stringify(normalized.slice(u.start, u.start + u.name.length))}`);
    }
  }
  for (const [kind, list] of [['unions', rec.unions], ['amounts', rec.amounts], ['volunteers', rec.volunteers], ['dates', rec.dates]] as const) {
    for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.start) out.push(`${kind} not in order of start`);
  }
  return out;
}

/** Runs the stages one by one (as extract-document does), naming the one that throws. */
function stages(text: string): void {
  const stage = <T>(name: string, f: () => T): T => {
    try {
      return timed(name, text.length, f);
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
    }
  };
  const n = stage('normalize', () => normalize(text)).text;
  const header = stage('extractHeader', () => extractHeader(n));
  const layout = stage('buildLayout', () => buildLayout(n, header));
  // the whole sentences (as the union rules' place look-ups cut them), then the windows the pipeline cuts
  stage('segment', () => segment(n, sentencesNamingUnions(n, layout.sentences)));
  const windows = stage('unionWindows', () => unionWindows(n, layout.sentences));
  const tokens = stage('segmentWindows', () => segmentWindows(n, windows));
  const ctx: ExtractContext = { text: n, layout, tokens };
  const unions = stage('extractUnions', () => extractUnions(ctx));
  const amounts = stage('extractAmounts', () => extractAmounts(ctx));
  const volunteers = stage('extractVolunteers', () => extractVolunteers(ctx));
  const dates = stage('extractDates', () => extractDates(ctx));
  stage('link', () => link(ctx, { unions, amounts, volunteers, dates }));
}

/** The whole pipeline on decoded text, checked against the invariants. */
function checkPipeline(text: string): void {
  stages(text);
  const rec = timed('extractDecoded', text.length, () =>
    extractDecoded({ text, encoding: 'utf-8', html: false, warnings: [] }, { file: 'fuzz' }),
  );
  const found = problems(rec, normalize(text).text);
  if (found.length) throw new Error(`invariants broken on ${JSON.stringify(text.slice(0, 200))}:\n${found.join('\n')}`);
}

// any UTF-16 code unit, lone surrogates and NUL included
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyUnits = fc.string({ unit: codeUnit, maxLength: 300 });
// the genre's pieces, glued at random with noise between
const PIECES = [
  '市总工会', '省总工会', '县总', '区总', '全总', '工会', '总工会', '工联会', '總工會(zǒng)', '會(huì)', '(huì', 'hui)', '志愿者', '义工', '服务队',
  '队员', '名', '人', '人次', '余', '多', '近', '约', '超过', '不到', '逾', '左右', '以上', '万', '亿', '千', '百', '元', '万元', '港元', '美元',
  '人民币', '每人', '每户', '共计', '累计', '价值', '物资', '慰问金', '筹集', '发放', '下拨', '捐赠', '1月', '23日', '2020年', '12月底', '3月初',
  '下旬', '113年', '-', '~', '至', '到', '、', ',', '，', '。', ';', '\n', '\r\n', ' ', '\u3000', '(', ')', '（', '）', '“', '”', '《', '》',
  '【', '】', '"', "'", '20', '3.5', '1,100', '１２', '０', '二十一', '两', '零', '壹', '万万', '.', '..', '%', '12351', '=', '+', '@',
  '\u0000', '\uFFFD', '\uD800', '\uDC00', '😀', '𠮷', 'ā', 'ǚ', '来源:', '时间:', '发布时间:2020-03-19 15:32:36', '本报北京5月15日电',
];
const genre = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 3 }) }), {
    maxLength: 80,
  })
  .map((xs) => xs.join(''));

describe('random text through every stage and the whole pipeline', () => {
  it('any UTF-16 code units (lone surrogates, NUL, controls)', () => {
    fc.assert(fc.property(anyUnits, (t) => checkPipeline(t)), { numRuns: 150 });
  });
  it('any Unicode characters, astral included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => checkPipeline(t)), { numRuns: 150 });
  });
  it("the genre's own pieces, glued in random order", () => {
    fc.assert(fc.property(genre, (t) => checkPipeline(t)), { numRuns: 400 });
  });
});

/**
 * The crafted cases run in a worker thread on the built pipeline (dist/, built by
 * test/global-setup.ts) under a hard time limit, so that a stage gone quadratic fails the test
 * in seconds, naming the stage, instead of hanging the suite.
 */
const WORKER = `
const { parentPort } = require('node:worker_threads');
let m = null;
parentPort.on('message', async ({ dist, text }) => {
  let stage = 'load';
  const step = (name, f) => {
    stage = name;
    parentPort.postMessage({ stage: name });
    const t0 = performance.now();
    const r = f();
    parentPort.postMessage({ stage: name, ms: performance.now() - t0 });
    return r;
  };
  try {
    if (!m) {
      const load = async (p) => import(new URL(p, dist).href);
      m = Object.assign({}, ...(await Promise.all([
        'pipeline/normalize.js', 'pipeline/segment.js', 'text/layout.js', 'extract/header/header.js', 'extract/unions/unions.js',
        'extract/amounts/amounts.js', 'extract/volunteers/volunteers.js', 'extract/dates/dates.js', 'link/link.js',
        'pipeline/extract-document.js',
      ].map(load))));
      m.segment('工会', [{ start: 0, end: 2 }]); // the dictionary load is not the input's fault
    }
    const n = step('normalize', () => m.normalize(text)).text;
    const header = step('extractHeader', () => m.extractHeader(n));
    const layout = step('buildLayout', () => m.buildLayout(n, header));
    step('segment', () => m.segment(n, m.sentencesNamingUnions(n, layout.sentences)));
    const windows = step('unionWindows', () => m.unionWindows(n, layout.sentences));
    const tokens = step('segmentWindows', () => m.segmentWindows(n, windows));
    const ctx = { text: n, layout, tokens };
    const unions = step('extractUnions', () => m.extractUnions(ctx));
    const amounts = step('extractAmounts', () => m.extractAmounts(ctx));
    const volunteers = step('extractVolunteers', () => m.extractVolunteers(ctx));
    const dates = step('extractDates', () => m.extractDates(ctx));
    step('link', () => m.link(ctx, { unions, amounts, volunteers, dates }));
    const record = step('extractDecoded', () => m.extractDecoded({ text, encoding: 'utf-8', html: false, warnings: [] }, { file: 'fuzz' }));
    // a fact's sentence may be the whole run-on input: copying thousands of them to the test
    // thread costs more than the pipeline, so the sentence check is made here and a sentence
    // that holds its fact's text is sent as that text (one that does not is sent whole)
    for (const f of [...record.amounts, ...record.volunteers]) if (f.sentence.includes(f.text)) f.sentence = f.text;
    parentPort.postMessage({ done: true, record, normalized: n });
  } catch (e) {
    parentPort.postMessage({ error: stage + ': ' + (e && e.stack || String(e)) });
  }
});
`;

const DIST = new URL('../dist/', import.meta.url).href;
let worker: Worker | null = null;

/** Runs the stages and the pipeline on `text` in the worker; fails when a stage overruns its budget. */
function runBounded(text: string): Promise<{ record: ExtractRecord; normalized: string }> {
  const w = (worker ??= new Worker(WORKER, { eval: true }));
  const limit = budgetMs(text.length);
  return new Promise((resolve, reject) => {
    let stage = 'load';
    let timer = setTimeout(() => overrun(), limit + 5000); // first call: module and dictionary load
    const overrun = () => {
      w.off('message', onMessage);
      void w.terminate();
      worker = null;
      reject(new Error(`${stage} did not finish within ${limit.toFixed(0)} ms on ${text.length} characters`));
    };
    const onMessage = (msg: { stage?: string; ms?: number; done?: boolean; error?: string; record?: ExtractRecord; normalized?: string }) => {
      if (msg.error) {
        clearTimeout(timer);
        w.off('message', onMessage);
        reject(new Error(msg.error));
      } else if (msg.done) {
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve({ record: msg.record!, normalized: msg.normalized! });
      } else if (msg.stage && msg.ms === undefined) {
        // a stage starts: it has the whole budget to itself
        stage = msg.stage;
        clearTimeout(timer);
        timer = setTimeout(overrun, limit);
      }
    };
    w.on('message', onMessage);
    w.postMessage({ dist: DIST, text });
  });
}

describe('crafted worst cases (bounded time, in a worker on dist/)', () => {
  afterAll(async () => {
    await worker?.terminate();
  });
  const cases: [string, () => string][] = [
    ['a huge sum', () => '市总工会筹集资金999999999999亿元,发放999999999999999999999万元。'],
    ['a 100k-digit number before 元', () => `市总工会发放慰问金${'9'.repeat(100_000)}元。`],
    ['a run of 100k 万', () => `工会捐款1${'万'.repeat(100_000)}元`],
    ['a run of Chinese numerals', () => `工会发放${'一二三四五六七八九十百千万亿'.repeat(5_000)}元`],
    ['digits and 余 alternating', () => `工会${'1余'.repeat(30_000)}万元`],
    ['a 1 MB line of digits', () => '1'.repeat(1_000_000)],
    ['a 200k line of the genre with no sentence end', () => '市总工会发放慰问金20余万元,志愿者100余人,1月23日'.repeat(7_000)],
    ['100k unbalanced opening brackets', () => `市总工会${'('.repeat(100_000)}发放20万元`],
    ['unbalanced quotes and title marks', () => `“《【(市总工会${'“'.repeat(20_000)}发放${'》'.repeat(20_000)}20万元`],
    ['pinyin-like parentheses everywhere', () => '會(huì)工(gōng)總(zǒng)(a)(zz)(ǚǚǚǚǚǚ)('.repeat(20_000)],
    ['a Han character before 100k pinyin-ish letters in brackets', () => `會(${'a'.repeat(100_000)})`],
    ['lone surrogates and NULs, one long sentence', () => '\uD800工会\u0000\uDC00发放\uDBFF10万元\u0000'.repeat(5_000)],
    ['only line breaks', () => '\n'.repeat(200_000)],
    ['only spaces and ideographic spaces', () => ' \u3000\t'.repeat(100_000)],
    ['dates without end', () => '1月'.repeat(50_000) + '2日'],
    ['a range chain', () => `${'1-'.repeat(50_000)}2万元`],
    ['many union names in one sentence', () => `${'北京市总工会、'.repeat(10_000)}共发放1万元。`],
    ['many volunteer counts in one sentence', () => '志愿者100余人,'.repeat(5_000)],
    ['many short sentences (a long but ordinary page)', () => '市总工会向困难职工发放慰问金20余万元。'.repeat(6_000)],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const t = make();
      const { record, normalized } = await runBounded(t);
      expect(problems(record, normalized)).toEqual([]);
    }, 120_000);
  }
});

describe('the numeral parser alone', () => {
  it('never throws, returns a finite non-negative value or null, in linear time', () => {
    const numeral = fc
      .array(fc.constantFrom(...'0123456789０１２.,-~余多近约万亿千百十零一二两三四五六七八九壹贰叁拾佰仟萬億元以上左右超过不到'.split('')), { maxLength: 40 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(numeral, anyUnits), (s) => {
        const r = timed('parseNumber', s.length, () => parseNumber(s));
        if (r !== null) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('huge inputs', () => {
    for (const s of ['9'.repeat(100_000), '万'.repeat(100_000), '1余'.repeat(50_000), '999999999999亿', '一'.repeat(100_000)]) {
      const r = timed('parseNumber', s.length, () => parseNumber(s));
      if (r !== null) expect(Number.isFinite(r.value)).toBe(true);
    }
  });
});

describe('decoding random bytes', () => {
  it('never throws; the text is a string; binaryReason never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        const d = timed('decode', b.length, () => decode(b));
        expect(typeof d.text).toBe('string');
        expect(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']).toContain(d.encoding);
        binaryReason(b);
      }),
      { numRuns: 500 },
    );
  });
  it('random bytes behind each byte-order mark, and an HTML name', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x84, 0x31, 0x95, 0x33], []);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 1000 }), (m, b) => {
        const bytes = new Uint8Array([...m, ...b]);
        expect(() => decode(bytes, { path: 'x.html' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
  it('whole pipeline on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        const d = decode(b);
        checkPipeline(d.text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('HTML reduction on hostile markup', () => {
  const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<style>', '<!--', '-->', '<nav>', '</nav>',
    '<article>', '</article>', '<h1>', '</h1>', '<title>', '</title>', '<table><tr><td>', '</td>', '<pre>', '&amp;', '&#xD800;', '&#0;',
    '&#99999999;', '&nbsp;', '<![CDATA[', ']]>', '<', '>', '"', '<a href="', '<div class="nav ad">', '<form>', '<p hidden>', '<?xml ?>');
  const markup = fc.array(fc.oneof(tag, fc.constantFrom('市总工会', '发放20万元', '。', '\n'), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((x) => x.join(''));
  it('never throws; the whole pipeline keeps its invariants on the reduced text', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const r = timed('htmlToText', html.length, () => htmlToText(html));
        expect(typeof r.text).toBe('string');
        checkPipeline(r.text);
      }),
      { numRuns: 200 },
    );
  });
  it('deep nesting and huge pages stay linear', () => {
    for (const html of [
      '<div>'.repeat(200_000) + '市总工会' + '</div>'.repeat(200_000),
      '<span>'.repeat(200_000),
      '<p>工会'.repeat(100_000),
      '<a href="'.repeat(100_000),
      '<!--'.repeat(100_000),
      '<table>' + '<tr><td>1</td></tr>'.repeat(50_000),
    ]) {
      const r = timed('htmlToText', html.length, () => htmlToText(html));
      expect(typeof r.text).toBe('string');
    }
  });
});
