import type { Session } from '@kassabon/contract';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSignIn } from '../api/sign-in.ts';

type FieldErrors = { email?: 'login.emailRequired'; password?: 'login.passwordRequired' };

export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {
      ...(email.trim() === '' ? { email: 'login.emailRequired' } : {}),
      ...(password === '' ? { password: 'login.passwordRequired' } : {}),
    };
    setErrors(found);
    // Focus goes to the first field to fix, where its message is read out with it.
    if (found.email) return emailInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: (session) => onSignedIn(session) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signIn.isError && <SignInProblem error={signIn.error} />}
        <TextInput
          ref={emailInput}
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email && t(errors.email)}
          required
        />
        <PasswordInput
          ref={passwordInput}
          label={t('login.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password && t(errors.password)}
          // Mantine's PasswordInput marks the wrapper, not the field, as invalid.
          aria-invalid={errors.password ? true : undefined}
          required
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function SignInProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 401) || isApiError(error, 429))
    return (
      <Alert color="red" role="alert">
        {t(error.status === 401 ? 'login.refused' : 'login.throttled')}
      </Alert>
    );
  return <ProblemAlert error={error} />;
}
