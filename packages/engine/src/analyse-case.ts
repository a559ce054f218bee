import type {
  CaseAnalysis,
  FinancierSplit,
  FollowupTotals,
  Interval,
  ScenarioTotals,
  Warning,
} from './analysis-types.ts';
import type { Case, Line, Scenario, ScenarioKind } from './case-file-schema.ts';
import { CONFIDENCE_BANDS, DEFAULT_CONFIDENCE } from './confidence-bands.ts';
import { orderFinanciers } from './financier-order.ts';
import {
  DEFAULT_ASSUMPTIONS,
  type MultiYearFlows,
  presentValues,
  type ResolvedAssumptions,
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
  const item = line.item === undefined ? undefined : prices.get(line.item);
  if (line.item !== undefined && item === undefined)
    throw new Error(`unknown price-list item "${line.item}"`);
  const base = item ? item.unitPrice * (line.quantity ?? 0) : (line.amount ?? 0);
  const confidence = line.confidence ?? item?.confidence ?? DEFAULT_CONFIDENCE;
  return {
    label: line.label ?? item?.name ?? '',
    financier: line.financier ?? item?.financier ?? '',
    amount: base * (line.probability ?? 1),
    band: CONFIDENCE_BANDS[confidence],
    oneOff: line.oneOff ?? false,
    investment: line.investment ?? false,
    transfer: line.transfer ?? item?.transfer ?? false,
  };
}

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

type FinancierSums = { before: number; with: number; without: number };

function addLine(sums: ScenarioSums, line: PricedLine): void {
  const { amount, band } = line;
  // For a negative amount (a revenue) the lower bound is the larger deviation.
  const a = amount * (1 - band);
  const b = amount * (1 + band);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const societal = line.transfer ? 0 : amount;
  if (line.oneOff) {
    if (line.investment) {
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
  } else if (line.investment) {
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

const total = (s: ScenarioSums) => s.running + s.runningInvestment;
const oneOffTotal = (s: ScenarioSums) => s.oneOff + s.oneOffInvestment;

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
): MultiYearFlows {
  const costLevel: Level =
    avoidedLevel === 'low' ? 'high' : avoidedLevel === 'high' ? 'low' : 'expected';
  const pick = (expected: number, low: number, high: number, level: Level) =>
    level === 'low' ? low : level === 'high' ? high : expected;
  const s = withSums;
  const w = withoutSums;
  return {
    annualBenefit:
      totalAt(w, avoidedLevel) - pick(s.running, s.runningLow, s.runningHigh, costLevel),
    oneOffBenefit:
      pick(
        oneOffTotal(w),
        w.oneOffLow + w.oneOffInvestmentLow,
        w.oneOffHigh + w.oneOffInvestmentHigh,
        avoidedLevel,
      ) - pick(s.oneOff, s.oneOffLow, s.oneOffHigh, costLevel),
    annualCost: pick(
      s.runningInvestment,
      s.runningInvestmentLow,
      s.runningInvestmentHigh,
      costLevel,
    ),
    oneOffCost: pick(s.oneOffInvestment, s.oneOffInvestmentLow, s.oneOffInvestmentHigh, costLevel),
  };
}

function societalFlows(withSums: ScenarioSums, withoutSums: ScenarioSums): MultiYearFlows {
  return {
    annualBenefit:
      withoutSums.societalRunning +
      withoutSums.societalRunningInvestment -
      withSums.societalRunning,
    oneOffBenefit:
      withoutSums.societalOneOff + withoutSums.societalOneOffInvestment - withSums.societalOneOff,
    annualCost: withSums.societalRunningInvestment,
    oneOffCost: withSums.societalOneOffInvestment,
  };
}

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

const difference = (a: number | null, b: number | null) =>
  a === null || b === null ? null : a - b;

/** A stated total differs when it is a cent or more away (with room for float noise). */
const CENT = 0.01 - 1e-9;

/**
 * Analyses one case: annual totals per scenario, savings against "without" and "before",
 * the split by financier, the multi-year view, the low/expected/high range, the societal
 * view and warnings. The formulas are those of PRODUCT.md section 6 and docs/method.md.
 */
export function analyseCase(caseRecord: Case, prices: PriceIndex): CaseAnalysis {
  const singles: Partial<Record<ScenarioKind, ScenarioSums>> = {};
  const followupSums: { index: number; scenario: Scenario; sums: ScenarioSums }[] = [];
  const financiers = new Map<string, FinancierSums>();
  const warnings: Warning[] = [];

  caseRecord.scenarios.forEach((scenario, index) => {
    const sums = emptySums();
    const kind = scenario.kind;
    for (const line of scenario.lines) {
      const priced = priceLine(line, prices);
      addLine(sums, priced);
      if (kind !== 'followup' && !priced.oneOff) {
        let split = financiers.get(priced.financier);
        if (split === undefined) {
          split = { before: 0, with: 0, without: 0 };
          financiers.set(priced.financier, split);
        }
        split[kind] += priced.amount;
      }
    }
    if (kind === 'followup') followupSums.push({ index, scenario, sums });
    else singles[kind] = sums;
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
  });

  const { before, with: withSums, without } = singles;
  const totals: ScenarioTotals = {
    before: before ? total(before) : null,
    with: withSums ? total(withSums) : null,
    without: without ? total(without) : null,
  };
  const oneOff: ScenarioTotals = {
    before: before ? oneOffTotal(before) : null,
    with: withSums ? oneOffTotal(withSums) : null,
    without: without ? oneOffTotal(without) : null,
  };
  const savings = {
    vsWithout: difference(totals.without, totals.with),
    vsBefore: difference(totals.before, totals.with),
  };

  const byFinancier: FinancierSplit[] = orderFinanciers([...financiers.keys()]).map((financier) => {
    const split = financiers.get(financier) as FinancierSums;
    const at = (kind: 'before' | 'with' | 'without') => (singles[kind] ? split[kind] : null);
    return {
      financier,
      before: at('before'),
      with: at('with'),
      without: at('without'),
      savingsVsWithout: withSums && without ? split.without - split.with : null,
    };
  });

  const assumptions = resolveAssumptions(caseRecord);
  let multiYear: CaseAnalysis['multiYear'] = null;
  let npvInterval: Interval | null = null;
  let societalNpv: number | null = null;
  if (withSums && without) {
    const expected = presentValues(flowsAt(withSums, without, 'expected'), assumptions);
    const low = presentValues(flowsAt(withSums, without, 'low'), assumptions);
    const high = presentValues(flowsAt(withSums, without, 'high'), assumptions);
    const societal = presentValues(societalFlows(withSums, without), assumptions);
    multiYear = {
      ...assumptions,
      presentValueBenefits: expected.benefits,
      presentValueCosts: expected.costs,
      netPresentValue: expected.benefits - expected.costs,
      benefitCostRatio: expected.costs === 0 ? null : expected.benefits / expected.costs,
    };
    npvInterval = interval(
      low.benefits - low.costs,
      multiYear.netPresentValue,
      high.benefits - high.costs,
    );
    societalNpv = societal.benefits - societal.costs;
  }

  const totalInterval = (s: ScenarioSums | undefined) =>
    s ? interval(totalAt(s, 'low'), total(s), totalAt(s, 'high')) : null;
  const savingsInterval = (from: ScenarioSums | undefined) =>
    from && withSums
      ? interval(
          totalAt(from, 'low') - totalAt(withSums, 'high'),
          total(from) - total(withSums),
          totalAt(from, 'high') - totalAt(withSums, 'low'),
        )
      : null;

  const societalTotal = (s: ScenarioSums | undefined) =>
    s ? s.societalRunning + s.societalRunningInvestment : null;
  const societalOneOff = (s: ScenarioSums | undefined) =>
    s ? s.societalOneOff + s.societalOneOffInvestment : null;
  const societalTotals: ScenarioTotals = {
    before: societalTotal(before),
    with: societalTotal(withSums),
    without: societalTotal(without),
  };

  const followups: FollowupTotals[] = followupSums.map(({ index, scenario, sums }) => ({
    scenarioIndex: index,
    date: scenario.date ?? null,
    total: total(sums),
    oneOff: oneOffTotal(sums),
    savingsVsBefore: totals.before === null ? null : totals.before - total(sums),
  }));

  return {
    code: caseRecord.code,
    totals,
    oneOff,
    savings,
    byFinancier,
    multiYear,
    range: {
      bands: CONFIDENCE_BANDS,
      totals: {
        before: totalInterval(before),
        with: totalInterval(withSums),
        without: totalInterval(without),
      },
      savingsVsWithout: savingsInterval(without),
      savingsVsBefore: savingsInterval(before),
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
