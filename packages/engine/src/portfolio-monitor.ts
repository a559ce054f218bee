import { z } from 'zod';
import { priceLine } from './analyse-case.ts';
import { median } from './analyse-portfolio.ts';
import { type MeanCount, MeanCountSchema } from './analysis-types.ts';
import {
  BARRIER_KINDS,
  type Case,
  PARTICIPANT_ROLES,
  WELLBEING_MOMENTS,
} from './case-file-schema.ts';
import type { PriceIndex } from './price-index.ts';

const MomentSchema = z.enum(WELLBEING_MOMENTS);
const RoleSchema = z.enum(PARTICIPANT_ROLES);
const BarrierKindSchema = z.enum(BARRIER_KINDS);
type BarrierKind = z.infer<typeof BarrierKindSchema>;
type Moment = z.infer<typeof MomentSchema>;

/**
 * What the portfolio monitor (PRODUCT.md capability 5) needs of one case beyond its savings:
 * small enough to store beside the case, like the PortfolioEntry.
 */
export const MonitorEntrySchema = z.object({
  code: z.string(),
  /** Annual costs avoided per kind of line: "without" minus "with", where positive. */
  avoided: z.array(z.object({ key: z.string(), label: z.string(), amount: z.number() })),
  wellbeing: z.array(
    z.object({ participant: z.string(), moment: MomentSchema, score: z.number() }),
  ),
  barriers: z.array(BarrierKindSchema),
  improvementPoints: z.array(z.string()),
  /** Quotes with consent only: the others never leave the case. */
  quotes: z.array(z.object({ text: z.string(), role: RoleSchema })),
  effects: z.array(z.object({ effect: z.string(), achieved: z.boolean().nullable() })),
});
export type MonitorEntry = z.infer<typeof MonitorEntrySchema>;

/** What a line is, across cases: its item code, else its label in lower case without noise. */
function lineKey(item: string | undefined, label: string): string {
  if (item !== undefined) return `item:${item}`;
  return `label:${label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

/**
 * The monitor's facts of one case. A line's amount is priced as in the analysis
 * (unitPrice × quantity × probability, or amount × probability), structural lines only.
 */
export function monitorEntry(caseRecord: Case, prices: PriceIndex): MonitorEntry {
  const withScenario = caseRecord.scenarios.find((scenario) => scenario.kind === 'with');
  const withoutScenario = caseRecord.scenarios.find((scenario) => scenario.kind === 'without');
  const avoided = new Map<string, { key: string; label: string; amount: number }>();
  if (withScenario && withoutScenario)
    for (const [scenario, sign] of [
      [withoutScenario, 1],
      [withScenario, -1],
    ] as const)
      for (const line of scenario.lines) {
        const priced = priceLine(line, prices);
        if (priced.oneOff || priced.investment) continue;
        const key = lineKey(line.item, priced.label);
        const sum = avoided.get(key) ?? { key, label: priced.label, amount: 0 };
        sum.amount += sign * priced.amount;
        avoided.set(key, sum);
      }
  const roleOf = new Map(
    (caseRecord.participants ?? []).map((participant) => [participant.code, participant.role]),
  );
  const interviews = caseRecord.interviews ?? [];
  return {
    code: caseRecord.code,
    avoided: [...avoided.values()].filter((sum) => sum.amount > 0),
    wellbeing: (caseRecord.wellbeing ?? []).map(({ participant, moment, score }) => ({
      participant,
      moment,
      score,
    })),
    barriers: (caseRecord.barriers ?? []).map((barrier) => barrier.kind),
    improvementPoints: interviews.flatMap((interview) => interview.improvementPoints ?? []),
    quotes: interviews.flatMap((interview) =>
      (interview.quotes ?? [])
        .filter((quote) => quote.consent)
        .map((quote) => ({ text: quote.text, role: roleOf.get(interview.participant) ?? 'other' })),
    ),
    effects: (caseRecord.effects ?? []).map((effect) => ({
      effect: effect.effect,
      achieved: effect.achieved ?? null,
    })),
  };
}

/** The portfolio monitor: what many cases have in common, beside the portfolio's money. */
export const PortfolioMonitorSchema = z.object({
  /** Savings against "without" of the cases that have both scenarios, as a histogram. */
  savingsDistribution: z.object({
    min: z.number().nullable(),
    median: z.number().nullable(),
    max: z.number().nullable(),
    bins: z.array(z.object({ from: z.number(), to: z.number(), cases: z.number() })),
  }),
  wellbeing: z.object({
    before: MeanCountSchema,
    after: MeanCountSchema,
    followup: MeanCountSchema,
    /** After minus before, per participant who has both; the mean over them. */
    change: MeanCountSchema,
  }),
  avoidedLines: z.array(z.object({ label: z.string(), amount: z.number(), cases: z.number() })),
  barriers: z.array(z.object({ kind: BarrierKindSchema, cases: z.number() })),
  improvementPoints: z.array(z.object({ text: z.string(), count: z.number() })),
  effects: z.array(z.object({ effect: z.string(), cases: z.number(), achieved: z.number() })),
  quotes: z.array(z.object({ text: z.string(), role: RoleSchema, code: z.string() })),
});
export type PortfolioMonitor = z.infer<typeof PortfolioMonitorSchema>;

/** How many bins the savings histogram has at most. */
const BINS = 10;
/** How many of the most avoided lines, and of the most named points, are listed. */
const TOP = 10;

/** Adds up the monitor entries of many cases; `savings` are their savings against "without". */
export function combineMonitor(
  entries: readonly MonitorEntry[],
  savings: readonly number[],
): PortfolioMonitor {
  const avoided = new Map<string, { label: string; amount: number; cases: number }>();
  const barriers = new Map<BarrierKind, number>();
  const points = new Map<string, { text: string; count: number }>();
  const effects = new Map<string, { effect: string; cases: number; achieved: number }>();
  const scores: Record<Moment, number[]> = { before: [], after: [], followup: [] };
  const changes: number[] = [];
  const quotes: PortfolioMonitor['quotes'] = [];
  for (const entry of entries) {
    for (const line of entry.avoided) {
      const sum = avoided.get(line.key) ?? { label: line.label, amount: 0, cases: 0 };
      sum.amount += line.amount;
      sum.cases++;
      avoided.set(line.key, sum);
    }
    for (const kind of new Set(entry.barriers)) barriers.set(kind, (barriers.get(kind) ?? 0) + 1);
    for (const text of entry.improvementPoints) {
      const key = text.trim().toLowerCase();
      const point = points.get(key) ?? { text: text.trim(), count: 0 };
      point.count++;
      points.set(key, point);
    }
    for (const effect of entry.effects) {
      const sum = effects.get(effect.effect) ?? { effect: effect.effect, cases: 0, achieved: 0 };
      sum.cases++;
      if (effect.achieved) sum.achieved++;
      effects.set(effect.effect, sum);
    }
    const byParticipant = new Map<string, Partial<Record<Moment, number>>>();
    for (const score of entry.wellbeing) {
      scores[score.moment].push(score.score);
      const moments = byParticipant.get(score.participant) ?? {};
      moments[score.moment] = score.score;
      byParticipant.set(score.participant, moments);
    }
    for (const moments of byParticipant.values())
      if (moments.before !== undefined && moments.after !== undefined)
        changes.push(moments.after - moments.before);
    for (const quote of entry.quotes) quotes.push({ ...quote, code: entry.code });
  }
  return {
    savingsDistribution: histogram(savings),
    wellbeing: {
      before: meanCount(scores.before),
      after: meanCount(scores.after),
      followup: meanCount(scores.followup),
      change: meanCount(changes),
    },
    avoidedLines: [...avoided.values()].sort((a, b) => b.amount - a.amount).slice(0, TOP),
    barriers: [...barriers.entries()]
      .map(([kind, cases]) => ({ kind, cases }))
      .sort((a, b) => b.cases - a.cases || a.kind.localeCompare(b.kind)),
    improvementPoints: [...points.values()]
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, TOP),
    effects: [...effects.values()].sort(
      (a, b) => b.cases - a.cases || a.effect.localeCompare(b.effect),
    ),
    quotes,
  };
}

function meanCount(values: readonly number[]): MeanCount {
  let sum = 0;
  for (const value of values) sum += value;
  return { mean: values.length === 0 ? null : sum / values.length, n: values.length };
}

/** Equal-width bins from the lowest to the highest value; one bin when all are equal. */
function histogram(values: readonly number[]): PortfolioMonitor['savingsDistribution'] {
  if (values.length === 0) return { min: null, median: null, max: null, bins: [] };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const count = max === min ? 1 : Math.min(BINS, values.length);
  const width = (max - min) / count;
  const bins = Array.from({ length: count }, (_, index) => ({
    from: min + index * width,
    to: index === count - 1 ? max : min + (index + 1) * width,
    cases: 0,
  }));
  for (const value of values) {
    const index = width === 0 ? 0 : Math.min(count - 1, Math.floor((value - min) / width));
    (bins[index] as { cases: number }).cases++;
  }
  return { min, median: median(values), max, bins };
}
