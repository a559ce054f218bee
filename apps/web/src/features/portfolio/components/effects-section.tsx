import { KNOWN_EFFECTS, type PortfolioMonitor } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { MonitorSection } from './monitor-section.tsx';

type KnownEffect = (typeof KNOWN_EFFECTS)[number];
const isKnown = (effect: string): effect is KnownEffect =>
  (KNOWN_EFFECTS as readonly string[]).includes(effect);

/**
 * The non-monetary effects beside the money: in how many cases each was named, and in how
 * many it was achieved. A checklist effect is shown in the user's language, others as written.
 */
export function EffectsSection({ effects }: { effects: PortfolioMonitor['effects'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <MonitorSection
      id="effects"
      title={t('portfolio.effects.title')}
      intro={t('portfolio.effects.intro')}
      empty={effects.length === 0}
    >
      <Table striped maw={640} aria-labelledby="effects">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.effects.effect')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.effects.cases')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.effects.achieved')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {effects.map((effect) => (
            <Table.Tr key={effect.effect}>
              <Table.Th scope="row" fw={400}>
                {isKnown(effect.effect) ? t(`vocabulary.effects.${effect.effect}`) : effect.effect}
              </Table.Th>
              <Table.Td ta="right">{format.count(effect.cases)}</Table.Td>
              <Table.Td ta="right">{format.count(effect.achieved)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </MonitorSection>
  );
}
