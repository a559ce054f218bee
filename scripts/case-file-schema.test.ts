import { readFileSync } from 'node:fs';
import { caseFileJsonSchema } from '@kassabon/engine';
import { expect, it } from 'vitest';
import { CASE_FILE_SCHEMA_PATH, renderCaseFileSchema } from './case-file-schema-file.ts';

it('docs/case-file.schema.json is the schema the engine validates with (npm run build:schema)', () => {
  expect(readFileSync(CASE_FILE_SCHEMA_PATH, 'utf8')).toBe(
    renderCaseFileSchema(caseFileJsonSchema()),
  );
});
