import { CaseConflictProblemSchema } from '@kassabon/contract';
import { CASE_KINDS, type Issue } from '@kassabon/engine';
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { IssueText } from '../../../components/issue-text.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { type NewCase, useCreateCase } from '../api/create-case.ts';
import { casePath } from '../lib/case-path.ts';
import { caseIssues } from '../lib/draft-issues.ts';

type Field = 'code' | 'title' | 'kind';

/**
 * /cases/new: a code, a title and a kind make a case; the rest is filled in in its workspace.
 * The fields are checked by the engine as the user types (the same rules the API applies), and
 * a refusal of the API (a code that is taken) is shown at its field.
 */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const [input, setInput] = useState<NewCase>({ code: '' });
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [refused, setRefused] = useState<{ issues: Issue[]; input: NewCase } | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  const issues = useMemo(() => caseIssues({ ...input, scenarios: [] }), [input]);
  const errorOf = (field: Field) => {
    const live = touched.has(field) ? issues.find((issue) => issue.path === field) : undefined;
    const server =
      refused?.input[field] === input[field]
        ? refused?.issues.find((issue) => issue.path === field)
        : undefined;
    const issue = live ?? server;
    return issue && <IssueText message={issue.message} />;
  };
  const change = (field: Field, value: string) => {
    setInput((current) => ({ ...current, [field]: field === 'code' ? value : value || undefined }));
    setTouched((current) => new Set(current).add(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(['code', 'title', 'kind']));
    setRefused(null);
    if (issues.length > 0) return codeInput.current?.focus();
    const sent = input;
    createCase.mutate(sent, {
      onSuccess: (created) => navigate(casePath(created.code)),
      onError: (error) => {
        const conflict = isApiError(error, 409)
          ? CaseConflictProblemSchema.safeParse(error.problem)
          : undefined;
        const errors = conflict?.success
          ? conflict.data.errors
          : isApiError(error, 422)
            ? error.problem.errors
            : undefined;
        if (errors?.length) {
          setRefused({ issues: errors, input: sent });
          codeInput.current?.focus();
        }
      },
    });
  };
  const unhandled = createCase.isError && refused === null;

  return (
    <Stack gap="lg" maw={560}>
      <div>
        <Anchor component={Link} to="/cases" size="sm">
          {t('cases.workspace.back')}
        </Anchor>
        <PageTitle>{t('cases.new.title')}</PageTitle>
        <Text>{t('cases.new.intro')}</Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            ref={codeInput}
            label={t('cases.fields.code')}
            description={t('cases.fields.codeHint')}
            required
            value={input.code}
            onChange={(event) => change('code', event.currentTarget.value)}
            error={errorOf('code')}
          />
          <TextInput
            label={t('cases.fields.title')}
            description={t('cases.fields.titleHint')}
            value={input.title ?? ''}
            onChange={(event) => change('title', event.currentTarget.value)}
            error={errorOf('title')}
          />
          <NativeSelect
            label={t('cases.fields.kind')}
            value={input.kind ?? ''}
            onChange={(event) => change('kind', event.currentTarget.value)}
            data={[
              { value: '', label: t('cases.fields.none') },
              ...CASE_KINDS.map((kind) => ({
                value: kind,
                label: t(`vocabulary.caseKinds.${kind}`),
              })),
            ]}
            error={errorOf('kind')}
          />
          {unhandled && <ProblemAlert error={createCase.error} />}
          <Group>
            <Button type="submit" loading={createCase.isPending}>
              {t('cases.new.submit')}
            </Button>
            <Button component={Link} to="/cases" variant="default">
              {t('cases.new.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
