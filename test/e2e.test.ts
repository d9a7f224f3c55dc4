/**
 * End to end: the built `bin/extract` on the seed reports, every output format read
 * back with a real parser, and the command's contract (stdin, JSONL input, atomic -o,
 * closed pipes, exit statuses, help and version).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { RecordSchema, type ExtractRecord } from '../src/schema/record.js';
import { FACT_COLUMNS, DOCUMENT_COLUMNS } from '../src/output/columns.js';
import { BIN, ROOT, runCli, runShell, testEnv } from './helpers/run-cli.js';
import { csvObjects, parseCsv } from './helpers/csv.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
const tmp = () => mkdtempSync(join(tmpdir(), 'extract-e2e-'));
const factCount = (r: ExtractRecord) => r.unions.length + r.amounts.length + r.volunteers.length + r.dates.length;

let records: ExtractRecord[];

beforeAll(() => {
  const r = runCli(['seeds/', '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  records = (JSON.parse(r.out) as unknown[]).map((x) => RecordSchema.parse(x));
});

describe('JSON and JSONL', () => {
  it('writes one valid record per seed file, in sorted order, as a JSON array', () => {
    expect(records.map((r) => r.file)).toEqual(SEEDS);
  });

  it('JSONL holds the same records, one per line', () => {
    const r = runCli(['seeds/', '--format', 'jsonl', '--jobs', '1']);
    expect(r.status).toBe(0);
    // no progress bar or summary when stderr is not a terminal
    expect(r.stderr).toBe('');
    const lines = r.out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
  });

  it('prints the JSON Schema of a record with --schema', () => {
    const r = runCli(['--schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.out) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['file', 'unions', 'amounts', 'volunteers', 'dates', 'warnings']));
    expect(schema.required).toContain('publishedAt');
  });
});

describe('CSV', () => {
  let csv: string;
  let rows: Record<string, string>[];
  beforeAll(() => {
    const r = runCli(['seeds/', '--format', 'csv', '--jobs', '1']);
    expect(r.status).toBe(0);
    csv = r.out;
    rows = csvObjects(csv);
  });

  it('has the SPEC columns in order, RFC 4180 line ends and no BOM by default', () => {
    expect(parseCsv(csv)[0]).toEqual([...FACT_COLUMNS]);
    expect(csv.startsWith('file,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per fact, of the four kinds, matching the JSON records', () => {
    expect(rows.length).toBe(records.reduce((n, r) => n + factCount(r), 0));
    expect(new Set(rows.map((r) => r.kind)).size).toBeLessThanOrEqual(4);
    for (const rec of records) {
      const mine = rows.filter((r) => r.file === rec.file);
      expect(mine.filter((r) => r.kind === 'union').map((r) => r.union).sort()).toEqual(rec.unions.map((u) => u.name).sort());
      expect(mine.filter((r) => r.kind === 'amount').map((r) => Number(r.value))).toEqual(rec.amounts.map((a) => a.value));
      expect(mine.filter((r) => r.kind === 'volunteers').map((r) => Number(r.value))).toEqual(rec.volunteers.map((v) => v.count));
      expect(mine.filter((r) => r.kind === 'date').map((r) => r.value.replace(/^'/, ''))).toEqual(rec.dates.map((d) => d.value));
      for (const a of rec.amounts) {
        const row = mine.find((r) => r.kind === 'amount' && Number(r.start) === a.start)!;
        expect(row).toMatchObject({ unit: a.currency, detail: a.kind, approx: a.approx, isTotal: String(a.isTotal), text: a.text });
        expect(row.union).toBe(a.union ?? '');
        expect(row.sentence).toBe(a.sentence);
      }
      for (const v of rec.volunteers) {
        const row = mine.find((r) => r.kind === 'volunteers' && Number(r.start) === v.start)!;
        expect(row).toMatchObject({ unit: 'person', detail: v.role, text: v.text });
      }
      for (const u of rec.unions) {
        const row = mine.find((r) => r.kind === 'union' && r.union === u.name)!;
        expect(row).toMatchObject({ text: u.name, value: String(u.mentions), detail: u.aliases.join('|') });
      }
      for (const d of rec.dates) {
        const row = mine.find((r) => r.kind === 'date' && Number(r.start) === d.start)!;
        expect(row.detail).toBe(d.precision);
      }
    }
  });

  it('--bom starts the output with the UTF-8 byte-order mark', () => {
    const r = runCli(['seeds/000_e07abcf84e9ed3d8.txt', '--format', 'csv', '--bom']);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.subarray(3).toString('utf8').startsWith('file,title,')).toBe(true);
    expect([...csv.slice(0, 1)]).not.toEqual(['\uFEFF']);
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    const lines = ['=HYPERLINK("http://x","y")', '+1+1', '-2-2', '@SUM(A1)', '普通标题']
      .map((title, k) => JSON.stringify({ id: `t${k}`, text: `${title}\n正文。` }))
      .join('\n');
    const r = runCli(['--input', 'jsonl', '--format', 'csv', '--rows', 'documents'], { input: lines });
    expect(r.status).toBe(0);
    const titles = csvObjects(r.out).map((row) => row.title);
    expect(titles).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1+1", "'-2-2", "'@SUM(A1)", '普通标题']);
    // JSONL input: the SPEC columns, then `id`, which joins a row back to its input line
    expect(parseCsv(r.out)[0]).toEqual([...DOCUMENT_COLUMNS, 'id']);
    expect(csvObjects(r.out).map((row) => row.id)).toEqual(['t0', 't1', 't2', 't3', 't4']);
  });

  it('--rows documents writes one row per file with counts and sums', () => {
    const r = runCli(['seeds/', '--format', 'csv', '--rows', 'documents', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(parseCsv(r.out)[0]).toEqual([...DOCUMENT_COLUMNS]);
    const docs = csvObjects(r.out);
    expect(docs.map((d) => d.file)).toEqual(SEEDS);
    for (const [k, rec] of records.entries()) {
      const d = docs[k]!;
      const cny = rec.amounts.filter((a) => !a.isTotal && a.currency === 'CNY').reduce((s, a) => s + a.value, 0);
      expect(d.title).toBe((rec.title ?? '').replace(/^[=+\-@\t\r]/, "'$&"));
      expect(d.publishedAt).toBe(rec.publishedAt ?? '');
      expect(d.source).toBe(rec.source ?? '');
      expect(d.unions).toBe(rec.unions.map((u) => u.name).join('|'));
      expect(Number(d.amounts)).toBe(rec.amounts.length);
      expect(Number(d.amountSumCNY)).toBeCloseTo(cny, 2);
      expect(Number(d.volunteerCounts)).toBe(rec.volunteers.length);
      expect(Number(d.volunteerSum)).toBe(rec.volunteers.reduce((s, v) => s + v.count, 0));
    }
  });
});

describe('inputs', () => {
  const seed = 'seeds/001_4694c879dcef1bf2.txt';
  const fromFile = () => records.find((r) => r.file === seed)!;

  it('reads one report from standard input when no path is given (file "-")', () => {
    const r = runCli(['--format', 'jsonl'], { input: readFileSync(join(ROOT, seed)) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ...fromFile(), file: '-' });
  });

  it('reads standard input for "-", between files, in order', () => {
    const r = runCli(['seeds/000_e07abcf84e9ed3d8.txt', '-', 'seeds/002_3c56ef2f8965123e.txt', '--format', 'jsonl'], {
      input: readFileSync(join(ROOT, seed)),
    });
    expect(r.status).toBe(0);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l) as ExtractRecord);
    expect(got.map((x) => x.file)).toEqual(['seeds/000_e07abcf84e9ed3d8.txt', '-', 'seeds/002_3c56ef2f8965123e.txt']);
    expect(got[1]).toEqual({ ...fromFile(), file: '-' });
  });

  it('is a usage error to give no path and no data on standard input', () => {
    const r = runCli([], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: no input/);
    expect(r.out).toBe('');
    // an explicit "-" with nothing on it fails as an empty file does
    const dash = runCli(['-', '--format', 'jsonl'], { input: '' });
    expect(dash.status).toBe(1);
    expect(dash.stderr).toMatch(/^extract: -: empty/);
    const binary = runCli(['-', '--format', 'jsonl'], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]) });
    expect(binary.status).toBe(1);
    expect(binary.stderr).toMatch(/^extract: -: binary/);
  });

  it('--input jsonl gives one record per line, in input order, with its id', () => {
    const dir = tmp();
    const texts = SEEDS.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, texts.map((text, k) => JSON.stringify({ id: `doc-${4 - k}`, text })).join('\n') + '\n\n');
    const r = runCli(['--input', 'jsonl', file, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l) as ExtractRecord);
    expect(got.map((x) => x.id)).toEqual(['doc-4', 'doc-3', 'doc-2', 'doc-1', 'doc-0']);
    expect(got.every((x) => x.file === file)).toBe(true);
    // same facts as the files (already decoded, so the encoding is UTF-8)
    got.forEach((x, k) => expect(x.amounts).toEqual(records[k]!.amounts));
    got.forEach((x, k) => expect(x.dates).toEqual(records[k]!.dates));

    const viaStdin = runCli(['--input', 'jsonl', '--format', 'jsonl'], { input: readFileSync(file) });
    expect(viaStdin.out.trim().split('\n').map((l) => (JSON.parse(l) as ExtractRecord).file)).toEqual(Array(5).fill('-'));
  });

  it('--input jsonl takes the batches inside a folder, in order', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"b1","text":"乙"}\n');
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"a1","text":"甲"}\n{"id":"a2","text":"丙"}\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a batch');
    const r = runCli(['--input', 'jsonl', dir, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l) as ExtractRecord);
    expect(got.map((x) => [x.id, x.file])).toEqual([
      ['a1', join(dir, 'a.jsonl')],
      ['a2', join(dir, 'a.jsonl')],
      ['b1', join(dir, 'b.jsonl')],
    ]);
  });

  it('--input jsonl reports a bad line as FILE:LINE and goes on', () => {
    const input = ['{"id":"a","text":"甲"}', 'not json', '{"text":"no id"}', '{"id":2,"text":"乙"}'].join('\n');
    const r = runCli(['--input', 'jsonl', '--format', 'jsonl'], { input });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^extract: -:2: not JSON/),
      expect.stringMatching(/^extract: -:3: .*id/),
    ]);
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as ExtractRecord).id)).toEqual(['a', '2']);
  });
});

describe('output file (-o)', () => {
  it('writes what standard output would get and leaves no temp file', () => {
    const dir = tmp();
    const target = join(dir, 'records.json');
    const r = runCli(['seeds/', '-o', target, '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(records);
    expect(readdirSync(dir)).toEqual(['records.json']);
  });

  it('an interrupted run leaves the old file untouched and no temp file', async () => {
    const dir = tmp();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old contents\n');
    // reads standard input, which stays open: the run is still going when it is killed
    const child = spawn(process.execPath, [BIN, '-', '-o', target], { cwd: ROOT, env: testEnv() });
    child.stdin.write('市总工会筹集资金20余万元。\n');
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await closed).toBe(143);
    expect(readFileSync(target, 'utf8')).toBe('old contents\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes through a symbolic link to the file it points to, and straight into a pipe', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.jsonl'), 'old\n');
    symlinkSync('real.jsonl', join(dir, 'link.jsonl'));
    const r = runCli(['seeds/000_e07abcf84e9ed3d8.txt', '--format', 'jsonl', '-o', join(dir, 'link.jsonl'), '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'real.jsonl'), 'utf8')) as ExtractRecord).file).toBe(SEEDS[0]);
    expect(readdirSync(dir).sort()).toEqual(['link.jsonl', 'real.jsonl']);

    // a named pipe (like -o /dev/stdout) is written in place, never renamed over
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const viaPipe = runShell(`cat '${fifo}' > '${join(dir, 'got.jsonl')}' & extract seeds/000_e07abcf84e9ed3d8.txt --format jsonl -o '${fifo}' --jobs 1; wait`);
    expect(viaPipe.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'got.jsonl'), 'utf8')) as ExtractRecord).file).toBe(SEEDS[0]);
  });

  it('a folder that does not exist is a usage error, before any work', () => {
    const r = runCli(['seeds/', '-o', join(tmp(), 'no', 'such', 'dir.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: cannot write /);
  });
});

describe('streaming', () => {
  it('writes each record as soon as it is done, before later inputs are even read', async () => {
    // the second input is standard input, held open: the first record must come out meanwhile
    const child = spawn(process.execPath, [BIN, SEEDS[0]!, '-', '--format', 'json', '--jobs', '1'], { cwd: ROOT, env: testEnv() });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const started = Date.now();
    while (!out.includes(`"file": "${SEEDS[0]}"`) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
    expect(out.startsWith('[\n  {')).toBe(true);
    expect(child.exitCode).toBeNull();
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.end('第二份报告\n正文。\n');
    expect(await closed).toBe(0);
    expect((JSON.parse(out) as ExtractRecord[]).map((r) => r.file)).toEqual([SEEDS[0], '-']);
  });
});

describe('closed pipe', () => {
  it('ends quietly when the reader stops early (| head -1)', () => {
    const many = Array(30).fill('seeds/').join(' ');
    // twice: stopping while worker threads are busy once aborted the process now and then
    for (let k = 0; k < 2; k++) {
      const r = runShell(`set -o pipefail; extract ${many} --format jsonl | head -1`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.out.split('\n')).toHaveLength(2);
      expect((JSON.parse(r.out.split('\n')[0]!) as ExtractRecord).file).toBe(SEEDS[0]);
    }
  });

  it('also for JSONL input and JSON array output', () => {
    const lines = Array.from({ length: 3000 }, (_, k) => JSON.stringify({ id: String(k), text: `第${k}号报告\n正文` })).join('\n');
    const r = runShell('set -o pipefail; extract --input jsonl | head -c 100', { input: lines });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('exit statuses and messages', () => {
  it('exits 1 with one stderr line per failed input, and still writes the others', () => {
    const r = runCli(['seeds/000_e07abcf84e9ed3d8.txt', 'no-such-file.txt', 'seeds/001_4694c879dcef1bf2.txt', '--format', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('extract: no-such-file.txt: no such file or directory\n');
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('--fail-fast stops at the first failure and closes the output', () => {
    const r = runCli(['no-such-file.txt', 'seeds/', '--fail-fast']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it.each([
    [['--no-such-option', 'seeds/'], /unknown option/],
    [['--format', 'xml', 'seeds/'], /Allowed choices are json, jsonl, csv, xlsx/],
    [['--rows', 'pages', 'seeds/'], /Allowed choices are facts, documents/],
    [['--jobs', 'zero', 'seeds/'], /--jobs must be a whole number/],
    [['--max-bytes', '-5', 'seeds/'], /--max-bytes/],
    [['--dict', 'no-such-dict.txt', 'seeds/'], /--dict no-such-dict.txt: no such file/],
    [['eval', 'seeds/'], /required option '--gold <dir>'/],
    [['eval', '--gold', 'no-such-gold', 'seeds/'], /--gold no-such-gold: no such folder/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.out).toBe('');
  });

  it('loads --dict files, for files in workers and for standard input', () => {
    const dict = join(tmp(), 'words.txt');
    writeFileSync(dict, '甘沟驿镇 ns\n白银市第一人民医院 nt\n');
    const files = runCli(['seeds/', '--dict', dict, '--format', 'jsonl', '--jobs', '2']);
    expect(files.stderr).toBe('');
    expect(files.status).toBe(0);
    expect(files.out.trim().split('\n')).toHaveLength(SEEDS.length);
    const stdin = runCli(['--dict', dict, '--format', 'jsonl'], { input: readFileSync(join(ROOT, SEEDS[0]!)) });
    expect(stdin.status).toBe(0);
  });

  it('--help shows examples for every command, --version the package version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.out).toMatch(/Examples:/);
    for (const word of ['--format', '--rows', '--input', '--bom', '--jobs', '--max-bytes', '--fail-fast', '--quiet', '--dict', '--schema', 'normalize', 'eval']) {
      expect(help.out).toContain(word);
    }
    expect(runCli(['eval', '--help']).out).toMatch(/Examples:\n\s+extract eval --gold/);
    expect(runCli(['normalize', '--help']).out).toMatch(/Example:\n\s+extract normalize/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = runCli(['--version']);
    expect(v.status).toBe(0);
    expect(v.out.trim()).toBe(pkg.version);
  });

});

describe('normalize', () => {
  it('prints the normalized text: Simplified, ASCII punctuation, no pinyin notes', () => {
    const r = runCli(['normalize', 'seeds/000_e07abcf84e9ed3d8.txt']);
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[0]).toBe(records[0]!.title);
    expect(r.out).not.toMatch(/會\(huì\)/);
    expect(r.out).toContain('2020-04-10');
  });

  it('fails with exit 1 for a missing file', () => {
    const r = runCli(['normalize', 'no-such-file.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^extract: no-such-file.txt: /);
  });
});

describe('xlsx', () => {
  it('writes Facts and Documents sheets with typed cells and frozen headers', async () => {
    const dir = tmp();
    const target = join(dir, 'facts.xlsx');
    const r = runCli(['seeds/', '--format', 'xlsx', '-o', target, '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['facts.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Facts', 'Documents']);

    const facts = wb.getWorksheet('Facts')!;
    expect((facts.getRow(1).values as unknown[]).slice(1)).toEqual([...FACT_COLUMNS]);
    expect(facts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(facts.actualRowCount - 1).toBe(records.reduce((n, rec) => n + factCount(rec), 0));
    const col = (name: string) => FACT_COLUMNS.indexOf(name as never) + 1;
    facts.eachRow((row, n) => {
      if (n === 1) return;
      const kind = row.getCell(col('kind')).value;
      if (kind === 'amount' || kind === 'volunteers' || kind === 'union') expect(typeof row.getCell(col('value')).value).toBe('number');
      if (kind === 'date' && String(row.getCell(col('detail')).value) === 'day') {
        const v = row.getCell(col('value')).value;
        // a day date with a known year is a date cell; --MM-DD (no year) stays text
        if (!(v instanceof Date)) expect(String(v)).toMatch(/^--/);
      }
      expect(typeof row.getCell(col('start')).value).toBe('number');
    });

    const docs = wb.getWorksheet('Documents')!;
    expect((docs.getRow(1).values as unknown[]).slice(1)).toEqual([...DOCUMENT_COLUMNS]);
    expect(docs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(docs.actualRowCount).toBe(records.length + 1);
    records.forEach((rec, k) => {
      const row = docs.getRow(k + 2);
      expect(row.getCell(1).value).toBe(rec.file);
      const published = row.getCell(3).value;
      if (rec.publishedAt) {
        expect(published).toBeInstanceOf(Date);
        expect((published as Date).toISOString().slice(0, 10)).toBe(rec.publishedAt);
      } else expect(published).toBeNull();
      expect(row.getCell(6).value).toBe(rec.amounts.length);
      expect(typeof row.getCell(7).value).toBe('number');
    });
  });

  it('can go to standard output when that is not a terminal', async () => {
    const r = runCli(['seeds/000_e07abcf84e9ed3d8.txt', '--format', 'xlsx', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.stdout as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Documents')!.getRow(2).getCell(1).value).toBe('seeds/000_e07abcf84e9ed3d8.txt');
  });

  it('keeps a formula-looking text as text', async () => {
    const dir = tmp();
    const target = join(dir, 't.xlsx');
    const r = runCli(['--input', 'jsonl', '--format', 'xlsx', '-o', target], {
      input: JSON.stringify({ id: '1', text: '=1+2\n正文' }),
    });
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const cell = wb.getWorksheet('Documents')!.getRow(2).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+2');
  });

  it('does not exist as a half-written file when writing to a missing folder fails', () => {
    expect(existsSync(join(ROOT, 'no-such-dir'))).toBe(false);
    const r = runCli(['seeds/', '--format', 'xlsx', '-o', 'no-such-dir/x.xlsx']);
    expect(r.status).toBe(2);
  });
});

describe('library (the built package entry)', () => {
  it('extractText, extractFile and the schemas, as a user imports them', async () => {
    const lib = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
    const text = readFileSync(join(ROOT, SEEDS[0]!), 'utf8');
    const fromText = lib.extractText(text, { file: 'mine.txt', id: 'x' });
    expect(lib.RecordSchema.parse(fromText)).toEqual(fromText);
    expect(fromText).toMatchObject({ file: 'mine.txt', id: 'x' });
    expect(fromText.amounts).toEqual(records[0]!.amounts);
    expect(lib.extractText('')).toMatchObject({ file: '-', amounts: [], unions: [] });

    const fromFile = await lib.extractFile(join(ROOT, SEEDS[0]!), { file: SEEDS[0]! });
    expect(fromFile).toEqual(records[0]);
    await expect(lib.extractFile(join(ROOT, 'no-such-file.txt'))).rejects.toThrow(/no-such-file.txt: /);
    expect(lib.factRows(fromFile)).toHaveLength(factCount(fromFile));
  });
});
