import {
  describeFinancier,
  type Issue,
  type Line,
  type PriceIndex,
  type PriceItem,
  priceLine,
} from '@kassabon/engine';
import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { keyOf } from '../lib/object-keys.ts';
import { linePath, messageAt, sameIssues } from '../lib/receipt-issues.ts';
import { isPriceable } from '../lib/receipt-totals.ts';
import { moveLine, removeLine, updateLine, withField } from '../lib/scenario-edits.ts';
import { type ReceiptEdit, receiptIds } from './receipt-edit.ts';
import { ReceiptLineDetails } from './receipt-line-details.tsx';
import { ReceiptLineFlags } from './receipt-line-flags.tsx';
import classes from './receipts.module.css';

export type ReceiptLineProps = {
  line: Line;
  lineIndex: number;
  /** Whether this is the receipt's last line (it cannot move down). */
  isLast: boolean;
  scenarioIndex: number;
  /** The receipt's key: where focus goes when its last line is removed. */
  scenarioKey: string;
  /** The receipt's name, for labels: "Aantal, regel 3 van Met". */
  receiptName: string;
  prices: PriceIndex | undefined;
  /** The issues inside this line. */
  issues: Issue[];
  readOnly: boolean;
  edit: ReceiptEdit;
  idPrefix: string;
};

/** The fields in the details panel of every line: an issue there opens it. */
const DETAIL_FIELDS = ['oneOff', 'investment', 'probability', 'confidence', 'transfer', 'note'];
/** A free line's details name it and its financier too. */
const FREE_DETAIL_FIELDS = ['label', 'financier', ...DETAIL_FIELDS];

/**
 * One line of a receipt: what it is, its quantity or amount, its flags and its amount as the
 * engine prices it. Memoised: typing in one line draws that line only, because the other
 * lines keep their objects and the editor's callbacks are stable.
 */
export const ReceiptLine = memo(function ReceiptLine(props: ReceiptLineProps) {
  const { line, prices, readOnly } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const item = line.item !== undefined ? prices?.get(line.item) : undefined;
  const amount = prices && isPriceable(line, prices) ? priceLine(line, prices).amount : null;
  const title =
    line.label ??
    item?.name ??
    (line.item !== undefined ? t('receipts.line.unknownItem', { code: line.item }) : '');
  const financier = line.financier ?? item?.financier;
  const facts = {
    title,
    amountText: amount === null ? t('receipts.line.unpriced') : format.money(amount),
    financierName: financier === undefined ? undefined : describeFinancier(financier, language),
    item,
  };
  return readOnly ? <PrintedLine {...props} {...facts} /> : <EditableLine {...props} {...facts} />;
}, sameLineProps);

type LineFacts = {
  title: string;
  amountText: string;
  financierName: string | undefined;
  item: PriceItem | undefined;
};

function PrintedLine({
  line,
  title,
  amountText,
  financierName,
  item,
}: ReceiptLineProps & LineFacts) {
  const { t } = useTranslation();
  const format = useFormat();
  const priced = item
    ? t('receipts.line.pricedText', {
        quantity: format.count(line.quantity ?? 0),
        unit: t(`vocabulary.units.${item.unit}`),
        price: format.money(item.unitPrice),
      })
    : undefined;
  return (
    <li className={classes.line}>
      <div className={classes.lineHead}>
        <Text component="span" fw={500}>
          {title}
        </Text>
        <span className={classes.amount}>{amountText}</span>
      </div>
      <Text size="sm">{[priced, financierName].filter(Boolean).join(' · ')}</Text>
      <ReceiptLineFlags line={line} item={item} />
      {line.note && (
        <Text size="sm" fs="italic">
          {line.note}
        </Text>
      )}
    </li>
  );
}

function EditableLine(props: ReceiptLineProps & LineFacts) {
  const { line, lineIndex, isLast, scenarioIndex, scenarioKey, receiptName, issues } = props;
  const { edit, idPrefix, title, amountText, financierName, item } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  const path = linePath(scenarioIndex, lineIndex);
  const context = t('receipts.line.ofReceipt', { number: lineIndex + 1, name: receiptName });
  const fieldId = receiptIds.line(idPrefix, keyOf(line));
  const detailsId = `${fieldId}-details`;
  // Each issue shows at its field: the line's quantity or amount, a field in the details, or
  // (for the line as a whole, its item, or a field this kind of line has not) under the line.
  const fieldOf = (issue: Issue) => issue.path.slice(path.length + 1);
  const mainField = line.item !== undefined ? 'quantity' : 'amount';
  const detailFields = line.item !== undefined ? DETAIL_FIELDS : FREE_DETAIL_FIELDS;
  const detailIssues = issues.filter((issue) => detailFields.includes(fieldOf(issue))).length;
  const lineMessages = issues
    .filter((issue) => fieldOf(issue) !== mainField && !detailFields.includes(fieldOf(issue)))
    .map((issue) => issue.message);
  const hasDetailIssues = detailIssues > 0;
  // A problem in the details opens them, and they stay open while it is being fixed.
  useEffect(() => {
    if (hasDetailIssues) setOpened(true);
  }, [hasDetailIssues]);

  const change = (update: (line: Line) => Line) =>
    edit.change((scenarios) => updateLine(scenarios, scenarioIndex, lineIndex, update));
  const move = (direction: -1 | 1) => {
    edit.change((scenarios) => moveLine(scenarios, scenarioIndex, lineIndex, direction));
    // The moved line keeps the focus on its button; at either end on the other one.
    const [same, other] = direction === -1 ? ['up', 'down'] : ['down', 'up'];
    edit.focus([`${fieldId}-${same}`, `${fieldId}-${other}`]);
  };
  const remove = () =>
    edit.change((scenarios) => {
      const lines = scenarios[scenarioIndex]?.lines ?? [];
      const neighbour = lines[lineIndex + 1] ?? lines[lineIndex - 1];
      edit.focus([
        neighbour
          ? receiptIds.line(idPrefix, keyOf(neighbour))
          : receiptIds.search(idPrefix, scenarioKey),
      ]);
      return removeLine(scenarios, scenarioIndex, lineIndex);
    });

  // A short label to see, and a name that says which line: "Aantal, regel 3 van Met".
  const named = (text: string) => ({ label: text, 'aria-label': `${text}${context}` });

  return (
    <li className={classes.line}>
      <div className={classes.lineHead}>
        <Text component="span" fw={500}>
          {title}
        </Text>
        <span className={classes.amount}>{amountText}</span>
      </div>
      {lineMessages.map((message) => (
        <Text key={message} size="sm" c="var(--mantine-color-error)">
          {message}
        </Text>
      ))}
      <Group gap="xs" align="flex-end" wrap="wrap">
        {line.item !== undefined ? (
          <>
            <DecimalInput
              id={fieldId}
              size="xs"
              w={120}
              {...named(t('receipts.line.quantity'))}
              value={line.quantity}
              onValueChange={(quantity) =>
                change((current) => withField(current, 'quantity', quantity))
              }
              invalidMessage={t('receipts.notANumber')}
              error={messageAt(issues, `${path}.quantity`)}
            />
            {item && (
              <Text size="sm" pb={6}>
                {t('receipts.line.unitPrice', {
                  unit: t(`vocabulary.units.${item.unit}`),
                  price: format.money(item.unitPrice),
                })}
              </Text>
            )}
          </>
        ) : (
          <DecimalInput
            id={fieldId}
            size="xs"
            w={160}
            {...named(t('receipts.line.amount'))}
            value={line.amount}
            onValueChange={(amount) => change((current) => withField(current, 'amount', amount))}
            invalidMessage={t('receipts.notANumber')}
            error={messageAt(issues, `${path}.amount`)}
          />
        )}
      </Group>
      {financierName && (
        <Text size="xs" c="dimmed">
          {financierName}
        </Text>
      )}
      <ReceiptLineFlags line={line} item={item} />
      <Group gap={4} mt={4}>
        <ActionIcon
          id={`${fieldId}-up`}
          variant="subtle"
          size="sm"
          aria-label={`${t('receipts.line.up')}${context}`}
          disabled={lineIndex === 0}
          onClick={() => move(-1)}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          id={`${fieldId}-down`}
          variant="subtle"
          size="sm"
          aria-label={`${t('receipts.line.down')}${context}`}
          disabled={isLast}
          onClick={() => move(1)}
        >
          ↓
        </ActionIcon>
        <Button
          variant="subtle"
          size="compact-xs"
          aria-label={`${t('receipts.line.details')}${context}`}
          aria-expanded={opened}
          aria-controls={opened ? detailsId : undefined}
          onClick={() => setOpened(!opened)}
        >
          {t('receipts.line.details')}
          {detailIssues > 0 && ` (${t('receipts.line.problems', { count: detailIssues })})`}
        </Button>
        <Button
          variant="subtle"
          color="red"
          c="red.9"
          size="compact-xs"
          aria-label={`${t('receipts.line.removeLine')}${context}`}
          onClick={remove}
        >
          {t('receipts.line.removeLine')}
        </Button>
      </Group>
      {opened && (
        <ReceiptLineDetails
          id={detailsId}
          line={line}
          item={item}
          path={path}
          issues={issues}
          context={context}
          change={change}
        />
      )}
    </li>
  );
}

function sameLineProps(a: ReceiptLineProps, b: ReceiptLineProps): boolean {
  return (
    a.line === b.line &&
    a.lineIndex === b.lineIndex &&
    a.isLast === b.isLast &&
    a.scenarioIndex === b.scenarioIndex &&
    a.scenarioKey === b.scenarioKey &&
    a.receiptName === b.receiptName &&
    a.prices === b.prices &&
    a.readOnly === b.readOnly &&
    a.edit === b.edit &&
    a.idPrefix === b.idPrefix &&
    sameIssues(a.issues, b.issues)
  );
}
