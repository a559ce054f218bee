import type { Scenario, ScenarioKind } from '@kassabon/engine';

/**
 * What the parts of the receipt editor change the receipts with. One stable object for the
 * editor's lifetime, so memoised receipts and lines are not drawn again for a new callback.
 */
export type ReceiptEdit = {
  /** Applies a change (scenario-edits.ts) to the current receipts and reports them. */
  change: (update: (scenarios: Scenario[]) => Scenario[]) => void;
  /** Once the change is drawn, moves focus to the first of these elements that can take it. */
  focus: (ids: string[]) => void;
};

/** Element ids inside one editor, from its prefix and the keys of receipts and lines. */
export const receiptIds = {
  heading: (prefix: string, scenarioKey: string) => `${prefix}-receipt-${scenarioKey}`,
  search: (prefix: string, scenarioKey: string) => `${prefix}-search-${scenarioKey}`,
  /** A line's first field: its quantity, or the amount of a free line. */
  line: (prefix: string, lineKey: string) => `${prefix}-line-${lineKey}`,
  add: (prefix: string, kind: ScenarioKind) => `${prefix}-add-${kind}`,
};
