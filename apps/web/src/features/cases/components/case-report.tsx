import type { CaseRead } from '@kassabon/contract';
import { KNOWN_EFFECTS } from '@kassabon/engine';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { meetingCost } from '../lib/meeting-cost.ts';
import { type DraftEvaluation, useDraftEvaluation } from '../lib/use-draft-evaluation.ts';
import { CaseAnalysisView } from './case-analysis-view.tsx';
import classes from './case-report.module.css';
import { ReceiptsEditor } from './receipts-editor.tsx';

const isKnownEffect = (effect: string): effect is (typeof KNOWN_EFFECTS)[number] =>
  (KNOWN_EFFECTS as readonly string[]).includes(effect);

/** What a part of the report gets: the case, and what the workspace works out from it. */
export type ReportContext = Omit<DraftEvaluation, 'issues'> & { caseRecord: CaseRead };

type ReportPart = {
  id: string;
  /** Starts a new page on paper. */
  newPage?: boolean;
  render: (report: ReportContext) => ReactNode;
};

/**
 * The parts of the printed case report, in order (the sections of a case in the seed report),
 * the receipts and the analysis last, as the workspace shows them without fields.
 */
export const REPORT_PARTS: readonly ReportPart[] = [
  { id: 'record', render: ({ caseRecord }) => <RecordPart caseRecord={caseRecord} /> },
  { id: 'story', render: ({ caseRecord }) => <StoryPart caseRecord={caseRecord} /> },
  { id: 'plan', render: ({ caseRecord }) => <PlanPart caseRecord={caseRecord} /> },
  {
    id: 'people',
    newPage: true,
    render: ({ caseRecord }) => <PeoplePart caseRecord={caseRecord} />,
  },
  {
    id: 'meetings',
    newPage: true,
    render: ({ caseRecord }) => <MeetingsPart caseRecord={caseRecord} />,
  },
  {
    id: 'barriers-effects',
    render: ({ caseRecord }) => <BarriersEffectsPart caseRecord={caseRecord} />,
  },
  { id: 'wellbeing', render: ({ caseRecord }) => <WellbeingPart caseRecord={caseRecord} /> },
  { id: 'receipts', newPage: true, render: (report) => <ReceiptsPart {...report} /> },
  { id: 'analysis', newPage: true, render: (report) => <AnalysisPart {...report} /> },
];

/** The report of one case: its parts, each a section with an h2. */
export function CaseReport({ caseRecord }: { caseRecord: CaseRead }) {
  const { issues: _issues, ...evaluation } = useDraftEvaluation(caseRecord);
  const report = { ...evaluation, caseRecord };
  return REPORT_PARTS.map((part) => (
    <section
      key={part.id}
      className={`${classes.part} ${part.newPage ? classes.newPage : ''}`}
      aria-labelledby={`report-${part.id}`}
    >
      {part.render(report)}
    </section>
  ));
}

type PartProps = { caseRecord: CaseRead };

function Heading({ part, children }: { part: string; children: string }) {
  return <h2 id={`report-${part}`}>{children}</h2>;
}

/** Free text as written, or "not filled in". */
function Prose({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  return text?.trim() ? (
    <p className={classes.text}>{text}</p>
  ) : (
    <p className={classes.empty}>{t('cases.print.notFilled')}</p>
  );
}

function RecordPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string | undefined][] = [
    [t('cases.fields.code'), caseRecord.code],
    [t('cases.fields.title'), caseRecord.title],
    [t('cases.fields.kind'), caseRecord.kind && t(`vocabulary.caseKinds.${caseRecord.kind}`)],
    [t('cases.fields.status'), t(`vocabulary.caseStatuses.${caseRecord.status ?? 'open'}`)],
    [t('cases.fields.team'), caseRecord.team],
    [t('cases.fields.startedOn'), caseRecord.startedOn && format.date(caseRecord.startedOn)],
    [t('cases.fields.endedOn'), caseRecord.endedOn && format.date(caseRecord.endedOn)],
    [
      t('cases.fields.approachUse'),
      caseRecord.approachUse && t(`vocabulary.approachUses.${caseRecord.approachUse}`),
    ],
    [
      t('cases.fields.lifeDomains'),
      caseRecord.lifeDomains?.map((domain) => t(`vocabulary.lifeDomains.${domain}`)).join(', '),
    ],
    [t('cases.fields.referral'), caseRecord.referral],
    [t('cases.fields.referredBy'), caseRecord.referredBy],
  ];
  return (
    <>
      <Heading part="record">{t('cases.story.details')}</Heading>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value || '–'}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function StoryPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading part="story">{t('cases.story.story')}</Heading>
      <h3>{t('cases.fields.situation')}</h3>
      <Prose text={caseRecord.narrative?.situation} />
      <h3>{t('cases.fields.actions')}</h3>
      <Prose text={caseRecord.narrative?.actions} />
      <h3>{t('cases.fields.outcome')}</h3>
      <Prose text={caseRecord.narrative?.outcome} />
    </>
  );
}

function PlanPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading part="plan">{t('cases.story.plan')}</Heading>
      <h3>{t('cases.fields.wants')}</h3>
      <Prose text={caseRecord.plan?.wants} />
      <h3>{t('cases.fields.can')}</h3>
      <Prose text={caseRecord.plan?.can} />
      <h3>{t('cases.fields.needs')}</h3>
      <Prose text={caseRecord.plan?.needs} />
    </>
  );
}

/** Participants by code and role only: never the user account a participant is linked to. */
function PeoplePart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const participants = caseRecord.participants ?? [];
  const interviews = caseRecord.interviews ?? [];
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '–' : value ? t('cases.fields.yes') : t('cases.fields.no');
  return (
    <>
      <Heading part="people">{t('cases.participants.title')}</Heading>
      {participants.length === 0 ? (
        <p className={classes.empty}>{t('cases.participants.none')}</p>
      ) : (
        <table className={classes.table} aria-labelledby="report-people">
          <thead>
            <tr>
              <th scope="col">{t('cases.participants.code')}</th>
              <th scope="col">{t('cases.participants.role')}</th>
              <th scope="col">{t('cases.participants.organisation')}</th>
              <th scope="col">{t('cases.participants.interviewed')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.code}>
                <th scope="row">{participant.code}</th>
                <td>{t(`vocabulary.participantRoles.${participant.role}`)}</td>
                <td>{participant.organisation ?? '–'}</td>
                <td>
                  {yesNo(participant.interviewed)}
                  {participant.notInterviewedReason &&
                    ` (${t(`vocabulary.notInterviewedReasons.${participant.notInterviewedReason}`)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('cases.interviews.title')}</h3>
      {interviews.length === 0 && <p className={classes.empty}>{t('cases.interviews.none')}</p>}
      {interviews.map((interview, index) => {
        const quotes = (interview.quotes ?? []).filter((quote) => quote.consent);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity (ADR 006)
          <div key={index}>
            <h3>
              {t('cases.print.interview', { code: interview.participant })}
              {interview.date && `, ${format.date(interview.date)}`}
            </h3>
            {interview.rating !== undefined && (
              <p>{t('cases.print.rating', { rating: format.number(interview.rating) })}</p>
            )}
            {interview.roleBefore && (
              <p className={classes.text}>
                <strong>{t('cases.interviews.roleBefore')}:</strong> {interview.roleBefore}
              </p>
            )}
            {interview.roleAfter && (
              <p className={classes.text}>
                <strong>{t('cases.interviews.roleAfter')}:</strong> {interview.roleAfter}
              </p>
            )}
            {interview.experience && (
              <p className={classes.text}>
                <strong>{t('cases.interviews.experience')}:</strong> {interview.experience}
              </p>
            )}
            {quotes.map((quote) => (
              <blockquote key={quote.text} className={classes.quote}>
                {quote.text}
              </blockquote>
            ))}
            {(interview.improvementPoints ?? []).length > 0 && (
              <>
                <p>
                  <strong>{t('cases.interviews.improvementPoints')}:</strong>
                </p>
                <ul>
                  {interview.improvementPoints?.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      })}
    </>
  );
}

function MeetingsPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const meetings = caseRecord.meetings ?? [];
  return (
    <>
      <Heading part="meetings">{t('cases.meetings.title')}</Heading>
      {meetings.length === 0 ? (
        <p className={classes.empty}>{t('cases.meetings.none')}</p>
      ) : (
        <table className={classes.table} aria-labelledby="report-meetings">
          <thead>
            <tr>
              <th scope="col">{t('cases.fields.date')}</th>
              <th scope="col">{t('cases.meetings.attendees')}</th>
              <th scope="col" className={classes.number}>
                {t('cases.meetings.hours')}
              </th>
              <th scope="col" className={classes.number}>
                {t('cases.meetings.hourlyRate')}
              </th>
              <th scope="col" className={classes.number}>
                {t('cases.print.cost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting, index) => {
              const cost = meetingCost(meeting);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
                <tr key={index}>
                  <td>{meeting.date ? format.date(meeting.date) : '–'}</td>
                  <td>{meeting.attendees?.join(', ') || '–'}</td>
                  <td className={classes.number}>{format.number(meeting.hours)}</td>
                  <td className={classes.number}>
                    {meeting.hourlyRate === undefined ? '–' : format.money(meeting.hourlyRate)}
                  </td>
                  <td className={classes.number}>
                    {cost === undefined ? '–' : format.money(cost)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

function BarriersEffectsPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  const barriers = caseRecord.barriers ?? [];
  const effects = caseRecord.effects ?? [];
  const known = (effect: string) =>
    isKnownEffect(effect) ? t(`vocabulary.effects.${effect}`) : effect;
  return (
    <>
      <Heading part="barriers-effects">{t('cases.sections.barriersEffects')}</Heading>
      <h3>{t('cases.barriers.title')}</h3>
      {barriers.length === 0 ? (
        <p className={classes.empty}>{t('cases.barriers.none')}</p>
      ) : (
        <ul>
          {barriers.map((barrier, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
            <li key={index}>
              <strong>{t(`vocabulary.barrierKinds.${barrier.kind}`)}</strong>
              {barrier.description && `: ${barrier.description}`}
            </li>
          ))}
        </ul>
      )}
      <h3 id="report-effects">{t('cases.effects.title')}</h3>
      {effects.length === 0 ? (
        <p className={classes.empty}>{t('cases.print.noEffects')}</p>
      ) : (
        <table className={classes.table} aria-labelledby="report-effects">
          <thead>
            <tr>
              <th scope="col">{t('cases.effects.ownEffect')}</th>
              <th scope="col">{t('cases.effects.ownAchieved')}</th>
              <th scope="col">{t('cases.effects.ownNote')}</th>
            </tr>
          </thead>
          <tbody>
            {effects.map((effect) => (
              <tr key={effect.effect}>
                <th scope="row">{known(effect.effect)}</th>
                <td>
                  {effect.achieved === undefined
                    ? t('cases.fields.unknown')
                    : effect.achieved
                      ? t('cases.fields.yes')
                      : t('cases.fields.no')}
                </td>
                <td>{effect.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function WellbeingPart({ caseRecord }: PartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const scores = caseRecord.wellbeing ?? [];
  return (
    <>
      <Heading part="wellbeing">{t('cases.wellbeing.title')}</Heading>
      {scores.length === 0 ? (
        <p className={classes.empty}>{t('cases.wellbeing.none')}</p>
      ) : (
        <table className={classes.table} aria-labelledby="report-wellbeing">
          <thead>
            <tr>
              <th scope="col">{t('cases.wellbeing.participant')}</th>
              <th scope="col">{t('cases.wellbeing.moment')}</th>
              <th scope="col" className={classes.number}>
                {t('cases.wellbeing.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scores.map((score, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
              <tr key={index}>
                <td>{score.participant}</td>
                <td>{t(`vocabulary.wellbeingMoments.${score.moment}`)}</td>
                <td className={classes.number}>{format.number(score.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function ReceiptsPart({ caseRecord, prices }: ReportContext) {
  const { t } = useTranslation();
  return (
    <>
      <Heading part="receipts">{t('cases.sections.receipts')}</Heading>
      <ReceiptsEditor
        scenarios={caseRecord.scenarios}
        onChange={() => {}}
        prices={prices}
        issues={[]}
        readOnly
      />
    </>
  );
}

function AnalysisPart({ caseRecord, analysis }: ReportContext) {
  const { t } = useTranslation();
  return (
    <>
      <Heading part="analysis">{t('cases.sections.analysis')}</Heading>
      <CaseAnalysisView caseDocument={caseRecord} analysis={analysis} readOnly />
    </>
  );
}
