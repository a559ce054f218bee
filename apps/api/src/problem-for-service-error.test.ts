import { expect, it } from 'vitest';
import { problemForDatabaseError } from './problem-for-service-error.ts';

function databaseError(code: string, constraint?: string) {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
    code,
    constraint,
  });
  return new Error('Failed query: insert into ...', { cause });
}

it('turns constraint violations into 409 and 422 without SQL', () => {
  expect(problemForDatabaseError(databaseError('23505', 'cases_code'))).toEqual({
    status: 409,
    title: 'this conflicts with data that exists already (cases_code)',
  });
  expect(problemForDatabaseError(databaseError('23514', 'lines_probability'))?.status).toBe(422);
  expect(problemForDatabaseError(databaseError('22P02'))?.status).toBe(422);
  expect(problemForDatabaseError(databaseError('57P01'))).toBeUndefined();
  expect(problemForDatabaseError(new Error('plain'))).toBeUndefined();
});
