// Writes docs/case-file.schema.json from the engine's Zod schema (`npm run build:schema`).
// A test (scripts/case-file-schema.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { caseFileJsonSchema } from '@kassabon/engine';
import { CASE_FILE_SCHEMA_PATH, renderCaseFileSchema } from './case-file-schema-file.ts';

writeFileSync(CASE_FILE_SCHEMA_PATH, renderCaseFileSchema(caseFileJsonSchema()));
console.log(`wrote ${CASE_FILE_SCHEMA_PATH}`);
