import { CASE_WRITERS, CaseConflictProblemSchema, type CaseRead } from '@kassabon/contract';
import type { Issue } from '@kassabon/engine';
import { Alert, Anchor, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.ts';
import { useTranslateIssue } from '../../../lib/translate-issue.ts';
import { useDeferredArrival } from '../../../lib/use-deferred-arrival.ts';
import { caseQueryOptions, useCase } from '../api/get-case.ts';
import { useSaveCase } from '../api/save-case.ts';
import { useCaseDraft } from '../lib/case-draft.ts';
import { casePath } from '../lib/case-path.ts';
import { isWithin, valueAt } from '../lib/draft-path.ts';
import { draftScope, forgetDrafts } from '../lib/draft-storage.ts';
import { useDraftEvaluation } from '../lib/use-draft-evaluation.ts';
import { useStoredDraft } from '../lib/use-stored-draft.ts';
import { CASE_SECTIONS, type SectionContext, sectionOf } from './case-sections.tsx';
import { DeleteCaseButton } from './delete-case-button.tsx';
import { DraftProvider, focusField } from './draft-fields.tsx';
import { IssueSummary } from './issue-summary.tsx';
import { LeaveGuard } from './leave-guard.tsx';
import { type Conflict, SaveConflict } from './save-conflict.tsx';

/** /cases/:code: one case to read and edit. */
export function CaseWorkspacePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const found = useCase(code);
  const read = useDeferredArrival(found.data);
  if (found.isError)
    return (
      <Stack>
        <PageTitle>{t('cases.workspace.title', { code })}</PageTitle>
        <ProblemAlert error={found.error} />
        <Anchor component={Link} to="/cases">
          {t('cases.workspace.back')}
        </Anchor>
      </Stack>
    );
  if (!read) return <PageLoader />;
  // A new code (after a rename) is a new page with a draft of its own.
  return <CaseWorkspace key={code} read={read} />;
}

/** What the server refused of a save, and the draft as it was sent. */
type Refusal = { issues: Issue[]; sent: CaseRead };

function CaseWorkspace({ read }: { read: CaseRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const translateIssue = useTranslateIssue();
  const { store, base, draft, isDirty, edit, setAt, saved, load, restore } = useCaseDraft(read);
  const save = useSaveCase();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const leaving = useRef(false);
  // The draft in this tab's storage is the user's, under the code the case was read with.
  const scope = draftScope(session, read.code);
  const stored = useStoredDraft({ scope, base, draft, isDirty });

  const evaluation = useDraftEvaluation(draft);
  const liveIssues = evaluation.issues;
  // A refusal stays at its field until the user changes what was refused.
  const issues = useMemo(() => {
    const refused = (refusal?.issues ?? []).filter(
      (issue) =>
        JSON.stringify(valueAt(refusal?.sent, issue.path)) ===
        JSON.stringify(valueAt(draft, issue.path)),
    );
    return [...liveIssues, ...refused];
  }, [liveIssues, refusal, draft]);

  // The fields hear of a keystroke through the store; this changes only with the problems.
  const issuesKey = JSON.stringify(issues);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same problems, the same value
  const fields = useMemo(() => ({ store, edit, setAt, issues }), [store, edit, setAt, issuesKey]);

  const [params, setParams] = useSearchParams();
  const firstSection = CASE_SECTIONS[0]?.id ?? '';
  const section =
    CASE_SECTIONS.find((candidate) => candidate.id === params.get('section'))?.id ?? firstSection;
  const chooseSection = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('section', id);
        return next;
      },
      { replace: true },
    );
  const goTo = (path: string) => {
    const owner = sectionOf(path);
    if (owner) chooseSection(owner.id);
    focusField(path);
  };

  const submit = () => {
    setJustSaved(false);
    setProblem(null);
    setAttempt((count) => count + 1);
    if (liveIssues.length > 0) return;
    const sent = draft;
    save.mutate(
      { code: base.code, draft: sent, readVersion: base.version },
      {
        onSuccess: (written) => {
          saved(written, sent);
          forgetDrafts(scope);
          setRefusal(null);
          setConflict(null);
          // The summary of problems waits for the next save again.
          setAttempt(0);
          setJustSaved(true);
          if (written.code !== base.code) {
            leaving.current = true;
            navigate(`${casePath(written.code)}?${params}`, { replace: true });
          }
        },
        onError: (error) => {
          if (isApiError(error, 422) && error.problem.errors?.length)
            return setRefusal({ issues: error.problem.errors, sent });
          if (isApiError(error, 409)) {
            const parsed = CaseConflictProblemSchema.safeParse(error.problem);
            if (parsed.success && parsed.data.conflict === 'code-taken')
              return setRefusal({ issues: parsed.data.errors ?? [], sent });
            return setConflict({
              readVersion: base.version,
              currentVersion: parsed.success ? parsed.data.currentVersion : undefined,
              kept: false,
            });
          }
          // An ended session goes to the login page; the draft waits in this tab's storage.
          if (!isApiError(error, 401)) setProblem(error);
        },
      },
    );
  };

  const reloadNewest = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...caseQueryOptions(base.code), staleTime: 0 });
      forgetDrafts(scope);
      load(fresh);
      setConflict(null);
      setRefusal(null);
      setAttempt(0);
    } catch (error) {
      setProblem(error);
    } finally {
      setReloading(false);
    }
  };

  const sectionContext: SectionContext = {
    ...evaluation,
    draft,
    edit,
    issues: issues.map((issue) => ({ ...issue, message: translateIssue(issue.message).text })),
  };
  const showSummary = attempt > 0 && issues.length > 0;

  return (
    <DraftProvider value={fields}>
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/cases" size="sm">
            {t('cases.workspace.back')}
          </Anchor>
          <Group justify="space-between" align="flex-start" mt="xs">
            <div>
              <PageTitle>{t('cases.workspace.title', { code: base.code })}</PageTitle>
              {base.title && <Text size="lg">{base.title}</Text>}
              <Text size="sm" c="dimmed">
                {t('cases.workspace.version', {
                  version: base.version,
                  when: format.dateTime(base.updatedAt),
                })}
              </Text>
            </div>
            <Group>
              <Text size="sm" role="status" fw={isDirty ? 700 : 400}>
                {isDirty
                  ? t('cases.workspace.unsaved')
                  : justSaved
                    ? t('cases.workspace.saved', { version: base.version })
                    : ''}
              </Text>
              <Button onClick={submit} loading={save.isPending}>
                {t('cases.workspace.save')}
              </Button>
              <Button component={Link} to={`${casePath(base.code)}/print`} variant="default">
                {t('cases.workspace.print')}
              </Button>
              {CASE_WRITERS.includes(session.role) && (
                <DeleteCaseButton
                  code={base.code}
                  onDeleted={() => {
                    leaving.current = true;
                    forgetDrafts(scope);
                    navigate('/cases');
                  }}
                />
              )}
            </Group>
          </Group>
        </div>

        {stored.offer && (
          <Alert color="blue" title={t('cases.restore.title')}>
            <Text size="sm">
              {t('cases.restore.text', { when: format.dateTime(stored.offer.savedAt) })}
            </Text>
            <Group mt="sm">
              <Button
                onClick={() => {
                  const offered = stored.offer;
                  if (offered) restore(offered.draft);
                  stored.dismiss();
                }}
              >
                {t('cases.restore.restore')}
              </Button>
              <Button variant="default" onClick={stored.discard}>
                {t('cases.restore.discard')}
              </Button>
            </Group>
          </Alert>
        )}
        {conflict && (
          <SaveConflict
            conflict={conflict}
            reloading={reloading}
            onReload={() => void reloadNewest()}
            onKeep={() => setConflict({ ...conflict, kept: true })}
          />
        )}
        {problem !== null && <ProblemAlert error={problem} />}
        {showSummary && (
          <IssueSummary
            issues={issues}
            fromServer={refusal !== null && liveIssues.length === 0}
            attempt={attempt}
            onGoTo={goTo}
          />
        )}

        <Tabs value={section} onChange={(id) => id && chooseSection(id)} keepMounted={false}>
          <Tabs.List aria-label={t('cases.sections.label')}>
            {CASE_SECTIONS.map((candidate) => {
              const count = issues.filter((issue) =>
                candidate.paths.some((prefix) => isWithin(issue.path, prefix)),
              ).length;
              return (
                <Tabs.Tab
                  key={candidate.id}
                  value={candidate.id}
                  // The count is a badge to the eye; to a screen reader it is part of the name.
                  aria-label={
                    count > 0
                      ? `${t(candidate.label)} ${t('cases.sections.problems', { count })}`
                      : undefined
                  }
                  rightSection={
                    count > 0 && (
                      <Badge color="red" size="sm" circle aria-hidden>
                        {count}
                      </Badge>
                    )
                  }
                >
                  {t(candidate.label)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {CASE_SECTIONS.map((candidate) => (
            <Tabs.Panel key={candidate.id} value={candidate.id} pt="lg">
              {candidate.render(sectionContext)}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
      <LeaveGuard when={isDirty} leaving={leaving} onDiscard={() => forgetDrafts(scope)} />
    </DraftProvider>
  );
}
