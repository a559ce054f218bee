import { analyseCaseFile, type CaseFile, formatMoney } from '@kassabon/engine';
import { expect, type Page, test } from '@playwright/test';
import { CASE_ANALYST } from './accounts.ts';
import { expectAccessible, signIn } from './helpers.ts';

/**
 * The receipts of a new case built in the browser, three of them side by side, with lines
 * from the shipped price list found by typing and free lines; the savings on the page are the
 * engine's for the same receipts, and the server keeps and analyses what was saved.
 */

const BIJSTAND = 'Gemeente – Participatiewet';

/** The same receipts as a case file, for the engine's figures. */
const EXPECTED: CaseFile = {
  version: 1,
  cases: [
    {
      code: 'K-KASSA',
      scenarios: [
        {
          kind: 'before',
          lines: [{ label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' }],
        },
        {
          kind: 'with',
          lines: [
            { item: 'ggz_gz_behandeling60_2024', quantity: 10 },
            { label: 'Bijstand', amount: 3250, financier: 'gemeente-participatiewet' },
          ],
        },
        {
          kind: 'without',
          lines: [
            { item: 'ggz_opname_dag_seed', quantity: 20 },
            { label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' },
          ],
        },
      ],
    },
  ],
};

const money = (amount: number | null | undefined) => formatMoney(amount ?? Number.NaN, 'nl');

async function addFreeLine(page: Page, receipt: string, label: string, amount: string) {
  await page.getByRole('button', { name: `Vrije regel toevoegen, ${receipt}` }).click();
  const form = page.getByRole('group', { name: `Vrije regel voor ${receipt}` });
  await form.getByLabel('Omschrijving').fill(label);
  await form.getByLabel('Bedrag per jaar').fill(amount);
  await form.getByLabel('Financier').fill('Participatiewet');
  await page.getByRole('option', { name: BIJSTAND }).click();
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
}

async function addPricedLine(page: Page, receipt: string, search: string, option: RegExp) {
  await page.getByLabel(`Regel uit de prijslijst toevoegen, ${receipt}`).fill(search);
  await page.getByRole('option', { name: option }).click();
}

test('three receipts built by search and by hand give the savings the engine computes', async ({
  page,
}) => {
  const [analysis] = analyseCaseFile(EXPECTED).cases;
  if (!analysis?.savings.vsWithout || !analysis.savings.vsBefore)
    throw new Error('the expected case has no savings');

  await page.goto('/cases/new');
  await signIn(page, CASE_ANALYST);
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill('K-KASSA');
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casus K-KASSA' })).toBeVisible();

  await page.getByRole('tab', { name: 'Kassabonnen' }).click();
  for (const receipt of ['Voor', 'Met', 'Zonder'])
    await page.getByRole('button', { name: `${receipt} toevoegen` }).click();
  await expectAccessible(page);

  await addFreeLine(page, 'Voor', 'Bijstand', '13.000');
  await addPricedLine(page, 'Met', 'ggz behandeling 60 gz', /GGZ consult behandeling 60 min gz/);
  await page.getByLabel('Aantal, regel 1 van Met').fill('10');
  await addFreeLine(page, 'Met', 'Bijstand', '3.250');
  await addPricedLine(page, 'Zonder', 'ggz-opname', /GGZ-opname per dag/);
  await page.getByLabel('Aantal, regel 1 van Zonder').fill('20');
  await addFreeLine(page, 'Zonder', 'Bijstand', '13.000');
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Analyse' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analyse' });
  await expect(panel.getByText(money(analysis.savings.vsWithout)).first()).toBeVisible();
  await expect(panel.getByText(money(analysis.savings.vsBefore)).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  const stored = await (await page.request.get('/api/v1/cases/K-KASSA/analysis')).json();
  expect(stored.savings.vsWithout).toBeCloseTo(analysis.savings.vsWithout, 6);
  expect(stored.savings.vsBefore).toBeCloseTo(analysis.savings.vsBefore, 6);

  await page.reload();
  await page.getByRole('tab', { name: 'Kassabonnen' }).click();
  await expect(page.getByLabel('Aantal, regel 1 van Zonder')).toHaveValue('20');
});
