import type { CaseRead } from '@kassabon/contract';
import type { Issue } from '@kassabon/engine';
import { Title } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isWithin } from '../lib/draft-path.ts';
import type { DraftEvaluation } from '../lib/use-draft-evaluation.ts';
import { BarriersEffectsSection } from './barriers-effects-section.tsx';
import { CaseAnalysisView } from './case-analysis-view.tsx';
import { MeetingsSection } from './meetings-section.tsx';
import { PeopleSection } from './people-section.tsx';
import { ReceiptsEditor } from './receipts-editor.tsx';
import { StorySection } from './story-section.tsx';
import { WellbeingSection } from './wellbeing-section.tsx';

/**
 * What a section of the workspace gets: the draft, a way to change it, everything the workspace
 * works out from it (useDraftEvaluation), and its problems.
 */
export type SectionContext = Omit<DraftEvaluation, 'issues'> & {
  draft: CaseRead;
  edit: (recipe: (draft: CaseRead) => CaseRead) => void;
  /** Every problem of the draft, its message already in the user's language where known. */
  issues: Issue[];
};

export type CaseSection = {
  id: string;
  /** The tab's name. */
  label: ParseKeys;
  /** The fields of the case the section edits: their problems are counted on its tab. */
  paths: readonly string[];
  render: (context: SectionContext) => ReactNode;
};

/** The sections of the case workspace, as tabs in this order. A section is one entry. */
export const CASE_SECTIONS: readonly CaseSection[] = [
  {
    id: 'story',
    label: 'cases.sections.story',
    paths: [
      'code',
      'title',
      'kind',
      'status',
      'team',
      'startedOn',
      'endedOn',
      'lifeDomains',
      'referral',
      'referredBy',
      'approachUse',
      'narrative',
      'plan',
    ],
    render: () => <StorySection />,
  },
  {
    id: 'people',
    label: 'cases.sections.people',
    paths: ['participants', 'interviews'],
    render: () => <PeopleSection />,
  },
  {
    id: 'meetings',
    label: 'cases.sections.meetings',
    paths: ['meetings'],
    render: () => <MeetingsSection />,
  },
  {
    id: 'barriers-effects',
    label: 'cases.sections.barriersEffects',
    paths: ['barriers', 'effects'],
    render: () => <BarriersEffectsSection />,
  },
  {
    id: 'wellbeing',
    label: 'cases.sections.wellbeing',
    paths: ['wellbeing'],
    render: () => <WellbeingSection />,
  },
  {
    id: 'receipts',
    label: 'cases.sections.receipts',
    paths: ['scenarios'],
    render: ({ draft, edit, issues, prices }) => (
      <SectionWithTitle title="cases.sections.receipts">
        <ReceiptsEditor
          scenarios={draft.scenarios}
          onChange={(scenarios) => edit((current) => ({ ...current, scenarios }))}
          prices={prices}
          issues={issues}
        />
      </SectionWithTitle>
    ),
  },
  {
    id: 'analysis',
    label: 'cases.sections.analysis',
    paths: ['assumptions'],
    render: ({ draft, edit, analysis }) => (
      <SectionWithTitle title="cases.sections.analysis">
        <CaseAnalysisView
          caseDocument={draft}
          analysis={analysis}
          onAssumptionsChange={(assumptions) => edit((current) => ({ ...current, assumptions }))}
        />
      </SectionWithTitle>
    ),
  },
];

/** The receipts and the analysis bring their own h3s; the tab's h2 is here. */
function SectionWithTitle({ title, children }: { title: ParseKeys; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="sm">
        {t(title)}
      </Title>
      {children}
    </>
  );
}

/** The section whose fields hold `path`, if any shows it. */
export function sectionOf(path: string): CaseSection | undefined {
  return CASE_SECTIONS.find((section) => section.paths.some((prefix) => isWithin(path, prefix)));
}
