import { parseArgs } from 'node:util';
import type { Language } from '@kassabon/engine';
import { analyse } from './commands/analyse.ts';
import { schema } from './commands/schema.ts';
import { validate } from './commands/validate.ts';
import { EXIT, type Output, processOutput, UsageError } from './output.ts';

export const USAGE = `Usage: kassabon <command> [options]

Commands:
  analyse FILE... [--json] [--strict] [--lang nl|en]
                     analyse case files (JSON or YAML): receipts, savings, financiers
  validate FILE...   check case files and name every problem
  schema             print the JSON Schema of the case file

Options:
  --json             print the analysis as JSON
  --strict           exit with 1 when the analysis has warnings
  --lang nl|en       language of the labels (default nl)
  -h, --help         show this help

Exit codes: 0 fine, 1 invalid input (or warnings with --strict), 2 usage error.
`;

/** Runs the kassabon command line and returns the exit code. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  try {
    return await run(argv, output);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      output.err(`kassabon: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function run(argv: string[], output: Output): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    output.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'nl' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    output.out(USAGE);
    return EXIT.ok;
  }
  const language = parseLanguage(values.lang);
  switch (command) {
    case 'analyse':
    case 'analyze':
      requireFiles(positionals, command);
      return analyse(positionals, { json: values.json, strict: values.strict, language }, output);
    case 'validate':
      requireFiles(positionals, command);
      return validate(positionals, language, output);
    case 'schema':
      if (positionals.length > 0) throw new UsageError('schema takes no files');
      return schema(output);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parseLanguage(value: string): Language {
  if (value === 'nl' || value === 'en') return value;
  throw new UsageError(`--lang must be nl or en (got "${value}")`);
}

function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
