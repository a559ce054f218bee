import { z } from 'zod';
import { CaseFileSchema } from './case-file-schema.ts';

/**
 * The JSON Schema (draft 2020-12) of the case file, generated from the Zod schema that
 * validates it, so the two cannot drift. Rules across records (unique codes, one "with" per
 * case, known item codes, a line being either priced or free) are checked by
 * validateCaseFile and described in docs/case-file.md, not here.
 */
export function caseFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CaseFileSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: 'https://kassabon.nl/schemas/case-file-v1.json',
    title: 'Kassabon case file, version 1',
    description:
      'Cases with their receipts (before / with / without / follow-up), priced from a price list or as free lines. See docs/case-file.md.',
  };
}
