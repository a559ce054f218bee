import { describe, expect, it } from 'vitest';
import { CaseSchema } from './case-file-schema.ts';
import { unknownFields } from './unknown-fields.ts';

describe('unknownFields', () => {
  it('names every field the schema does not know, at any depth', () => {
    const data = {
      code: 'A',
      naam: 'x',
      scenarios: [
        { kind: 'with', lines: [{ amount: 1, label: 'a', financier: 'zvw', oneof: true }] },
      ],
      assumptions: { horizon: 3 },
      plan: { wants: 'werk' },
    };
    expect(unknownFields(CaseSchema, data)).toEqual([
      { path: 'naam', message: 'is not a known field' },
      { path: 'scenarios[0].lines[0].oneof', message: 'is not a known field' },
      { path: 'assumptions.horizon', message: 'is not a known field' },
    ]);
  });

  it('finds nothing in data of the wrong type, which the schema itself refuses', () => {
    expect(unknownFields(CaseSchema, 'text')).toEqual([]);
    expect(unknownFields(CaseSchema, { code: 'A', scenarios: 'none' })).toEqual([]);
  });
});
