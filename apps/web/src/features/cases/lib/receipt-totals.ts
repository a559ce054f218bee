import { analyseCase, type Line, type PriceIndex, type Scenario } from '@kassabon/engine';

export type ReceiptTotals = {
  /** Structural total per year (investment included), as the analysis counts it. */
  perYear: number;
  oneOff: number;
  /** The stated total and what the lines add up to, where they differ by a cent or more. */
  mismatch: { stated: number; computed: number } | null;
  /** Lines left out because their price item is not in the list. */
  unpriced: number;
};

/** Whether a line can be priced: a free line, or one whose item is in the list. */
export function isPriceable(line: Line, prices: PriceIndex): boolean {
  return line.item === undefined || prices.has(line.item);
}

/**
 * The foot of one receipt, computed by the engine's own analysis of that receipt alone, so
 * the editor's totals and its stated-total warning are exactly those of the analysis.
 * Lines that cannot be priced yet (an unknown item) are left out and counted.
 */
export function receiptTotals(scenario: Scenario, prices: PriceIndex): ReceiptTotals {
  const lines = scenario.lines.filter((line) => isPriceable(line, prices));
  const analysis = analyseCase({ code: 'receipt', scenarios: [{ ...scenario, lines }] }, prices);
  const kind = scenario.kind;
  const followup = analysis.followups[0];
  const perYear = kind === 'followup' ? (followup?.total ?? 0) : (analysis.totals[kind] ?? 0);
  const oneOff = kind === 'followup' ? (followup?.oneOff ?? 0) : (analysis.oneOff[kind] ?? 0);
  const warning = analysis.warnings.find((entry) => entry.code === 'stated-total-mismatch');
  return {
    perYear,
    oneOff,
    mismatch:
      warning?.stated !== undefined && warning.computed !== undefined
        ? { stated: warning.stated, computed: warning.computed }
        : null,
    unpriced: scenario.lines.length - lines.length,
  };
}
