import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useCase } from '../api/get-case.ts';
import { casePath } from '../lib/case-path.ts';
import classes from './case-report.module.css';
import { CaseReport } from './case-report.tsx';

/**
 * /cases/:code/print: the case as it was last saved, as an A4 report without the app around
 * it. The buttons at the top are not printed.
 */
export function CasePrintPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const found = useCase(code);
  return (
    <main className={classes.report}>
      <div className={classes.toolbar}>
        <Button onClick={() => window.print()}>{t('cases.print.print')}</Button>
        <Anchor component={Link} to={casePath(code)} style={{ alignSelf: 'center' }}>
          {t('cases.print.back')}
        </Anchor>
      </div>
      <PageTitle>
        {found.data?.title
          ? t('cases.print.titleWithName', { code, title: found.data.title })
          : t('cases.print.title', { code })}
      </PageTitle>
      {found.isPending ? (
        <PageLoader />
      ) : found.isError ? (
        <ProblemAlert error={found.error} />
      ) : (
        <CaseReport caseRecord={found.data} />
      )}
    </main>
  );
}
