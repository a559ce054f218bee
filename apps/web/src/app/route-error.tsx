import { Container } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ProblemAlert } from '../components/problem-alert.tsx';

/** What a page that crashed shows instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container component="main" py="xl">
      <ProblemAlert error={error} />
    </Container>
  );
}
