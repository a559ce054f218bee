import type { Warning } from '@kassabon/engine';
import { List, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import classes from './case-analysis.module.css';

/**
 * The analysis' warnings in words. A stated total that differs is said in the user's
 * language; a warning this version does not know yet is shown as the engine words it.
 */
export function AnalysisWarnings({
  warnings,
  names,
}: {
  warnings: Warning[];
  /** Receipt names by scenario index. */
  names: string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={classes.warnings}>
      <Text component="h3" id={headingId} fw={700} size="md" m={0}>
        {t('caseAnalysis.warnings.title')}
      </Text>
      <List size="sm">
        {warnings.map((warning) => (
          <List.Item key={`${warning.code} ${warning.scenarioIndex ?? ''} ${warning.message}`}>
            {warning.code === 'stated-total-mismatch' &&
            warning.stated !== undefined &&
            warning.computed !== undefined ? (
              t('caseAnalysis.warnings.statedTotalMismatch', {
                name:
                  (warning.scenarioIndex !== undefined && names[warning.scenarioIndex]) ||
                  (warning.scenario ? t(`vocabulary.scenarioKinds.${warning.scenario}`) : ''),
                computed: format.money(warning.computed),
                stated: format.money(warning.stated),
              })
            ) : (
              <span lang="en">{warning.message}</span>
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
