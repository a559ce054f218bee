import { type Line, SCENARIO_KINDS, type Scenario, type ScenarioKind } from '@kassabon/engine';
import { carryKey } from './object-keys.ts';

/**
 * The edits of the receipt editor as pure functions of the scenarios: every change makes new
 * arrays and objects along its path only, so memoised receipts and lines that did not change
 * are not drawn again.
 */

/** The order receipts are shown and added in: voor, met, zonder, herhaalmetingen. */
export function kindRank(kind: ScenarioKind): number {
  return SCENARIO_KINDS.indexOf(kind);
}

/** "before", "with" and "without" occur once per case (the engine's rule); follow-ups freely. */
export function canAddScenario(scenarios: readonly Scenario[], kind: ScenarioKind): boolean {
  return kind === 'followup' || !scenarios.some((scenario) => scenario.kind === kind);
}

/** Scenario indexes in the order of their kind, keeping the file's order within a kind. */
export function displayOrder(scenarios: readonly Scenario[]): number[] {
  return scenarios
    .map((_, index) => index)
    .sort(
      (a, b) =>
        kindRank((scenarios[a] as Scenario).kind) - kindRank((scenarios[b] as Scenario).kind) ||
        a - b,
    );
}

/** Where a new receipt of this kind goes: after the last one of its kind or an earlier kind. */
export function addedScenarioIndex(scenarios: readonly Scenario[], kind: ScenarioKind): number {
  const rank = kindRank(kind);
  let at = 0;
  scenarios.forEach((scenario, index) => {
    if (kindRank(scenario.kind) <= rank) at = index + 1;
  });
  return at;
}

/** Adds an empty receipt of this kind at addedScenarioIndex. */
export function addScenario(scenarios: readonly Scenario[], kind: ScenarioKind): Scenario[] {
  const at = addedScenarioIndex(scenarios, kind);
  return [...scenarios.slice(0, at), { kind, lines: [] }, ...scenarios.slice(at)];
}

export function removeScenario(scenarios: readonly Scenario[], index: number): Scenario[] {
  return scenarios.filter((_, at) => at !== index);
}

export function updateScenario(
  scenarios: readonly Scenario[],
  index: number,
  change: (scenario: Scenario) => Scenario,
): Scenario[] {
  return scenarios.map((scenario, at) =>
    at === index ? carryKey(scenario, change(scenario)) : scenario,
  );
}

/** A field of a scenario or line set, or removed when `value` is undefined. */
export function withField<T extends object, K extends keyof T>(
  record: T,
  field: K,
  value: T[K] | undefined,
): T {
  const next = { ...record };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

export function updateLine(
  scenarios: readonly Scenario[],
  scenarioIndex: number,
  lineIndex: number,
  change: (line: Line) => Line,
): Scenario[] {
  return updateScenario(scenarios, scenarioIndex, (scenario) => ({
    ...scenario,
    lines: scenario.lines.map((line, at) =>
      at === lineIndex ? carryKey(line, change(line)) : line,
    ),
  }));
}

export function addLine(scenarios: readonly Scenario[], scenarioIndex: number, line: Line) {
  return updateScenario(scenarios, scenarioIndex, (scenario) => ({
    ...scenario,
    lines: [...scenario.lines, line],
  }));
}

export function removeLine(
  scenarios: readonly Scenario[],
  scenarioIndex: number,
  lineIndex: number,
) {
  return updateScenario(scenarios, scenarioIndex, (scenario) => ({
    ...scenario,
    lines: scenario.lines.filter((_, at) => at !== lineIndex),
  }));
}

/** Swaps a line with its neighbour above (-1) or below (+1); nothing past either end. */
export function moveLine(
  scenarios: readonly Scenario[],
  scenarioIndex: number,
  lineIndex: number,
  direction: -1 | 1,
): Scenario[] {
  return updateScenario(scenarios, scenarioIndex, (scenario) => {
    const target = lineIndex + direction;
    const lines = [...scenario.lines];
    const moving = lines[lineIndex];
    const other = lines[target];
    if (moving === undefined || other === undefined) return scenario;
    lines[target] = moving;
    lines[lineIndex] = other;
    return { ...scenario, lines };
  });
}
