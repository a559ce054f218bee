import { ImportConflictProblemSchema } from '@kassabon/contract';
import { Alert, Button, Checkbox, Code, FileInput, List, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useImportCaseFile } from '../api/import-case-file.ts';

export function ImportForm() {
  const { t } = useTranslation();
  const importCaseFile = useImportCaseFile();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [fileMissing, setFileMissing] = useState(false);
  const fileInput = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFileMissing(file === null);
    if (file === null) return fileInput.current?.focus();
    importCaseFile.mutate({ file, mode: replace ? 'replace' : 'create' });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <FileInput
          ref={fileInput}
          label={t('caseFiles.import.file')}
          placeholder={t('caseFiles.import.filePlaceholder')}
          accept=".json,.yaml,.yml,application/json,application/yaml"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileMissing(false);
            importCaseFile.reset();
          }}
          error={fileMissing && t('caseFiles.import.fileRequired')}
          clearable
          clearButtonProps={{ 'aria-label': t('caseFiles.import.clear') }}
          w="100%"
          maw={480}
        />
        <Checkbox
          label={t('caseFiles.import.replace')}
          description={t('caseFiles.import.replaceHint')}
          checked={replace}
          onChange={(event) => setReplace(event.currentTarget.checked)}
        />
        <Button type="submit" loading={importCaseFile.isPending}>
          {t('caseFiles.import.submit')}
        </Button>
        <div aria-live="polite">
          {importCaseFile.isSuccess && (
            <Alert color="green" role="status">
              {t('caseFiles.import.success', {
                count: importCaseFile.data.imported.length,
                codes: importCaseFile.data.imported.join(', '),
              })}
            </Alert>
          )}
        </div>
        {importCaseFile.isError && <ImportProblem error={importCaseFile.error} />}
      </Stack>
    </form>
  );
}

/** Every problem with its path (422), or the codes that exist already (409). */
function ImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 409)) {
    const conflict = ImportConflictProblemSchema.safeParse(error.problem);
    if (conflict.success)
      return (
        <Alert color="red" role="alert" title={t('problems.title')}>
          {t('caseFiles.import.conflict')}
          <List mt="xs" size="sm">
            {conflict.data.codes.map((code) => (
              <List.Item key={code}>
                <Code>{code}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      );
  }
  if (isApiError(error, 422) && error.problem.errors?.length)
    return (
      <Alert color="red" role="alert" title={t('problems.title')}>
        {t('caseFiles.import.invalid', { count: error.problem.errors.length })}
        <List mt="xs" size="sm" lang="en">
          {error.problem.errors.map(({ path, message }) => (
            <List.Item key={`${path}: ${message}`}>
              {path && <Code>{path}</Code>} {message}
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  return <ProblemAlert error={error} />;
}
