import {
  comparePriceItemCodes,
  type Issue,
  type PriceIndex,
  SCENARIO_KINDS,
  type Scenario,
} from '@kassabon/engine';
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyOf } from '../lib/object-keys.ts';
import { issuesUnder, scenarioPath } from '../lib/receipt-issues.ts';
import { useReceiptNames } from '../lib/receipt-names.ts';
import {
  addedScenarioIndex,
  addScenario,
  canAddScenario,
  displayOrder,
} from '../lib/scenario-edits.ts';
import { Receipt } from './receipt.tsx';
import { type ReceiptEdit, receiptIds } from './receipt-edit.ts';
import classes from './receipts.module.css';

export type ReceiptsEditorProps = {
  scenarios: Scenario[];
  onChange: (next: Scenario[]) => void;
  prices: PriceIndex | undefined;
  /** Problems with paths relative to the case (`scenarios[1].lines[0].quantity`). */
  issues: Issue[];
  /** The receipts as they print: no fields, no buttons. */
  readOnly?: boolean;
};

/**
 * The receipts of a case side by side: voor, met, zonder and the follow-ups, each a column on
 * a wide screen and one below the other on a narrow one. Lines come from the price list by
 * search or are free; each line's amount and each receipt's totals are the engine's.
 */
export function ReceiptsEditor({
  scenarios,
  onChange,
  prices,
  issues,
  readOnly = false,
}: ReceiptsEditorProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [focusTarget, setFocusTarget] = useState<{ ids: string[] } | null>(null);
  const latest = useRef({ scenarios, onChange });
  useLayoutEffect(() => {
    latest.current = { scenarios, onChange };
  });

  // Stable for the editor's life, so memoised receipts and lines are not drawn again for it.
  // Changes made in one event build on each other: `latest` holds the newest receipts.
  const edit = useMemo<ReceiptEdit>(
    () => ({
      change: (update) => {
        const next = update(latest.current.scenarios);
        latest.current = { ...latest.current, scenarios: next };
        latest.current.onChange(next);
      },
      focus: (ids) => setFocusTarget({ ids }),
    }),
    [],
  );

  useEffect(() => {
    if (!focusTarget) return;
    for (const id of focusTarget.ids) {
      const element = document.getElementById(id);
      if (element && !element.hasAttribute('disabled')) {
        element.focus();
        break;
      }
    }
    setFocusTarget(null);
  }, [focusTarget]);

  const items = useMemo(
    () => (prices ? [...prices.values()].sort(comparePriceItemCodes) : []),
    [prices],
  );
  const order = displayOrder(scenarios);
  const names = useReceiptNames(scenarios);
  // The issues of the whole case come in; the receipts show those under `scenarios`.
  const listIssues = issues.filter((issue) => issue.path === 'scenarios');

  const addReceipt = (kind: Scenario['kind']) => {
    const index = addedScenarioIndex(latest.current.scenarios, kind);
    edit.change((scenarios) => addScenario(scenarios, kind));
    const added = latest.current.scenarios[index];
    if (added) edit.focus([receiptIds.heading(idPrefix, keyOf(added))]);
  };

  return (
    <Stack gap="md">
      {listIssues.length > 0 && (
        <div className={classes.warning}>
          <Text size="sm" fw={700}>
            {t('receipts.otherIssues')}
          </Text>
          <List size="sm">
            {listIssues.map((issue) => (
              <List.Item key={issue.message}>{issue.message}</List.Item>
            ))}
          </List>
        </div>
      )}
      {!readOnly && (
        <Group gap="xs" role="group" aria-label={t('receipts.addGroup')}>
          {SCENARIO_KINDS.filter((kind) => canAddScenario(scenarios, kind)).map((kind) => (
            <Button
              key={kind}
              id={receiptIds.add(idPrefix, kind)}
              variant="default"
              size="xs"
              onClick={() => addReceipt(kind)}
            >
              {t(`receipts.add.${kind}`)}
            </Button>
          ))}
        </Group>
      )}
      {!prices && !readOnly && <Text size="sm">{t('receipts.pricesLoading')}</Text>}
      {scenarios.length === 0 ? (
        <Text>{t('receipts.empty')}</Text>
      ) : (
        <div className={classes.receipts} data-read-only={readOnly || undefined}>
          {order.map((index) => {
            const scenario = scenarios[index] as Scenario;
            return (
              <Receipt
                key={keyOf(scenario)}
                scenario={scenario}
                scenarioIndex={index}
                name={names[index] ?? ''}
                prices={prices}
                items={items}
                issues={issuesUnder(issues, scenarioPath(index))}
                readOnly={readOnly}
                edit={edit}
                idPrefix={idPrefix}
              />
            );
          })}
        </div>
      )}
    </Stack>
  );
}
