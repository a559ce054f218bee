import { z } from 'zod';

/**
 * The case file, version 1: the public interchange format of PRODUCT.md section 6.
 * Every message below is written to be read after a path such as
 * `cases[2].scenarios[0].lines[3].quantity: `, so it starts in lower case.
 */

/** Amounts of money are euros; anything beyond ±1e12 is a typing error, not a budget. */
export const MONEY_LIMIT = 1e12;

export const UNITS = [
  'year',
  'month',
  'week',
  'day',
  'hour',
  'contact',
  'trajectory',
  'once',
] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const SCENARIO_KINDS = ['before', 'with', 'without', 'followup'] as const;
export const CASE_KINDS = ['individual', 'household', 'group'] as const;
export const RATING_ROLES = ['resident', 'professional', 'other'] as const;
export const WELLBEING_MOMENTS = ['before', 'after', 'followup'] as const;

export type Unit = (typeof UNITS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** Dutch words people type where the format wants English ones. */
const DUTCH_WORDS: Record<string, string> = {
  voor: 'before',
  met: 'with',
  tijdens: 'with',
  zonder: 'without',
  herhaalmeting: 'followup',
  individu: 'individual',
  huishouden: 'household',
  groep: 'group',
  inwoner: 'resident',
  hoog: 'high',
  gemiddeld: 'medium',
  midden: 'medium',
  laag: 'low',
  jaar: 'year',
  maand: 'month',
  dag: 'day',
  uur: 'hour',
  eenmalig: 'once',
  traject: 'trajectory',
};

/** Describes a received value for a message: text is quoted, long values are cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `text "${shown}"`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return 'is required';
      const given = issue.input;
      const english = typeof given === 'string' ? DUTCH_WORDS[given.toLowerCase()] : undefined;
      const hint =
        english && values.includes(english) ? `; use "${english}" for Dutch "${given}"` : '';
      return `must be one of ${values.join(', ')} (got ${describeValue(given)})${hint}`;
    },
  });
}

function numberField() {
  return z.number({
    error: (issue) => {
      if (issue.input === undefined) return 'is required';
      if (typeof issue.input === 'number') return 'must be a finite number';
      return `must be a number (got ${describeValue(issue.input)})`;
    },
  });
}

function text(maxLength: number) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : `must be text (got ${describeValue(issue.input)})`,
    })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` });
}

function flag() {
  return z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `must be true or false (got ${describeValue(issue.input)})`,
  });
}

const money = () =>
  numberField()
    .min(-MONEY_LIMIT, { error: 'must be between -1e12 and 1e12 euros' })
    .max(MONEY_LIMIT, { error: 'must be between -1e12 and 1e12 euros' });

const share = () =>
  numberField()
    .min(0, { error: 'must be between 0 and 1' })
    .max(1, { error: 'must be between 0 and 1' });

const isoDate = () =>
  z
    .string({ error: (issue) => `must be a date YYYY-MM-DD (got ${describeValue(issue.input)})` })
    .refine(isCalendarDate, {
      error: (issue) => `must be a date YYYY-MM-DD (got ${describeValue(issue.input)})`,
    });

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const PriceItemSchema = z.object({
  code: text(100),
  name: text(300),
  nameEn: text(300).optional(),
  unit: oneOf(UNITS),
  unitPrice: money().min(0, { error: 'must be 0 or more' }),
  financier: text(100),
  category: text(100).optional(),
  source: z.string().max(2000).optional(),
  priceYear: z
    .int({
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : `must be a whole year, e.g. 2025 (got ${describeValue(issue.input)})`,
    })
    .min(1900, { error: 'must be a year between 1900 and 2200' })
    .max(2200, { error: 'must be a year between 1900 and 2200' })
    .optional(),
  confidence: oneOf(CONFIDENCES).optional(),
  transfer: flag().optional(),
});
export type PriceItem = z.infer<typeof PriceItemSchema>;

export const PriceListSchema = z.object({
  name: text(200).optional(),
  year: z
    .int({ error: 'must be a whole year, e.g. 2025' })
    .min(1900, { error: 'must be a year between 1900 and 2200' })
    .max(2200, { error: 'must be a year between 1900 and 2200' }),
  items: z.array(PriceItemSchema, { error: 'must be a list of price items' }),
});
export type PriceList = z.infer<typeof PriceListSchema>;

/**
 * A line is either priced from the price list (`item` + `quantity`) or free (`label` +
 * `amount` + `financier`). One object schema with a refinement, rather than a union, so a
 * mistake is reported on the field that is wrong instead of as "no union member matched".
 */
export const LineSchema = z
  .object({
    item: text(100).optional(),
    quantity: numberField()
      .min(0, { error: 'must be 0 or more' })
      .max(1e9, { error: 'must be at most 1e9' })
      .optional(),
    label: text(300).optional(),
    amount: money().optional(),
    financier: text(100).optional(),
    oneOff: flag().optional(),
    investment: flag().optional(),
    probability: share().optional(),
    confidence: oneOf(CONFIDENCES).optional(),
    transfer: flag().optional(),
    note: z.string().max(5000).optional(),
  })
  .superRefine((line, ctx) => {
    if (line.item !== undefined) {
      if (line.amount !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: 'a priced line (with "item") takes a quantity, not an amount',
        });
      if (line.quantity === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['quantity'],
          message: 'is required for a priced line',
        });
      return;
    }
    if (line.amount !== undefined) {
      if (line.label === undefined)
        ctx.addIssue({ code: 'custom', path: ['label'], message: 'is required for a free line' });
      if (line.financier === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['financier'],
          message: 'is required for a free line',
        });
      if (line.quantity !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['quantity'],
          message: 'belongs to a priced line; a free line gives its annual amount',
        });
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [],
      message:
        'a line needs either "item" and "quantity" (priced) or "label", "amount" and "financier" (free)',
    });
  });
export type Line = z.infer<typeof LineSchema>;

export const ScenarioSchema = z.object({
  kind: oneOf(SCENARIO_KINDS),
  date: isoDate().optional(),
  statedTotal: money().optional(),
  lines: z.array(LineSchema, { error: 'must be a list of lines' }),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const RatingSchema = z.object({
  role: oneOf(RATING_ROLES),
  score: numberField()
    .min(1, { error: 'must be between 1 and 10' })
    .max(10, { error: 'must be between 1 and 10' }),
  participant: text(100).optional(),
});
export type Rating = z.infer<typeof RatingSchema>;

export const WellbeingSchema = z.object({
  participant: text(100),
  moment: oneOf(WELLBEING_MOMENTS),
  score: numberField()
    .min(0, { error: 'must be between 0 and 10' })
    .max(10, { error: 'must be between 0 and 10' }),
});
export type Wellbeing = z.infer<typeof WellbeingSchema>;

export const AssumptionsSchema = z.object({
  horizonYears: z
    .int({ error: 'must be a whole number of years, 1 or more' })
    .min(1, { error: 'must be a whole number of years, 1 or more' })
    .max(100, { error: 'must be at most 100 years' })
    .optional(),
  dropOff: share().optional(),
  attribution: share().optional(),
  discountRate: numberField()
    .min(-0.5, { error: 'must be between -0.5 and 1' })
    .max(1, { error: 'must be between -0.5 and 1' })
    .optional(),
  discountFirstYear: flag().optional(),
});
export type Assumptions = z.infer<typeof AssumptionsSchema>;

export const CaseSchema = z.object({
  code: text(100),
  title: text(300).optional(),
  kind: oneOf(CASE_KINDS).optional(),
  scenarios: z.array(ScenarioSchema, { error: 'must be a list of scenarios' }),
  ratings: z.array(RatingSchema, { error: 'must be a list of ratings' }).optional(),
  wellbeing: z.array(WellbeingSchema, { error: 'must be a list of wellbeing scores' }).optional(),
  assumptions: AssumptionsSchema.optional(),
});
export type Case = z.infer<typeof CaseSchema>;

export const CaseFileSchema = z.object({
  version: z.literal(1, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required (1 for this format)'
        : `must be 1, the version of this format (got ${describeValue(issue.input)})`,
  }),
  priceList: PriceListSchema.optional(),
  /** Code of a price list shipped with Kassabon; see reference-price-lists.ts. */
  referencePriceList: text(100).optional(),
  cases: z.array(CaseSchema, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `must be a list of cases (got ${describeValue(issue.input)})`,
  }),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;
