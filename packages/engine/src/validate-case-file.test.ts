import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { validateCaseFile } from './validate-case-file.ts';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are broken on purpose, field by field
type Draft = Record<string, any>;

/** A small valid file; each test breaks one thing in a copy of it. */
function validFile(): Draft {
  return {
    version: 1,
    priceList: {
      year: 2025,
      items: [
        { code: 'ggz', name: 'GGZ-behandeling', unit: 'hour', unitPrice: 120, financier: 'zvw' },
        {
          code: 'pw',
          name: 'Bijstand',
          unit: 'year',
          unitPrice: 16000,
          financier: 'gemeente-participatiewet',
        },
      ],
    },
    cases: [
      {
        code: 'C1',
        scenarios: [
          { kind: 'with', lines: [{ item: 'ggz', quantity: 10 }] },
          {
            kind: 'without',
            lines: [
              { item: 'pw', quantity: 1 },
              { label: 'Opname', amount: 5000, financier: 'zvw', probability: 0.5 },
            ],
          },
        ],
        ratings: [{ role: 'resident', score: 8 }],
      },
      { code: 'C2', scenarios: [] },
    ],
  };
}

function problems(data: unknown): string[] {
  const result = validateCaseFile(data);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function broken(change: (file: Draft) => void): string[] {
  const file = validFile();
  change(file);
  return problems(file);
}

describe('validateCaseFile', () => {
  it('accepts a valid file', () => {
    expect(problems(validFile())).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    [
      'text',
      'hello',
      ['not a case file: expected an object with "version" and "cases" (got text "hello")'],
    ],
    ['a list', [], ['not a case file: expected an object with "version" and "cases" (got a list)']],
    ['null', null, ['not a case file: expected an object with "version" and "cases" (got null)']],
    ['no cases', { version: 1 }, ['cases: is required']],
    ['no version', { cases: [] }, ['version: is required (1 for this format)']],
    [
      'version 2',
      { version: 2, cases: [] },
      ['version: must be 1, the version of this format (got 2)'],
    ],
    [
      'version as text',
      { version: '1', cases: [] },
      ['version: must be 1, the version of this format (got text "1")'],
    ],
  ])('refuses %s', (_name, data, expected) => {
    expect(problems(data)).toEqual(expected);
  });

  it.each<[string, (file: Draft) => void, string[]]>([
    [
      'duplicate case codes',
      (f) => {
        f.cases[1].code = 'C1';
      },
      ['cases[1].code: duplicate case code "C1" (also cases[0])'],
    ],
    [
      'a second "with" scenario',
      (f) => f.cases[0].scenarios.push({ kind: 'with', lines: [] }),
      ['cases[0].scenarios[2].kind: a case has at most one "with" scenario (also scenarios[0])'],
    ],
    [
      'a Dutch scenario name',
      (f) => {
        f.cases[0].scenarios[1].kind = 'zonder';
      },
      [
        'cases[0].scenarios[1].kind: must be one of before, with, without, followup (got text "zonder"); use "without" for Dutch "zonder"',
      ],
    ],
    [
      'a negative quantity',
      (f) => {
        f.cases[0].scenarios[0].lines[0].quantity = -1;
      },
      ['cases[0].scenarios[0].lines[0].quantity: must be 0 or more'],
    ],
    [
      'a probability above 1',
      (f) => {
        f.cases[0].scenarios[1].lines[1].probability = 1.5;
      },
      ['cases[0].scenarios[1].lines[1].probability: must be between 0 and 1'],
    ],
    [
      'a rating of 11',
      (f) => {
        f.cases[0].ratings[0].score = 11;
      },
      ['cases[0].ratings[0].score: must be between 1 and 10'],
    ],
    [
      'a rating of 0',
      (f) => {
        f.cases[0].ratings[0].score = 0;
      },
      ['cases[0].ratings[0].score: must be between 1 and 10'],
    ],
    [
      'an amount given as text',
      (f) => {
        f.cases[0].scenarios[1].lines[1].amount = '5000';
      },
      ['cases[0].scenarios[1].lines[1].amount: must be a number (got text "5000")'],
    ],
    [
      'an amount beyond 1e12',
      (f) => {
        f.cases[0].scenarios[1].lines[1].amount = 2e12;
      },
      ['cases[0].scenarios[1].lines[1].amount: must be between -1e12 and 1e12 euros'],
    ],
    [
      'an infinite amount',
      (f) => {
        f.cases[0].scenarios[1].lines[1].amount = Number.POSITIVE_INFINITY;
      },
      ['cases[0].scenarios[1].lines[1].amount: must be a finite number'],
    ],
    [
      'NaN as an amount',
      (f) => {
        f.cases[0].scenarios[1].lines[1].amount = Number.NaN;
      },
      ['cases[0].scenarios[1].lines[1].amount: must be a finite number'],
    ],
    [
      'a stated total beyond -1e12',
      (f) => {
        f.cases[0].scenarios[0].statedTotal = -1e13;
      },
      ['cases[0].scenarios[0].statedTotal: must be between -1e12 and 1e12 euros'],
    ],
    [
      'an unknown item code',
      (f) => {
        f.cases[0].scenarios[0].lines[0].item = 'ggz-xyz';
      },
      ['cases[0].scenarios[0].lines[0].item: unknown price-list item "ggz-xyz"'],
    ],
    [
      'a line with neither item nor amount',
      (f) => {
        f.cases[0].scenarios[0].lines[0] = { label: 'Iets' };
      },
      [
        'cases[0].scenarios[0].lines[0]: a line needs either "item" and "quantity" (priced) or "label", "amount" and "financier" (free)',
      ],
    ],
    [
      'a free line without financier',
      (f) => {
        delete f.cases[0].scenarios[1].lines[1].financier;
      },
      ['cases[0].scenarios[1].lines[1].financier: is required for a free line'],
    ],
    [
      'a priced line without quantity',
      (f) => {
        delete f.cases[0].scenarios[0].lines[0].quantity;
      },
      ['cases[0].scenarios[0].lines[0].quantity: is required for a priced line'],
    ],
    [
      'an impossible date',
      (f) => {
        f.cases[0].scenarios[0].date = '2021-02-30';
      },
      ['cases[0].scenarios[0].date: must be a date YYYY-MM-DD (got text "2021-02-30")'],
    ],
    [
      'a duplicate price item',
      (f) => f.priceList.items.push({ ...f.priceList.items[0] }),
      ['priceList.items[2].code: duplicate item code "ggz" (also items[0])'],
    ],
    [
      'an unknown reference list',
      (f) => {
        f.referencePriceList = 'nl-1999';
      },
      [
        expect.stringMatching(
          /^referencePriceList: unknown reference price list "nl-1999" \(known: /,
        ) as never,
      ],
    ],
    [
      'a horizon of 0 years',
      (f) => {
        f.cases[0].assumptions = { horizonYears: 0 };
      },
      ['cases[0].assumptions.horizonYears: must be a whole number of years, 1 or more'],
    ],
  ])('refuses %s, naming where', (_name, change, expected) => {
    expect(broken(change)).toEqual(expected);
  });

  it('reports every problem at once, in document order', () => {
    const messages = broken((f) => {
      f.cases[1].code = 'C1';
      f.cases[0].scenarios[0].lines[0].quantity = -1;
      f.cases[0].scenarios[1].lines[0].item = 'nope';
      f.cases[0].scenarios.push({ kind: 'with', lines: [] });
    });
    expect(messages).toEqual([
      'cases[0].scenarios[0].lines[0].quantity: must be 0 or more',
      'cases[0].scenarios[1].lines[0].item: unknown price-list item "nope"',
      'cases[0].scenarios[2].kind: a case has at most one "with" scenario (also scenarios[0])',
      'cases[1].code: duplicate case code "C1" (also cases[0])',
    ]);
  });

  it('prices from the shipped reference list when the file has no list of its own', () => {
    const file = {
      version: 1,
      cases: [
        {
          code: 'A',
          scenarios: [
            { kind: 'with', lines: [{ item: 'pw_alleenstaand_jaar_2025', quantity: 1 }] },
          ],
        },
      ],
    };
    expect(problems(file)).toEqual([]);
    expect(problems({ ...file, referencePriceList: 'nl-sociaal-domein-2025' })).toEqual([]);
  });

  it('does not look in the reference list when the file brings its own', () => {
    const messages = broken((f) => {
      f.cases[0].scenarios[0].lines[0].item = 'pw_alleenstaand_jaar_2025';
    });
    expect(messages).toEqual([
      'cases[0].scenarios[0].lines[0].item: unknown price-list item "pw_alleenstaand_jaar_2025"',
    ]);
  });
});
