import { readFile } from 'node:fs/promises';
import {
  comparePriceItemCodes,
  DEFAULT_REFERENCE_PRICE_LIST_CODE,
  formatMoney,
  matchesPriceItemSearch,
  REFERENCE_PRICE_LISTS,
} from '@kassabon/engine';
import { expect, test } from '@playwright/test';
import { ANALYST, VIEWER } from './accounts.ts';
import { expectAccessible, signIn } from './helpers.ts';

const reference = REFERENCE_PRICE_LISTS[DEFAULT_REFERENCE_PRICE_LIST_CODE];
if (!reference) throw new Error('no reference price list');
/** What the engine finds for "ggz" in the shipped list: what the page must show. */
const ggz = reference.items
  .filter((item) => matchesPriceItemSearch(item, { q: 'ggz' }))
  .sort(comparePriceItemCodes);
const edited = ggz[0];
if (!edited) throw new Error('no item matches "ggz"');

/** A small file in Dutch Excel's CSV: its third row has a price that is not a number. */
const CSV = [
  'code;naam;eenheid;eenheidsprijs;betaler',
  'wijkteam_uur;Wijkteam, uur;hour;85,50;gemeente-wmo',
  'opvang_dag;Opvang, dag;day;veel;gemeente-wmo',
].join('\r\n');

test('an analyst copies the reference list, searches, edits a price, activates, imports and downloads', async ({
  page,
}) => {
  // Unique per run, so a retry does not meet the list of an earlier attempt.
  const name = `Eigen lijst ${Date.now()}`;
  await page.goto('/price-lists');
  await signIn(page, ANALYST);
  await expect(page.getByRole('heading', { level: 1, name: 'Prijslijsten' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Referentieprijslijsten' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: /^Kopiëren naar eigen lijst/ }).click();
  const copy = page.getByRole('dialog', { name: 'Kopiëren naar eigen lijst' });
  await copy.getByLabel('Naam').fill(name);
  await expectAccessible(page);
  await copy.getByRole('button', { name: 'Prijslijst maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${reference.items.length} posten`, { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Search as you type.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ggz');
  await expect(page.getByText(`${ggz.length} posten gevonden`)).toBeVisible();
  const items = page.getByRole('table', { name: 'Prijsposten' });
  await expect(items.getByRole('row')).toHaveCount(Math.min(ggz.length, 25) + 1);
  await expect(items.getByRole('row').nth(1)).toContainText(edited.code);
  await expectAccessible(page);

  // Edit a price: a wrong one is named next to the field, a good one is saved.
  await page.getByRole('button', { name: `Wijzigen ${edited.code}` }).click();
  const form = page.getByRole('dialog', { name: `Post ${edited.code} wijzigen` });
  const price = form.getByLabel('Eenheidsprijs');
  await price.fill('-1');
  await expect(form.getByText('Moet 0 of meer zijn.')).toBeVisible();
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await price.fill('123,45');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is opgeslagen' })).toBeVisible();
  await expect(items.getByRole('row').filter({ hasText: edited.code })).toContainText(
    formatMoney(123.45, 'nl'),
  );

  // Make it the active list.
  await page.getByRole('button', { name: 'Actief maken' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'nu de actieve prijslijst' }),
  ).toBeVisible();
  await expect(page.getByText('Dit is de actieve prijslijst.')).toBeVisible();
  await expectAccessible(page);

  // Download it as CSV: the edited price is in it.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV downloaden' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const row = csv.split('\r\n').find((line) => line.startsWith(`${edited.code},`));
  expect(row).toContain(',123.45,');
  expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(reference.items.length + 1);

  // The overview shows it active; an import with a bad row names the row and column.
  await page.getByRole('navigation').getByRole('link', { name: 'Prijslijsten' }).click();
  const own = page.getByRole('table', { name: 'Eigen prijslijsten' });
  await expect(own.getByRole('row').filter({ hasText: name })).toContainText('Actief');
  const importSection = page.locator('section', {
    has: page.getByRole('heading', { name: 'Prijslijst importeren' }),
  });
  await importSection.getByLabel('Naam').fill(`Import ${Date.now()}`);
  const chooser = page.waitForEvent('filechooser');
  await importSection.getByRole('button', { name: /Bestand \(CSV of XLSX\)/ }).click();
  await (await chooser).setFiles({
    name: 'prijzen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await importSection.getByRole('button', { name: 'Importeren' }).click();
  const problems = importSection.getByRole('alert');
  await expect(problems).toContainText('Het bestand heeft 1 probleem. Er is niets geïmporteerd.');
  await expect(problems).toContainText(
    'row 3, eenheidsprijs (unitPrice): must be a number (got text "veel")',
  );
  await expectAccessible(page);
});

test('a viewer sees the price lists, but no control to change them', async ({ page }) => {
  await page.goto('/price-lists');
  await signIn(page, VIEWER);
  await expect(page.getByRole('heading', { level: 1, name: 'Prijslijsten' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Referentieprijslijsten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nieuwe prijslijst' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Prijslijst importeren' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Kopiëren/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: reference.name ?? reference.code }).click();
  await expect(page.getByText('Alleen lezen')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Prijsposten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSV downloaden' })).toBeVisible();
  for (const control of [/Wijzigen/, /Verwijderen/, 'Post toevoegen', 'Actief maken', /Kopiëren/])
    await expect(page.getByRole('button', { name: control })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Indexeren' })).toHaveCount(0);
  await expectAccessible(page);
});
