import { parseArgs } from 'node:util';
import type { Language } from '@kassabon/engine';
import { ServiceError } from '@kassabon/services';
import { admin } from './commands/admin.ts';
import { analyse } from './commands/analyse.ts';
import { migrateDatabase } from './commands/db.ts';
import { priceLists } from './commands/price-lists.ts';
import { schema } from './commands/schema.ts';
import { serve } from './commands/serve.ts';
import { exportFile, importFile } from './commands/transfer.ts';
import { validate } from './commands/validate.ts';
import { DatabaseBusyError } from './open-database.ts';
import { EXIT, type Output, processOutput, UsageError } from './output.ts';
import { readStandardInput } from './read-standard-input.ts';

export const USAGE = `Usage: kassabon <command> [options]

Commands:
  analyse FILE... [--json] [--strict] [--lang nl|en]
                     analyse case files (JSON or YAML): receipts, savings, financiers
  validate FILE...   check case files and name every problem
  schema             print the JSON Schema of the case file

  serve [--port 3000] [--host 127.0.0.1] [--data-dir DIR]
                     run the Kassabon server (first start: a demo organisation)
  db migrate         bring the database schema up to date
  admin create-org --name NAME
  admin create-user --org NAME --email E --role R [--password-stdin]
                     add a user; prints a one-time setup link unless a password is piped in
  admin create-token --org NAME --role R --name T
                     create an API token (printed once)
  import FILE --org NAME [--replace]
                     import a case file into an organisation, all or nothing
  export --org NAME  print an organisation's cases as a case file
  price-lists list --org NAME
                     the organisation's price lists and the shipped ones, with their ids
  price-lists import FILE --org NAME --name NAME --year Y
                     import a CSV or XLSX price list as a new version, all or nothing
  price-lists export ID --org NAME [--format csv|xlsx] [--out FILE]
                     a price list as CSV on standard output, or into FILE

Options:
  --json             print the analysis as JSON
  --strict           exit with 1 when the analysis has warnings
  --lang nl|en       language of the labels (default nl)
  -h, --help         show this help

Roles: admin, analyst, professional, viewer.
Database: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir, KASSABON_DATA_DIR or ./data.
Exit codes: 0 fine, 1 invalid input, a refusal or a busy database (or warnings with --strict),
2 usage error.
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
    if (error instanceof ServiceError) {
      output.err(`kassabon: ${error.message}\n`);
      for (const issue of error.issues)
        output.err(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
      return EXIT.invalid;
    }
    if (error instanceof DatabaseBusyError) {
      output.err(`kassabon: ${error.message}\n`);
      return EXIT.invalid;
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
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      'data-dir': { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      year: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const database = { dataDir: values['data-dir'] };
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
    case 'serve':
      return serve({ ...database, host: values.host, port: parsePort(values.port) }, output);
    case 'db':
      if (positionals[0] !== 'migrate') throw new UsageError('db needs the action migrate');
      return migrateDatabase(database, output);
    case 'admin':
      return admin(
        positionals[0],
        {
          ...database,
          name: values.name,
          org: values.org,
          email: values.email,
          role: values.role,
          passwordStdin: values['password-stdin'],
          baseUrl: `http://${values.host}:${values.port}`,
        },
        output,
        readStandardInput,
      );
    case 'import': {
      const [file] = positionals;
      if (file === undefined || positionals.length > 1)
        throw new UsageError('import needs exactly one FILE');
      return importFile(file, { ...database, org: values.org, replace: values.replace }, output);
    }
    case 'export':
      return exportFile({ ...database, org: values.org }, output);
    case 'price-lists':
      return priceLists(
        positionals[0],
        positionals.slice(1),
        {
          ...database,
          org: values.org,
          name: values.name,
          year: values.year,
          format: values.format,
          out: values.out,
        },
        output,
      );
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number 0-65535 (got "${value}")`);
  return port;
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
