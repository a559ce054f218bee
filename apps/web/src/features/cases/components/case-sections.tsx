import type { CaseRead } from '@kassabon/contract';
import type { Issue } from '@kassabon/engine';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { isWithin } from '../lib/draft-path.ts';
import type { DraftEvaluation } from '../lib/use-draft-evaluation.ts';
import { BarriersEffectsSection } from './barriers-effects-section.tsx';
import { MeetingsSection } from './meetings-section.tsx';
import { PeopleSection } from './people-section.tsx';
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

/**
 * The sections of the case workspace, as tabs in this order. A section is one entry: the
 * receipts ("Kassabonnen", paths `scenarios`) and the analysis ("Analyse", `assumptions`) are
 * added here as the two after "Welbevinden".
 */
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
];

/** The section whose fields hold `path`, if any shows it. */
export function sectionOf(path: string): CaseSection | undefined {
  return CASE_SECTIONS.find((section) => section.paths.some((prefix) => isWithin(path, prefix)));
}
