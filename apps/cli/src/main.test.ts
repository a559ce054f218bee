import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  analyseCaseFile,
  caseFileJsonSchema,
  parseCaseFile,
  validateCaseFile,
} from '@kassabon/engine';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(root, 'examples/blikveld360-2020.json');
const folder = mkdtempSync(join(tmpdir(), 'kassabon-cli-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function engineAnalysis(path: string) {
  const parsed = parseCaseFile(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error('example does not parse');
  const validated = validateCaseFile(parsed.data);
  if (!validated.ok) throw new Error('example is not valid');
  return analyseCaseFile(validated.file);
}

const smallYaml = `version: 1
cases:
  - code: Y1
    scenarios:
      - kind: with
        lines:
          - { label: Begeleiding, amount: 1000, financier: gemeente-wmo }
      - kind: without
        lines:
          - { item: pw_alleenstaand_jaar_2025, quantity: 1 }
`;

describe('kassabon analyse', () => {
  it('shows the receipts side by side, the savings, the financiers and the warnings in Dutch', async () => {
    const { code, stdout, stderr } = await run('analyse', example);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Casus B360-01');
    expect(stdout).toMatch(/Kostenpost\s+Voor\s+Met\s+Zonder/);
    expect(stdout).toMatch(/Totaal per jaar\s+€ 36\.920,00\s+€ 18\.380,00\s+€ 34\.200,00/);
    expect(stdout).toContain('Besparing t.o.v. zonder: € 15.820,00 per jaar');
    expect(stdout).toContain('Wie investeert en wie wint');
    expect(stdout).toContain('Netto contante waarde');
    expect(stdout).toContain('Bandbreedte (laag / verwacht / hoog)');
    expect(stdout).toContain(
      'het opgegeven totaal van "Zonder" is € 51.560,00, maar de regels tellen op tot € 56.560,00',
    );
    expect(stdout).toMatch(/Totale besparing t\.o\.v\. zonder\s+€ 135\.684,00 per jaar/);
  });

  it('speaks English with --lang en', async () => {
    const { code, stdout } = await run('analyse', example, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Savings against without: €15,820.00 per year');
    expect(stdout).toMatch(/Line\s+Before\s+With\s+Without/);
  });

  it('prints exactly the engine analysis with --json', async () => {
    const { code, stdout } = await run('analyse', example, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(engineAnalysis(example))));
  });

  it('analyses YAML, priced from the reference list', async () => {
    const { code, stdout } = await run('analyse', write('small.yaml', smallYaml), '--json');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.cases[0].totals).toEqual({ before: null, with: 1000, without: 16145.4 });
  });

  it('gives a list with the file names for several files', async () => {
    const yaml = write('several.yaml', smallYaml);
    const { code, stdout } = await run('analyse', example, yaml, '--json');
    expect(code).toBe(0);
    const analyses = JSON.parse(stdout);
    expect(analyses.map((a: { file: string }) => a.file)).toEqual([example, yaml]);
  });

  it('exits 1 on warnings with --strict, naming them', async () => {
    const { code, stderr } = await run('analyse', example, '--strict', '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'B360-04: warning: the stated total of the "without" scenario is 51560',
    );
  });

  it('exits 1 with one line per problem for an invalid file, and no stack trace', async () => {
    const bad = write(
      'bad.json',
      JSON.stringify({
        version: 1,
        cases: [
          {
            code: 'A',
            scenarios: [{ kind: 'met', lines: [{ item: 'bestaat-niet', quantity: -2 }] }],
          },
          { code: 'A', scenarios: [], ratings: [{ role: 'resident', score: 12 }] },
        ],
      }),
    );
    const { code, stdout, stderr } = await run('analyse', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `${bad}: cases[0].scenarios[0].kind: must be one of before, with, without, followup (got text "met"); use "with" for Dutch "met"`,
      `${bad}: cases[0].scenarios[0].lines[0].item: unknown price-list item "bestaat-niet"`,
      `${bad}: cases[0].scenarios[0].lines[0].quantity: must be 0 or more`,
      `${bad}: cases[1].code: duplicate case code "A" (also cases[0])`,
      `${bad}: cases[1].ratings[0].score: must be between 1 and 10`,
    ]);
  });

  it.each([
    ['empty.json', '', 'the file is empty'],
    ['binary.json', new Uint8Array([0xff, 0xfe, 0x00, 0x81]), 'the file is not UTF-8 text'],
    ['nul.json', '{\u0000}', 'the file holds binary data'],
    ['text.txt', 'just some words', 'not a case file'],
    ['broken.json', '{"version": 1, "cases": [', 'not valid JSON at line 1'],
  ])('refuses %s with exit 1', async (name, content, message) => {
    const { code, stderr } = await run('analyse', write(name, content));
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a file that does not exist', async () => {
    const { code, stderr } = await run('analyse', join(folder, 'missing.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('missing.json: cannot read: no such file');
  });
});

describe('kassabon validate and schema', () => {
  it('says a valid file is valid', async () => {
    const { code, stdout } = await run('validate', example);
    expect(code).toBe(0);
    expect(stdout).toBe(`${example}: geldig (10 casussen)\n`);
  });

  it('prints the JSON Schema', async () => {
    const { code, stdout } = await run('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(caseFileJsonSchema());
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [[], 'Usage: kassabon'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['analyse'], 'analyse needs at least one FILE'],
    [['analyse', 'x.json', '--colour'], "Unknown option '--colour'"],
    [['analyse', 'x.json', '--lang', 'fr'], '--lang must be nl or en (got "fr")'],
    [['schema', 'x.json'], 'schema takes no files'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout + stderr).toContain(message);
  });

  it('shows help with exit 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes');
  });
});

describe('the installed command', () => {
  it('runs from the repository without a build step and gives the engine JSON', async () => {
    const bin = join(root, 'node_modules/.bin/kassabon');
    const { stdout } = await promisify(execFile)(bin, ['analyse', example, '--json'], {
      cwd: root,
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(engineAnalysis(example))));
  });
});
