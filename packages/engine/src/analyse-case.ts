import type {
  CaseAnalysis,
  FinancierSplit,
  FollowupTotals,
  Interval,
  ScenarioTotals,
  Warning,
} from './analysis-types.ts';
import type { Case, Confidence, Line, PriceItem, Scenario } from './case-file-schema.ts';
import { CONFIDENCE_BANDS, DEFAULT_CONFIDENCE } from './confidence-bands.ts';
import { financierRank } from './financier-order.ts';
import {
  DEFAULT_ASSUMPTIONS,
  type MultiYearFlows,
  presentBenefits,
  presentCosts,
  type ResolvedAssumptions,
  type YearFactors,
  yearFactors,
} from './multi-year.ts';
import type { PriceIndex } from './price-index.ts';

/**
 * The sums of one scenario, split the ways the analysis needs: structural (annual) against
 * one-off, the approach's own cost (investment) against the rest, and each at the low,
 * expected and high end of the lines' confidence bands. `societal*` leave out transfers.
 */
type ScenarioSums = {
  running: number;
  runningInvestment: number;
  oneOff: number;
  oneOffInvestment: number;
  runningLow: number;
  runningHigh: number;
  runningInvestmentLow: number;
  runningInvestmentHigh: number;
  oneOffLow: number;
  oneOffHigh: number;
  oneOffInvestmentLow: number;
  oneOffInvestmentHigh: number;
  societalRunning: number;
  societalRunningInvestment: number;
  societalOneOff: number;
  societalOneOffInvestment: number;
};

type Level = 'low' | 'expected' | 'high';

/** The priced facts of one line: its expected annual (or one-off) amount and how to treat it. */
export type PricedLine = {
  label: string;
  financier: string;
  amount: number;
  band: number;
  oneOff: boolean;
  investment: boolean;
  transfer: boolean;
};

/**
 * Prices one line: unitPrice × quantity × probability for a priced line (quantity is per
 * year in the item's unit), amount × probability for a free line. The item must exist in
 * the index; validateCaseFile guarantees that for a validated file.
 */
export function priceLine(line: Line, prices: PriceIndex): PricedLine {
  const fields = readLine(line, SCRATCH_LINE);
  const item = findItem(fields, prices);
  return {
    label: fields.label ?? item?.name ?? '',
    financier: financierOf(fields, item),
    amount: amountOf(fields, item),
    band: bandFor(fields, item),
    oneOff: fields.oneOff ?? false,
    investment: fields.investment ?? false,
    transfer: transferOf(fields, item),
  };
}

/** The fields of a line that pricing reads, each undefined where the line lacks it. */
type LineFields = { [K in PricedField]-?: Line[K] | undefined };

type PricedField =
  | 'item'
  | 'quantity'
  | 'label'
  | 'amount'
  | 'financier'
  | 'oneOff'
  | 'investment'
  | 'probability'
  | 'confidence'
  | 'transfer';

function emptyLineFields(): LineFields {
  return {
    item: undefined,
    quantity: undefined,
    label: undefined,
    amount: undefined,
    financier: undefined,
    oneOff: undefined,
    investment: undefined,
    probability: undefined,
    confidence: undefined,
    transfer: undefined,
  };
}

/**
 * Copies the fields of a line into `fields`, in one for-in pass over the keys it has. Lines
 * come in dozens of shapes (each optional field there or not), so a named read such as
 * `line.probability` is a megamorphic lookup, also for every field a line lacks; a for-in
 * walks the shape's cached key list and reads each value by its index. On the benchmark
 * (300,000 lines) that took about 5 ms off 126 ms of CPU time per run. For the plain objects
 * that parsing and validation give, the fields are those that named reads would give.
 */
function readLine(line: Line, fields: LineFields): LineFields {
  fields.item = undefined;
  fields.quantity = undefined;
  fields.label = undefined;
  fields.amount = undefined;
  fields.financier = undefined;
  fields.oneOff = undefined;
  fields.investment = undefined;
  fields.probability = undefined;
  fields.confidence = undefined;
  fields.transfer = undefined;
  for (const key in line) {
    const value = (line as Record<string, unknown>)[key];
    switch (key) {
      case 'item':
        fields.item = value as LineFields['item'];
        break;
      case 'quantity':
        fields.quantity = value as LineFields['quantity'];
        break;
      case 'label':
        fields.label = value as LineFields['label'];
        break;
      case 'amount':
        fields.amount = value as LineFields['amount'];
        break;
      case 'financier':
        fields.financier = value as LineFields['financier'];
        break;
      case 'oneOff':
        fields.oneOff = value as LineFields['oneOff'];
        break;
      case 'investment':
        fields.investment = value as LineFields['investment'];
        break;
      case 'probability':
        fields.probability = value as LineFields['probability'];
        break;
      case 'confidence':
        fields.confidence = value as LineFields['confidence'];
        break;
      case 'transfer':
        fields.transfer = value as LineFields['transfer'];
        break;
    }
  }
  return fields;
}

/** The line's price item, undefined for a free line; throws for an item not in the index. */
function findItem(fields: LineFields, prices: PriceIndex): PriceItem | undefined {
  const code = fields.item;
  if (code === undefined) return undefined;
  const item = prices.get(code);
  if (item === undefined) throw new Error(`unknown price-list item "${code}"`);
  return item;
}

function amountOf(fields: LineFields, item: PriceItem | undefined): number {
  const base = item ? item.unitPrice * (fields.quantity ?? 0) : (fields.amount ?? 0);
  return base * (fields.probability ?? 1);
}

function financierOf(fields: LineFields, item: PriceItem | undefined): string {
  return fields.financier ?? item?.financier ?? '';
}

function bandFor(fields: LineFields, item: PriceItem | undefined): number {
  return bandOf(fields.confidence ?? item?.confidence ?? DEFAULT_GRADE);
}

function transferOf(fields: LineFields, item: PriceItem | undefined): boolean {
  return fields.transfer ?? item?.transfer ?? false;
}

/*
 * Imported values read for every line, aliased once. tsx, which runs these sources (ADR 003),
 * compiles them to CommonJS, where each read of an imported binding calls a getter (a frame
 * of its own in a CPU profile): read per line, they cost about 10 of 122 ms of CPU time per
 * benchmark run.
 */
const BANDS = CONFIDENCE_BANDS;
const DEFAULT_GRADE = DEFAULT_CONFIDENCE;

/** A switch rather than a keyed lookup: this runs for every line. */
function bandOf(confidence: Confidence): number {
  switch (confidence) {
    case 'high':
      return BANDS.high;
    case 'low':
      return BANDS.low;
    default:
      return BANDS.medium;
  }
}

/** Slots of the scenario sums: the three single scenarios, then the followup being summed. */
const BEFORE = 0;
const WITH = 1;
const WITHOUT = 2;
const FOLLOWUP = 3;

/**
 * Scratch that analyseCase reuses for every case: the sums per slot, the fields of the line
 * being priced, the financier sums and the multi-year flows (below). Allocated per case, the
 * sums and the sort's work space made half of the engine's garbage: 85 MB per benchmark run
 * before, 45 MB after, of which the result itself is 26 MB. analyseCase calls nothing that
 * could re-enter it, and copies every figure it returns out of the scratch, so one set
 * suffices.
 */
const SCRATCH_SUMS = [emptySums(), emptySums(), emptySums(), emptySums()] as const;
const SCRATCH_LINE = emptyLineFields();

function emptySums(): ScenarioSums {
  return {
    running: 0,
    runningInvestment: 0,
    oneOff: 0,
    oneOffInvestment: 0,
    runningLow: 0,
    runningHigh: 0,
    runningInvestmentLow: 0,
    runningInvestmentHigh: 0,
    oneOffLow: 0,
    oneOffHigh: 0,
    oneOffInvestmentLow: 0,
    oneOffInvestmentHigh: 0,
    societalRunning: 0,
    societalRunningInvestment: 0,
    societalOneOff: 0,
    societalOneOffInvestment: 0,
  };
}

function resetSums(s: ScenarioSums): ScenarioSums {
  s.running = 0;
  s.runningInvestment = 0;
  s.oneOff = 0;
  s.oneOffInvestment = 0;
  s.runningLow = 0;
  s.runningHigh = 0;
  s.runningInvestmentLow = 0;
  s.runningInvestmentHigh = 0;
  s.oneOffLow = 0;
  s.oneOffHigh = 0;
  s.oneOffInvestmentLow = 0;
  s.oneOffInvestmentHigh = 0;
  s.societalRunning = 0;
  s.societalRunningInvestment = 0;
  s.societalOneOff = 0;
  s.societalOneOffInvestment = 0;
  return s;
}

/** One financier's structural sums per scenario. */
type FinancierSums = {
  financier: string;
  rank: number;
  before: number;
  with: number;
  without: number;
};

/**
 * The financiers of the case being analysed: the first `count` entries of a pool that only
 * grows (scratch, like SCRATCH_SUMS).
 */
const SCRATCH_FINANCIERS = { pool: [] as FinancierSums[], count: 0 };

/**
 * The sums of one financier, added on first use. A case has a handful of financiers, so a
 * linear scan beats hashing the code into a Map for every line.
 */
function financierSums(financier: string): FinancierSums {
  const { pool, count } = SCRATCH_FINANCIERS;
  for (let i = 0; i < count; i++) {
    const split = pool[i] as FinancierSums;
    if (split.financier === financier) return split;
  }
  let split = pool[count];
  if (split === undefined) {
    split = { financier, rank: 0, before: 0, with: 0, without: 0 };
    pool.push(split);
  }
  split.financier = financier;
  split.rank = financierRank(financier);
  split.before = 0;
  split.with = 0;
  split.without = 0;
  SCRATCH_FINANCIERS.count = count + 1;
  return split;
}

function compareSums(a: FinancierSums, b: FinancierSums): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.financier < b.financier ? -1 : a.financier > b.financier ? 1 : 0;
}

/**
 * Orders the case's financiers by insertion, in place: Array.prototype.sort allocated about
 * 1 kB of work space per case. Insertion sort is quadratic, but a case names a handful of
 * financiers (9 on average in the benchmark), and it is stable, as sort is.
 */
function sortFinanciers(): void {
  const { pool, count } = SCRATCH_FINANCIERS;
  for (let i = 1; i < count; i++) {
    const split = pool[i] as FinancierSums;
    let j = i - 1;
    while (j >= 0 && compareSums(pool[j] as FinancierSums, split) > 0) {
      pool[j + 1] = pool[j] as FinancierSums;
      j--;
    }
    pool[j + 1] = split;
  }
}

function addLine(
  sums: ScenarioSums,
  amount: number,
  band: number,
  oneOff: boolean,
  investment: boolean,
  transfer: boolean,
): void {
  // For a negative amount (a revenue) the lower bound is the larger deviation.
  const a = amount * (1 - band);
  const b = amount * (1 + band);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const societal = transfer ? 0 : amount;
  if (oneOff) {
    if (investment) {
      sums.oneOffInvestment += amount;
      sums.oneOffInvestmentLow += low;
      sums.oneOffInvestmentHigh += high;
      sums.societalOneOffInvestment += societal;
    } else {
      sums.oneOff += amount;
      sums.oneOffLow += low;
      sums.oneOffHigh += high;
      sums.societalOneOff += societal;
    }
  } else if (investment) {
    sums.runningInvestment += amount;
    sums.runningInvestmentLow += low;
    sums.runningInvestmentHigh += high;
    sums.societalRunningInvestment += societal;
  } else {
    sums.running += amount;
    sums.runningLow += low;
    sums.runningHigh += high;
    sums.societalRunning += societal;
  }
}

function total(s: ScenarioSums): number {
  return s.running + s.runningInvestment;
}

function oneOffTotal(s: ScenarioSums): number {
  return s.oneOff + s.oneOffInvestment;
}

function pick(expected: number, low: number, high: number, level: Level): number {
  return level === 'low' ? low : level === 'high' ? high : expected;
}

function totalAt(s: ScenarioSums, level: Level): number {
  if (level === 'low') return s.runningLow + s.runningInvestmentLow;
  if (level === 'high') return s.runningHigh + s.runningInvestmentHigh;
  return total(s);
}

/**
 * The flows of the multi-year view from the "with" and "without" sums. `costLevel` picks
 * the band end of the approach's own lines and `avoidedLevel` that of the costs avoided, so
 * the pessimistic case pairs low avoided costs with high costs of the approach.
 */
function flowsAt(
  withSums: ScenarioSums,
  withoutSums: ScenarioSums,
  avoidedLevel: Level,
  flows: MultiYearFlows,
): MultiYearFlows {
  const costLevel: Level =
    avoidedLevel === 'low' ? 'high' : avoidedLevel === 'high' ? 'low' : 'expected';
  const s = withSums;
  const w = withoutSums;
  flows.annualBenefit =
    totalAt(w, avoidedLevel) - pick(s.running, s.runningLow, s.runningHigh, costLevel);
  flows.oneOffBenefit =
    pick(
      oneOffTotal(w),
      w.oneOffLow + w.oneOffInvestmentLow,
      w.oneOffHigh + w.oneOffInvestmentHigh,
      avoidedLevel,
    ) - pick(s.oneOff, s.oneOffLow, s.oneOffHigh, costLevel);
  flows.annualCost = pick(
    s.runningInvestment,
    s.runningInvestmentLow,
    s.runningInvestmentHigh,
    costLevel,
  );
  flows.oneOffCost = pick(
    s.oneOffInvestment,
    s.oneOffInvestmentLow,
    s.oneOffInvestmentHigh,
    costLevel,
  );
  return flows;
}

function societalFlows(
  withSums: ScenarioSums,
  withoutSums: ScenarioSums,
  flows: MultiYearFlows,
): MultiYearFlows {
  flows.annualBenefit =
    withoutSums.societalRunning + withoutSums.societalRunningInvestment - withSums.societalRunning;
  flows.oneOffBenefit =
    withoutSums.societalOneOff + withoutSums.societalOneOffInvestment - withSums.societalOneOff;
  flows.annualCost = withSums.societalRunningInvestment;
  flows.oneOffCost = withSums.societalOneOffInvestment;
  return flows;
}

/** Net present value of the flows: benefits − costs. */
function netPresentValue(flows: MultiYearFlows, factors: YearFactors): number {
  return presentBenefits(flows, factors) - presentCosts(flows, factors);
}

/** The flows of the four multi-year views, filled in turn: scratch, like SCRATCH_SUMS. */
const SCRATCH_FLOWS: MultiYearFlows = {
  annualBenefit: 0,
  oneOffBenefit: 0,
  annualCost: 0,
  oneOffCost: 0,
};

function resolveAssumptions(caseRecord: Case): ResolvedAssumptions {
  const given = caseRecord.assumptions;
  return {
    horizonYears: given?.horizonYears ?? DEFAULT_ASSUMPTIONS.horizonYears,
    dropOff: given?.dropOff ?? DEFAULT_ASSUMPTIONS.dropOff,
    attribution: given?.attribution ?? DEFAULT_ASSUMPTIONS.attribution,
    discountRate: given?.discountRate ?? DEFAULT_ASSUMPTIONS.discountRate,
    discountFirstYear: given?.discountFirstYear ?? DEFAULT_ASSUMPTIONS.discountFirstYear,
  };
}

function interval(low: number, expected: number, high: number): Interval {
  return { low, expected, high };
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function totalInterval(s: ScenarioSums | undefined): Interval | null {
  return s ? interval(totalAt(s, 'low'), total(s), totalAt(s, 'high')) : null;
}

/** Savings of "with" against `from`, pessimistic and optimistic ends paired (docs/method.md). */
function savingsInterval(
  from: ScenarioSums | undefined,
  withSums: ScenarioSums | undefined,
): Interval | null {
  if (!from || !withSums) return null;
  return interval(
    totalAt(from, 'low') - totalAt(withSums, 'high'),
    total(from) - total(withSums),
    totalAt(from, 'high') - totalAt(withSums, 'low'),
  );
}

function societalTotal(s: ScenarioSums | undefined): number | null {
  return s ? s.societalRunning + s.societalRunningInvestment : null;
}

function societalOneOff(s: ScenarioSums | undefined): number | null {
  return s ? s.societalOneOff + s.societalOneOffInvestment : null;
}

/** A stated total differs when it is a cent or more away (with room for float noise). */
const CENT = 0.01 - 1e-9;

/**
 * Analyses one case: annual totals per scenario, savings against "without" and "before",
 * the split by financier, the multi-year view, the low/expected/high range, the societal
 * view and warnings. The formulas are those of PRODUCT.md section 6 and docs/method.md.
 */
export function analyseCase(caseRecord: Case, prices: PriceIndex): CaseAnalysis {
  let before: ScenarioSums | undefined;
  let withSums: ScenarioSums | undefined;
  let without: ScenarioSums | undefined;
  const followups: FollowupTotals[] = [];
  SCRATCH_FINANCIERS.count = 0;
  const warnings: Warning[] = [];

  const scenarios = caseRecord.scenarios;
  for (let index = 0; index < scenarios.length; index++) {
    const scenario = scenarios[index] as Scenario;
    const kind = scenario.kind;
    const slot =
      kind === 'before' ? BEFORE : kind === 'with' ? WITH : kind === 'without' ? WITHOUT : FOLLOWUP;
    const sums = resetSums(SCRATCH_SUMS[slot]);
    const lines = scenario.lines;
    for (let i = 0; i < lines.length; i++) {
      const fields = readLine(lines[i] as Line, SCRATCH_LINE);
      const item = findItem(fields, prices);
      const amount = amountOf(fields, item);
      const oneOff = fields.oneOff ?? false;
      addLine(
        sums,
        amount,
        bandFor(fields, item),
        oneOff,
        fields.investment ?? false,
        transferOf(fields, item),
      );
      if (slot !== FOLLOWUP && !oneOff) {
        const split = financierSums(financierOf(fields, item));
        if (slot === BEFORE) split.before += amount;
        else if (slot === WITH) split.with += amount;
        else split.without += amount;
      }
    }
    if (slot === BEFORE) before = sums;
    else if (slot === WITH) withSums = sums;
    else if (slot === WITHOUT) without = sums;
    else
      followups.push({
        scenarioIndex: index,
        date: scenario.date ?? null,
        total: total(sums),
        oneOff: oneOffTotal(sums),
        savingsVsBefore: null,
      });
    if (scenario.statedTotal !== undefined) {
      const computed = total(sums) + oneOffTotal(sums);
      if (Math.abs(scenario.statedTotal - computed) >= CENT)
        warnings.push({
          code: 'stated-total-mismatch',
          message: `the stated total of the "${kind}" scenario is ${scenario.statedTotal}, but its lines add up to ${computed}`,
          scenario: kind,
          scenarioIndex: index,
          stated: scenario.statedTotal,
          computed,
        });
    }
  }

  const totals: ScenarioTotals = {
    before: before ? total(before) : null,
    with: withSums ? total(withSums) : null,
    without: without ? total(without) : null,
  };
  if (totals.before !== null)
    for (const followup of followups) followup.savingsVsBefore = totals.before - followup.total;

  sortFinanciers();
  // Sized once: grown by push, the list's store kept spare room behind the 9 financiers of a
  // case (2,650 bytes a kept case analysis before, 2,596 after, on the benchmark).
  const byFinancier = new Array<FinancierSplit>(SCRATCH_FINANCIERS.count);
  for (let i = 0; i < SCRATCH_FINANCIERS.count; i++) {
    const split = SCRATCH_FINANCIERS.pool[i] as FinancierSums;
    byFinancier[i] = {
      financier: split.financier,
      before: before ? split.before : null,
      with: withSums ? split.with : null,
      without: without ? split.without : null,
      savingsVsWithout: withSums && without ? split.without - split.with : null,
    };
  }

  let multiYear: CaseAnalysis['multiYear'] = null;
  let npvInterval: Interval | null = null;
  let societalNpv: number | null = null;
  if (withSums && without) {
    const assumptions = resolveAssumptions(caseRecord);
    const factors = yearFactors(assumptions);
    const expected = flowsAt(withSums, without, 'expected', SCRATCH_FLOWS);
    const benefits = presentBenefits(expected, factors);
    const costs = presentCosts(expected, factors);
    const npv = benefits - costs;
    // Fields written out, not spread: a spread followed by more fields is slow on Node 20.
    multiYear = {
      horizonYears: assumptions.horizonYears,
      discountRate: assumptions.discountRate,
      dropOff: assumptions.dropOff,
      attribution: assumptions.attribution,
      discountFirstYear: assumptions.discountFirstYear,
      presentValueBenefits: benefits,
      presentValueCosts: costs,
      netPresentValue: npv,
      benefitCostRatio: costs === 0 ? null : benefits / costs,
    };
    npvInterval = interval(
      netPresentValue(flowsAt(withSums, without, 'low', SCRATCH_FLOWS), factors),
      npv,
      netPresentValue(flowsAt(withSums, without, 'high', SCRATCH_FLOWS), factors),
    );
    societalNpv = netPresentValue(societalFlows(withSums, without, SCRATCH_FLOWS), factors);
  }

  const societalTotals: ScenarioTotals = {
    before: societalTotal(before),
    with: societalTotal(withSums),
    without: societalTotal(without),
  };

  return {
    code: caseRecord.code,
    totals,
    oneOff: {
      before: before ? oneOffTotal(before) : null,
      with: withSums ? oneOffTotal(withSums) : null,
      without: without ? oneOffTotal(without) : null,
    },
    savings: {
      vsWithout: difference(totals.without, totals.with),
      vsBefore: difference(totals.before, totals.with),
    },
    byFinancier,
    multiYear,
    range: {
      bands: CONFIDENCE_BANDS,
      totals: {
        before: totalInterval(before),
        with: totalInterval(withSums),
        without: totalInterval(without),
      },
      savingsVsWithout: savingsInterval(without, withSums),
      savingsVsBefore: savingsInterval(before, withSums),
      netPresentValue: npvInterval,
    },
    societal: {
      totals: societalTotals,
      oneOff: {
        before: societalOneOff(before),
        with: societalOneOff(withSums),
        without: societalOneOff(without),
      },
      savings: {
        vsWithout: difference(societalTotals.without, societalTotals.with),
        vsBefore: difference(societalTotals.before, societalTotals.with),
      },
      netPresentValue: societalNpv,
    },
    followups,
    warnings,
  };
}
