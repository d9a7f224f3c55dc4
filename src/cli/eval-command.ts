/**
 * `extract eval --gold DIR <paths...>`: runs the extraction and scores it against the
 * gold files (SPEC section 5). Scores (and with --explain, each report's misses and
 * extras) go to stdout; reports without a gold file are named on stderr and not scored.
 */
import { discover } from '../run/discover.js';
import { defaultRunOptions, runFiles } from '../run/run-files.js';
import { Evaluation, formatTable } from '../eval/run-eval.js';
import { existsSync, statSync } from 'node:fs';
import { UsageError } from './errors.js';
import type { Io } from './extract-command.js';

export interface EvalOptions {
  gold: string;
  json: boolean;
  explain: boolean;
  jobs: number;
  maxBytes: number;
}

export async function runEval(paths: string[], o: EvalOptions, io: Io): Promise<number> {
  if (!existsSync(o.gold) || !statSync(o.gold).isDirectory()) throw new UsageError(`--gold ${o.gold}: no such folder`);
  const evaluation = new Evaluation(o.gold);
  const explained: { file: string; lines: string[] }[] = [];
  let failures = 0;
  const run = { ...defaultRunOptions(), jobs: o.jobs, maxBytes: o.maxBytes };
  for await (const out of runFiles(discover(paths), run)) {
    if (!out.ok) {
      failures++;
      io.stderr.write(`extract: ${out.file}: ${out.reason}\n`);
      continue;
    }
    const s = evaluation.add(out.record);
    if (s.status === 'no-gold') io.stderr.write(`extract: ${s.file}: no gold file ${s.goldPath}, not scored\n`);
    else if (s.status === 'bad-gold') {
      failures++;
      io.stderr.write(`extract: ${s.goldPath}: bad gold file: ${s.reason.replace(/\s+/g, ' ')}\n`);
    } else if (o.explain && s.explain.length) explained.push({ file: s.file, lines: s.explain });
  }
  const scores = evaluation.scores();
  if (o.json) {
    const out = {
      reports: evaluation.reports,
      scores,
      missingGold: evaluation.missingGold,
      ...(o.explain ? { explain: Object.fromEntries(explained.map((e) => [e.file, e.lines])) } : {}),
    };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const e of explained) io.stdout.write(`${e.file}\n${e.lines.join('\n')}\n`);
    if (explained.length) io.stdout.write('\n');
    io.stdout.write(formatTable(scores, evaluation.reports) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
