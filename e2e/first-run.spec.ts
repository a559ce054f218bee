import { readFile } from 'node:fs/promises';
import { formatMoney } from '@kassabon/engine';
import { expect, test } from '@playwright/test';
import { ADMIN, SECOND_ORGANISATION } from './accounts.ts';
import { EXAMPLE_PATH, EXPECTED, EXPECTED_HOUSEHOLDS } from './example.ts';
import { expectAccessible, figure, signIn } from './helpers.ts';

// One journey in steps: the first step chooses the password the others sign in with.
test.describe.configure({ mode: 'serial' });

test('first run: a password through the one-time link, then out and back in', async ({ page }) => {
  const setupUrl = process.env.E2E_SETUP_URL;
  if (!setupUrl) throw new Error('E2E_SETUP_URL is not set: run through playwright.config.ts');
  await page.goto(setupUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Kies je wachtwoord' })).toBeVisible();
  await expect(page, 'the token leaves the address bar').toHaveURL(/\/setup$/);
  await expectAccessible(page);

  const password = page.getByLabel('Nieuw wachtwoord');
  await password.fill('te kort');
  await expect(page.getByText('Nog 5 tekens nodig: minstens 12.')).toBeVisible();
  await expectAccessible(page);
  await password.fill(ADMIN.password);
  await page.getByLabel('Herhaal het wachtwoord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  await page.getByRole('button', { name: ADMIN.email }).click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectAccessible(page);

  // A page asked for while signed out is where signing in leads.
  await page.goto('/import-export');
  await expect(page).toHaveURL(/\/login\?next=%2Fimport-export$/);
  await signIn(page, { ...ADMIN, password: 'not the password at all' });
  await expect(page.getByRole('alert')).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
  await expectAccessible(page);
  await signIn(page, ADMIN);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importeren en exporteren' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/import-export$/);

  // A session that ends while the page is open: the next request leads to the login page,
  // and signing in comes back here.
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Casusbestand downloaden' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fimport-export$/);
  await signIn(page, ADMIN);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importeren en exporteren' }),
  ).toBeVisible();
});

test('import the example through the page; the portfolio shows what the engine computes', async ({
  page,
}) => {
  await page.goto('/import-export');
  await signIn(page, ADMIN);
  const chooseFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Casusbestand', exact: true }).click();
    await (await chooser).setFiles(EXAMPLE_PATH);
  };
  await chooseFile();
  await page.getByRole('button', { name: 'Importeren' }).click();
  // The demo organisation holds the example already: every existing code is named.
  const conflict = page.getByRole('alert');
  await expect(conflict).toContainText('Deze casuscodes bestaan al.');
  await expect(conflict.getByRole('listitem')).toHaveCount(EXPECTED.cases);
  await expect(conflict).toContainText('B360-01');
  await expectAccessible(page);

  await page.getByRole('checkbox', { name: 'Bestaande casussen vervangen' }).check();
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('status')).toContainText(`${EXPECTED.cases} casussen geïmporteerd`);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Casusbestand downloaden' }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(exported.cases).toHaveLength(EXPECTED.cases);

  await page.getByRole('navigation').getByRole('link', { name: 'Portfolio' }).click();
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED.cases));
  await expect(figure(page, 'Met een zonder-scenario')).toHaveText(
    String(EXPECTED.casesWithCounterfactual),
  );
  const money = (amount: number | null) => formatMoney(amount ?? Number.NaN, 'nl');
  await expect(figure(page, 'Totale besparing t.o.v. zonder')).toHaveText(
    money(EXPECTED.totalSavingsVsWithout),
  );
  await expect(figure(page, 'Gemiddelde besparing t.o.v. zonder')).toHaveText(
    money(EXPECTED.meanSavingsVsWithout),
  );
  await expect(figure(page, 'Mediane besparing t.o.v. zonder')).toHaveText(
    money(EXPECTED.medianSavingsVsWithout),
  );
  await expect(figure(page, 'Totale besparing t.o.v. voor').first()).toHaveText(
    money(EXPECTED.totalSavingsVsBefore),
  );
  await expect(figure(page, 'Maatschappelijke besparing t.o.v. zonder').first()).toHaveText(
    money(EXPECTED.societalTotalSavingsVsWithout),
  );
  const financiers = page.getByRole('table', { name: 'Besparing per financier' });
  await expect(financiers.getByRole('row')).toHaveCount(EXPECTED.byFinancier.length + 1);
  // The charts are loaded on their own, after the page.
  for (const chart of [/^Staafdiagram van de besparing/, /^Staafdiagram van het aantal casussen/])
    await expect(page.getByRole('img', { name: chart }).locator('svg').first()).toBeVisible();
  // The spread of the savings counts each case with a "without" scenario once.
  const spread = page.getByRole('table', { name: 'Spreiding van de besparing' });
  const counts = await spread.locator('tbody tr td:last-child').allTextContents();
  expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(
    EXPECTED.casesWithCounterfactual,
  );
  await expectAccessible(page);

  // Filtered by kind: the households only, as the engine computes them, and in the URL.
  await page.getByRole('combobox', { name: 'Soort casus' }).click();
  await page.getByRole('option', { name: 'Huishouden' }).click();
  await expect(page).toHaveURL(/\?kind=household$/);
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED_HOUSEHOLDS.cases));
  await expect(figure(page, 'Totale besparing t.o.v. zonder')).toHaveText(
    money(EXPECTED_HOUSEHOLDS.totalSavingsVsWithout),
  );
  await expectAccessible(page);
  await page.reload();
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED_HOUSEHOLDS.cases));
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED.cases));
});

test('with the keyboard: skip link, another organisation, and English', async ({ page }) => {
  await page.goto('/');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  // Signing in leads to the page with focus on its heading, the filters next; a page opened
  // afresh starts at the top, where the skip link is the first stop.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Into the menu with Enter, to an item by typing its first letter, and choose it.
  await page.getByRole('button', { name: 'Organisatie: Demo' }).press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type(SECOND_ORGANISATION.charAt(0));
  await expect(page.getByRole('menuitem', { name: SECOND_ORGANISATION })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: `Organisatie: ${SECOND_ORGANISATION}` }),
  ).toBeVisible();
  await expect(page.getByText('Er zijn nog geen casussen.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Organisatie: ${SECOND_ORGANISATION}` }).press('Enter');
  await page.getByRole('menuitem', { name: 'Demo' }).press('Enter');
  await expect(figure(page, 'Casussen')).toHaveText(String(EXPECTED.cases));

  await page.getByRole('button', { name: 'English' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(figure(page, 'Total savings against without')).toHaveText(
    formatMoney(EXPECTED.totalSavingsVsWithout, 'en'),
  );
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Import and export' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Nederlands' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Savings by financier' })).toBeVisible();
});
