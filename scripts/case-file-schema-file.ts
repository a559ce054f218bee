import { fileURLToPath } from 'node:url';

export const CASE_FILE_SCHEMA_PATH = fileURLToPath(
  new URL('../docs/case-file.schema.json', import.meta.url),
);

/** The committed form of the schema: two-space JSON with a final newline. */
export function renderCaseFileSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
