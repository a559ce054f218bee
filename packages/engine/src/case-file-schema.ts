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
export const PARTICIPANT_ROLES = RATING_ROLES;
export const CASE_STATUSES = ['open', 'closed'] as const;
/** The three uses of the approach that the seed report found (001, slotconclusie). */
export const APPROACH_USES = ['breakthrough', 'informative', 'preventive'] as const;
/**
 * Life domains: those of the Zelfredzaamheid-Matrix (ZRM, 13 domains) plus parenting, which
 * the seeds name apart. The UI shows them in Dutch (docs/glossary.md).
 */
export const LIFE_DOMAINS = [
  'finances',
  'work-education',
  'daytime-activities',
  'housing',
  'domestic-relations',
  'mental-health',
  'physical-health',
  'substance-use',
  'basic-adl',
  'instrumental-adl',
  'social-network',
  'community-participation',
  'justice',
  'parenting',
] as const;
export const NOT_INTERVIEWED_REASONS = [
  'too-burdensome',
  'language-barrier',
  'contact-lost',
  'declined',
  'other',
] as const;
/** What blocked help, as the seeds name it: not purchased, urgency rules, cost-sharing norm. */
export const BARRIER_KINDS = [
  'not-purchased',
  'urgency-rules',
  'cost-sharing-norm',
  'waiting-list',
  'regulation',
  'budget',
  'other',
] as const;
/** The non-monetary effects offered as a checklist; other text is accepted too. */
export const KNOWN_EFFECTS = [
  'self-reliance',
  'participation',
  'trust-in-help',
  'safety',
  'liveability',
  'perspective',
  'social-network',
  'health',
  'housing-stability',
] as const;

export type Unit = (typeof UNITS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ApproachUse = (typeof APPROACH_USES)[number];
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

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
  professioneel: 'professional',
  anders: 'other',
  gesloten: 'closed',
  afgesloten: 'closed',
  doorbraak: 'breakthrough',
  informatief: 'informative',
  preventief: 'preventive',
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

/** Free text of a case's story: up to 50,000 characters, may be empty. */
const story = () => z.string().max(50_000, { error: 'must be at most 50000 characters' });

/** A person involved in a case, by a pseudonymous code ("R1", "P3"); never a name. */
export const ParticipantSchema = z.object({
  code: text(100),
  role: oneOf(PARTICIPANT_ROLES),
  organisation: text(200).optional(),
  interviewed: flag().optional(),
  notInterviewedReason: oneOf(NOT_INTERVIEWED_REASONS).optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** A multidisciplinary meeting (MDO); its cost is attendees × hours × hourly rate. */
export const MeetingSchema = z.object({
  date: isoDate().optional(),
  hours: numberField()
    .min(0, { error: 'must be 0 or more' })
    .max(1000, { error: 'must be at most 1000 hours' }),
  hourlyRate: money().min(0, { error: 'must be 0 or more' }).optional(),
  attendees: z.array(text(100), { error: 'must be a list of participant codes' }).optional(),
  note: story().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const QuoteSchema = z.object({
  text: text(2000),
  /** Only quotes with consent may appear in reports. */
  consent: flag(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** An interview with one participant; its rating counts with the case's ratings. */
export const InterviewSchema = z.object({
  participant: text(100),
  date: isoDate().optional(),
  rating: numberField()
    .min(1, { error: 'must be between 1 and 10' })
    .max(10, { error: 'must be between 1 and 10' })
    .optional(),
  roleBefore: story().optional(),
  roleAfter: story().optional(),
  experience: story().optional(),
  quotes: z.array(QuoteSchema, { error: 'must be a list of quotes' }).optional(),
  improvementPoints: z
    .array(text(1000), { error: 'must be a list of improvement points' })
    .optional(),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const BarrierSchema = z.object({
  kind: oneOf(BARRIER_KINDS),
  description: story().optional(),
});
export type Barrier = z.infer<typeof BarrierSchema>;

/** A non-monetary effect: one of KNOWN_EFFECTS or the analyst's own words. */
export const EffectSchema = z.object({
  effect: text(100),
  achieved: flag().optional(),
  note: story().optional(),
});
export type Effect = z.infer<typeof EffectSchema>;

export const NarrativeSchema = z.object({
  situation: story().optional(),
  actions: story().optional(),
  outcome: story().optional(),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

/** The resident's own plan: ik wil / ik kan / ik heb nodig. */
export const PlanSchema = z.object({
  wants: story().optional(),
  can: story().optional(),
  needs: story().optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const CaseSchema = z.object({
  code: text(100),
  title: text(300).optional(),
  kind: oneOf(CASE_KINDS).optional(),
  status: oneOf(CASE_STATUSES).optional(),
  team: text(100).optional(),
  startedOn: isoDate().optional(),
  endedOn: isoDate().optional(),
  lifeDomains: z.array(oneOf(LIFE_DOMAINS), { error: 'must be a list of life domains' }).optional(),
  referral: text(300).optional(),
  referredBy: text(200).optional(),
  approachUse: oneOf(APPROACH_USES).optional(),
  narrative: NarrativeSchema.optional(),
  plan: PlanSchema.optional(),
  participants: z.array(ParticipantSchema, { error: 'must be a list of participants' }).optional(),
  meetings: z.array(MeetingSchema, { error: 'must be a list of meetings' }).optional(),
  interviews: z.array(InterviewSchema, { error: 'must be a list of interviews' }).optional(),
  barriers: z.array(BarrierSchema, { error: 'must be a list of barriers' }).optional(),
  effects: z.array(EffectSchema, { error: 'must be a list of effects' }).optional(),
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
