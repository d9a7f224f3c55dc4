/** The `extract` command line. Minimal for now: files in, JSON records out. */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { extractBytes, normalizedText } from '../pipeline/extract-document.js';
import { recordJsonSchema } from '../schema/record.js';
import { evaluate, explain, formatTable } from '../eval/run-eval.js';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) out.push(...listFiles(readdirSync(p).sort().map((n) => join(p, n))));
    else out.push(p);
  }
  return out;
}

export function main(argv: string[]): void {
  const program = new Command('extract');
  program
    .argument('[paths...]', 'report files')
    .option('--schema', 'print the JSON Schema of a record')
    .action((paths: string[], opts: { schema?: boolean }) => {
      if (opts.schema) {
        process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
        return;
      }
      const records = listFiles(paths).map((p) => extractBytes(readFileSync(p), { file: p }));
      process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    });
  program
    .command('normalize <file>')
    .description('print the normalized text that offsets point into')
    .action((file: string) => {
      process.stdout.write(normalizedText(readFileSync(file)));
    });
  program
    .command('eval <paths...>')
    .requiredOption('--gold <dir>', 'folder of gold files')
    .option('--json', 'machine-readable scores')
    .option('--explain', 'list what each report missed (-) and added (+)')
    .action((paths: string[], opts: { gold: string; json?: boolean; explain?: boolean }) => {
      const records = listFiles(paths).map((p) => extractBytes(readFileSync(p), { file: p }));
      const { scores, pairs } = evaluate(records, opts.gold);
      if (opts.explain) for (const { pred, gold } of pairs) {
        const lines = explain(pred, gold);
        if (lines.length) process.stderr.write(`${pred.file}\n${lines.join('\n')}\n`);
      }
      process.stdout.write(opts.json ? JSON.stringify(scores, null, 2) + '\n' : formatTable(scores, pairs.length) + '\n');
    });
  program.parse(argv);
}
