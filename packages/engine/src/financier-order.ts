import { FINANCIERS } from './financiers.ts';

const KNOWN_ORDER = new Map(Object.keys(FINANCIERS).map((code, index) => [code, index]));

/**
 * Financier codes in a fixed order, whatever the order of the lines they came from: the
 * known financiers in their listed order, then the others alphabetically.
 */
export function orderFinanciers(codes: Iterable<string>): string[] {
  return [...codes].sort(compareFinanciers);
}

/** The rank of a financier code in that order; equal ranks are ordered by code. */
export function financierRank(code: string): number {
  return KNOWN_ORDER.get(code) ?? Number.POSITIVE_INFINITY;
}

export function compareFinanciers(a: string, b: string): number {
  const rankA = financierRank(a);
  const rankB = financierRank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
