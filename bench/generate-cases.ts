import {
  type Case,
  type CaseFile,
  CONFIDENCES,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  FINANCIERS,
  findReferencePriceList,
  type Line,
  type PriceItem,
  type Scenario,
  type Unit,
} from '@kassabon/engine';

/**
 * Deterministic case files for benchmarks: the same seed gives the same file on every
 * machine, so runs can be compared. Lines mix items of the default reference price list
 * with free lines, in realistic quantities per unit.
 */

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/** mulberry32: small, fast and good enough to spread benchmark data; not for anything else. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type GenerateOptions = {
  /** Number of cases. */
  cases: number;
  /** Lines in each of the before, with and without scenarios. */
  linesPerScenario: number;
  seed: number;
};

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  cases: 10_000,
  linesPerScenario: 10,
  seed: 20_250_101,
};

/** A plausible yearly quantity per unit: [min, max, step]. */
const QUANTITIES: Record<Unit, [number, number, number]> = {
  year: [0.25, 1, 0.25],
  month: [1, 12, 1],
  week: [1, 52, 1],
  day: [1, 60, 1],
  hour: [1, 200, 1],
  contact: [1, 30, 1],
  trajectory: [1, 2, 1],
  once: [1, 1, 1],
};

const FREE_LABELS = [
  'rent arrears',
  'energy debt',
  'coordination by the neighbourhood team',
  'emergency shelter',
  'school absence follow-up',
] as const;

function pick<T>(values: readonly T[], random: Random): T {
  return values[Math.floor(random() * values.length)] as T;
}

function between(min: number, max: number, step: number, random: Random): number {
  const steps = Math.round((max - min) / step);
  return min + Math.floor(random() * (steps + 1)) * step;
}

/** The items of the default reference price list, which generated files price from. */
export function referenceItems(): readonly PriceItem[] {
  const list = findReferencePriceList(DEFAULT_REFERENCE_PRICE_LIST_CODE);
  if (list === undefined) throw new Error('the default reference price list is missing');
  return list.items;
}

function generateLine(kind: Scenario['kind'], items: readonly PriceItem[], random: Random): Line {
  let line: Line;
  if (random() < 0.7) {
    const item = pick(items, random);
    const [min, max, step] = QUANTITIES[item.unit];
    line = { item: item.code, quantity: between(min, max, step, random) };
    if (item.unit === 'once') line.oneOff = true;
  } else {
    line = {
      label: pick(FREE_LABELS, random),
      amount: Math.round(random() * 2_000_000) / 100,
      financier: pick(Object.keys(FINANCIERS), random),
    };
    if (random() < 0.05) line.transfer = true;
  }
  if (kind === 'with' && random() < 0.2) line.investment = true;
  if (random() < 0.05) line.oneOff = true;
  if (random() < 0.1) line.probability = Math.round(random() * 100) / 100;
  if (random() < 0.2) line.confidence = pick(CONFIDENCES, random);
  return line;
}

function generateCase(
  index: number,
  options: GenerateOptions,
  items: readonly PriceItem[],
  random: Random,
): Case {
  const scenarios = (['before', 'with', 'without'] as const).map(
    (kind): Scenario => ({
      kind,
      lines: Array.from({ length: options.linesPerScenario }, () =>
        generateLine(kind, items, random),
      ),
    }),
  );
  const caseRecord: Case = { code: `BENCH-${String(index + 1).padStart(5, '0')}`, scenarios };
  if (random() < 0.3)
    caseRecord.assumptions = {
      horizonYears: 1 + Math.floor(random() * 5),
      dropOff: Math.round(random() * 30) / 100,
      attribution: Math.round(random() * 30) / 100,
    };
  if (random() < 0.5)
    caseRecord.ratings = [
      { role: 'resident', score: 1 + Math.floor(random() * 10) },
      { role: 'professional', score: 1 + Math.floor(random() * 10) },
    ];
  return caseRecord;
}

/** A case file of `options.cases` cases with before, with and without scenarios. */
export function generateCaseFile(options: GenerateOptions = DEFAULT_GENERATE_OPTIONS): CaseFile {
  const random = createRandom(options.seed);
  const items = referenceItems();
  const cases = Array.from({ length: options.cases }, (_, index) =>
    generateCase(index, options, items, random),
  );
  return { version: 1, referencePriceList: DEFAULT_REFERENCE_PRICE_LIST_CODE, cases };
}
