import type { Issue } from '@kassabon/engine';
import { Alert, Anchor, Code, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueText } from '../../../components/issue-text.tsx';
import { sectionOf } from './case-sections.tsx';

/**
 * Every problem that stops a save, each a link to its field (in whichever section it is), as
 * an error summary: it takes focus when shown, so a keyboard or screen-reader user hears why
 * nothing was saved. A problem outside every section (the receipts, until they have one) is
 * named by its path.
 */
export function IssueSummary({
  issues,
  fromServer,
  attempt,
  onGoTo,
}: {
  issues: readonly Issue[];
  /** The server refused the save (422, 409 on the code), rather than the check before it. */
  fromServer: boolean;
  /** Counts the saves tried: each one brings focus back here. */
  attempt: number;
  onGoTo: (path: string) => void;
}) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  return (
    <Alert
      ref={summary}
      tabIndex={-1}
      color="red"
      role="alert"
      title={t('cases.summary.title', { count: issues.length })}
    >
      <Text size="sm">{fromServer ? t('cases.summary.server') : t('cases.summary.local')}</Text>
      <List mt="xs" size="sm">
        {issues.map((issue) => {
          const section = sectionOf(issue.path);
          const where = (
            <>
              {section ? t(section.label) : t('cases.summary.elsewhere')}{' '}
              <Code>{issue.path || '–'}</Code>:{' '}
            </>
          );
          return (
            <List.Item key={`${issue.path}: ${issue.message}`}>
              {section ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onGoTo(issue.path)}
                >
                  {where}
                  <IssueText message={issue.message} />
                </Anchor>
              ) : (
                <>
                  {where}
                  <IssueText message={issue.message} />
                </>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
