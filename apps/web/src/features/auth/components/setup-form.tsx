import { checkPassword, PASSWORD_LENGTH, type Session } from '@kassabon/contract';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCompleteSetup } from '../api/complete-setup.ts';

/**
 * Choosing the first password with a one-time link. The length rule (the contract's, which
 * the server enforces too) is checked while the user types, next to the field.
 */
export function SetupForm({
  token,
  onDone,
}: {
  token: string;
  onDone: (session: Session) => void;
}) {
  const { t } = useTranslation();
  const setup = useCompleteSetup();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const confirmationInput = useRef<HTMLInputElement>(null);

  const problem = checkPassword(password);
  const passwordError =
    (password !== '' || submitted) && problem
      ? problem === 'too-short'
        ? t('setup.tooShort', {
            count: PASSWORD_LENGTH.min - [...password].length,
            min: PASSWORD_LENGTH.min,
          })
        : t('setup.tooLong', { max: PASSWORD_LENGTH.max })
      : setupFieldError(setup.error, 'password');
  const confirmationError =
    (confirmation !== '' || submitted) && confirmation !== password
      ? t('setup.mismatch')
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) return passwordInput.current?.focus();
    if (confirmation !== password) return confirmationInput.current?.focus();
    setup.mutate({ token, password }, { onSuccess: (session) => onDone(session) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {setup.isError && <SetupProblem error={setup.error} />}
        <PasswordInput
          ref={passwordInput}
          label={t('setup.password')}
          description={t('setup.passwordHint', { min: PASSWORD_LENGTH.min })}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          // Mantine's PasswordInput marks the wrapper, not the field, as invalid.
          aria-invalid={passwordError ? true : undefined}
          required
        />
        <PasswordInput
          ref={confirmationInput}
          label={t('setup.confirm')}
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={confirmationError}
          aria-invalid={confirmationError ? true : undefined}
          required
        />
        <Button type="submit" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** A server-side message for one field (a 422's `errors[]`), if the server sent one. */
function setupFieldError(error: unknown, path: string): string | undefined {
  return isApiError(error, 422) ? error.fieldErrors[path] : undefined;
}

function SetupProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 404))
    return (
      <Alert color="red" role="alert">
        {t('setup.linkInvalid')}
      </Alert>
    );
  // A 422 names the field, and is shown beside it.
  if (isApiError(error, 422)) return null;
  return <ProblemAlert error={error} />;
}
