import type { Scenario } from '@kassabon/engine';
import { useTranslation } from 'react-i18next';
import { displayOrder } from './scenario-edits.ts';

/**
 * Each receipt's name by scenario index: "Voor", "Met", "Zonder", and "Herhaalmeting", numbered
 * in order ("Herhaalmeting 2") where a case has several. The editor and the analysis name
 * receipts alike.
 */
export function useReceiptNames(scenarios: readonly Scenario[]): string[] {
  const { t } = useTranslation();
  const followups = scenarios.filter((scenario) => scenario.kind === 'followup').length;
  const names: string[] = [];
  let followup = 0;
  for (const index of displayOrder(scenarios)) {
    const kind = (scenarios[index] as Scenario).kind;
    if (kind === 'followup' && followups > 1) {
      followup += 1;
      names[index] = t('receipts.followupNumbered', { number: followup });
    } else names[index] = t(`vocabulary.scenarioKinds.${kind}`);
  }
  return names;
}
