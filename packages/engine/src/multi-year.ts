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

export type PresentValues = { benefits: number; costs: number };

/**
 * Present values over the horizon H. Benefits of year t (t = 1..H) are
 * annualBenefit × (1 − attribution) × (1 − dropOff)^(t−1); costs of year t are annualCost.
 * A flow of year t is divided by (1 + r)^(t−1), or (1 + r)^t with discountFirstYear.
 * One-off benefits (× (1 − attribution)) and one-off costs fall at the start, undiscounted.
 */
export function presentValues(
  flows: MultiYearFlows,
  assumptions: ResolvedAssumptions,
): PresentValues {
  const { horizonYears, dropOff, attribution, discountRate, discountFirstYear } = assumptions;
  const kept = 1 - attribution;
  let benefits = flows.oneOffBenefit * kept;
  let costs = flows.oneOffCost;
  let remaining = 1;
  let discount = discountFirstYear ? 1 / (1 + discountRate) : 1;
  for (let year = 1; year <= horizonYears; year++) {
    benefits += flows.annualBenefit * kept * remaining * discount;
    costs += flows.annualCost * discount;
    remaining *= 1 - dropOff;
    discount /= 1 + discountRate;
  }
  return { benefits, costs };
}
