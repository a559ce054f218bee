import type { Issue, Line, PriceIndex, PriceItem, Scenario } from '@kassabon/engine';
import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { keyOf } from '../lib/object-keys.ts';
import { messageAt, sameIssues, scenarioPath, splitReceiptIssues } from '../lib/receipt-issues.ts';
import { receiptTotals } from '../lib/receipt-totals.ts';
import { addLine, removeScenario, updateScenario, withField } from '../lib/scenario-edits.ts';
import { FreeLineForm } from './free-line-form.tsx';
import { PriceItemSearch } from './price-item-search.tsx';
import { type ReceiptEdit, receiptIds } from './receipt-edit.ts';
import { ReceiptFoot } from './receipt-foot.tsx';
import { ReceiptLine } from './receipt-line.tsx';
import classes from './receipts.module.css';

export type ReceiptProps = {
  scenario: Scenario;
  scenarioIndex: number;
  /** "Voor", "Met", "Zonder", "Herhaalmeting 2". */
  name: string;
  prices: PriceIndex | undefined;
  /** The price list's items, ordered by code, for the search. */
  items: PriceItem[];
  /** The issues under this scenario. */
  issues: Issue[];
  readOnly: boolean;
  edit: ReceiptEdit;
  idPrefix: string;
};

const NO_ISSUES: Issue[] = [];
/** The receipt's own fields that show their issues themselves. */
const OWN_FIELDS = ['date', 'statedTotal'];

/** One receipt (kassabon): its lines, a way to add lines, and its totals at the foot. */
export const Receipt = memo(function Receipt(props: ReceiptProps) {
  const { scenario, scenarioIndex, name, prices, items, issues, readOnly, edit, idPrefix } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [addingFree, setAddingFree] = useState(false);
  const key = keyOf(scenario);
  const headingId = receiptIds.heading(idPrefix, key);
  const path = scenarioPath(scenarioIndex);
  const totals = useMemo(
    () => (prices ? receiptTotals(scenario, prices) : null),
    [scenario, prices],
  );
  const { byLine, own } = useMemo(
    () => splitReceiptIssues(issues, scenarioIndex),
    [issues, scenarioIndex],
  );
  const ownOther = own.filter(
    (issue) => !OWN_FIELDS.some((field) => issue.path === `${path}.${field}`),
  );

  const change = (update: (scenario: Scenario) => Scenario) =>
    edit.change((scenarios) => updateScenario(scenarios, scenarioIndex, update));
  // Stable while the user types, so the search (a heavy part) is not drawn again.
  const add = useCallback(
    (line: Line) => {
      edit.change((scenarios) => addLine(scenarios, scenarioIndex, line));
      edit.focus([receiptIds.line(idPrefix, keyOf(line))]);
    },
    [edit, scenarioIndex, idPrefix],
  );
  const pick = useCallback((item: PriceItem) => add({ item: item.code, quantity: 1 }), [add]);
  const remove = () => {
    edit.change((scenarios) => removeScenario(scenarios, scenarioIndex));
    edit.focus([receiptIds.add(idPrefix, scenario.kind)]);
  };
  const context = `, ${name}`;

  return (
    <section className={classes.receipt} aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={3} size="h4" id={headingId} tabIndex={-1} className={classes.receiptTitle}>
          {name}
        </Title>
        {!readOnly && !confirming && (
          <Button
            variant="subtle"
            color="red"
            c="red.9"
            size="compact-xs"
            onClick={() => setConfirming(true)}
          >
            {t('receipts.removeNamed', { name })}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`receipts.kindHints.${scenario.kind}`)}
      </Text>
      {confirming && (
        <div className={classes.details}>
          <Text size="sm">
            {t('receipts.removeConfirm', { name, count: scenario.lines.length })}
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" color="red.9" onClick={remove}>
              {t('receipts.removeYes')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('receipts.removeNo')}
            </Button>
          </Group>
        </div>
      )}
      {ownOther.map((issue) => (
        <Text key={`${issue.path}: ${issue.message}`} size="sm" c="var(--mantine-color-error)">
          {issue.message}
        </Text>
      ))}
      {readOnly ? (
        scenario.date && (
          <Text size="sm">{`${t('receipts.date')}: ${format.date(scenario.date)}`}</Text>
        )
      ) : (
        <TextInput
          type="date"
          size="xs"
          w={180}
          label={t('receipts.date')}
          aria-label={`${t('receipts.date')}${context}`}
          value={scenario.date ?? ''}
          onChange={(event) => {
            const date = event.currentTarget.value || undefined;
            change((current) => withField(current, 'date', date));
          }}
          error={messageAt(issues, `${path}.date`)}
        />
      )}
      {scenario.lines.length > 0 ? (
        <ol className={classes.lines} aria-label={t('receipts.linesOf', { name })}>
          {scenario.lines.map((line, lineIndex) => (
            <ReceiptLine
              key={keyOf(line)}
              line={line}
              lineIndex={lineIndex}
              isLast={lineIndex === scenario.lines.length - 1}
              scenarioIndex={scenarioIndex}
              scenarioKey={key}
              receiptName={name}
              prices={prices}
              issues={byLine.get(lineIndex) ?? NO_ISSUES}
              readOnly={readOnly}
              edit={edit}
              idPrefix={idPrefix}
            />
          ))}
        </ol>
      ) : (
        <Text size="sm" my="xs">
          {t('receipts.noLines')}
        </Text>
      )}
      {!readOnly && (
        <div className={classes.addLine}>
          <PriceItemSearch
            id={receiptIds.search(idPrefix, key)}
            items={items}
            context={context}
            disabled={!prices}
            description={prices ? undefined : t('receipts.pricesLoading')}
            onPick={pick}
          />
          {addingFree ? (
            <FreeLineForm
              receiptName={name}
              onAdd={(line) => {
                setAddingFree(false);
                add(line);
              }}
              onCancel={() => setAddingFree(false)}
            />
          ) : (
            <Button
              variant="default"
              size="xs"
              mt="xs"
              aria-label={`${t('receipts.free.open')}${context}`}
              onClick={() => setAddingFree(true)}
            >
              {t('receipts.free.open')}
            </Button>
          )}
        </div>
      )}
      <ReceiptFoot
        totals={totals}
        statedTotal={scenario.statedTotal}
        context={context}
        readOnly={readOnly}
        error={messageAt(issues, `${path}.statedTotal`)}
        onStatedTotalChange={(statedTotal) =>
          change((current) => withField(current, 'statedTotal', statedTotal))
        }
      />
    </section>
  );
}, sameReceiptProps);

function sameReceiptProps(a: ReceiptProps, b: ReceiptProps): boolean {
  return (
    a.scenario === b.scenario &&
    a.scenarioIndex === b.scenarioIndex &&
    a.name === b.name &&
    a.prices === b.prices &&
    a.items === b.items &&
    a.readOnly === b.readOnly &&
    a.edit === b.edit &&
    a.idPrefix === b.idPrefix &&
    sameIssues(a.issues, b.issues)
  );
}
