/**
 * Runs the README's examples so they cannot drift from the tool. A fenced `console`
 * block right after an `<!-- readme-test -->` comment is a transcript: lines starting
 * with `$ ` are commands (a trailing `\` continues one), the lines after them are the
 * standard output they must print. Options in the comment:
 *   requires=NAME   skip (with the reason in the test name) when program NAME is not installed
 *
 * The commands run with bash, in order, in a scratch folder holding copies of seeds/
 * and fixtures/, with bin/ on the PATH (so `extract` is the built command).
 *
 * After a change that alters an example's output, refresh the README with
 *   UPDATE_README=1 npx vitest run test/readme.test.ts
 * and read the diff before committing it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACT_COLUMNS, DOCUMENT_COLUMNS } from '../src/output/columns.js';
import { ROOT, runCli, testEnv } from './helpers/run-cli.js';

const README_PATH = join(ROOT, 'README.md');
const README = readFileSync(README_PATH, 'utf8');
const UPDATE = process.env.UPDATE_README === '1';

interface Step {
  command: string;
  expected: string;
}
interface Block {
  requires: string[];
  steps: Step[];
  /** offsets of the block's body in the README */
  bodyStart: number;
  bodyEnd: number;
  line: number;
}

const BLOCK = /<!-- readme-test([^>]*)-->\s*\n```console\n([\s\S]*?)```/g;

function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const requires = [...m[1]!.matchAll(/requires=(\S+)/g)].map((r) => r[1]!);
    const body = m[2]!;
    const steps: Step[] = [];
    const lines = body.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('$ ')) {
        let command = line.slice(2);
        while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)}\n${lines[++i]!}`;
        steps.push({ command, expected: '' });
      } else if (steps.length) {
        const last = steps[steps.length - 1]!;
        last.expected += `${line}\n`;
      } else throw new Error(`README block at offset ${m.index}: output before any command`);
    }
    const bodyStart = m.index + m[0].length - 3 - body.length;
    blocks.push({ requires, steps, bodyStart, bodyEnd: bodyStart + body.length, line: text.slice(0, m.index).split('\n').length });
  }
  return blocks;
}

const tidy = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');

const installed = (program: string) => spawnSync('bash', ['-c', `command -v ${program}`]).status === 0;

const blocks = parseBlocks(README);
const workdir = mkdtempSync(join(tmpdir(), 'extract-readme-'));
cpSync(join(ROOT, 'seeds'), join(workdir, 'seeds'), { recursive: true });
cpSync(join(ROOT, 'fixtures'), join(workdir, 'fixtures'), { recursive: true });

function run(command: string) {
  const r = spawnSync('bash', ['-c', command], {
    cwd: workdir,
    env: testEnv({ PATH: `${join(ROOT, 'bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1' }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const actualOutputs = new Map<Block, string[]>();

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks) {
    const missing = block.requires.filter((p) => !installed(p));
    const title = `block at README line ${block.line}: ${block.steps.map((s) => s.command.split('\n')[0]).join(' ; ').slice(0, 100)}`;
    if (missing.length) {
      it.skip(`${title} (skipped: ${missing.join(', ')} not installed; on Debian: apt-get install -y ${missing.join(' ')})`, () => {});
      continue;
    }
    it(title, () => {
      const outs: string[] = [];
      for (const step of block.steps) {
        const r = run(step.command);
        expect(r.status, `${step.command}\n${r.stderr}`).toBe(0);
        outs.push(r.stdout);
        if (!UPDATE) expect(tidy(r.stdout), step.command).toBe(tidy(step.expected));
      }
      actualOutputs.set(block, outs);
    });
  }

  it.runIf(UPDATE)('writes the outputs back into README.md (UPDATE_README=1)', () => {
    let text = README;
    // from the last block to the first, so that earlier offsets stay valid
    for (const block of [...blocks].reverse()) {
      const outs = actualOutputs.get(block);
      if (!outs) continue;
      const body = block.steps
        .map((s, k) => `$ ${s.command.replace(/\n/g, '\\\n')}\n${tidy(outs[k]!) ? `${tidy(outs[k]!)}\n` : ''}`)
        .join('');
      text = text.slice(0, block.bodyStart) + body + text.slice(block.bodyEnd);
    }
    writeFileSync(README_PATH, text);
  });
});

describe('README reference', () => {
  it('documents every option of every command', () => {
    const options = new Set<string>();
    for (const args of [['--help'], ['eval', '--help'], ['normalize', '--help']]) {
      for (const m of runCli(args).out.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)) options.add(m[1]!);
    }
    expect(options.size).toBeGreaterThan(10);
    const undocumented = [...options].filter((o) => !README.includes(`\`${o}`));
    expect(undocumented).toEqual([]);
  });

  it('lists the CSV and documents columns in order', () => {
    expect(README).toContain(FACT_COLUMNS.join(','));
    expect(README).toContain(DOCUMENT_COLUMNS.join(','));
  });
});
