import { type ParseError, parse as parseJsonTolerantly, printParseErrorCode } from 'jsonc-parser';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Issue } from './issues.ts';

export type ParseResult = { ok: true; data: unknown } | { ok: false; issues: Issue[] };

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Reads the text of a case file as JSON or YAML. The format follows the file name
 * (`.json`, `.yaml`, `.yml`); without one, text that opens with `{` or `[` is JSON.
 * A UTF-8 byte-order mark is dropped. Only syntax is checked here; see validateCaseFile.
 */
export function parseCaseFile(text: string, fileName = ''): ParseResult {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return failure('the file is empty');
  if (body.includes('\u0000'))
    return failure('the file holds binary data, not a JSON or YAML case file');
  const format = chooseFormat(body, fileName);
  return format === 'json' ? parseJson(body) : parseYamlText(body);
}

function chooseFormat(body: string, fileName: string): 'json' | 'yaml' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const first = body.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function parseJson(body: string): ParseResult {
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (error) {
    return failure(`not valid JSON${locateJsonError(body) ?? `: ${String(error)}`}`);
  }
}

/**
 * JSON.parse does not always say where it failed; a tolerant parser run over the same
 * text finds the first offending offset. Its error codes read as words: "ValueExpected".
 */
function locateJsonError(body: string): string | undefined {
  const errors: ParseError[] = [];
  parseJsonTolerantly(body, errors, { disallowComments: true, allowTrailingComma: false });
  const [first] = errors;
  if (!first) return undefined;
  const reason = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return ` at ${lineAndColumn(body, first.offset)}: ${reason}`;
}

function parseYamlText(body: string): ParseResult {
  try {
    return { ok: true, data: parseYaml(body, { uniqueKeys: true, maxAliasCount: 100 }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos
        ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`
        : '';
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
      return failure(`not valid YAML${where}: ${reason}`);
    }
    return failure(`not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function failure(message: string): ParseResult {
  return { ok: false, issues: [{ path: '', message }] };
}
