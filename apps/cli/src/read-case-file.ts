import { readFile } from 'node:fs/promises';
import { type CaseFile, type Issue, parseCaseFile, validateCaseFile } from '@kassabon/engine';

export type ReadResult =
  | { kind: 'valid'; file: CaseFile }
  | { kind: 'invalid'; issues: Issue[] }
  | { kind: 'unreadable'; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads, decodes, parses and validates one case file from disk. */
export async function readCaseFile(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'unreadable', reason: describeReadError(error) };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      kind: 'invalid',
      issues: [
        {
          path: '',
          message: 'the file is not UTF-8 text (binary data?), not a JSON or YAML case file',
        },
      ],
    };
  }
  const parsed = parseCaseFile(text, path);
  if (!parsed.ok) return { kind: 'invalid', issues: parsed.issues };
  const validated = validateCaseFile(parsed.data);
  return validated.ok
    ? { kind: 'valid', file: validated.file }
    : { kind: 'invalid', issues: validated.issues };
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
