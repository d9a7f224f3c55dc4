/**
 * The `extract` command line: option parsing and exit statuses. The work is done in
 * extract-command.ts and eval-command.ts.
 *
 * Exit status: 0 every input processed; 1 some failed (one stderr line each); 2 the
 * command was called wrongly (unknown option, bad value, missing input).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../run/read-failure.js';
import { FORMATS, ROWS } from '../output/writer.js';
import { runExtract, type ExtractOptions, type Io } from './extract-command.js';
import type { EvalOptions } from './eval-command.js';
import { readStdin } from './stdin.js';
import { OutputError, UsageError, positiveInt } from './errors.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** commander wants InvalidArgumentError from option parsers to report them as usage errors */
const intOption = (name: string) => (v: string) => {
  try {
    return positiveInt(name)(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
};
const collect = (v: string, all: string[] | undefined) => [...(all ?? []), v];

// What only some commands need is loaded when they run: the pipeline (normalize), the
// schema's JSON form (--schema), the scoring (eval). An extraction with worker threads
// never loads the pipeline in this thread at all (src/run/run-files.ts).

/** What commander hands the action: flags not given are undefined. */
type RawExtractOptions = Omit<ExtractOptions, 'bom' | 'failFast' | 'quiet' | 'dict'> & {
  bom?: boolean;
  failFast?: boolean;
  quiet?: boolean;
  dict?: string[];
  schema?: boolean;
};

const EXAMPLES = `
Examples:
  extract seeds/                              all reports under seeds/, as a JSON array
  extract reports/ --format csv --bom -o facts.csv
                                              one CSV row per fact, ready for a spreadsheet
  extract reports/ --format csv --rows documents
                                              one CSV row per report (sums, counts)
  extract reports/ --format xlsx -o facts.xlsx
                                              a workbook with Facts and Documents sheets
  extract reports/ --format jsonl | head -1   one record per line; a closed pipe ends quietly
  cat report.txt | extract --format jsonl     one report from standard input (file "-")
  extract --input jsonl batch.jsonl           {"id":...,"text":...} per line, one record each
  extract --schema                            the JSON Schema of a record
  extract normalize seeds/000_e07abcf84e9ed3d8.txt
                                              the text that start/end offsets point into
  extract eval --gold fixtures/gold seeds/ --explain
                                              precision, recall and F1 against gold files

Exit status: 0 all inputs processed, 1 some failed (one line each on stderr), 2 usage error.`;

function makeIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('extract');
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run extract --help for usage)')
    .description(
      'Turn Chinese trade-union reports into validated, structured facts: unions, sums of money, volunteer counts and dates.',
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'report files and folders (searched recursively); "-" or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --output <file>', 'write to FILE (atomically: a temp file renamed at the end) instead of standard output')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for spreadsheet programs)')
    .addOption(
      new Option('--rows <rows>', 'facts: one record (JSON) or row (CSV) per fact; documents: one row per file')
        .choices(ROWS)
        .default('facts'),
    )
    .addOption(
      new Option('--input <kind>', 'report: each path is a report; jsonl: each line is {"id": ..., "text": ...}')
        .choices(['report', 'jsonl'])
        .default('report'),
    )
    .option('--schema', 'print the JSON Schema of a record and exit')
    .option('-j, --jobs <n>', 'files processed in parallel (worker threads)', intOption('--jobs'), availableParallelism())
    .option('--max-bytes <n>', 'skip (as failed) inputs larger than N bytes', intOption('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-q, --quiet', 'no progress bar or summary on a terminal')
    .option('--dict <file>', 'extra words for the segmenter and union names (nodejieba user dictionary); repeatable', collect)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], raw: RawExtractOptions) => {
      if (raw.schema) {
        const { recordJsonSchema } = await import('../schema/record.js');
        io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
        return;
      }
      const opts: ExtractOptions = {
        ...raw,
        bom: raw.bom === true,
        failFast: raw.failFast === true,
        quiet: raw.quiet === true,
        dict: raw.dict ?? [],
      };
      setExit(await runExtract(paths, opts, io));
    });

  program
    .command('normalize')
    .description('print the normalized text of a report: the string that start/end offsets point into')
    .argument('<file>', 'a report file, or "-" for standard input')
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes', intOption('--max-bytes'), DEFAULT_MAX_BYTES)
    .addHelpText('after', '\nExample:\n  extract normalize seeds/000_e07abcf84e9ed3d8.txt | head -3')
    .action(async (file: string, opts: { maxBytes: number }) => {
      const { readReport } = await import('../run/read-report.js');
      const { normalizedText } = await import('../pipeline/extract-document.js');
      const read = file === '-' ? await readStdin(opts.maxBytes, io.stdin) : readReport(file, { maxBytes: opts.maxBytes });
      if (!read.ok) {
        io.stderr.write(`extract: ${file}: ${read.reason}\n`);
        setExit(1);
        return;
      }
      // the path, as extraction gives it: a .html file is read as HTML even when it does not look like it
      io.stdout.write(normalizedText(read.bytes, file));
    });

  program
    .command('eval')
    .description('score the extraction against gold files: precision, recall and F1 per field (SPEC section 5)')
    .argument('<paths...>', 'report files and folders')
    .requiredOption('--gold <dir>', 'folder of gold files (<report name>.json)')
    .option('--json', 'scores as JSON')
    .option('--explain', 'list what each report missed (-) and added (+)')
    .option('-j, --jobs <n>', 'files processed in parallel', intOption('--jobs'), availableParallelism())
    .option('--max-bytes <n>', 'skip (as failed) inputs larger than N bytes', intOption('--max-bytes'), DEFAULT_MAX_BYTES)
    .addHelpText(
      'after',
      '\nExamples:\n  extract eval --gold fixtures/gold seeds/ fixtures/reports/\n  extract eval --gold fixtures/gold seeds/ --explain\n  extract eval --gold fixtures/gold seeds/ --json',
    )
    .action(async (paths: string[], opts: Omit<EvalOptions, 'json' | 'explain'> & { json?: boolean; explain?: boolean }) => {
      const { runEval } = await import('./eval-command.js');
      setExit(await runEval(paths, { ...opts, json: opts.json === true, explain: opts.explain === true }, io));
    });

  return program;
}

/** Runs the command line; resolves to the exit status (bin/extract sets it on the process). */
export async function main(argv: string[], io: Io = makeIo()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      code = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UsageError) {
      io.stderr.write(`extract: ${e.message}\n(run extract --help for usage)\n`);
      code = 2;
    } else if (e instanceof OutputError) {
      io.stderr.write(`extract: ${e.message}\n`);
      code = 1;
    } else {
      io.stderr.write(`extract: internal error: ${(e as Error).stack ?? String(e)}\n`);
      code = 1;
    }
  }
  return code;
}
