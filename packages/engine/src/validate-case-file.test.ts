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

describe('validateCaseFile: the case record', () => {
  /** A valid file whose first case has everything a case record may hold. */
  function fullFile(): Draft {
    const file = validFile();
    Object.assign(file.cases[0], {
      status: 'closed',
      team: 'Cuijk-Noord',
      startedOn: '2020-01-15',
      endedOn: '2020-09-30',
      lifeDomains: ['finances', 'mental-health', 'housing'],
      referral: 'MDO-tafel',
      referredBy: 'GGZ',
      approachUse: 'breakthrough',
      narrative: { situation: 'Schulden en geen werk.', actions: 'Eén plan.', outcome: 'Werk.' },
      plan: { wants: 'werken', can: 'afspraken nakomen', needs: 'rust' },
      participants: [
        { code: 'R1', role: 'resident', interviewed: true },
        { code: 'R2', role: 'resident', interviewed: false, notInterviewedReason: 'declined' },
        { code: 'P1', role: 'professional', organisation: 'Sociom', interviewed: true },
      ],
      meetings: [{ date: '2020-02-01', hours: 1.5, hourlyRate: 80, attendees: ['R1', 'P1'] }],
      interviews: [
        {
          participant: 'R1',
          rating: 9,
          quotes: [{ text: 'Ik sta er echt achter.', consent: true }],
          improvementPoints: ['Meer mandaat bij het MDO'],
        },
        { participant: 'P1', rating: 7 },
      ],
      barriers: [{ kind: 'not-purchased', description: 'Zorg niet ingekocht' }],
      effects: [{ effect: 'self-reliance', achieved: true }, { effect: 'eigen woorden' }],
      ratings: [],
      wellbeing: [{ participant: 'R1', moment: 'before', score: 3.5 }],
    });
    return file;
  }

  it('accepts a case with its story, plan, participants, meetings and interviews', () => {
    expect(problems(fullFile())).toEqual([]);
  });

  it.each<[string, (file: Draft) => void, string[]]>([
    [
      'a participant code twice',
      (f) => {
        f.cases[0].participants[1].code = 'R1';
      },
      ['cases[0].participants[1].code: duplicate participant code "R1" (also participants[0])'],
    ],
    [
      'a meeting attendee who is not a participant',
      (f) => {
        f.cases[0].meetings[0].attendees.push('X9');
      },
      [
        'cases[0].meetings[0].attendees[2]: unknown participant "X9" (the case\'s participants: "R1", "R2", "P1")',
      ],
    ],
    [
      'an attendee twice',
      (f) => {
        f.cases[0].meetings[0].attendees.push('P1');
      },
      ['cases[0].meetings[0].attendees[2]: "P1" attends twice'],
    ],
    [
      'an interview with someone who is not a participant',
      (f) => {
        f.cases[0].interviews[1].participant = 'P2';
      },
      [
        'cases[0].interviews[1].participant: unknown participant "P2" (the case\'s participants: "R1", "R2", "P1")',
      ],
    ],
    [
      'a mark given twice',
      (f) => {
        f.cases[0].ratings = [{ role: 'resident', score: 8, participant: 'R1' }];
      },
      ['cases[0].ratings[0].participant: "R1" gives a mark in interviews[0] too; give it once'],
    ],
    [
      'a wellbeing score of someone not listed',
      (f) => {
        f.cases[0].wellbeing[0].participant = 'R7';
      },
      [
        'cases[0].wellbeing[0].participant: unknown participant "R7" (the case\'s participants: "R1", "R2", "P1")',
      ],
    ],
    [
      'a reason not to interview someone who was interviewed',
      (f) => {
        f.cases[0].participants[0].notInterviewedReason = 'declined';
      },
      [
        'cases[0].participants[0].notInterviewedReason: is for a participant who was not interviewed, but "interviewed" is true',
      ],
    ],
    [
      'an end before the start',
      (f) => {
        f.cases[0].endedOn = '2019-12-31';
      },
      ['cases[0].endedOn: is before startedOn (2020-01-15)'],
    ],
    [
      'a life domain twice',
      (f) => {
        f.cases[0].lifeDomains.push('housing');
      },
      ['cases[0].lifeDomains[3]: duplicate life domain "housing" (also lifeDomains[2])'],
    ],
    [
      'a Dutch use of the approach',
      (f) => {
        f.cases[0].approachUse = 'doorbraak';
      },
      [
        'cases[0].approachUse: must be one of breakthrough, informative, preventive (got text "doorbraak"); use "breakthrough" for Dutch "doorbraak"',
      ],
    ],
    [
      'an interview rating of 11 and a quote without consent',
      (f) => {
        f.cases[0].interviews[0].rating = 11;
        delete f.cases[0].interviews[0].quotes[0].consent;
      },
      [
        'cases[0].interviews[0].quotes[0].consent: is required',
        'cases[0].interviews[0].rating: must be between 1 and 10',
      ],
    ],
    [
      'a meeting without hours',
      (f) => {
        delete f.cases[0].meetings[0].hours;
      },
      ['cases[0].meetings[0].hours: is required'],
    ],
  ])('refuses %s, naming where', (_name, change, expected) => {
    const file = fullFile();
    change(file);
    expect(problems(file)).toEqual(expected);
  });

  it('lets ratings and wellbeing name anyone when the case lists no participants', () => {
    expect(
      broken((f) => {
        f.cases[0].wellbeing = [{ participant: 'R1', moment: 'after', score: 8 }];
        f.cases[0].ratings = [{ role: 'resident', score: 8, participant: 'R1' }];
      }),
    ).toEqual([]);
  });
});
