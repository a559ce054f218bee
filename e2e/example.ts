import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseCaseFile, validateCaseFile } from '@kassabon/engine';

/** The golden example, as the journeys upload it. */
export const EXAMPLE_PATH = fileURLToPath(
  new URL('../examples/blikveld360-2020.json', import.meta.url),
);
export const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, 'utf8');

const validated = validateCaseFile(JSON.parse(EXAMPLE_TEXT));
if (!validated.ok) throw new Error('the example case file is not valid');

/** What the engine computes for the example: the figures the portfolio page must show. */
export const EXPECTED = analyseCaseFile(validated.file).portfolio;

/** The same for the example's households only: the portfolio filtered by kind. */
export const EXPECTED_HOUSEHOLDS = analyseCaseFile({
  ...validated.file,
  cases: validated.file.cases.filter((caseRecord) => caseRecord.kind === 'household'),
}).portfolio;
