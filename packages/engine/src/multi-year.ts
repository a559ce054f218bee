/** Defaults of the multi-year view (PRODUCT.md section 6; sources in docs/method.md). */
export const DEFAULT_ASSUMPTIONS = {
  horizonYears: 1,
  dropOff: 0,
  attribution: 0,
  /** 2.25%: the real discount rate for Dutch social CBA (Werkgroep discontovoet 2020). */
  discountRate: 0.0225,
  discountFirstYear: false,
} as const;

export type ResolvedAssumptions = {
  horizonYears: number;
  dropOff: number;
  attribution: number;
  discountRate: number;
  discountFirstYear: boolean;
};

/** The annual flows of one case that the multi-year view needs, in euros. */
export type MultiYearFlows = {
  /** Annual structural benefit: totals.without − (totals.with − structural investment). */
  annualBenefit: number;
  /** Avoided one-off costs: oneOff.without − (oneOff.with − one-off investment). */
  oneOffBenefit: number;
  /** Structural investment of the "with" scenario, paid in each year 1..H. */
  annualCost: number;
  /** One-off investment of the "with" scenario, paid at the start. */
  oneOffCost: number;
};

/**
 * The weights of the horizon, computed once per case: `benefit` = Σ (1 − dropOff)^(t−1) × δ(t)
 * and `cost` = Σ δ(t) over t = 1..H, where δ(t) = (1 + r)^−(t−1), or (1 + r)^−t with
 * discountFirstYear; `kept` = 1 − attribution.
 */
export type YearFactors = { benefit: number; cost: number; kept: number };

export function yearFactors(assumptions: ResolvedAssumptions): YearFactors {
  const { horizonYears, dropOff, discountRate, discountFirstYear } = assumptions;
  let benefit = 0;
  let cost = 0;
  let remaining = 1;
  let discount = discountFirstYear ? 1 / (1 + discountRate) : 1;
  for (let year = 1; year <= horizonYears; year++) {
    benefit += remaining * discount;
    cost += discount;
    remaining *= 1 - dropOff;
    discount /= 1 + discountRate;
  }
  return { benefit, cost, kept: 1 - assumptions.attribution };
}

/**
 * Present values over the horizon H, as two numbers (the analysis needs no object for them).
 * Benefits of year t (t = 1..H) are annualBenefit × (1 − attribution) × (1 − dropOff)^(t−1);
 * costs of year t are annualCost. A flow of year t is divided by (1 + r)^(t−1), or (1 + r)^t
 * with discountFirstYear. One-off benefits (× (1 − attribution)) and one-off costs fall at the
 * start, undiscounted.
 */
export function presentBenefits(flows: MultiYearFlows, factors: YearFactors): number {
  return (flows.oneOffBenefit + flows.annualBenefit * factors.benefit) * factors.kept;
}

/** The costs' present value; see presentBenefits. */
export function presentCosts(flows: MultiYearFlows, factors: YearFactors): number {
  return flows.oneOffCost + flows.annualCost * factors.cost;
}
