import { formatMoney } from '@kassabon/engine';
import { expect, test } from '@playwright/test';
import { VIEWER } from './accounts.ts';
import { EXAMPLE_TEXT, EXPECTED } from './example.ts';
import { expectAccessible, figure, signIn } from './helpers.ts';

test('a viewer sees the portfolio, and cannot import', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, VIEWER);
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED.cases));
  await expect(figure(page, 'Totale besparing t.o.v. zonder')).toHaveText(
    formatMoney(EXPECTED.totalSavingsVsWithout, 'nl'),
  );
  const menu = page.getByRole('navigation');
  await expect(menu.getByRole('link', { name: 'Portfolio' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Importeren en exporteren' })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/import-export');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  // Nor through the API with the viewer's own session and CSRF token.
  const session = await (await page.request.get('/api/v1/session')).json();
  const refused = await page.request.post('/api/v1/import', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
    data: EXAMPLE_TEXT,
  });
  expect(refused.status()).toBe(403);
});
