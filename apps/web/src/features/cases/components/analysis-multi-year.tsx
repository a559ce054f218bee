import {
  type Assumptions,
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  type MultiYear,
} from '@kassabon/engine';
import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { type Formatters, useFormat } from '../../../lib/format.ts';
import { withField } from '../lib/scenario-edits.ts';
import { AnalysisSection, Figures } from './analysis-section.tsx';
import classes from './case-analysis.module.css';

type NumberField = 'horizonYears' | 'dropOff' | 'attribution' | 'discountRate';

/** How each assumption is typed: shares as percentages, and what a wrong value is told. */
const FIELDS: Record<
  NumberField,
  { scale: number; invalid: 'horizonInvalid' | 'shareInvalid' | 'discountInvalid' }
> = {
  horizonYears: { scale: 1, invalid: 'horizonInvalid' },
  dropOff: { scale: 100, invalid: 'shareInvalid' },
  attribution: { scale: 100, invalid: 'shareInvalid' },
  discountRate: { scale: 100, invalid: 'discountInvalid' },
};
const NUMBER_FIELDS = Object.keys(FIELDS) as NumberField[];

type Translate = TFunction;

/** An assumption's value as people read it: "3 jaar", "2,25%". */
function describe(field: NumberField, value: number, t: Translate, format: Formatters): string {
  return field === 'horizonYears'
    ? t('caseAnalysis.multiYear.years', { count: value })
    : `${format.count(value * 100)}%`;
}

function hint(field: NumberField, t: Translate, format: Formatters): string {
  const key = `caseAnalysis.multiYear.${field}Hint` as const;
  return t(key, { value: describe(field, DEFAULT_ASSUMPTIONS[field], t, format) });
}

/**
 * The multi-year view: the assumptions (horizon, drop-off, attribution, discount rate, first
 * year discounted or not) with their defaults, as fields where they may be changed, and the
 * present values, net present value and benefit-cost ratio they give.
 */
export function AnalysisMultiYear({
  assumptions,
  multiYear,
  onAssumptionsChange,
}: {
  assumptions: Assumptions | undefined;
  /** Null where the case lacks "met" or "zonder" (or its receipts have errors). */
  multiYear: MultiYear | null;
  /** Without it the assumptions are shown, not asked. Keep it stable: the fields are memoised. */
  onAssumptionsChange?: ((assumptions: Assumptions) => void) | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <AnalysisSection
      title={t('caseAnalysis.multiYear.title')}
      intro={t('caseAnalysis.multiYear.intro')}
    >
      {() => (
        <>
          {onAssumptionsChange ? (
            <AssumptionFields assumptions={assumptions} onChange={onAssumptionsChange} />
          ) : (
            <AssumptionFigures assumptions={assumptions} />
          )}
          {multiYear ? (
            <Figures
              figures={[
                {
                  label: t('caseAnalysis.multiYear.presentValueBenefits'),
                  value: format.money(multiYear.presentValueBenefits),
                },
                {
                  label: t('caseAnalysis.multiYear.presentValueCosts'),
                  value: format.money(multiYear.presentValueCosts),
                },
                {
                  label: t('caseAnalysis.multiYear.netPresentValue'),
                  value: format.money(multiYear.netPresentValue),
                },
                {
                  label: t('caseAnalysis.multiYear.benefitCostRatio'),
                  value:
                    multiYear.benefitCostRatio === null
                      ? t('caseAnalysis.multiYear.noCosts')
                      : format.decimal(multiYear.benefitCostRatio, 2),
                },
              ]}
            />
          ) : (
            <Text size="sm">{t('caseAnalysis.multiYear.needsBoth')}</Text>
          )}
        </>
      )}
    </AnalysisSection>
  );
}

/**
 * The assumptions as fields, defaults beside them. A value the engine's schema refuses stays
 * in its field with the reason, and is not passed on. Drawn again only when they change.
 */
const AssumptionFields = memo(function AssumptionFields({
  assumptions,
  onChange,
}: {
  assumptions: Assumptions | undefined;
  onChange: (assumptions: Assumptions) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refused, setRefused] = useState<Partial<Record<NumberField, string>>>({});
  const given = assumptions ?? {};

  const change = (field: NumberField, value: number | undefined) => {
    const valid = AssumptionsSchema.shape[field].safeParse(value).success;
    setRefused((current) => ({
      ...current,
      [field]: valid ? undefined : t(`caseAnalysis.multiYear.${FIELDS[field].invalid}`),
    }));
    if (valid) onChange(withField(given, field, value));
  };

  return (
    <fieldset className={classes.assumptions}>
      <legend className={classes.legend}>{t('caseAnalysis.multiYear.assumptions')}</legend>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {NUMBER_FIELDS.map((field) => (
          <DecimalInput
            key={field}
            label={t(`caseAnalysis.multiYear.${field}`)}
            description={hint(field, t, format)}
            placeholder={format.count(DEFAULT_ASSUMPTIONS[field] * FIELDS[field].scale)}
            scale={FIELDS[field].scale}
            value={given[field]}
            onValueChange={(value) => change(field, value)}
            invalidMessage={t('caseAnalysis.multiYear.notANumber')}
            error={refused[field]}
          />
        ))}
        <Checkbox
          mt="lg"
          label={t('caseAnalysis.multiYear.discountFirstYear')}
          description={t('caseAnalysis.multiYear.discountFirstYearHint')}
          checked={given.discountFirstYear ?? DEFAULT_ASSUMPTIONS.discountFirstYear}
          onChange={(event) =>
            onChange(
              withField(given, 'discountFirstYear', event.currentTarget.checked || undefined),
            )
          }
        />
      </SimpleGrid>
    </fieldset>
  );
});

/** The assumptions as read-only figures, defaults marked as such. */
function AssumptionFigures({ assumptions }: { assumptions: Assumptions | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const given = assumptions ?? {};
  const byDefault = t('caseAnalysis.multiYear.default');
  return (
    <Figures
      figures={[
        ...NUMBER_FIELDS.map((field) => {
          const value = given[field];
          return {
            label: t(`caseAnalysis.multiYear.${field}`),
            value:
              value === undefined
                ? `${describe(field, DEFAULT_ASSUMPTIONS[field], t, format)} ${byDefault}`
                : describe(field, value, t, format),
          };
        }),
        {
          label: t('caseAnalysis.multiYear.discountFirstYear'),
          value:
            given.discountFirstYear === undefined
              ? `${t('caseAnalysis.multiYear.no')} ${byDefault}`
              : t(`caseAnalysis.multiYear.${given.discountFirstYear ? 'yes' : 'no'}`),
        },
      ]}
    />
  );
}
